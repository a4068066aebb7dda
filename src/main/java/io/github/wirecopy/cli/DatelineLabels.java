package io.github.wirecopy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The gold datelines of a corpus, read from a tab-separated {@code labels.tsv} whose header row
 * tells which of the two known formats it is in.
 *
 * @param format the format of the file
 * @param labels one label per article, in corpus order
 */
record DatelineLabels(Format format, List<DatelineLabel> labels) {

  /** The label formats, each known by its header row. */
  enum Format {
    /** Xinhua and AFP copy: {@code id agency date dateline_place dateline_date}, dates in ISO form. */
    NEWSWIRE(true, "id", "agency", "date", "dateline_place", "dateline_date"),
    /**
     * Reuters-21578: {@code id date dateline dateline_place dateline_date_text}, the dateline's
     * date as written ({@code Feb 26}) and no agency.
     */
    REUTERS(false, "id", "date", "dateline", "dateline_place", "dateline_date_text");

    private final boolean hasAgency;
    private final List<String> columns;

    Format(boolean hasAgency, String... columns) {
      this.hasAgency = hasAgency;
      this.columns = List.of(columns);
    }

    /** Whether the labels give the agency, so that it can be scored. */
    boolean hasAgency() {
      return hasAgency;
    }

    /** The name of the format, as the report shows it. */
    String displayName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Reads a labels file.
   *
   * @throws CommandFailure where the header is not one of the known formats, or a row is
   *     malformed; the message gives the file and line
   * @throws IOException where the file cannot be read
   */
  static DatelineLabels read(Path file) throws IOException, CommandFailure {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null) {
        throw new CommandFailure(file + ": empty, expected a header row");
      }
      Format format = formatOf(header, file);
      List<DatelineLabel> labels = new ArrayList<>();
      int lineNumber = 1;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isEmpty()) {
          continue;
        }
        try {
          labels.add(label(format, line));
        } catch (IllegalArgumentException e) {
          throw new CommandFailure(file + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
      return new DatelineLabels(format, List.copyOf(labels));
    }
  }

  private static Format formatOf(String header, Path file) throws CommandFailure {
    List<String> columns = Arrays.asList(header.split("\t", -1));
    for (Format format : Format.values()) {
      if (format.columns.equals(columns)) {
        return format;
      }
    }
    throw new CommandFailure(file + ":1: unknown header \"" + header.replace('\t', ' ')
        + "\"; expected \"" + String.join(" ", Format.NEWSWIRE.columns) + "\" or \""
        + String.join(" ", Format.REUTERS.columns) + "\"");
  }

  /** One row in the given format; {@link IllegalArgumentException} says what is wrong with it. */
  private static DatelineLabel label(Format format, String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != format.columns.size()) {
      throw new IllegalArgumentException(
          "expected " + format.columns.size() + " tab-separated columns, found " + cells.length);
    }
    return switch (format) {
      case NEWSWIRE -> new DatelineLabel(cells[0], isoDate(cells[2], "date"), cells[3],
          Optional.of(cells[1]),
          cells[4].isEmpty() ? new ExpectedDate.None()
              : new ExpectedDate.Exact(isoDate(cells[4], "dateline_date")));
      case REUTERS -> new DatelineLabel(cells[0], isoDate(cells[1], "date"), cells[3],
          Optional.empty(),
          cells[4].isEmpty() ? new ExpectedDate.None()
              : ExpectedDate.MonthAndDay.fromText(cells[4]));
    };
  }

  private static LocalDate isoDate(String text, String column) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(column + ": expected a date YYYY-MM-DD, found \"" + text
          + "\"", e);
    }
  }
}
