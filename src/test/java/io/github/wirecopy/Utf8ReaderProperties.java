package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The corpus reader's decoder reads any bytes as the JDK's replacing UTF-8 decoder does, one
 * U+FFFD for each invalid sequence, whatever the size of each read, and records each invalid
 * sequence with where its U+FFFD stands and where its bytes were.
 */
class Utf8ReaderProperties {

  /** The bytes of {@link #FFFD}, which read as a U+FFFD of the input and are no error. */
  private static final byte[] FFFD = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  @Property(tries = 300)
  void readsWhatTheReplacingDecoderReadsAndRecordsEachInvalidSequence(
      @ForAll("mixedBytes") byte[] input,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 70_000) Integer> readSizes)
      throws IOException {
    String expected = new String(input, StandardCharsets.UTF_8);
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(input));

    StringBuilder text = new StringBuilder();
    for (int i = 0; ; i++) {
      char[] buffer = new char[readSizes.get(i % readSizes.size())];
      int n = reader.read(buffer, 0, buffer.length);
      if (n < 0) {
        break;
      }
      assertThat(n).as("a read of %d chars", buffer.length).isPositive();
      text.append(buffer, 0, n);
    }
    // Each U+FFFD stands at its own place: taken one place at a time, every record comes back.
    List<Utf8Reader.InvalidSequence> records = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      Utf8Reader.Flaw record = reader.takeFlawBefore(end);
      if (record != null) {
        records.add((Utf8Reader.InvalidSequence) record);
      }
    }

    assertThat(text.toString()).isEqualTo(expected);
    long replacements = expected.chars().filter(c -> c == 0xFFFD).count();
    assertThat(records).hasSize((int) (replacements - occurrences(input, FFFD)));
    long previous = -1;
    for (Utf8Reader.InvalidSequence record : records) {
      assertThat(record.charOffset()).isGreaterThan(previous);
      previous = record.charOffset();
      assertThat(expected.charAt((int) record.charOffset())).isEqualTo('\uFFFD');
      byte[] there = Arrays.copyOfRange(input, (int) record.byteOffset(),
          (int) record.byteOffset() + record.bytes().length);
      assertThat(there).isEqualTo(record.bytes());
      // The bytes alone are invalid: they read as one U+FFFD.
      assertThat(new String(record.bytes(), StandardCharsets.UTF_8)).isEqualTo("\uFFFD");
    }
  }

  @Example
  void characterCutShortBeforeALeadByteReadsAsOneReplacementOneCharAtATime() throws IOException {
    // Three bytes of a four-byte character, then the first of a three-byte one: with room for
    // one char, the decoder cannot tell the first from a character of two chars until it sees
    // the fourth byte.
    byte[] input = {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0xE2};
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(input));

    char[] one = new char[1];
    StringBuilder text = new StringBuilder();
    for (int n; (n = reader.read(one, 0, 1)) >= 0 && text.length() <= input.length; ) {
      text.append(one, 0, n);
    }

    assertThat(text.toString()).isEqualTo("\uFFFD\uFFFD");
    assertThat(((Utf8Reader.InvalidSequence) reader.takeFlawBefore(1)).bytes())
        .containsExactly(0xF0, 0x9F, 0x98);
    assertThat(((Utf8Reader.InvalidSequence) reader.takeFlawBefore(2)).bytes())
        .containsExactly(0xE2);
  }

  @Property(tries = 100)
  void recordsAreTakenUpToTheirEnd(@ForAll("mixedBytes") byte[] input,
      @ForAll @IntRange(min = 0, max = 5_000) int end) throws IOException {
    Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(input));
    long read = reader.transferTo(Writer.nullWriter());

    Utf8Reader.Flaw first = reader.takeFlawBefore(end);
    Utf8Reader.Flaw next = reader.takeFlawBefore(read);

    if (first != null) {
      assertThat(first.charOffset()).isLessThan(end);
    }
    if (next != null) {
      assertThat(next.charOffset()).isGreaterThanOrEqualTo(end);
    }
    assertThat(reader.takeFlawBefore(Long.MAX_VALUE)).isNull();
  }

  /**
   * Text, characters of every UTF-8 length, literal U+FFFDs and invalid sequences of every kind,
   * sometimes behind enough text to cross the decoder's 64 KiB buffer of bytes.
   */
  @Provide
  Arbitrary<byte[]> mixedBytes() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.strings().ascii().ofMaxLength(20).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of("é", "€", "中", "\uD83D\uDE00", "\uFFFD", "\uFEFF", "\n", "\r\n")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(
            bytes(0xE9), bytes(0x80), bytes(0xBF), bytes(0xFF), bytes(0xFE), bytes(0xF5),
            bytes(0xC0, 0x80), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0x80), bytes(0xED, 0xA0, 0x80),
            bytes(0xE2, 0x80), bytes(0xF0, 0x9F, 0x98), bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xC3)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(8));
    Arbitrary<byte[]> pieces = piece.list().ofMaxSize(60).map(Utf8ReaderProperties::concat);
    Arbitrary<byte[]> longPrefix = Arbitraries.integers().between(65_520, 65_540)
        .map(n -> "a".repeat(n).getBytes(StandardCharsets.US_ASCII));
    return Arbitraries.oneOf(
        pieces,
        longPrefix.flatMap(prefix -> pieces.map(rest -> concat(List.of(prefix, rest)))));
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static int occurrences(byte[] input, byte[] sequence) {
    int count = 0;
    for (int i = 0; i + sequence.length <= input.length; i++) {
      if (Arrays.equals(input, i, i + sequence.length, sequence, 0, sequence.length)) {
        count++;
      }
    }
    return count;
  }
}
