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
 * #takeInvalidBefore}), so that they never outnumber the characters decoded ahead of it.
 */
final class Utf8Reader extends Reader {

  /** An invalid sequence: where its U+FFFD stands in the text, and where its bytes were. */
  record InvalidSequence(long charOffset, long byteOffset, byte[] bytes) {

    /**
     * The error of the article holding it: {@code expected UTF-8 text, found the byte 0xE9 (byte
     * offset 108 in the input)}, or {@code the bytes 0xE2 0x80} for a longer sequence.
     */
    String message() {
      StringBuilder text = new StringBuilder("expected UTF-8 text, found ")
          .append(bytes.length == 1 ? "the byte" : "the bytes");
      for (byte b : bytes) {
        text.append(String.format(" 0x%02X", b & 0xFF));
      }
      return text.append(" (byte offset ").append(byteOffset).append(" in the input)").toString();
    }
  }

  private static final char REPLACEMENT = '\uFFFD';

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  /**
   * Decoded characters not yet handed out. Decoding into a buffer of our own, never into the
   * caller's, leaves the decoder room for a character of two chars however little is asked for.
   */
  private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
  private final ArrayDeque<InvalidSequence> invalid = new ArrayDeque<>();

  /** The byte offset of {@code bytes}' first byte in the stream. */
  private long bytesStart;
  /** Characters handed out so far. */
  private long charsRead;
  private boolean endOfBytes;
  private boolean endOfText;

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
    if (!chars.hasRemaining() && !decode()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    charsRead += n;
    return n;
  }

  /**
   * Decodes the next characters into the emptied {@link #chars}, reading bytes as needed; false at
   * the end of the input.
   */
  private boolean decode() throws IOException {
    chars.clear();
    while (!endOfText) {
      CoderResult result = decoder.decode(bytes, chars, endOfBytes);
      if (result.isUnderflow()) {
        if (endOfBytes) {
          endOfText = true; // told that the bytes end, the decoder has decoded every one
        } else if (chars.position() > 0) {
          break; // hand on what is decoded rather than wait for more bytes
        } else {
          refill();
        }
      } else if (result.isOverflow()) {
        break;
      } else if (!chars.hasRemaining()) {
        break; // an invalid sequence, met again by the next call
      } else {
        // An invalid sequence: the decoder leaves its bytes to be passed over here.
        byte[] sequence = new byte[result.length()];
        long byteOffset = bytesStart + bytes.position();
        bytes.get(sequence);
        invalid.addLast(new InvalidSequence(charsRead + chars.position(), byteOffset, sequence));
        chars.put(REPLACEMENT);
      }
    }
    chars.flip();
    return chars.hasRemaining();
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
