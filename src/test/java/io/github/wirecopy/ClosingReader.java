package io.github.wirecopy;

import java.io.StringReader;

/** A reader of a string that remembers being closed. */
final class ClosingReader extends StringReader {
  boolean closed;

  ClosingReader(String text) {
    super(text);
  }

  @Override
  public void close() {
    closed = true;
    super.close();
  }
}
