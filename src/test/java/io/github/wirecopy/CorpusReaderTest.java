package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus is read lazily into one entry per article, in order, each with where it begins in the
 * corpus; a broken article is a failed entry with its raw text and corpus location, and the
 * others are untouched.
 */
class CorpusReaderTest {

  private static final String FIRST =
      "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- Officials met on Monday.\n\nThey agreed on a plan.\n";
  private static final String SECOND =
      "  date 2021-01-13 SEOUL, Jan. 13 (Yonhap) -- Exports rose 4.1 percent in December.\n";
  private static final String THIRD = "\tdate 2021-01-14 (Bloomberg) -- Oil prices fell.\n";

  private final ArticleParser parser = ArticleParser.builder().build();

  @Test
  void articlesComeBackInOrderWithTheirLinesAndOffsets() {
    String corpus = FIRST + "\n" + SECOND + "\n\n" + THIRD;

    List<CorpusEntry> entries = read(parser, corpus);

    assertThat(entries).hasSize(3);
    assertThat(entries).extracting(CorpusEntry::index).containsExactly(0, 1, 2);
    assertThat(entries).extracting(CorpusEntry::line).containsExactly(1, 5, 8);
    assertThat(entries).extracting(CorpusEntry::offset).containsExactly(
        0L, (long) FIRST.length() + 1, (long) FIRST.length() + 1 + SECOND.length() + 2);
    assertThat(entries).extracting(e -> e.article().orElseThrow().date()).containsExactly(
        LocalDate.of(2021, 1, 12), LocalDate.of(2021, 1, 13), LocalDate.of(2021, 1, 14));
    assertThat(entries.get(0).text()).startsWith(FIRST);
    assertThat(entries.get(1).text()).startsWith(SECOND);
    assertThat(entries.get(2).text()).isEqualTo(THIRD);
    for (CorpusEntry entry : entries) {
      assertThat(corpus.startsWith(entry.text(), (int) entry.offset())).isTrue();
    }
  }

