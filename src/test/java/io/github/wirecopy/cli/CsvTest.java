package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

  @Test
  void recordJoinsFieldsWithCommasAndEndsWithCrLf() {
    assertThat(Csv.record(List.of("a", "", " b "))).isEqualTo("a,, b \r\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "plain words          | plain words",
      "one, two             | \"one, two\"",
      "a \"bold\" step      | \"a \"\"bold\"\" step\"",
      "\"                   | \"\"\"\""})
  void fieldIsQuotedOnlyWhenItHoldsACommaOrAQuote(String value, String written) {
    assertThat(Csv.record(List.of(value))).isEqualTo(written + "\r\n");
  }

  @Test
  void fieldWithALineBreakIsQuotedAndKeepsIt() {
    assertThat(Csv.record(List.of("one\ntwo"))).isEqualTo("\"one\ntwo\"\r\n");
    assertThat(Csv.record(List.of("one\rtwo"))).isEqualTo("\"one\rtwo\"\r\n");
    assertThat(Csv.record(List.of("x", "one\r\ntwo"))).isEqualTo("x,\"one\r\ntwo\"\r\n");
  }

  @Test
  void recordsReadBackAsWritten() {
    List<String> fields = List.of("a,b", "say \"hi\"", "", "line\r\nbreak", "\u201cquoted\u201d");

    assertThat(CsvReading.records(Csv.record(fields) + Csv.record(List.of("z"))))
        .containsExactly(fields, List.of("z"));
  }
}
