package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A corpus parsed on threads of its stream's own yields the entries it yields on the caller's
 * thread, in the same order: the same articles and the same failures, at the same places. The
 * batches of articles read ahead stay within their number, and with the batch being taken within
 * their text.
 */
class ParallelCorpusProperties {

  /**
   * A corpus of generated articles, some with a header date that does not exist, maybe after a
   * line that is no article, with a byte that is not UTF-8 somewhere in it.
   */
  record Corpus(String text, int invalidByteAt) {

    byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      int at = invalidByteAt % (utf8.length + 1);
      while (at < utf8.length && (utf8[at] & 0xC0) == 0x80) {
        at++; // not inside a character's sequence
      }
      out.write(utf8, 0, at);
      out.write(0xFF);
      out.write(utf8, at, utf8.length - at);
      return out.toByteArray();
    }
  }

  @Property(tries = 150)
  void corpusParsedOnThreadsOfItsOwnYieldsWhatTheCallersThreadYields(
      @ForAll("corpora") Corpus corpus,
      @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll("articleLimits") int maxArticleLength) {
    ArticleParser.Builder builder = ArticleParser.builder().maxArticleLength(maxArticleLength);
    ArticleParser sequential = builder.build();
    ArticleParser parallel = builder.corpusThreads(threads).build();

    List<Read> expected = read(sequential.corpus(new StringReader(corpus.text())));
    assertThat(read(parallel.corpus(new StringReader(corpus.text())))).isEqualTo(expected);

    byte[] bytes = corpus.bytes();
    List<Read> expectedFromBytes = read(sequential.corpus(new ByteArrayInputStream(bytes)));
    assertThat(read(parallel.corpus(new ByteArrayInputStream(bytes))))
        .isEqualTo(expectedFromBytes);
  }

  @Property(tries = 100)
  void batchesHeldStayWithinTheirNumberAndText(
      @ForAll("corpora") Corpus corpus,
      @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 1, max = 4000) int maxCharsHeld) {
    ArticleParser parser = ArticleParser.builder().corpusThreads(threads).build();
    CorpusReader articles = new CorpusReader(new StringReader(corpus.text()), parser);
    List<CorpusEntry> entries = new ArrayList<>();
    try (ParallelCorpusReader reader =
        new ParallelCorpusReader(articles, parser, threads, maxCharsHeld)) {
      assertThat(reader.batchChars()).isBetween(1L, (long) maxCharsHeld);
      while (reader.hasNext()) {
        assertThat(reader.batchesAhead()).isBetween(0, 2 * threads);
        // Past the bound only where one batch alone is longer than it.
        assertThat(reader.batchesHeld() <= 1 || reader.charsHeld() <= maxCharsHeld)
            .as("%d batches held, %d characters", reader.batchesHeld(), reader.charsHeld())
            .isTrue();
        entries.add(reader.next());
      }
    }
    assertThat(entries).extracting(CorpusEntry::index)
        .isEqualTo(IntStream.range(0, entries.size()).boxed().toList());
    // Small bounds make many batches: their entries are still those of the caller's thread.
    ArticleParser sequential = ArticleParser.builder().build();
    assertThat(entries.stream().map(Read::new).toList())
        .isEqualTo(read(sequential.corpus(new StringReader(corpus.text()))));
  }

  /** All that an entry says: where it stands, its text, its article or its failure. */
  record Read(int index, int line, long offset, long length, String text,
      Optional<Article> article, Optional<String> failure) {

    Read(CorpusEntry entry) {
      this(entry.index(), entry.line(), entry.offset(), entry.length(), entry.text(),
          entry.article(), entry.failure().map(ArticleParseException::getMessage));
    }
  }

  private static List<Read> read(Stream<CorpusEntry> entries) {
    try (entries) {
      return entries.map(Read::new).toList();
    }
  }

  @Provide
  Arbitrary<Corpus> corpora() {
    Arbitrary<String> articles = Combinators.combine(
            WireCopyArbitraries.corpusArticles(), Arbitraries.integers().between(0, 4))
        .as((article, broken) -> (broken == 0 ? article.withHeaderDate("2021-02-30") : article)
            .textEndingWithLineBreak());
    return Combinators.combine(
            Arbitraries.of("", "", "not an article\n"),
            articles.list().ofMinSize(0).ofMaxSize(24),
            Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as((before, texts, invalidByteAt) ->
            new Corpus(before + String.join("\n", texts), invalidByteAt));
  }

  /** Limits that some generated articles are over, and the default. */
  @Provide
  Arbitrary<Integer> articleLimits() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.integers().between(200, 2000),
        Arbitraries.just(ArticleParser.builder().build().maxArticleLength())));
  }
}
