package io.github.wirecopy.internal;

/**
 * Month names as datelines write them: {@code Jan.}, {@code Jan}, {@code January}, {@code Sept.},
 * in any case, and with the slips of hurried copy that still name one month beyond doubt
 * ({@code Marc}, {@code Marchg}, {@code Junee}).
 */
final class MonthNames {

  private static final String[] NAMES = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  private MonthNames() {}

  /**
   * The month (1 to 12) named by the letters {@code [from, to)}, or 0 where they name none.
   *
   * <p>A name is recognised when it is a prefix of a month's name at least three letters long
   * ({@code Sep}, {@code Sept}, {@code Marc}), or the whole name with one stray letter after it
   * ({@code Marchg}). A word that differs inside the name ({@code Narch}, {@code Mach}) is no month.
   */
  static int month(CharSequence text, int from, int to) {
    int length = to - from;
    if (length < 3) {
      return 0;
    }
    for (int m = 0; m < NAMES.length; m++) {
      String name = NAMES[m];
      int compared = Math.min(length, name.length());
      if (length > name.length() + 1) {
        continue;
      }
      boolean matches = true;
      for (int k = 0; k < compared; k++) {
        if (Character.toLowerCase(text.charAt(from + k)) != name.charAt(k)) {
          matches = false;
          break;
        }
      }
      if (matches) {
        return m + 1;
      }
    }
    return 0;
  }

  /**
   * Whether the letters {@code [from, to)} are a month's whole name in any case: {@code
   * January}, not {@code Jan} nor {@code Marc}, which copy also writes as names of people.
   */
  static boolean isWholeName(CharSequence text, int from, int to) {
    int month = month(text, from, to);
    return month > 0 && NAMES[month - 1].length() == to - from;
  }
}
