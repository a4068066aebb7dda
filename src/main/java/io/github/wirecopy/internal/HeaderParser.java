package io.github.wirecopy.internal;

import io.github.wirecopy.ArticleParseException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the {@code date YYYY-MM-DD} header that opens every article, and tells header lines apart
 * from body lines when a corpus is split into articles.
 */
public final class HeaderParser {

  /** What a header looks like, for error messages. */
  static final String EXPECTED = "expected \"date YYYY-MM-DD\"";

  /** How far into a line a header may start: a corpus line is only read this far to find one. */
  public static final int MAX_INDENT = 64;

  /** The longest {@code date YYYY-MM-DD} with room for blanks between its two parts. */
  private static final int HEADER_LENGTH = 32;

  private HeaderParser() {}

  /** The header of an article: its date and the offset just after it. */
  public record Header(LocalDate date, int end) {}

  /**
   * Whether {@code line} opens a new article: its first word is {@code date}, followed by a date
   * in ISO form, on the line {@code [lineStart, lineEnd)} of {@code text}. The date need not exist ({@code 2021-02-30}): such an article starts all the same
   * and then fails with the date's position.
   */
  public static boolean isHeaderLine(CharSequence text, int lineStart, int lineEnd) {
    int to = Math.min(lineEnd, lineStart + MAX_INDENT + HEADER_LENGTH);
    int i = Whitespace.skipInlineBlank(text, lineStart, to);
    if (i == to || i - lineStart > MAX_INDENT) {
      return false;
    }
    int dateStart = afterKeyword(text, i, to);
    return dateStart >= 0 && dateShapeAt(text, dateStart, lineEnd) >= 0;
  }

  /**
   * Reads the header at the start of {@code text}, after any blank lines and indentation.
   *
   * @throws ArticleParseException where no header is, or its date does not exist
   */
  public static Header parse(CharSequence text) {
    int length = text.length();
    int i = Whitespace.skipBlank(text, 0, length);
    int dateStart = afterKeyword(text, i, length);
    if (dateStart < 0) {
      throw TextPosition.error(EXPECTED, text, i);
    }
    int dateEnd = dateShapeAt(text, dateStart, length);
    if (dateEnd < 0) {
      throw TextPosition.error("expected a date in the form YYYY-MM-DD after \"date\"", text, dateStart);
    }
    try {
      LocalDate date = LocalDate.of(
          number(text, dateStart, 4), number(text, dateStart + 5, 2), number(text, dateStart + 8, 2));
      return new Header(date, dateEnd);
    } catch (DateTimeException e) {
      throw TextPosition.error(
          "no such date: " + text.subSequence(dateStart, dateEnd), text, dateStart);
    }
  }

  /** Where the date starts after {@code date} and its blanks at {@code i}, or -1 if none. */
  private static int afterKeyword(CharSequence text, int i, int to) {
    if (i < 0 || i + 5 > to
        || text.charAt(i) != 'd' || text.charAt(i + 1) != 'a'
        || text.charAt(i + 2) != 't' || text.charAt(i + 3) != 'e'
        || !Whitespace.isInlineBlank(text.charAt(i + 4))) {
      return -1;
    }
    return Whitespace.skipInlineBlank(text, i + 5, to);
  }

  /** The end of a {@code DDDD-DD-DD} at {@code i} followed by a blank or {@code to}, or -1. */
  private static int dateShapeAt(CharSequence text, int i, int to) {
    if (i < 0 || i + 10 > to) {
      return -1;
    }
    for (int k = 0; k < 10; k++) {
      char c = text.charAt(i + k);
      boolean ok = (k == 4 || k == 7) ? c == '-' : (c >= '0' && c <= '9');
      if (!ok) {
        return -1;
      }
    }
    int end = i + 10;
    return end == to || Whitespace.isBlank(text.charAt(end)) ? end : -1;
  }

  private static int number(CharSequence text, int from, int digits) {
    int value = 0;
    for (int k = 0; k < digits; k++) {
      value = value * 10 + (text.charAt(from + k) - '0');
    }
    return value;
  }
}
