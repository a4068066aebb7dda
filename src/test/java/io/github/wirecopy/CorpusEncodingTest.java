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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus read as bytes (a file, a stream) is UTF-8: bytes that are not fail the one article
 * that holds them, located at the first of them, and the articles around it parse.
 */
class CorpusEncodingTest {

  private static final String FIRST =
      "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- Officials met on Monday.\n\n";
  private static final String SECOND_HEAD = " date 2021-01-13 PARIS, Jan. 13 (Xinhua) -- The Caf";
  private static final String SECOND_TAIL = " de Flore reopened.\n\nIt had been shut for months.\n\n";
  private static final String THIRD = "\tdate 2021-01-14 (Bloomberg) -- Oil prices fell.\n";

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

  private List<CorpusEntry> read(byte[] corpus) {
    try (Stream<CorpusEntry> entries = parser.corpus(new ByteArrayInputStream(corpus))) {
      return entries.toList();
    }
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
}
