package io.github.wirecopy;

import java.io.IOException;
import java.io.Reader;

/** Serves its text in one read, then fails. */
final class FailingAfterReader extends Reader {
  private final String text;
  private boolean served;

  FailingAfterReader(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int count) throws IOException {
    if (served) {
      throw new IOException("feed connection lost");
    }
    served = true;
    int n = Math.min(count, text.length());
    text.getChars(0, n, buffer, offset);
    return n;
  }

  @Override
  public void close() {}
}
