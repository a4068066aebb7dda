package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus read as bytes (a file, a stream) is UTF-8: bytes that are not fail the one article
 * that holds them, located at the first of them, and the articles around it parse. It may be
 * gzip data, told by its first bytes, and reads as the text it holds; where that data is corrupt,
 * or the input is in a compressed format wirecopy does not decompress, the entry it is in fails
 * and says so, and the articles before it stand.
 */
class CorpusEncodingTest {

  private static final String FIRST =
      "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- Officials met on Monday.\n\n";
  private static final String SECOND_HEAD = " date 2021-01-13 PARIS, Jan. 13 (Xinhua) -- The Caf";
  private static final String SECOND_TAIL = " de Flore reopened.\n\nIt had been shut for months.\n\n";
  private static final String THIRD = "\tdate 2021-01-14 (Bloomberg) -- Oil prices fell.\n";
  private static final String REOPENED =
      "date 2021-01-13 PARIS, Jan. 13 (AFP) -- The cafe reopened, its owner said.\n";

  private final ArticleParser parser = ArticleParser.builder().build();

  @TempDir Path dir;

  @Test
  void articleHoldingALatin1ByteIsAFailedEntryAndTheOthersParse() {
    // "Café" written in Latin-1 inside an otherwise UTF-8 corpus.
    byte[] corpus = bytes(utf8(FIRST + SECOND_HEAD), new byte[] {(byte) 0xE9},
        utf8(SECOND_TAIL + THIRD));

    List<CorpusEntry> entries = read(corpus);

    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).article()).contains(parser.parse(entries.get(0).text()));
    assertThat(entries.get(2).article()).contains(parser.parse(THIRD));
    CorpusEntry failed = entries.get(1);
    assertThat(failed.isParsed()).isFalse();
    assertThat(failed.line()).isEqualTo(3);
    assertThat(failed.offset()).isEqualTo(FIRST.length());
    assertThat(failed.text()).isEqualTo(SECOND_HEAD + "\uFFFD" + SECOND_TAIL);
    ArticleParseException failure = failed.failure().orElseThrow();
    assertThat(failure.originalMessage()).isEqualTo("expected UTF-8 text, found the byte 0xE9"
        + " (byte offset " + utf8(FIRST + SECOND_HEAD).length + " in the input)");
    assertThat(failure.line()).isEqualTo(3);
    assertThat(failure.column()).isEqualTo(SECOND_HEAD.length() + 1);
    assertThat(failure.offset()).isEqualTo(FIRST.length() + SECOND_HEAD.length());
  }

  @Test
  void firstInvalidSequenceOfAnArticleIsTheOneReported() {
    // A character cut short after two of its three bytes, then a lone continuation byte.
    byte[] corpus = bytes(utf8(FIRST + SECOND_HEAD + "é"), new byte[] {(byte) 0xE2, (byte) 0x80},
        utf8(SECOND_TAIL), new byte[] {(byte) 0x80}, utf8("\n" + THIRD));

    List<CorpusEntry> entries = read(corpus);

    assertThat(entries).extracting(CorpusEntry::isParsed).containsExactly(true, false, true);
    ArticleParseException failure = entries.get(1).failure().orElseThrow();
    assertThat(failure.originalMessage()).startsWith("expected UTF-8 text, found the bytes 0xE2 0x80 ");
    assertThat(failure.column()).isEqualTo(SECOND_HEAD.length() + 2);
    assertThat(entries.get(1).text()).isEqualTo(
        SECOND_HEAD + "é\uFFFD" + SECOND_TAIL + "\uFFFD\n");
  }

  @Test
  void sequenceCutShortAtTheEndOfTheInputFailsTheLastArticle() {
    byte[] corpus = bytes(utf8(FIRST + THIRD + "Prices fell \u20AC"), new byte[] {(byte) 0xF0, (byte) 0x9F});

    List<CorpusEntry> entries = read(corpus);

    assertThat(entries).extracting(CorpusEntry::isParsed).containsExactly(true, false);
    assertThat(entries.get(1).failure().orElseThrow().originalMessage())
        .startsWith("expected UTF-8 text, found the bytes 0xF0 0x9F ");
    assertThat(entries.get(1).text()).endsWith("Prices fell \u20AC\uFFFD");
  }

  @Test
  void invalidBytesBeforeTheFirstHeaderAreAFailedEntryOfTheirOwn() {
    byte[] corpus = bytes(new byte[] {'\n', (byte) 0xFF, (byte) 0xFE, '\n'}, utf8(FIRST + THIRD));

    List<CorpusEntry> entries = read(corpus);

    assertThat(entries).extracting(CorpusEntry::isParsed).containsExactly(false, true, true);
    ArticleParseException failure = entries.get(0).failure().orElseThrow();
    assertThat(failure.originalMessage())
        .isEqualTo("expected UTF-8 text, found the byte 0xFF (byte offset 1 in the input)");
    assertThat(failure.line()).isEqualTo(2);
    assertThat(failure.column()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {65_531, 65_532, 65_533, 65_534, 65_535, 65_536})
  void invalidByteAndCharactersAcrossTheEdgeOfAReadAreReadWhereTheyStand(int filler) {
    // The decoder reads 64 KiB of bytes at a time: place an emoji, then a bad byte, across it.
    String head = FIRST + SECOND_HEAD + "x".repeat(filler - utf8(FIRST + SECOND_HEAD).length)
        + "\uD83D\uDE00";
    byte[] corpus = bytes(utf8(head), new byte[] {(byte) 0xC0, (byte) 0x80},
        utf8(SECOND_TAIL + THIRD));

    List<CorpusEntry> entries = read(corpus);

    assertThat(entries).extracting(CorpusEntry::isParsed).containsExactly(true, false, true);
    ArticleParseException failure = entries.get(1).failure().orElseThrow();
    assertThat(failure.originalMessage()).isEqualTo(
        "expected UTF-8 text, found the byte 0xC0 (byte offset " + utf8(head).length
            + " in the input)");
    assertThat(failure.offset()).isEqualTo(head.length());
    assertThat(entries.get(1).text()).isEqualTo(
        head.substring(FIRST.length()) + "\uFFFD\uFFFD" + SECOND_TAIL);
  }

  @Test
  void runOfInvalidBytesLongerThanTheArticleLimitIsOneFailedEntry() {
    ArticleParser limited = ArticleParser.builder().maxArticleLength(1 << 20).build();
    long garbage = 16L << 20;
    InputStream corpus = new SequenceInputStream(
        new ByteArrayInputStream(utf8(FIRST + SECOND_HEAD)),
        new SequenceInputStream(new RepeatingByteStream((byte) 0xFF, garbage),
            new ByteArrayInputStream(utf8("\n" + THIRD))));

    List<CorpusEntry> entries = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try (Stream<CorpusEntry> stream = limited.corpus(corpus)) {
        return stream.toList();
      }
    });

    assertThat(entries).extracting(CorpusEntry::isParsed).containsExactly(true, false, true);
    CorpusEntry failed = entries.get(1);
    assertThat(failed.length()).isEqualTo(SECOND_HEAD.length() + garbage + 1);
    assertThat(failed.failure().orElseThrow().column()).isEqualTo(SECOND_HEAD.length() + 1);
    assertThat(entries.get(2).offset()).isEqualTo(FIRST.length() + SECOND_HEAD.length() + garbage + 1);
    assertThat(entries.get(2).article()).contains(limited.parse(THIRD));
  }

  @Test
  void validUtf8ReadAsBytesGivesTheEntriesOfItsText() throws IOException {
    String text = FIRST + "\uFEFF" + SECOND_HEAD + "\u00E9 \uFFFD \uD83D\uDE00" + SECOND_TAIL + THIRD;
    Path file = Files.writeString(dir.resolve("corpus.txt"), text, StandardCharsets.UTF_8);

    List<CorpusEntry> fromFile;
    try (Stream<CorpusEntry> stream = parser.corpus(file)) {
      fromFile = stream.toList();
    }
    List<CorpusEntry> fromText;
    try (Stream<CorpusEntry> stream = parser.corpus(new StringReader(text))) {
      fromText = stream.toList();
    }

    assertThat(fromFile).hasSize(3).allMatch(CorpusEntry::isParsed);
    for (int i = 0; i < fromFile.size(); i++) {
      assertThat(fromFile.get(i).article()).isEqualTo(fromText.get(i).article());
      assertThat(fromFile.get(i).offset()).isEqualTo(fromText.get(i).offset());
    }
  }

  @Test
  void gzipFileReadsAsTheTextItHoldsWhateverItsName() throws IOException {
    Path file = Files.write(dir.resolve("corpus.txt"), gzip(utf8(FIRST + REOPENED)));

    List<CorpusEntry> entries;
    try (Stream<CorpusEntry> stream = parser.corpus(file)) {
      entries = stream.toList();
    }

    assertThat(entries).extracting(CorpusEntry::isParsed).containsExactly(true, true);
    assertThat(entries.get(0).article()).contains(parser.parse(FIRST));
    assertThat(entries.get(1).article()).contains(parser.parse(REOPENED));
    assertThat(entries.get(1).line()).isEqualTo(3);
    assertThat(entries.get(1).offset()).isEqualTo(FIRST.length());
  }

  @Test
  void byteThatIsNotUtf8InGzipDataIsPlacedInTheDecompressedInput() throws IOException {
    byte[] text = bytes(utf8(FIRST + "date 2021-01-13 PARIS, Jan. 13 (AFP) -- The caf"),
        new byte[] {(byte) 0xE9}, utf8(" reopened.\n"));

    List<CorpusEntry> entries = read(gzip(text));

    ArticleParseException failure = entries.get(1).failure().orElseThrow();
    assertThat(failure.originalMessage()).isEqualTo("expected UTF-8 text, found the byte 0xE9"
        + " (byte offset " + (text.length - 12) + " in the decompressed input)");
    assertThat(failure.line()).isEqualTo(3);
    assertThat(entries.get(0).isParsed()).isTrue();
  }

  @Test
  void corruptGzipTrailerFailsTheLastArticleAndKeepsTheOthers() throws IOException {
    byte[] data = gzip(utf8(FIRST + REOPENED));
    data[data.length - 8] ^= 0x01; // the CRC-32 of the text, first of the trailer's 8 bytes

    List<CorpusEntry> entries = read(data);

    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).article()).contains(parser.parse(FIRST));
    assertThat(entries.get(1).text()).isEqualTo(REOPENED + "\uFFFD");
    ArticleParseException failure = entries.get(1).failure().orElseThrow();
    assertThat(failure.originalMessage()).isEqualTo("expected gzip data, found corrupt data"
        + " (Corrupt GZIP trailer), at byte offset " + utf8(FIRST + REOPENED).length
        + " in the decompressed input");
    assertThat(failure.line()).isEqualTo(4);
    assertThat(failure.column()).isEqualTo(1);
  }

  @Test
  void characterCutShortWhereGzipDataEndsReadsAsTheOneReplacementOfTheEnd() throws IOException {
    byte[] text = utf8(FIRST + "date 2021-01-13 PARIS, Jan. 13 (AFP) -- The caf\u00E9");
    byte[] cut = Arrays.copyOf(text, text.length - 1); // the first of the two bytes of the e
    byte[] data = gzip(cut);
    byte[] noTrailer = Arrays.copyOf(data, data.length - 8);

    List<CorpusEntry> entries = read(noTrailer);

    assertThat(entries.get(1).text())
        .isEqualTo("date 2021-01-13 PARIS, Jan. 13 (AFP) -- The caf\uFFFD");
    assertThat(entries.get(1).failure().orElseThrow().originalMessage())
        .startsWith("expected more gzip data, found the end of the input");
  }

  @Test
  void gzipHeaderAloneIsOneFailedEntry() throws IOException {
    byte[] header = Arrays.copyOf(gzip(utf8(FIRST)), 10);

    List<CorpusEntry> entries = read(header);

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).text()).isEqualTo("\uFFFD");
    assertThat(entries.get(0).failure().orElseThrow().getMessage()).isEqualTo(
        "expected more gzip data, found the end of the input,"
            + " at byte offset 0 in the decompressed input at line 1, column 1");
  }

  @Test
  void emptyGzipDataIsAnEmptyCorpus() throws IOException {
    assertThat(read(gzip(new byte[0]))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "bzip2, 425a683931415926535900ff",
      "bzip2, 425a6839177245385090",
      "xz, fd377a585a000004e6d6b446",
      "zstd, 28b52ffd2400210000",
      "zip, 504b0304140000000800",
      "zip, 504b0506000000000000",
  })
  void otherCompressedDataIsOneFailedEntryThatNamesItsFormat(String format, String hex) {
    byte[] signature = HexFormat.of().parseHex(hex);
    byte[] data = bytes(signature, utf8("\n" + FIRST + REOPENED)); // no text is read behind it

    List<CorpusEntry> entries = read(data);

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).text()).isEqualTo("\uFFFD");
    assertThat(entries.get(0).failure().orElseThrow().getMessage()).isEqualTo(
        "expected UTF-8 text or gzip data, found " + format + " data, which wirecopy does not"
            + " decompress: decompress it first at line 1, column 1");
  }

  @Test
  void textThatBeginsAsASignatureBeginsIsReadAsText() {
    // "BZh9" with no block after it, "PK" with no record: text, a line before the first header.
    for (String start : List.of("BZh9 is a code\n", "PK\n", "\u001F\n")) {
      List<CorpusEntry> entries = read(utf8(start + FIRST));

      assertThat(entries).hasSize(2);
      assertThat(entries.get(0).text()).isEqualTo(start);
      assertThat(entries.get(1).article()).contains(parser.parse(FIRST));
    }
  }

  /** Inputs shorter than the signatures looked for. */
  @ParameterizedTest
  @ValueSource(strings = {"B", "BZh", "BZh91AY", "\u001F", "PK"})
  void inputShorterThanASignatureIsReadAsText(String text) {
    List<CorpusEntry> entries = read(utf8(text));

    assertThat(entries).singleElement().extracting(CorpusEntry::text).isEqualTo(text);
  }

  @Test
  void closingTheStreamClosesTheInputWhetherOrNotItWasRead() throws IOException {
    for (boolean readFirst : new boolean[] {false, true}) {
      ClosedFlag closed = new ClosedFlag(gzip(utf8(FIRST + REOPENED)));
      try (Stream<CorpusEntry> stream = parser.corpus(closed)) {
        if (readFirst) {
          assertThat(stream.findFirst()).isPresent();
        }
      }
      assertThat(closed.closed).as("closed, having read: %s", readFirst).isTrue();
    }
  }

  private List<CorpusEntry> read(byte[] corpus) {
    try (Stream<CorpusEntry> entries = parser.corpus(new ByteArrayInputStream(corpus))) {
      return entries.toList();
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(byte[]... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] piece : pieces) {
      out.writeBytes(piece);
    }
    return out.toByteArray();
  }

  /** {@code length} copies of one byte. */
  private static final class RepeatingByteStream extends InputStream {
    private final byte value;
    private long left;

    RepeatingByteStream(byte value, long length) {
      this.value = value;
      this.left = length;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      Arrays.fill(buffer, offset, offset + n, value);
      left -= n;
      return n;
    }
  }

  /** Bytes that note when they are closed. */
  private static final class ClosedFlag extends ByteArrayInputStream {
    boolean closed;

    ClosedFlag(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
