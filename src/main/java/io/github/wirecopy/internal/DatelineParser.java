package io.github.wirecopy.internal;

import io.github.wirecopy.model.Dateline;
import io.github.wirecopy.model.Span;
import java.time.LocalDate;

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
  private static final int MAX_SEGMENT_LENGTH = 64;
  private static final int MAX_AGENCY_LENGTH = 30;

  /**
   * Agencies whose marker is a dateline even without a dash after it, as in
   * {@code New Delhi, Oct 16 (PTI) India's ...}; lower-cased.
   */
  private static final FoldedWords KNOWN_AGENCIES = FoldedWords.of(
      "xinhua", "reuters", "reuter", "ap", "afp", "upi", "pti", "ians", "ani", "uni", "yonhap", "kyodo",
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
   * character after the header date; {@code lineEnd} is where that line ends.
   *
   * @return the dateline, or {@code null} where the body does not open with one
   */
  static Match find(CharSequence text, int start, int lineEnd, LocalDate headerDate) {
    int limit = Math.min(lineEnd, start + MAX_LENGTH);
    // One scan finds what comes first: an agency marker or a separator dash.
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '(' || (c == '/' && (i == start || Whitespace.isBlank(text.charAt(i - 1))))) {
        Match marked = withAgencyMarker(text, start, i, limit, headerDate);
        if (marked != null) {
          return marked;
        }
        // marks that hold no agency ("(UN)") may still stand before the dash of the dash form
        int dash = nextSeparator(text, start, i + 1, limit);
        return dash < 0 ? null : withDashOnly(text, start, dash, limit, headerDate);
      }
      if (isDash(c) && isSeparatorAt(text, i, start, limit)) {
        return withDashOnly(text, start, i, limit, headerDate);
      }
    }
    return null;
  }

  /** {@code PLACE, DATE (AGENCY) --}, {@code (AGENCY) --}, {@code PLACE, DATE. /TASS/.} */
  private static Match withAgencyMarker(
      CharSequence text, int start, int open, int limit, LocalDate headerDate) {
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
    Prefix prefix = Prefix.read(text, start, Whitespace.trimEnd(text, start, open), headerDate);
    if (prefix == null) {
      return null;
    }
    int markerEnd = close + 1;
    int i = markerEnd;
    if (closer == '/' && i < limit && text.charAt(i) == '.') {
      i++; // MOSCOW, January 21. /TASS/.
    }
    int afterSeparator = separatorEnd(text, Whitespace.skipInlineBlank(text, i, limit), limit);
    if (afterSeparator < 0) {
      boolean known = KNOWN_AGENCIES.contains(agency);
      boolean tass = closer == '/' && i > markerEnd;
      if (!known && !tass && !prefix.hasDateSlot) {
        return null; // "The United Nations (UN) said ..." is a sentence, not a dateline
      }
      if (i < text.length() && !Whitespace.isBlank(text.charAt(i))) {
        return null;
      }
      afterSeparator = i;
    }
    Dateline dateline = prefix.toDateline(text, start, markerEnd, agency);
    return new Match(dateline, Whitespace.skipBlank(text, afterSeparator, text.length()));
  }

  /**
   * {@code NEW YORK, Feb 26 -}, {@code WASHINGTON —}: the words before the separator at
   * {@code dash}, or null where they are prose.
   */
  private static Match withDashOnly(
      CharSequence text, int start, int dash, int limit, LocalDate headerDate) {
    int end = Whitespace.trimEnd(text, start, dash);
    Prefix prefix = Prefix.read(text, start, end, headerDate);
    if (prefix == null || end == start) {
      return null;
    }
    if (!prefix.hasDateSlot && !prefix.placeInCapitals(text)) {
      return null; // "The company - which ..." is prose
    }
    int bodyStart = Whitespace.skipBlank(text, separatorEnd(text, dash, limit), text.length());
    if (!prefix.hasDateSlot) {
      Match dated = withDateAfterStrayDash(text, start, prefix, bodyStart, limit, headerDate);
      if (dated != null) {
        return dated;
      }
    }
    return new Match(prefix.toDateline(text, start, end, null), bodyStart);
  }

  /**
   * {@code KANSAS CITY, Mo. - March 13 - The company ...}: the date came after a stray dash.
   * Returns null where no date and second dash follow.
   */
  private static Match withDateAfterStrayDash(
      CharSequence text, int start, Prefix place, int after, int limit, LocalDate headerDate) {
    int separator = nextSeparator(text, after, after, limit);
    if (separator < 0) {
      return null;
    }
    int dateEnd = Whitespace.trimEnd(text, after, separator);
    Prefix date = Prefix.read(text, after, dateEnd, headerDate);
    if (date == null || !date.hasDateSlot || date.places != null) {
      return null;
    }
    Prefix dated = new Prefix(place.places, true, date.date, null);
    return new Match(
        dated.toDateline(text, start, dateEnd, null),
        Whitespace.skipBlank(text, separatorEnd(text, separator, limit), text.length()));
  }

  /**
   * The first separator dash in {@code [from, limit)} of the line part that starts at
   * {@code start}, or -1.
   */
  private static int nextSeparator(CharSequence text, int start, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (isDash(text.charAt(i)) && isSeparatorAt(text, i, start, limit)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The words before the agency marker or the dash: place segments separated by commas, then
   * perhaps the date ({@code Jan. 11}, {@code 2 March}, {@code January 21.}, also without its
   * comma: {@code COLUMBIA, Md. March 3}) and, in older Reuters copy, the agency
   * ({@code WASHINGTON, March 12, Reuter -}).
   */
  private static final class Prefix {
    private static final Prefix EMPTY = new Prefix(null, false, null, null);

    /**
     * Where the places stand: the start of the first, the end of the first and the end of the
     * last; null where the prefix names no place.
     */
    final int[] places;
    final boolean hasDateSlot;
    final LocalDate date;
    final int[] agency;

    private Prefix(int[] places, boolean hasDateSlot, LocalDate date, int[] agency) {
      this.places = places;
      this.hasDateSlot = hasDateSlot;
      this.date = date;
      this.agency = agency;
    }

    /** Splits {@code [from, to)} into segments, or returns null where it is no dateline prefix. */
    static Prefix read(CharSequence text, int from, int to, LocalDate headerDate) {
      if (from >= to) {
        return EMPTY;
      }
      // segment k stands at [bounds[2k], bounds[2k + 1])
      int[] bounds = new int[2 * (MAX_PLACE_SEGMENTS + 3)];
      int count = 0;
      int segmentStart = from;
      for (int i = from; i <= to; i++) {
        if (i == to || text.charAt(i) == ',') {
          int s = Whitespace.skipInlineBlank(text, segmentStart, i);
          int e = Whitespace.trimEnd(text, s, i);
          if (s >= e) {
            if (i == to && count > 0) {
              break; // "CHICAGO, March 4, -": a comma left before the separator
            }
            return null;
          }
          if (count == MAX_PLACE_SEGMENTS + 3) {
            return null;
          }
          bounds[2 * count] = s;
          bounds[2 * count + 1] = e;
          count++;
          segmentStart = i + 1;
        }
      }
      int[] agency = null;
      int last = count - 1;
      if (last >= 1 && isKnownAgency(text, bounds[2 * last], bounds[2 * last + 1])) {
        agency = new int[] {bounds[2 * last], bounds[2 * last + 1]};
        last--;
      }
      if (last >= 1 && isYear(text, bounds[2 * last], bounds[2 * last + 1])) {
        last--; // "Jan. 11, 2021": the header has the year already
        if (DateSlot.read(text, bounds[2 * last], bounds[2 * last + 1], false) == null) {
          return null;
        }
      }
      int lastStart = bounds[2 * last];
      int lastEnd = bounds[2 * last + 1];
      DateSlot slot = DateSlot.read(text, lastStart, lastEnd, last >= 1);
      int placeCount = last + 1;
      if (slot != null) {
        placeCount = last;
      } else {
        int dateStart = unseparatedDateStart(text, lastStart, lastEnd);
        if (dateStart > lastStart) {
          slot = DateSlot.read(text, dateStart, lastEnd, false);
          bounds[2 * last + 1] = Whitespace.trimEnd(text, lastStart, dateStart);
        }
      }
      if (placeCount > MAX_PLACE_SEGMENTS) {
        return null;
      }
      for (int k = 0; k < placeCount; k++) {
        if (!isPlaceSegment(text, bounds[2 * k], bounds[2 * k + 1], k == 0, slot != null)) {
          return null;
        }
      }
      int[] places = placeCount == 0
          ? null
          : new int[] {bounds[0], bounds[1], bounds[2 * placeCount - 1]};
      return new Prefix(
          places, slot != null, slot == null ? null : slot.resolve(headerDate), agency);
    }

    /**
     * Where a date written without its comma starts at the end of a segment
     * ({@code JOHANNESBURG March 13}), or -1. Only a month spelt right counts here, so that a
     * place ending in a word and a number is not cut.
     */
    private static int unseparatedDateStart(CharSequence text, int from, int to) {
      int i = to;
      while (i > from && Character.isDigit(text.charAt(i - 1)) && to - i < 2) {
        i--;
      }
      if (i == to || i == from || !Whitespace.isInlineBlank(text.charAt(i - 1))) {
        return -1;
      }
      int wordEnd = Whitespace.trimEnd(text, from, i);
      if (wordEnd > from && text.charAt(wordEnd - 1) == '.') {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > from && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == from || !Whitespace.isInlineBlank(text.charAt(wordStart - 1))
          || MonthNames.month(text, wordStart, wordEnd) == 0) {
        return -1;
      }
      return wordStart;
    }

    boolean placeInCapitals(CharSequence text) {
      if (places == null) {
        return false;
      }
      int letters = 0;
      for (int i = places[0]; i < places[1]; i++) {
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

    Dateline toDateline(CharSequence text, int start, int end, String markedAgency) {
      Dateline.Builder builder = Dateline.builder()
          .text(text.subSequence(start, end).toString())
          .span(Span.of(start, end));
      if (places != null) {
        builder.location(Whitespace.normalize(text, places[0], places[2]));
        int cityStart = places[0];
        while (cityStart < places[1] && text.charAt(cityStart) == '*') {
          cityStart++; // "****LONDON": a feed's flag, not part of the city
        }
        for (int i = cityStart; i <= places[1]; i++) {
          if (i == places[1] || text.charAt(i) == '/') {
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
      if (markedAgency != null) {
        builder.agency(markedAgency);
      } else if (agency != null) {
        builder.agency(text.subSequence(agency[0], agency[1]).toString());
      }
      return builder.build();
    }
  }

  /** The date of a dateline as written: a month and a day, in either order; 0 where unreadable. */
  private record DateSlot(int month, int day) {

    /**
     * Reads {@code Jan. 11}, {@code Jan 11}, {@code January 11}, {@code Jan.11}, {@code 2 March},
     * {@code January 21.}. Slips of the keyboard still make a date slot, so that the place before
     * it is kept and the date left empty: a misspelt month ({@code Narch 2}), a day that is no day
     * ({@code March 187}, {@code April l}), or a month alone ({@code CHICAGO, April -}) where
     * {@code monthAlone} allows it.
     */
    static DateSlot read(CharSequence text, int from, int to, boolean monthAlone) {
      int end = to;
      if (end > from && text.charAt(end - 1) == '.') {
        end--;
      }
      int[] first = token(text, from, end);
      if (first == null) {
        return null;
      }
      int[] second = token(text, Whitespace.skipInlineBlank(text, first[1], end), end);
      if (second != null && Whitespace.skipInlineBlank(text, second[1], end) < end) {
        return null; // three words: a place, not a date
      }
      boolean firstIsWord = Character.isLetter(text.charAt(first[0]));
      int[] word = firstIsWord ? first : second;
      int[] day = firstIsWord ? second : first;
      if (word == null || !Character.isLetter(text.charAt(word[0]))) {
        return null;
      }
      int wordEnd = text.charAt(word[1] - 1) == '.' ? word[1] - 1 : word[1];
      int month = MonthNames.month(text, word[0], wordEnd);
      if (day == null) {
        return monthAlone && month > 0 ? new DateSlot(0, 0) : null;
      }
      int dayValue = dayValue(text, day[0], day[1]);
      if (dayValue < 0) {
        // "March 187", "April l": a date slot only where the month vouches for it
        return month > 0 && firstIsWord && day[1] - day[0] <= 4 ? new DateSlot(0, 0) : null;
      }
      return new DateSlot(month, dayValue);
    }

    /** A word (letters, then perhaps a period) or a run of letters and digits at {@code from}. */
    private static int[] token(CharSequence text, int from, int to) {
      if (from >= to || !Character.isLetterOrDigit(text.charAt(from))) {
        return null;
      }
      int i = from;
      while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i < to && text.charAt(i) == '.') {
        i++;
      }
      return new int[] {from, i};
    }

    /** The day 1 to 31 written in {@code [from, to)}, or -1. */
    private static int dayValue(CharSequence text, int from, int to) {
      if (to - from > 2) {
        return -1;
      }
      int value = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value >= 1 && value <= 31 ? value : -1;
    }

    /** The date nearest {@code headerDate} with this month and day, or null where there is none. */
    LocalDate resolve(LocalDate headerDate) {
      if (month == 0 || day == 0) {
        return null;
      }
      int headerYear = headerDate.getYear();
      LocalDate sameYear = inYear(headerYear);
      if (sameYear != null && Math.abs(sameYear.toEpochDay() - headerDate.toEpochDay()) <= 182) {
        return sameYear; // the usual case: a date of another year lies at least 183 days off
      }
      LocalDate best = null;
      long bestDistance = Long.MAX_VALUE;
      for (int year = headerYear - 1; year <= headerYear + 1; year++) {
        LocalDate candidate = inYear(year);
        if (candidate == null) {
          continue;
        }
        long distance = Math.abs(candidate.toEpochDay() - headerDate.toEpochDay());
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
      return best;
    }

    /** This month and day in {@code year}, or null where the year has no such day. */
    private LocalDate inYear(int year) {
      if (year < 1 || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
        return null;
      }
      return LocalDate.of(year, month, day);
    }
  }

  private static boolean isYear(CharSequence text, int from, int to) {
    if (to - from != 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A place segment: {@code BEIJING}, {@code South Korea}, {@code Ill.}, {@code W.Va.},
   * {@code KYIV/KHARKIV}, {@code RIO de JANEIRO}. It holds letters and a few marks, no digits, and
   * opens with a capital; before a date, which vouches for the dateline, a lower-case place
   * ({@code peoria, april 7 -}) and a feed's leading {@code ****} flag are accepted too.
   */
  private static boolean isPlaceSegment(
      CharSequence text, int from, int to, boolean first, boolean beforeDate) {
    if (to - from > MAX_SEGMENT_LENGTH) {
      return false;
    }
    int i = from;
    if (first && beforeDate) {
      while (i < to && text.charAt(i) == '*' && i - from < 8) {
        i++;
      }
    }
    if (i == to) {
      return false;
    }
    char opening = text.charAt(i);
    if (first && !beforeDate ? !Character.isUpperCase(opening) : !Character.isLetter(opening)) {
      return false;
    }
    int words = 1;
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (Whitespace.isInlineBlank(c)) {
        if (!Whitespace.isInlineBlank(text.charAt(i - 1)) && ++words > 6) {
          return false;
        }
      } else if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’'
          && c != '/' && c != '&') {
        return false;
      }
    }
    return true;
  }

  private static boolean isKnownAgency(CharSequence text, int from, int to) {
    return to - from <= MAX_AGENCY_LENGTH
        && KNOWN_AGENCIES.contains(text, from, to, FoldedWords.hash(text, from, to));
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
      // "NEW YORK, Feb 26 -", and "TULSA, June 2- Williams ...", where the dash follows the day
      char before = text.charAt(i - 1);
      return (blankBefore || Character.isDigit(before))
          && (i + 1 >= text.length() || Whitespace.isBlank(text.charAt(i + 1)));
    }
    if (isDash(text.charAt(i - 1))) {
      return false;
    }
    // "SIEGEL--Jerome Arthur, 98, ..." is a name run into its text; a long dash may stand solid
    return c != '-' || blankBefore || (i + 2 < limit && Whitespace.isBlank(text.charAt(i + 2)));
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
}
