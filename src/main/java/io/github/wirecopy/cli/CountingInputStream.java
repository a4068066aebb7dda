package io.github.wirecopy.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it, for the progress bar and the throughput in the summary: the
 * corpus reader sees characters, but MB/s is about bytes.
 */
final class CountingInputStream extends FilterInputStream {

  private long count;

  /** Counts what is read from {@code in}, starting from zero. */
  CountingInputStream(InputStream in) {
    super(in);
  }

  /** The bytes read so far. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += skipped;
    return skipped;
  }

  // Marks would let bytes be counted twice; the readers above this stream never need them.
  @Override
  public boolean markSupported() {
    return false;
  }
}
