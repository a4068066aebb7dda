package io.github.wirecopy.internal;

/**
 * What counts as blank in wire copy: besides ASCII white space, the no-break spaces and the byte
 * order mark that turn up in agency feeds.
 */
public final class Whitespace {

  private Whitespace() {}

  /** Whether {@code c} is blank: ASCII white space, a Unicode space separator, or a BOM. */
  public static boolean isBlank(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
    return c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u3000' || c == '\u1680' || c == '\u205F'
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Whether {@code c} is blank but does not end a line. */
  public static boolean isInlineBlank(char c) {
    return c != '\n' && c != '\r' && isBlank(c);
  }

  /** The first offset in {@code [from, to)} that is not blank, or {@code to}. */
  public static int skipBlank(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first offset in {@code [from, to)} that is not an inline blank, or {@code to}. */
  public static int skipInlineBlank(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && isInlineBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** One past the last offset in {@code [from, to)} that is not blank, or {@code from}. */
  public static int trimEnd(CharSequence text, int from, int to) {
    int end = to;
    while (end > from && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Whether every character of {@code text} in {@code [from, to)} is blank. */
  public static boolean isBlank(CharSequence text, int from, int to) {
    return skipBlank(text, from, to) == to;
  }

  /** {@code text} with every run of blanks turned into one space, and no blank at either end. */
  public static String normalize(CharSequence text, int from, int to) {
    if (isNormal(text, from, to)) {
      // The usual case, a place or an agency as written: taken whole, not rebuilt.
      return text.subSequence(from, to).toString();
    }
    StringBuilder out = new StringBuilder(to - from);
    boolean pendingSpace = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isBlank(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code [from, to)} has no blank at either end and no blank but single spaces. */
  private static boolean isNormal(CharSequence text, int from, int to) {
    boolean afterSpace = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (afterSpace) {
          return false;
        }
        afterSpace = true;
      } else if (isBlank(c)) {
        return false;
      } else {
        afterSpace = false;
      }
    }
    return !afterSpace || from == to;
  }
}
