package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.From;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Articles concatenated into a corpus come back one entry each, in order, where they stand in
 * the corpus, each equal to the article parsed alone; a broken one is reported at its place in
 * the corpus and harms none of the others, and so is one holding bytes that are not UTF-8. Gzip
 * data reads as the text it holds, and where it is cut short, fails only the article it cuts.
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

  @Property(tries = 300)
  void bytesThatAreNotUtf8FailTheArticleHoldingThemAtTheFirstAndNoOther(
      @ForAll("corpora") Corpus corpus,
      @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 0, max = 100_000) Integer> places,
      @ForAll @Size(min = 3, max = 3) List<@From("invalidSequences") byte[]> sequences) {
    // The corpus's bytes with each invalid sequence inserted before a character of its text.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Integer> insertedAt = new ArrayList<>(); // where each sequence's U+FFFD stands
    int[] before = places.stream().mapToInt(p -> p % (corpus.text().length() + 1)).distinct()
        .sorted().filter(p -> p == corpus.text().length() || !Character.isLowSurrogate(corpus.text().charAt(p)))
        .toArray();
    StringBuilder decoded = new StringBuilder();
    int from = 0;
    for (int i = 0; i < before.length; i++) {
      String piece = corpus.text().substring(from, before[i]);
      bytes.writeBytes(piece.getBytes(StandardCharsets.UTF_8));
      decoded.append(piece);
      insertedAt.add(decoded.length());
      bytes.writeBytes(sequences.get(i));
      decoded.append('\uFFFD');
      from = before[i];
    }
    String rest = corpus.text().substring(from);
    bytes.writeBytes(rest.getBytes(StandardCharsets.UTF_8));
    decoded.append(rest);
    String decodedText = decoded.toString();
    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(decodedText);

    List<CorpusEntry> entries = read(bytes.toByteArray());

    // Read as text, the decoded corpus splits the same way; only the entries holding an
    // inserted sequence differ, failed at the first of theirs.
    List<CorpusEntry> asText = read(decodedText);
    assertThat(entries).hasSameSizeAs(asText);
    for (int i = 0; i < entries.size(); i++) {
      CorpusEntry entry = entries.get(i);
      CorpusEntry expected = asText.get(i);
      assertThat(entry.index()).isEqualTo(expected.index());
      assertThat(entry.line()).isEqualTo(expected.line());
      assertThat(entry.offset()).isEqualTo(expected.offset());
      assertThat(entry.text()).isEqualTo(expected.text());
      long start = entry.offset();
      long end = start + entry.length();
      Integer first = insertedAt.stream().filter(at -> at >= start && at < end).findFirst()
          .orElse(null);
      if (first == null) {
        assertThat(entry.article()).isEqualTo(expected.article());
        assertThat(entry.failure().map(ArticleParseException::getMessage))
            .isEqualTo(expected.failure().map(ArticleParseException::getMessage));
        continue;
      }
      ArticleParseException failure = entry.failure().orElseThrow();
      assertThat(failure.originalMessage()).startsWith("expected UTF-8 text, found the byte");
      assertThat(failure.offset()).isEqualTo((long) first);
      assertThat(failure.line()).isEqualTo(ArticleInvariants.lineAt(decodedText, first));
      assertThat(failure.column()).isEqualTo(ArticleInvariants.columnAt(decodedText, first));
    }
  }

  @Property(tries = 200)
  void gzipCorpusInOneOrMoreMembersReadsAsItsText(
      @ForAll("corpora") Corpus corpus,
      @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 100_000) Integer> memberEnds)
      throws IOException {
    byte[] text = corpus.text().getBytes(StandardCharsets.UTF_8);
    // Members as "cat a.gz b.gz" makes them, split anywhere, even inside a character.
    ByteArrayOutputStream gzip = new ByteArrayOutputStream();
    int from = 0;
    for (int end : memberEnds.stream().map(e -> e % (text.length + 1)).sorted().toList()) {
      gzip.writeBytes(gzip(text, from, end, false));
      from = end;
    }
    gzip.writeBytes(gzip(text, from, text.length, false));

    List<CorpusEntry> entries = read(gzip.toByteArray());

    List<CorpusEntry> asText = read(corpus.text());
    assertThat(entries).hasSameSizeAs(asText);
    for (int i = 0; i < entries.size(); i++) {
      assertSameEntry(entries.get(i), asText.get(i));
    }
  }

  @Property(tries = 200)
  void gzipCutShortFailsTheArticleItCutsAndNoOther(
      @ForAll("corpora") Corpus corpus, @ForAll @IntRange(min = 0, max = 100_000) int place)
      throws IOException {
    int cut = place % (corpus.text().length() + 1);
    if (cut > 0 && cut < corpus.text().length() && Character.isLowSurrogate(corpus.text().charAt(cut))) {
      cut--;
    }
    String kept = corpus.text().substring(0, cut);
    byte[] keptBytes = kept.getBytes(StandardCharsets.UTF_8);
    // Gzip data of the whole corpus, cut right after the deflated data of its first cut chars.
    byte[] whole = corpus.text().getBytes(StandardCharsets.UTF_8);
    byte[] cutShort = gzip(whole, 0, keptBytes.length, true);

    List<CorpusEntry> entries = read(cutShort);

    // The text ends where the data does, with a U+FFFD for what was lost, which fails the entry
    // holding it; read as text, that text splits the same way.
    String readText = kept + "\uFFFD";
    List<CorpusEntry> asText = read(readText);
    assertThat(entries).hasSameSizeAs(asText);
    CorpusEntry last = entries.get(entries.size() - 1);
    for (int i = 0; i < entries.size() - 1; i++) {
      assertSameEntry(entries.get(i), asText.get(i));
    }
    assertThat(last.text()).isEqualTo(asText.get(entries.size() - 1).text());
    ArticleParseException failure = last.failure().orElseThrow();
    assertThat(failure.originalMessage()).isEqualTo("expected more gzip data, found the end of"
        + " the input, at byte offset " + keptBytes.length + " in the decompressed input");
    assertThat(failure.offset()).isEqualTo((long) cut);
    assertThat(failure.line()).isEqualTo(ArticleInvariants.lineAt(readText, cut));
    assertThat(failure.column()).isEqualTo(ArticleInvariants.columnAt(readText, cut));
  }

  /**
   * {@code bytes[from, to)} as one gzip member; or, {@code cut}, the data of a member of all of
   * {@code bytes} only as far as it holds {@code bytes[from, to)}, with neither the rest nor the
   * trailer.
   */
  private static byte[] gzip(byte[] bytes, int from, int to, boolean cut) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, true)) {
      gzip.write(bytes, from, to - from);
      gzip.flush(); // a sync flush: the data so far is all there, decompressible
      if (cut) {
        byte[] kept = out.toByteArray();
        gzip.write(bytes, to, bytes.length - to);
        return kept;
      }
    }
    return out.toByteArray();
  }

  private static void assertSameEntry(CorpusEntry entry, CorpusEntry expected) {
    assertThat(entry.index()).isEqualTo(expected.index());
    assertThat(entry.line()).isEqualTo(expected.line());
    assertThat(entry.offset()).isEqualTo(expected.offset());
    assertThat(entry.text()).isEqualTo(expected.text());
    assertThat(entry.article()).isEqualTo(expected.article());
    assertThat(entry.failure().map(ArticleParseException::getMessage))
        .isEqualTo(expected.failure().map(ArticleParseException::getMessage));
  }

  private List<CorpusEntry> read(byte[] bytes) {
    try (Stream<CorpusEntry> stream = parser.corpus(new ByteArrayInputStream(bytes))) {
      return stream.toList();
    }
  }

  /** Invalid sequences that each read as one U+FFFD before any character. */
  @Provide
  Arbitrary<byte[]> invalidSequences() {
    return Arbitraries.of(new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xED},
        new byte[] {(byte) 0xE2, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});
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
            WireCopyArbitraries.corpusArticles().list().ofMinSize(1).ofMaxSize(6), leadingBlankLines(), blankLinesBetween())
        .as((articles, leading, between) -> corpus(articles, leading, between, -1));
  }

  @Provide
  Arbitrary<Corpus> corporaWithBrokenArticle() {
    return Combinators.combine(
            WireCopyArbitraries.corpusArticles().list().ofMinSize(1).ofMaxSize(6), leadingBlankLines(), blankLinesBetween(),
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
