package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Span;
import io.github.wirecopy.model.Speaker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Articles and corpus entries written with Java serialization, as Apache Spark's default
 * serializer writes them, read back equal and still immutable; a serial form that no parse could
 * have made is refused.
 */
class JavaSerializationProperties {

  @Property(tries = 200)
  void javaSerializationPreservesArticleWithQuotesAndSpeakers(
      @ForAll("quotingArticles") Article article) {
    Article back = roundTrip(article);

    assertThat(back).isEqualTo(article);
    assertThat(back.quotes()).isUnmodifiable();
    assertThat(back.speakers()).isUnmodifiable();
    for (Speaker speaker : back.speakers()) {
      assertThat(speaker.mentions()).isUnmodifiable();
    }
    assertThat(back.paragraphs()).isUnmodifiable();
    for (Paragraph paragraph : back.paragraphs()) {
      assertThat(paragraph.sentences()).isUnmodifiable();
    }
  }

  @Property(tries = 100)
  void javaSerializationPreservesEveryEntryOfCorpusParsedOrFailed(
      @ForAll @Size(min = 2, max = 4) List<@From("corpusArticles") GeneratedArticle> articles) {
    // The second article's header date does not exist: it fails, the others parse.
    StringBuilder corpus = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      GeneratedArticle article = articles.get(i);
      corpus.append((i == 1 ? article.withHeaderDate("2021-02-30") : article)
          .textEndingWithLineBreak());
    }
    List<CorpusEntry> entries;
    try (var read = Wirecopy.parser().corpus(new StringReader(corpus.toString()))) {
      entries = read.collect(Collectors.toList());
    }

    for (CorpusEntry entry : entries) {
      CorpusEntry back = roundTrip(entry);
      assertThat(back.index()).isEqualTo(entry.index());
      assertThat(back.line()).isEqualTo(entry.line());
      assertThat(back.offset()).isEqualTo(entry.offset());
      assertThat(back.text()).isEqualTo(entry.text());
      assertThat(back.length()).isEqualTo(entry.length());
      assertThat(back.article()).isEqualTo(entry.article());
      assertThat(back.failure().map(ArticleParseException::getMessage))
          .isEqualTo(entry.failure().map(ArticleParseException::getMessage));
      assertThat(back.failure().map(ArticleParseException::offset))
          .isEqualTo(entry.failure().map(ArticleParseException::offset));
    }
    assertThat(entries).hasSameSizeAs(articles);
    assertThat(entries.stream().filter(e -> !e.isParsed()).map(CorpusEntry::index))
        .containsExactly(1);
  }

  @Test
  void spanWithEndBeforeStartIsRefusedWhenReadBack() throws Exception {
    Span span = Span.of(3, 7);
    setField(span, "end", 2);

    assertThatThrownBy(() -> roundTrip(span))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0 <= start <= end");
  }

  @Test
  void articleWhoseSpanReachesPastItsTextIsRefusedWhenReadBack() throws Exception {
    Article article =
        Wirecopy.parse(" date 2021-01-12 BEIJING (Xinhua) -- Officials said it rained.");
    Paragraph paragraph = article.paragraphs().get(0);
    assertThat(paragraph.span().end()).isEqualTo(article.text().length());
    // Moved one character on, so that it still covers as many characters as its text has.
    setField(paragraph.span(), "end", paragraph.span().end() + 1);
    setField(paragraph.span(), "start", paragraph.span().start() + 1);

    assertThatThrownBy(() -> roundTrip(article))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reaches past the article's text");
  }

  @Test
  void corpusEntryWithNeitherArticleNorFailureIsRefusedWhenReadBack() throws Exception {
    CorpusEntry entry;
    try (var read = Wirecopy.parser().corpus(new StringReader(" date 2021-02-30 Text.\n"))) {
      entry = read.findFirst().orElseThrow();
    }
    setField(entry, "failure", null);

    assertThatThrownBy(() -> roundTrip(entry))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("either an article or a failure");
  }

  @Provide
  Arbitrary<Article> quotingArticles() {
    return WireCopyArbitraries.quotingArticles().map(generated -> Wirecopy.parse(generated.text()));
  }

  @Provide
  Arbitrary<GeneratedArticle> corpusArticles() {
    return WireCopyArbitraries.corpusArticles();
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Stands in for a serial form altered on its way: sets a private field no builder would let. */
  private static void setField(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }
}
