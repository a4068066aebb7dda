package io.github.wirecopy.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of RFC 4180 CSV for tests: every record must end with CRLF, a bare CR or LF
 * may stand only inside a quoted field, and a quote may open a field only at its start.
 */
final class CsvReading {

  private CsvReading() {}

  /**
   * The records of {@code csv}.
   *
   * @throws IllegalArgumentException where {@code csv} breaks the rules
   */
  static List<List<String>> records(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean fieldStart = true;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (fieldStart && c == '"') {
        i++;
        while (true) {
          if (i >= csv.length()) {
            throw new IllegalArgumentException("unterminated quoted field");
          }
          char q = csv.charAt(i);
          if (q == '"') {
            if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(q);
          i++;
        }
        fieldStart = false;
        if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
          throw new IllegalArgumentException("text after a closing quote at " + i);
        }
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        i++;
      } else if (c == '\r') {
        if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("bare CR at " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(List.copyOf(record));
        record.clear();
        fieldStart = true;
        i += 2;
      } else if (c == '\n' || c == '"') {
        throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "LF") + " at " + i);
      } else {
        field.append(c);
        fieldStart = false;
        i++;
      }
    }
    if (!record.isEmpty() || field.length() > 0 || !fieldStart) {
      throw new IllegalArgumentException("last record does not end with CRLF");
    }
    return records;
  }
}
