package io.github.wirecopy.internal;

import io.github.wirecopy.model.Dateline;
import io.github.wirecopy.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the dateline that opens a wire story, in the forms the major agencies use:
 *
 * <pre>
 * BEIJING, Jan. 11 (Xinhua) --          WASHINGTON (AP) —
 * NEW YORK, Feb 26 -                    KYIV/KHARKIV, Ukraine, March 3 (Reuters) -
 * Jan. 19 (UPI) --                      (Bloomberg) --
 * New Delhi, Oct 16 (PTI)               MOSCOW, January 21. /TASS/.
 * </pre>
 *
 * <p>A dateline lies on the first line of the body and within {@link #MAX_LENGTH} characters, so
 * the work per article is bounded whatever follows. Something that only resembles a dateline is
 * left to the body: a place must look like one (capitalised words, no digits), and a line that
 * opens with words and a dash counts only when those words carry a date or are in capitals.
 */
final class DatelineParser {

  /** The longest dateline looked for, separator included. */
  static final int MAX_LENGTH = 160;

  private static final int MAX_PLACE_SEGMENTS = 4;
  private static final int MAX_SEGMENT_LENGTH = 40;
  private static final int MAX_AGENCY_LENGTH = 30;

  /**
   * Agencies whose marker is a dateline even without a dash after it, as in
   * {@code New Delhi, Oct 16 (PTI) India's ...}; lower-cased.
   */
  private static final Set<String> KNOWN_AGENCIES = Set.of(
      "xinhua", "reuters", "ap", "afp", "upi", "pti", "ians", "ani", "uni", "yonhap", "kyodo",
      "bernama", "antara", "ansa", "efe", "dpa", "tass", "itar-tass", "interfax", "ria novosti",
      "sputnik", "cna", "kuna", "wam", "spa", "qna", "mena", "irna", "anadolu", "aa", "apa",
      "bloomberg", "cp", "pa", "aap", "nzpa", "bss", "app", "pna", "vna", "kcna", "xinhuanet",
      "prensa latina", "belga", "ctk", "pap", "mti", "bta", "hina", "tanjug", "anp", "ntb", "tt",
      "stt", "ritzau", "lusa", "apa-ots", "efe-dow jones", "dow jones", "ap-dow jones", "nna",
      "petra", "sana", "ina", "saba", "jiji", "afp-jiji", "ukrinform", "belta", "trend", "azertag");

  /** A dateline found at the start of a body, and where the body proper begins after it. */
  record Match(Dateline dateline, int bodyStart) {}

  private DatelineParser() {}

  /**
   * Looks for a dateline at {@code start} of {@code text}, which must be the first non-blank
   * character after the header date.
   *
   * @return the dateline, or {@code null} where the body does not open with one
   */
  static Match find(CharSequence text, int start, LocalDate headerDate) {
    int limit = Math.min(text.length(), start + MAX_LENGTH);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        limit = i;
        break;
      }
    }
    Match marked = withAgencyMarker(text, start, limit, headerDate);
    return marked != null ? marked : withDashOnly(text, start, limit, headerDate);
  }

  /** {@code PLACE, DATE (AGENCY) --}, {@code (AGENCY) --}, {@code PLACE, DATE. /TASS/.} */
  private static Match withAgencyMarker(CharSequence text, int start, int limit, LocalDate headerDate) {
    int open = -1;
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '(' || (c == '/' && (i == start || Whitespace.isBlank(text.charAt(i - 1))))) {
        open = i;
        break;
      }
      if (isDash(c) && isSeparatorAt(text, i, start, limit)) {
        return null; // a dash before any marker: the dash form, if anything
      }
    }
    if (open < 0) {
      return null;
    }
    char closer = text.charAt(open) == '(' ? ')' : '/';
    int close = -1;
    for (int i = open + 1; i < limit && i <= open + 1 + MAX_AGENCY_LENGTH; i++) {
      char c = text.charAt(i);
      if (c == closer) {
        close = i;
        break;
      }
      if (!isAgencyChar(c)) {
        return null;
      }
    }
    if (close < 0) {
      return null;
    }
    String agency = Whitespace.normalize(text, open + 1, close);
    if (agency.isEmpty() || !Character.isLetter(agency.charAt(0))) {
      return null;
    }
    Prefix prefix = Prefix.read(text, start, trimEnd(text, start, open), headerDate);
    if (prefix == null) {
      return null;
    }
    int markerEnd = close + 1;
    int i = markerEnd;
    if (closer == '/' && i < limit && text.charAt(i) == '.') {
      i++; // MOSCOW, January 21. /TASS/.
    }
    int afterSeparator = separatorEnd(text, skipInline(text, i, limit), limit);
    if (afterSeparator < 0) {
      boolean known = KNOWN_AGENCIES.contains(agency.toLowerCase(Locale.ROOT));
      boolean tass = closer == '/' && i > markerEnd;
      if (!known && !tass && prefix.dateSlot < 0) {
        return null; // "The United Nations (UN) said ..." is a sentence, not a dateline
      }
      if (i < text.length() && !Whitespace.isBlank(text.charAt(i))) {
        return null;
      }
      afterSeparator = i;
    }
    Dateline dateline = prefix.toDateline(text, start, markerEnd, agency);
    return new Match(dateline, skipBlank(text, afterSeparator));
  }

  /** {@code NEW YORK, Feb 26 -}, {@code WASHINGTON —}. */
  private static Match withDashOnly(CharSequence text, int start, int limit, LocalDate headerDate) {
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (!isDash(c) || !isSeparatorAt(text, i, start, limit)) {
        continue;
      }
      int end = trimEnd(text, start, i);
      Prefix prefix = Prefix.read(text, start, end, headerDate);
      if (prefix == null || end == start) {
        return null;
      }
      if (prefix.dateSlot < 0 && !prefix.placeInCapitals(text)) {
        return null; // "The company - which ..." is prose
      }
      Dateline dateline = prefix.toDateline(text, start, end, null);
      return new Match(dateline, skipBlank(text, separatorEnd(text, i, limit)));
    }
    return null;
  }

  /**
   * The words before the agency marker or the dash: place segments separated by commas, the last
   * of which may be the date ({@code Jan. 11}, {@code 2 March}, {@code January 21.}).
   */
  private static final class Prefix {
    final int[] segmentStarts;
    final int[] segmentEnds;
    final int placeSegments;
    final int dateSlot;
    final LocalDate date;

    private Prefix(int[] starts, int[] ends, int placeSegments, int dateSlot, LocalDate date) {
      this.segmentStarts = starts;
      this.segmentEnds = ends;
      this.placeSegments = placeSegments;
      this.dateSlot = dateSlot;
      this.date = date;
    }

    /** Splits {@code [from, to)} into segments, or returns null where it is no dateline prefix. */
    static Prefix read(CharSequence text, int from, int to, LocalDate headerDate) {
      if (from >= to) {
        return new Prefix(new int[0], new int[0], 0, -1, null);
      }
      List<int[]> segments = new ArrayList<>(4);
      int segmentStart = from;
      for (int i = from; i <= to; i++) {
        if (i == to || text.charAt(i) == ',') {
          int s = skipInline(text, segmentStart, i);
          int e = trimEnd(text, s, i);
          if (s >= e) {
            return null;
          }
          segments.add(new int[] {s, e});
          if (segments.size() > MAX_PLACE_SEGMENTS + 2) {
            return null;
          }
          segmentStart = i + 1;
        }
      }
      int count = segments.size();
      int dateSlot = -1;
      LocalDate date = null;
      int last = count - 1;
      // "Jan. 11, 2021": a year after the date is part of the date.
      int year = -1;
      if (count >= 2 && isYear(text, segments.get(last))) {
        year = 0;
        last--;
      }
      DateSlot slot = DateSlot.read(text, segments.get(last)[0], segments.get(last)[1]);
      if (slot != null) {
        dateSlot = last;
        date = slot.resolve(headerDate);
      } else if (year == 0) {
        return null;
      } else {
        last = count;
      }
      int placeSegments = dateSlot >= 0 ? dateSlot : count;
      if (placeSegments > MAX_PLACE_SEGMENTS) {
        return null;
      }
      for (int k = 0; k < placeSegments; k++) {
        if (!isPlaceSegment(text, segments.get(k)[0], segments.get(k)[1], k == 0)) {
          return null;
        }
      }
      int[] starts = new int[count];
      int[] ends = new int[count];
      for (int k = 0; k < count; k++) {
        starts[k] = segments.get(k)[0];
        ends[k] = segments.get(k)[1];
      }
      return new Prefix(starts, ends, placeSegments, dateSlot, date);
    }

    boolean placeInCapitals(CharSequence text) {
      if (placeSegments == 0) {
        return false;
      }
      int letters = 0;
      for (int i = segmentStarts[0]; i < segmentEnds[0]; i++) {
        char c = text.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        if (Character.isLetter(c)) {
          letters++;
        }
      }
      return letters >= 2;
    }

    Dateline toDateline(CharSequence text, int start, int end, String agency) {
      Dateline.Builder builder = Dateline.builder()
          .text(text.subSequence(start, end).toString())
          .span(Span.of(start, end));
      if (placeSegments > 0) {
        builder.location(Whitespace.normalize(text, segmentStarts[0], segmentEnds[placeSegments - 1]));
        int from = segmentStarts[0];
        int to = segmentEnds[0];
        int cityStart = from;
        for (int i = from; i <= to; i++) {
          if (i == to || text.charAt(i) == '/') {
            String city = Whitespace.normalize(text, cityStart, i);
            if (!city.isEmpty()) {
              builder.addPlaces(city);
            }
            cityStart = i + 1;
          }
        }
      }
      if (date != null) {
        builder.date(date);
      }
      if (agency != null) {
        builder.agency(agency);
      }
      return builder.build();
    }
  }

  /** The date of a dateline as written: a month and a day, in either order. */
  private record DateSlot(int month, int day) {

    /**
     * Reads {@code Jan. 11}, {@code Jan 11}, {@code January 11}, {@code Jan.11}, {@code 2 March},
     * {@code January 21.}. A slot whose month is misspelt ({@code Narch 2}) is still a date slot,
     * with month 0, so that the place before it is kept and the date left empty.
     */
    static DateSlot read(CharSequence text, int from, int to) {
      int end = to;
      if (end > from && text.charAt(end - 1) == '.') {
        end--;
      }
      int wordStart = -1;
      int wordEnd = -1;
      int numberStart = -1;
      int numberEnd = -1;
      int i = from;
      while (i < end) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          if (wordStart >= 0) {
            return null;
          }
          wordStart = i;
          while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
          }
          wordEnd = i;
          if (i < end && text.charAt(i) == '.') {
            i++;
          }
        } else if (c >= '0' && c <= '9') {
          if (numberStart >= 0) {
            return null;
          }
          numberStart = i;
          while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
          }
          numberEnd = i;
        } else if (Whitespace.isInlineBlank(c)) {
          i++;
        } else {
          return null;
        }
      }
      if (wordStart < 0 || numberStart < 0 || numberEnd - numberStart > 2 || wordEnd - wordStart > 10) {
        return null;
      }
      int day = Integer.parseInt(text.subSequence(numberStart, numberEnd).toString());
      if (day < 1 || day > 31) {
        return null;
      }
      return new DateSlot(MonthNames.month(text, wordStart, wordEnd), day);
    }

    /** The date nearest {@code headerDate} with this month and day, or null where there is none. */
    LocalDate resolve(LocalDate headerDate) {
      if (month == 0) {
        return null;
      }
      LocalDate best = null;
      long bestDistance = Long.MAX_VALUE;
      for (int year = headerDate.getYear() - 1; year <= headerDate.getYear() + 1; year++) {
        if (year < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
          continue;
        }
        LocalDate candidate = LocalDate.of(year, month, day);
        long distance = Math.abs(candidate.toEpochDay() - headerDate.toEpochDay());
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
      return best;
    }
  }

  private static boolean isYear(CharSequence text, int[] segment) {
    if (segment[1] - segment[0] != 4) {
      return false;
    }
    for (int i = segment[0]; i < segment[1]; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A place segment: {@code BEIJING}, {@code South Korea}, {@code Ill.}, {@code W.Va.},
   * {@code KYIV/KHARKIV}, {@code RIO de JANEIRO}. It opens with a capital (the first segment) or
   * a letter, holds letters and a few marks, and no digits.
   */
  private static boolean isPlaceSegment(CharSequence text, int from, int to, boolean first) {
    if (to - from > MAX_SEGMENT_LENGTH) {
      return false;
    }
    char opening = text.charAt(from);
    if (first ? !Character.isUpperCase(opening) : !Character.isLetter(opening)) {
      return false;
    }
    int words = 1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Whitespace.isInlineBlank(c)) {
        words++;
        if (words > 6) {
          return false;
        }
      } else if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’'
          && c != '/' && c != '&') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAgencyChar(char c) {
    return Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '&'
        || c == '\'' || c == '/' || c == '\u00A0';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '—' || c == '–' || c == '―';
  }

  /**
   * Whether the dash at {@code i} separates a dateline from its story: a lone hyphen needs blanks
   * on both sides (a hyphen inside a word does not count), a double hyphen or a long dash needs
   * none ({@code WASHINGTON—The ...}).
   */
  private static boolean isSeparatorAt(CharSequence text, int i, int start, int limit) {
    if (i == start) {
      return false;
    }
    char c = text.charAt(i);
    boolean blankBefore = Whitespace.isBlank(text.charAt(i - 1));
    boolean doubled = i + 1 < limit && text.charAt(i + 1) == '-';
    if (c == '-' && !doubled) {
      return blankBefore && (i + 1 >= text.length() || Whitespace.isBlank(text.charAt(i + 1)));
    }
    return !isDash(text.charAt(i - 1));
  }

  /** The end of the separator dash run at {@code i}, or -1 where none stands there. */
  private static int separatorEnd(CharSequence text, int i, int limit) {
    int j = i;
    while (j < limit && isDash(text.charAt(j)) && j - i < 3) {
      j++;
    }
    if (j == i) {
      return -1;
    }
    // "-5 degrees" or "-based" are not separators: the dash must stand apart from what follows,
    // except for long dashes, which agencies often set solid.
    boolean solidAllowed = text.charAt(i) != '-' || j - i >= 2;
    if (j < text.length() && !Whitespace.isBlank(text.charAt(j)) && !solidAllowed) {
      return -1;
    }
    return j;
  }

  private static int skipInline(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && Whitespace.isInlineBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipBlank(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && Whitespace.isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(CharSequence text, int from, int to) {
    int e = to;
    while (e > from && Whitespace.isBlank(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
