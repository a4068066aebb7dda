package io.github.wirecopy.internal;

import io.github.wirecopy.ArticleParseException;

/** Turns an offset in a text into the 1-based line and column that error messages give. */
public final class TextPosition {

  private TextPosition() {}

  /**
   * An {@link ArticleParseException} for a problem at {@code offset} of {@code text}. Lines end at
   * {@code \n}, {@code \r\n} or a lone {@code \r}, as the corpus reader counts them.
   */
  public static ArticleParseException error(String message, CharSequence text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new ArticleParseException(message, line, offset - lineStart + 1, offset);
  }
}
