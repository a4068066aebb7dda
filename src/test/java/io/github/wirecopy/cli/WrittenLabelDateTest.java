package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenLabelDateTest {

  @ParameterizedTest
  @CsvSource({
      "Feb 26, 2, 26",
      "FEb 26, 2, 26",
      "Marchg 2, 3, 2",
      "APril 3, 4, 3",
      "june 26, 6, 26",
      "2 March, 3, 2",
      "Oct. 19, 10, 19"})
  void monthComesFromTheFirstThreeLettersAndDayFromTheDigits(String written, int month, int day) {
    ExpectedDate.MonthAndDay date = ExpectedDate.MonthAndDay.fromText(written);

    assertThat(date.monthDay()).isEqualTo(MonthDay.of(month, day));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Narch 2", "March", "Ma 2", "Feb 30", "Feb 123"})
  void unreadableDateIsRejected(String written) {
    assertThatThrownBy(() -> ExpectedDate.MonthAndDay.fromText(written))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(written);
  }

  @ParameterizedTest
  @CsvSource({"1987-02-26, true", "1988-02-26, true", "1987-02-27, false"})
  void monthAndDayMatchInAnyYear(LocalDate actual, boolean matches) {
    assertThat(ExpectedDate.MonthAndDay.fromText("Feb 26").matches(Optional.of(actual)))
        .isEqualTo(matches);
  }

  @Test
  void emptyLabelExpectsNoDate() {
    assertThat(new ExpectedDate.None().matches(Optional.empty())).isTrue();
    assertThat(new ExpectedDate.None().matches(Optional.of(LocalDate.of(1987, 2, 26)))).isFalse();
  }
}
