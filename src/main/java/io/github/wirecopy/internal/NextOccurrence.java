package io.github.wirecopy.internal;

import java.util.Arrays;

/**
 * Where the next of a few characters stands in one text, for a reader that moves forward through
 * it: line ends, or the marks that may end a sentence. Each character is found with
 * {@link String#indexOf(int, int)}, which the JVM vectorises, and its position kept until the
 * reader has passed it, so the text is scanned once per character looked for.
 */
final class NextOccurrence {

  private final String text;
  private final char[] chars;
  /** The next position of each character at or after the last offset asked about. */
  private final int[] next;

  /** The occurrences of {@code chars} in {@code text}. */
  NextOccurrence(String text, char... chars) {
    this.text = text;
    this.chars = chars.clone();
    this.next = new int[chars.length];
    Arrays.fill(next, -1);
  }

  /**
   * The first offset at or after {@code from} of any of the characters, or the text's length
   * where there is none. {@code from} must not be less than it was at the call before.
   */
  int from(int from) {
    int first = text.length();
    for (int k = 0; k < chars.length; k++) {
      if (next[k] < from) {
        int at = text.indexOf(chars[k], from);
        next[k] = at < 0 ? text.length() : at;
      }
      first = Math.min(first, next[k]);
    }
    return first;
  }
}
