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
 * <p>Where the stream cannot be read on ({@link DecompressingInputStream.UnreadableData}: corrupt
 * gzip data, an unsupported compression), the text ends there with one more U+FFFD, recorded in
 * the same way, so that the article it cuts short fails and those before it stand.
 *
 * <p>The corpus reader takes the records of the characters it has read as it goes ({@link
 * #takeFlawBefore}), so that they never outnumber the characters decoded ahead of it.
 */
final class Utf8Reader extends Reader {

  /** Where the text departs from the input: a U+FFFD that stands for what could not be read. */
  sealed interface Flaw permits InvalidSequence, UnreadableRest {

    /** Where its U+FFFD stands in the text. */
    long charOffset();

    /** The error of the article holding it. */
    String message();
  }

  /**
   * An invalid sequence: where its U+FFFD stands in the text, and where its bytes were, in the
   * input or, where that was gzip data, in the data decompressed.
   */
  record InvalidSequence(long charOffset, long byteOffset, byte[] bytes, boolean decompressed)
      implements Flaw {

    /**
     * The error of the article holding it: {@code expected UTF-8 text, found the byte 0xE9 (byte
     * offset 108 in the input)}, or {@code the bytes 0xE2 0x80} for a longer sequence.
     */
    @Override
    public String message() {
      StringBuilder text = new StringBuilder("expected UTF-8 text, found ")
          .append(bytes.length == 1 ? "the byte" : "the bytes");
      for (byte b : bytes) {
        text.append(String.format(" 0x%02X", b & 0xFF));
      }
      return text.append(" (byte offset ").append(byteOffset)
          .append(decompressed ? " in the decompressed input)" : " in the input)").toString();
    }
  }

  /**
   * The end of what could be read: where its U+FFFD stands, and why the rest could not be read:
   * {@code expected more gzip data, found the end of the input, at byte offset 1048576 in the
   * decompressed input}.
   */
  record UnreadableRest(long charOffset, String message) implements Flaw {}

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
  private final ArrayDeque<Flaw> flaws = new ArrayDeque<>();

  /** The byte offset of {@code bytes}' first byte in the stream. */
  private long bytesStart;
  /** Characters handed out so far. */
  private long charsRead;
  private boolean endOfBytes;
  private boolean endOfText;
  /** Why the stream could not be read on, until its U+FFFD is in the text; else null. */
  private DecompressingInputStream.UnreadableData unreadable;

  Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * Takes the first record of a flaw whose U+FFFD lies before character {@code end}, dropping
   * every other such record; null if none.
   */
  Flaw takeFlawBefore(long end) {
    Flaw first = null;
    while (!flaws.isEmpty() && flaws.peekFirst().charOffset() < end) {
      Flaw next = flaws.removeFirst();
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
        if (endOfBytes && unreadable != null) {
          if (!chars.hasRemaining()) {
            break; // its U+FFFD goes at the start of the next call's characters
          }
          String where = decompressed()
              ? ", at byte offset " + (bytesStart + bytes.position()) + " in the decompressed input"
              : "";
          flaws.addLast(new UnreadableRest(charsRead + chars.position(),
              unreadable.getMessage() + where));
          chars.put(REPLACEMENT);
          unreadable = null;
        } else if (endOfBytes) {
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
        flaws.addLast(
            new InvalidSequence(charsRead + chars.position(), byteOffset, sequence, decompressed()));
        chars.put(REPLACEMENT);
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  /** Whether the bytes are decompressed from gzip data, so that offsets are into those. */
  private boolean decompressed() {
    return in instanceof DecompressingInputStream data && data.isGzip();
  }

  /** Moves the bytes left in the buffer to its start and reads more after them. */
  private void refill() throws IOException {
    bytesStart += bytes.position();
    bytes.compact();
    int n;
    try {
      n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    } catch (DecompressingInputStream.UnreadableData e) {
      unreadable = e;
      n = -1;
    } finally {
      bytes.flip();
    }
    if (unreadable != null) {
      // The start of a character cut short by the failure: the failure's U+FFFD stands for it.
      bytes.position(bytes.limit());
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
