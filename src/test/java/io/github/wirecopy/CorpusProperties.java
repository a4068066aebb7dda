package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Articles concatenated into a corpus come back one entry each, in order, where they stand in
 * the corpus, each equal to the article parsed alone; a broken one is reported at its place in
 * the corpus and harms none of the others.
 */
class CorpusProperties {

  private final ArticleParser parser = ArticleParser.builder().build();

  /**
   * A corpus and the articles it was made of.
   *
   * @param offsets where each article's text begins in {@code text}
   * @param broken the index of the article whose header date does not exist, or -1
   */
  record Corpus(String text, List<GeneratedArticle> articles, List<Integer> offsets, int broken) {}

  @Property(tries = 500)
  void corpusYieldsEachArticleInOrderEqualToParsingItAlone(@ForAll("corpora") Corpus corpus) {
    List<CorpusEntry> entries = read(corpus.text());

    assertThat(entries).hasSameSizeAs(corpus.articles());
    for (int i = 0; i < entries.size(); i++) {
      assertEntryInPlace(corpus, i, entries.get(i));
      assertParsedAsAlone(corpus.articles().get(i), entries.get(i));
    }
  }

  @Property(tries = 500)
  void brokenArticleIsReportedAtItsCorpusPositionAndOthersStayIntact(
      @ForAll("corporaWithBrokenArticle") Corpus corpus) {
    List<CorpusEntry> entries = read(corpus.text());

    assertThat(entries).hasSameSizeAs(corpus.articles());
    for (int i = 0; i < entries.size(); i++) {
      CorpusEntry entry = entries.get(i);
      assertEntryInPlace(corpus, i, entry);
      if (i != corpus.broken()) {
        assertParsedAsAlone(corpus.articles().get(i), entry);
        continue;
      }
      assertThat(entry.isParsed()).as("broken entry %d parsed", i).isFalse();
      assertThat(entry.article()).isEmpty();
      ArticleParseException failure = entry.failure().orElseThrow();
      int dateOffset = corpus.offsets().get(i) + corpus.articles().get(i).dateOffset();
      assertThat(failure.offset()).as("failure offset").isEqualTo(dateOffset);
      assertThat(failure.line()).as("failure line")
          .isEqualTo(ArticleInvariants.lineAt(corpus.text(), dateOffset));
      assertThat(failure.column()).as("failure column")
          .isEqualTo(corpus.articles().get(i).dateOffset() + 1);
    }
  }

  private List<CorpusEntry> read(String corpus) {
    try (Stream<CorpusEntry> entries = parser.corpus(new StringReader(corpus))) {
      return entries.toList();
    }
  }

  /** The entry's index, line, offset and raw text say where its article stands in the corpus. */
  private static void assertEntryInPlace(Corpus corpus, int i, CorpusEntry entry) {
    int offset = corpus.offsets().get(i);
    assertThat(entry.index()).as("index").isEqualTo(i);
    assertThat(entry.offset()).as("offset of entry %d", i).isEqualTo(offset);
    assertThat(entry.line()).as("line of entry %d", i)
        .isEqualTo(ArticleInvariants.lineAt(corpus.text(), offset));
    // The raw text is the article as written, and at most the blank lines that follow it.
    String written = corpus.articles().get(i).text();
    assertThat(entry.text()).as("raw text of entry %d", i).startsWith(written);
    assertThat(ArticleInvariants.isBlank(entry.text().substring(written.length())))
        .as("what follows article %d in its raw text is blank", i).isTrue();
    assertThat(corpus.text().startsWith(entry.text(), offset))
        .as("raw text of entry %d stands at its offset", i).isTrue();
    assertThat(entry.length()).isEqualTo(entry.text().length());
  }

  private void assertParsedAsAlone(GeneratedArticle generated, CorpusEntry entry) {
    assertThat(entry.failure()).as("failure of entry %d", entry.index()).isEmpty();
    Article inCorpus = entry.article().orElseThrow();
    Article alone = parser.parse(generated.text());
    assertThat(inCorpus.text()).isEqualTo(entry.text());
    assertThat(inCorpus.date()).isEqualTo(alone.date());
    assertThat(inCorpus.dateline()).isEqualTo(alone.dateline());
    assertThat(inCorpus.paragraphs()).isEqualTo(alone.paragraphs());
  }

  @Provide
  Arbitrary<Corpus> corpora() {
    return Combinators.combine(
            articles().list().ofMinSize(1).ofMaxSize(6), leadingBlankLines(), blankLinesBetween())
        .as((articles, leading, between) -> corpus(articles, leading, between, -1));
  }

  @Provide
  Arbitrary<Corpus> corporaWithBrokenArticle() {
    return Combinators.combine(
            articles().list().ofMinSize(1).ofMaxSize(6), leadingBlankLines(), blankLinesBetween(),
            Arbitraries.integers().between(0, 5), nonexistentDates())
        .as((articles, leading, between, choice, date) -> {
          int broken = choice % articles.size();
          List<GeneratedArticle> withBroken = new ArrayList<>(articles);
          withBroken.set(broken, articles.get(broken).withHeaderDate(date));
          return corpus(withBroken, leading, between, broken);
        });
  }

  private static Corpus corpus(
      List<GeneratedArticle> articles, String leading, String between, int broken) {
    StringBuilder text = new StringBuilder(leading);
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      if (i > 0) {
        text.append(between);
      }
      offsets.add(text.length());
      text.append(articles.get(i).textEndingWithLineBreak());
    }
    return new Corpus(text.toString(), List.copyOf(articles), List.copyOf(offsets), broken);
  }

  private static Arbitrary<GeneratedArticle> articles() {
    return Combinators.combine(
            WireCopyArbitraries.corpusHeaders(),
            WireCopyArbitraries.datelines(),
            WireCopyArbitraries.afterSeparatorGaps(),
            WireCopyArbitraries.paragraphs(),
            WireCopyArbitraries.layouts())
        .as(WireCopyArbitraries::assemble);
  }

  private static Arbitrary<String> leadingBlankLines() {
    return Arbitraries.of("", "", "\n", "\n\n", "  \n", "\r\n\r\n", "\t\n \n");
  }

  private static Arbitrary<String> blankLinesBetween() {
    return Arbitraries.of("", "\n", "\n\n", "  \n", "\r\n", "\n\t\n");
  }

  /** Dates in {@code YYYY-MM-DD} form that no calendar has. */
  private static Arbitrary<String> nonexistentDates() {
    return Arbitraries.of(
        "2021-02-30", "2019-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-06-00",
        "1999-11-31", "2100-02-29");
  }
}