  @Test
  void articleInCorpusEqualsTheArticleParsedFromItsRawText() {
    String corpus = FIRST + "\n" + SECOND + THIRD;

    for (CorpusEntry entry : read(parser, corpus)) {
      assertThat(entry.article()).contains(parser.parse(entry.text()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\r"})
  void linesAreCountedAcrossEveryKindOfLineEnd(String lineEnd) {
    String corpus = (FIRST + "\n" + SECOND + "\n\n" + THIRD).replace("\n", lineEnd);

    List<CorpusEntry> entries = read(parser, corpus);

    assertThat(entries).extracting(CorpusEntry::line).containsExactly(1, 5, 8);
    assertThat(entries).extracting(CorpusEntry::offset).containsExactly(
        0L, (long) corpus.indexOf("  date"), (long) corpus.indexOf("\tdate"));
    assertThat(entries).allMatch(CorpusEntry::isParsed);
  }

  @Test
  void byteOrderMarkBeforeTheFirstHeaderIsTolerated() {
    List<CorpusEntry> entries = read(parser, "\uFEFF" + FIRST + SECOND);

    assertThat(entries).hasSize(2).allMatch(CorpusEntry::isParsed);
    assertThat(entries.get(0).article().orElseThrow().date()).isEqualTo(LocalDate.of(2021, 1, 12));
  }

  @Test
  void byteOrderMarkBeforeALaterHeaderIsTolerated() {
    // Files concatenated into one corpus each bring their own BOM.
    String corpus = "\uFEFF" + FIRST + "\n\uFEFF" + SECOND.strip() + "\n";

    List<CorpusEntry> entries = read(parser, corpus);

    assertThat(entries).hasSize(2).allMatch(CorpusEntry::isParsed);
    assertThat(entries.get(1).line()).isEqualTo(5);
    assertThat(entries.get(1).article().orElseThrow().date()).isEqualTo(LocalDate.of(2021, 1, 13));
  }

  @Test
  void brokenArticleIsAFailedEntryWithItsCorpusLocationAndRawText() {
    String broken = " date 2021-02-30 CANBERRA (Xinhua) -- Parliament sat late.\n";
    String corpus = FIRST + "\n" + broken + "\n" + THIRD;

    List<CorpusEntry> entries = read(parser, corpus);

    assertThat(entries).hasSize(3);
    CorpusEntry failed = entries.get(1);
    assertThat(failed.isParsed()).isFalse();
    assertThat(failed.article()).isEmpty();
    assertThat(failed.line()).isEqualTo(5);
    assertThat(failed.offset()).isEqualTo(FIRST.length() + 1);
    assertThat(failed.text()).startsWith(broken);
    ArticleParseException failure = failed.failure().orElseThrow();
    assertThat(failure.line()).isEqualTo(5);
    assertThat(failure.column()).isEqualTo(7);
    assertThat(failure.offset()).isEqualTo(corpus.indexOf("2021-02-30"));
    assertThat(failure.getMessage()).contains("2021-02-30").endsWith(" at line 5, column 7");
    assertThat(entries.get(0).article()).contains(parser.parse(entries.get(0).text()));
    assertThat(entries.get(2).article()).contains(parser.parse(THIRD));
  }

  @Test
  void leadingJunkBeforeTheFirstHeaderIsAFailedEntry() {
    String junk = "Stray line from the feed\nAnother stray line\n";
    String corpus = junk + "\n" + FIRST + SECOND;

    List<CorpusEntry> entries = read(parser, corpus);

    assertThat(entries).hasSize(3);
    CorpusEntry failed = entries.get(0);
    assertThat(failed.isParsed()).isFalse();
    assertThat(failed.line()).isEqualTo(1);
    assertThat(failed.offset()).isZero();
    assertThat(failed.text()).startsWith(junk);
    ArticleParseException failure = failed.failure().orElseThrow();
    assertThat(failure.getMessage()).isEqualTo("expected \"date YYYY-MM-DD\" at line 1, column 1");
    assertThat(entries.get(1).line()).isEqualTo(4);
    assertThat(entries.get(1).isParsed()).isTrue();
    assertThat(entries.get(2).isParsed()).isTrue();
  }

  @Test
  void leadingJunkAfterBlankLinesIsReportedAtItsOwnLine() {
    String corpus = "\n\n  Stray line\n" + FIRST;

    List<CorpusEntry> entries = read(parser, corpus);

    assertThat(entries).hasSize(2);
    CorpusEntry failed = entries.get(0);
    assertThat(failed.line()).isEqualTo(3);
    assertThat(failed.offset()).isEqualTo(2);
    assertThat(failed.text()).startsWith("  Stray line");
    assertThat(failed.failure().orElseThrow().line()).isEqualTo(3);
    assertThat(entries.get(1).line()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "\n\n\n", "  \n\t\n", "\r\n\r\n", "\r", " "})
  void blankInputGivesNoEntries(String corpus) {
    assertThat(read(parser, corpus)).isEmpty();
  }

  @Test
  void leadingBlankLinesBelongToNoArticleButCountInLinesAndOffsets() {
    String corpus = "\n \n\t\n" + FIRST;

    List<CorpusEntry> entries = read(parser, corpus);

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).line()).isEqualTo(4);
    assertThat(entries.get(0).offset()).isEqualTo(5);
    assertThat(entries.get(0).text()).isEqualTo(FIRST);
  }

  @Test
  void articleOverTheLimitIsAFailedEntryAndReadingGoesOn() {
    ArticleParser limited = ArticleParser.builder().maxArticleLength(1000).build();
    String paragraph = "Officials said the talks went well. ".repeat(30_000);
    String big = "date 2021-01-13 SEOUL, Jan. 13 (Yonhap) -- " + paragraph + "\n\n" + paragraph + "\n";
    String corpus = FIRST + big + THIRD;

    List<CorpusEntry> entries = read(limited, corpus);

    assertThat(entries).hasSize(3);
    CorpusEntry failed = entries.get(1);
    assertThat(failed.isParsed()).isFalse();
    assertThat(failed.line()).isEqualTo(4);
    assertThat(failed.offset()).isEqualTo(FIRST.length());
    assertThat(failed.length()).isEqualTo(big.length());
    assertThat(failed.text()).hasSizeLessThanOrEqualTo(1000);
    assertThat(big).startsWith(failed.text());
    assertThat(failed.failure().orElseThrow().originalMessage()).contains("1000");
    assertThat(entries.get(0).isParsed()).isTrue();
    CorpusEntry after = entries.get(2);
    assertThat(after.article()).contains(limited.parse(THIRD));
    assertThat(after.line()).isEqualTo(7);
    assertThat(after.offset()).isEqualTo(FIRST.length() + big.length());
  }

  @Test
  void largestLimitOfAllReadsTheCorpusAsTheDefaultDoes() {
    ArticleParser unlimited = ArticleParser.builder().maxArticleLength(Integer.MAX_VALUE).build();
    String corpus = FIRST + SECOND + THIRD;

    List<CorpusEntry> entries = read(unlimited, corpus);

    assertThat(entries).extracting(CorpusEntry::text).containsExactly(FIRST, SECOND, THIRD);
    assertThat(entries).extracting(CorpusEntry::article).containsExactlyElementsOf(
        read(Wirecopy.parser(), corpus).stream().map(CorpusEntry::article).toList());
    assertThat(entries).allMatch(CorpusEntry::isParsed);
  }

  @Test
  void articleFarLargerThanAnyStringIsReadInBoundedMemory() {
    // More characters than a Java string or array can hold: keeping them would fail outright.
    long bodyLength = (long) Integer.MAX_VALUE + 4096;
    String header = "date 2021-01-13 SEOUL, Jan. 13 (Yonhap) -- ";
    ArticleParser limited = ArticleParser.builder().maxArticleLength(1 << 20).build();

    List<CorpusEntry> entries = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(
        limited, new RepeatingReader(FIRST + header, "Officials said the talks went well. ", bodyLength,
            "\n" + THIRD)));

    assertThat(entries).hasSize(3);
    CorpusEntry failed = entries.get(1);
    assertThat(failed.isParsed()).isFalse();
    assertThat(failed.length()).isEqualTo(header.length() + bodyLength + 1);
    assertThat(failed.text()).hasSizeLessThanOrEqualTo(1 << 20).startsWith(header);
    assertThat(entries.get(2).article()).contains(limited.parse(THIRD));
    assertThat(entries.get(2).offset()).isEqualTo(FIRST.length() + header.length() + bodyLength + 1);
  }

  @Test
  void corpusFileIsReadAsUtf8() throws URISyntaxException {
    Path path = Path.of(Objects.requireNonNull(getClass().getResource("wire-corpus.txt")).toURI());

    List<CorpusEntry> entries;
    try (Stream<CorpusEntry> stream = parser.corpus(path)) {
      entries = stream.toList();
    }

    assertThat(entries).hasSize(8).allMatch(CorpusEntry::isParsed);
    assertThat(entries).extracting(e -> e.article().orElseThrow().dateline().orElseThrow().agency())
        .containsExactly(Optional.of("Xinhua"), Optional.of("Xinhua"), Optional.empty(),
            Optional.of("Reuters"), Optional.of("AP"), Optional.of("Bloomberg"), Optional.of("PTI"),
            Optional.of("TASS"));
    assertThat(entries.get(3).article().orElseThrow().dateline().orElseThrow().places())
        .containsExactly("KYIV", "KHARKIV");
    assertThat(entries.get(4).article().orElseThrow().dateline().orElseThrow().text())
        .isEqualTo("SPRINGFIELD, Ill. (AP)");
  }

  @Test
  void corpusFileGivesTheSameEntriesAsItsText() throws Exception {
    Path path = Path.of(Objects.requireNonNull(getClass().getResource("wire-corpus.txt")).toURI());
    String text = Files.readString(path);

    List<CorpusEntry> fromFile;
    try (Stream<CorpusEntry> stream = Wirecopy.corpus(path)) {
      fromFile = stream.toList();
    }

    List<CorpusEntry> fromText = read(parser, text);
    assertThat(fromFile).hasSameSizeAs(fromText);
    for (int i = 0; i < fromFile.size(); i++) {
      assertThat(fromFile.get(i).article()).isEqualTo(fromText.get(i).article());
      assertThat(fromFile.get(i).line()).isEqualTo(fromText.get(i).line());
      assertThat(fromFile.get(i).offset()).isEqualTo(fromText.get(i).offset());
    }
  }

  @Test
  void closingTheStreamClosesTheReader() {
    ClosingReader reader = new ClosingReader(FIRST + SECOND);

    try (Stream<CorpusEntry> entries = parser.corpus(reader)) {
      assertThat(entries.findFirst()).isPresent();
    }

    assertThat(reader.closed).isTrue();
  }

  @Test
  void entriesAreYieldedBeforeTheWholeCorpusIsRead() {
    // The reader fails once the first article and the next header have been read.
    Reader failingLater = new FailingAfterReader(FIRST + SECOND);

    try (Stream<CorpusEntry> entries = parser.corpus(failingLater)) {
      Iterator<CorpusEntry> iterator = entries.iterator();
      CorpusEntry first = iterator.next();
      assertThat(first.article().orElseThrow().date()).isEqualTo(LocalDate.of(2021, 1, 12));
      assertThatThrownBy(iterator::hasNext).isInstanceOf(UncheckedIOException.class);
    }
  }

  private static List<CorpusEntry> read(ArticleParser parser, String corpus) {
    return read(parser, new StringReader(corpus));
  }

  private static List<CorpusEntry> read(ArticleParser parser, Reader reader) {
    try (Stream<CorpusEntry> entries = parser.corpus(reader)) {
      return entries.toList();
    }
  }

  /** A reader of {@code head}, then {@code unit} repeated to {@code length} characters, then {@code tail}. */
  static final class RepeatingReader extends Reader {
    private final char[] head;
    private final char[] unit;
    private final char[] tail;
    private final long length;
    private long position;

    RepeatingReader(String head, String unit, long length, String tail) {
      this.head = head.toCharArray();
      // Whole repeats of the unit, long enough that each read fills most of a buffer.
      this.unit = unit.repeat(8192 / unit.length() + 1).toCharArray();
      this.tail = tail.toCharArray();
      this.length = head.length() + length + tail.length();
    }

    @Override
    public int read(char[] buffer, int offset, int count) {
      if (position >= length) {
        return -1;
      }
      long bodyEnd = length - tail.length;
      int n;
      if (position < head.length) {
        n = (int) Math.min(count, head.length - position);
        System.arraycopy(head, (int) position, buffer, offset, n);
      } else if (position < bodyEnd) {
        int phase = (int) ((position - head.length) % unit.length);
        n = (int) Math.min(Math.min(count, unit.length - phase), bodyEnd - position);
        System.arraycopy(unit, phase, buffer, offset, n);
      } else {
        n = (int) Math.min(count, length - position);
        System.arraycopy(tail, (int) (position - bodyEnd), buffer, offset, n);
      }
      position += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
