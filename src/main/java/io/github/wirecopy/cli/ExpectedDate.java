package io.github.wirecopy.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a gold label says the dateline's date is, and whether a parsed date agrees. */
sealed interface ExpectedDate {

  /** Whether {@code actual}, the parser's resolved dateline date, agrees with the label. */
  boolean matches(Optional<LocalDate> actual);

  /** The expectation as a disagreement report shows it. */
  String describe();

  /** The label gives no date: the dateline must have none. */
  record None() implements ExpectedDate {
    @Override
    public boolean matches(Optional<LocalDate> actual) {
      return actual.isEmpty();
    }

    @Override
    public String describe() {
      return "(none)";
    }
  }

  /** The label gives the full date, as the newswire labels do. */
  record Exact(LocalDate date) implements ExpectedDate {
    @Override
    public boolean matches(Optional<LocalDate> actual) {
      return actual.isPresent() && actual.get().equals(date);
    }

    @Override
    public String describe() {
      return date.toString();
    }
  }

  /**
   * The label gives the date as written in the story, as the Reuters labels do ({@code Feb 26},
   * {@code Marchg 2}): only month and day can be checked.
   */
  record MonthAndDay(MonthDay monthDay, String written) implements ExpectedDate {

    /** The month names by their first three letters, January first. */
    private static final List<String> MONTHS =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /**
     * Reads a date as written, typos and all: the month from the first three letters of its
     * first word, whatever their case and whatever follows ({@code FEb 26}, {@code Marchg 2},
     * {@code APril 3}, {@code 2 March}), the day from its digits. The evaluation derives this
     * itself rather than through the parser's month table, so that the two can disagree.
     *
     * @throws IllegalArgumentException where no month or no valid day can be read
     */
    static MonthAndDay fromText(String written) {
      int first = 0;
      while (first < written.length() && !Character.isLetter(written.charAt(first))) {
        first++;
      }
      int end = first;
      while (end < written.length() && end - first < 3 && Character.isLetter(written.charAt(end))) {
        end++;
      }
      int month = MONTHS.indexOf(written.substring(first, end).toLowerCase(Locale.ROOT)) + 1;
      if (month == 0) {
        throw new IllegalArgumentException("no month name in \"" + written + "\"");
      }
      String digits = written.replaceAll("[^0-9]", "");
      if (digits.isEmpty() || digits.length() > 2) {
        throw new IllegalArgumentException("no day of the month in \"" + written + "\"");
      }
      try {
        return new MonthAndDay(MonthDay.of(month, Integer.parseInt(digits)), written);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such day: \"" + written + "\"", e);
      }
    }

    @Override
    public boolean matches(Optional<LocalDate> actual) {
      return actual.isPresent() && MonthDay.from(actual.get()).equals(monthDay);
    }

    @Override
    public String describe() {
      return written + " (" + monthDay + ")";
    }
  }
}
