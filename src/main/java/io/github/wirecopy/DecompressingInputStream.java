package io.github.wirecopy;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of a corpus: gunzipped where they are gzip data, else as they come. An agency's
 * archive is often kept compressed, and a corpus read from {@code corpus.txt.gz} or from a pipe
 * should not need {@code zcat} first. The data is told by its first bytes, not by a file name,
 * which a stream does not have: gzip's {@code 0x1F 0x8B} can never start UTF-8 text, since
 * {@code 0x8B} cannot follow {@code 0x1F} there.
 *
 * <p>Where the rest of the input cannot be read as text, a read throws {@link UnreadableData}:
 * gzip data that is corrupt or cut short (an archive copied in part), or data compressed in a
 * format the JDK cannot decompress. The UTF-8 reader then ends the text there, failing the article
 * the data was in, rather than decode the rest as invalid bytes or end the whole corpus with an
 * I/O error.
 */
final class DecompressingInputStream extends InputStream {

  /** The rest of the input cannot be read as text; the message says why, to end an error with. */
  static final class UnreadableData extends IOException {

    UnreadableData(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The longest signature looked for: bzip2's, a block size and the magic of a block. */
  private static final int SIGNATURE_LENGTH = 10;

  private final InputStream raw;
  /** What reads are served from, once the signature is read; null until then. */
  private InputStream in;
  private boolean gzip;

  DecompressingInputStream(InputStream raw) {
    this.raw = Objects.requireNonNull(raw, "raw");
  }

  /** Whether the input is gzip data; false until the first read. */
  boolean isGzip() {
    return gzip;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (in == null) {
      in = open();
    }
    try {
      return in.read(buffer, offset, length);
    } catch (ZipException | EOFException e) {
      if (!gzip) {
        throw e; // the input's own failure, not the data's
      }
      throw corrupt(e);
    }
  }

  /**
   * Reads the signature (lazily, so that a stream is not read before its first entry is asked
   * for) and returns what the rest of the reads come from.
   */
  private InputStream open() throws IOException {
    PushbackInputStream input = new PushbackInputStream(raw, SIGNATURE_LENGTH);
    byte[] signature = input.readNBytes(SIGNATURE_LENGTH);
    input.unread(signature);
    if (startsWith(signature, 0, 0x1F, 0x8B)) {
      gzip = true;
      try {
        // Reads one member after another: "cat a.gz b.gz" is read as gzip reads it.
        return new GZIPInputStream(input, 1 << 16);
      } catch (ZipException | EOFException e) {
        throw corrupt(e);
      }
    }
    String format = unsupportedFormat(signature);
    if (format != null) {
      throw new UnreadableData("expected UTF-8 text or gzip data, found " + format
          + " data, which wirecopy does not decompress: decompress it first", null);
    }
    return input;
  }

  private static UnreadableData corrupt(IOException e) {
    return e instanceof EOFException
        ? new UnreadableData("expected more gzip data, found the end of the input", e)
        : new UnreadableData("expected gzip data, found corrupt data (" + e.getMessage() + ")", e);
  }

  /** The compressed formats a corpus is likely kept in, other than gzip; null for none. */
  private static String unsupportedFormat(byte[] signature) {
    // bzip2: "BZh", the block size, then the magic of a first block or of the end of the stream.
    if (signature.length == SIGNATURE_LENGTH && startsWith(signature, 0, 'B', 'Z', 'h')
        && signature[3] >= '1' && signature[3] <= '9'
        && (startsWith(signature, 4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)
            || startsWith(signature, 4, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90))) {
      return "bzip2";
    }
    if (startsWith(signature, 0, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
      return "xz";
    }
    if (startsWith(signature, 0, 0x28, 0xB5, 0x2F, 0xFD)) {
      return "zstd";
    }
    if (startsWith(signature, 0, 'P', 'K', 0x03, 0x04)
        || startsWith(signature, 0, 'P', 'K', 0x05, 0x06)) {
      return "zip";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int from, int... prefix) {
    if (bytes.length < from + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[from + i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    // Closing the gzip stream frees its inflater's native memory now rather than at collection.
    (in != null ? in : raw).close();
  }
}
