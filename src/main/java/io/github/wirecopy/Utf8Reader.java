package io.github.wirecopy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Decodes a UTF-8 byte stream for the corpus reader without stopping at bytes that are not
 * UTF-8. Each invalid sequence reads as one U+FFFD, as the JDK's replacing decoder has it, and is
 * recorded with its place, so that the corpus reader fails the one article that holds it and goes
 * on with the next. A strict decoder would end the whole corpus at the first stray byte; a
 * replacing one would hand on altered text as if it were the input.
 *
 * <p>The corpus reader takes the records of the characters it has read as it goes ({@link
 * #takeInvalidBefore}), so that they never outnumber the characters of one read.
 */
final class Utf8Reader extends Reader {

  /** An invalid sequence: where its U+FFFD stands in the text, and where its bytes were. */
  record InvalidSequence(long charOffset, long byteOffset, byte[] bytes) {

    /** The sequence as an error message gives it: {@code the byte 0xE9}, {@code the bytes 0xE2 0x80}. */
    String describe() {
      StringBuilder text = new StringBuilder(bytes.length == 1 ? "the byte" : "the bytes");
      for (byte b : bytes) {
        text.append(String.format(" 0x%02X", b & 0xFF));
      }
      return text.toString();
    }
  }

  private static final char REPLACEMENT = '\uFFFD';

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final ArrayDeque<InvalidSequence> invalid = new ArrayDeque<>();

  /** The byte offset of {@code bytes}' first byte in the stream. */
  private long bytesStart;
  /** Characters handed out so far. */
  private long charsRead;
  private boolean endOfBytes;
  private boolean endOfText;
  /** The low surrogate of a pair whose high half filled the caller's last char. */
  private int pendingLowSurrogate = -1;

  Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * Takes the first record of an invalid sequence whose U+FFFD lies before character {@code end},
   * dropping every other such record; null if none.
   */
  InvalidSequence takeInvalidBefore(long end) {
    InvalidSequence first = null;
    while (!invalid.isEmpty() && invalid.peekFirst().charOffset() < end) {
      InvalidSequence next = invalid.removeFirst();
      if (first == null) {
        first = next;
      }
    }
    return first;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    long charsBeforeBuffer = charsRead - offset;
    if (pendingLowSurrogate >= 0) {
      out.put((char) pendingLowSurrogate);
      pendingLowSurrogate = -1;
    }
    while (out.hasRemaining() && !endOfText) {
      CoderResult result = decoder.decode(bytes, out, endOfBytes);
      if (result.isUnderflow()) {
        if (endOfBytes) {
          endOfText = true; // told that the bytes end, the decoder has decoded every one
        } else if (out.position() > offset) {
          break; // hand on what is decoded rather than wait for more
        } else {
          refill();
        }
      } else if (result.isOverflow()) {
        if (out.position() == offset) {
          splitPairInto(out); // one place left for a character that needs two
        }
        break;
      } else {
        // An invalid sequence, which stays in the byte buffer until taken here; should the
        // caller's buffer be full, the next read meets it again.
        if (!out.hasRemaining()) {
          break;
        }
        byte[] sequence = new byte[result.length()];
        long byteOffset = bytesStart + bytes.position();
        bytes.get(sequence);
        invalid.addLast(
            new InvalidSequence(charsBeforeBuffer + out.position(), byteOffset, sequence));
        out.put(REPLACEMENT);
      }
    }
    int n = out.position() - offset;
    charsRead += n;
    return n == 0 ? -1 : n;
  }

  /** Decodes a character that needs two chars into {@code out}'s one free place: its high half now. */
  private void splitPairInto(CharBuffer out) {
    CharBuffer pair = CharBuffer.allocate(2);
    decoder.decode(bytes, pair, endOfBytes);
    out.put(pair.get(0));
    pendingLowSurrogate = pair.get(1);
  }

  /** Moves the bytes left in the buffer to its start and reads more after them. */
  private void refill() throws IOException {
    bytesStart += bytes.position();
    bytes.compact();
    int n;
    try {
      n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    } finally {
      bytes.flip();
    }
    if (n < 0) {
      endOfBytes = true;
    } else {
      bytes.limit(bytes.limit() + n);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
