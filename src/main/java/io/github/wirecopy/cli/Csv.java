package io.github.wirecopy.cli;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: records end with CRLF, fields are separated by
 * commas, and a field holding a comma, a double quote, a carriage return or a line feed is put
 * in double quotes, with each double quote inside it doubled. Other fields, leading and trailing
 * spaces included, are written as they are.
 */
final class Csv {

  /** The end of every record, line breaks inside quoted fields notwithstanding. */
  static final String RECORD_END = "\r\n";

  private Csv() {}

  /** One record: the fields, escaped and joined with commas, then {@link #RECORD_END}. */
  static String record(List<String> fields) {
    StringBuilder record = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        record.append(',');
      }
      appendField(record, fields.get(i));
    }
    return record.append(RECORD_END).toString();
  }

  private static void appendField(StringBuilder out, String value) {
    if (!needsQuotes(value)) {
      out.append(value);
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
