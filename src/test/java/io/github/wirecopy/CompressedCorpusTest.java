package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A corpus read as bytes may be gzip data, told by its first bytes: it reads as the text it
 * holds. Where that data is corrupt, or the input is in a compressed format wirecopy does not
 * decompress, the entry it is in fails and says so, and the articles before it stand.
 */
class CompressedCorpusTest {

  private static final String FIRST =
      "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- Officials met on Monday.\n\n";
  private static final String SECOND =
      "date 2021-01-13 PARIS, Jan. 13 (AFP) -- The cafe reopened, its owner said.\n";

  private final ArticleParser parser = ArticleParser.builder().build();

  @TempDir Path dir;

  @Test
  void gzipFileReadsAsTheTextItHoldsWhateverItsName() throws IOException {
    Path file = Files.write(dir.resolve("corpus.txt"), gzip(utf8(FIRST + SECOND)));

    List<CorpusEntry> entries;
    try (Stream<CorpusEntry> stream = parser.corpus(file)) {
      entries = stream.toList();
    }

    assertThat(entries).extracting(CorpusEntry::isParsed).containsExactly(true, true);
    assertThat(entries.get(0).article()).contains(parser.parse(FIRST));
    assertThat(entries.get(1).article()).contains(parser.parse(SECOND));
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
    byte[] data = gzip(utf8(FIRST + SECOND));
    data[data.length - 8] ^= 0x01; // the CRC-32 of the text, first of the trailer's 8 bytes

    List<CorpusEntry> entries = read(data);

    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).article()).contains(parser.parse(FIRST));
    assertThat(entries.get(1).text()).isEqualTo(SECOND + "\uFFFD");
    ArticleParseException failure = entries.get(1).failure().orElseThrow();
    assertThat(failure.originalMessage()).isEqualTo("expected gzip data, found corrupt data"
        + " (Corrupt GZIP trailer), at byte offset " + utf8(FIRST + SECOND).length
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
    byte[] data = bytes(signature, utf8("\n" + FIRST + SECOND)); // no text is read behind it

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

  @Test
  void closingTheStreamClosesTheInputWhetherOrNotItWasRead() throws IOException {
    for (boolean readFirst : new boolean[] {false, true}) {
      ClosedFlag closed = new ClosedFlag(gzip(utf8(FIRST + SECOND)));
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
