package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatelineLabelsTest {

  @TempDir Path dir;

  @Test
  void newswireHeaderGivesIsoDatesAndAgencies() throws Exception {
    DatelineLabels labels = read(LabelledCorpus.NEWSWIRE_LABELS);

    assertThat(labels.format()).isEqualTo(DatelineLabels.Format.NEWSWIRE);
    assertThat(labels.labels()).hasSize(4);
    DatelineLabel first = labels.labels().get(0);
    assertThat(first.id()).isEqualTo("N1");
    assertThat(first.date()).isEqualTo(LocalDate.of(2021, 3, 5));
    assertThat(first.place()).isEqualTo("OSLO");
    assertThat(first.agency()).contains("Xinhua");
    assertThat(first.expectedDate()).isEqualTo(new ExpectedDate.Exact(LocalDate.of(2021, 3, 3)));
    DatelineLabel noPlace = labels.labels().get(3);
    assertThat(noPlace.hasPlace()).isFalse();
    assertThat(noPlace.expectedDate()).isEqualTo(new ExpectedDate.None());
  }

  @Test
  void reutersHeaderGivesWrittenDatesAndNoAgency() throws Exception {
    DatelineLabels labels = read(LabelledCorpus.REUTERS_LABELS);

    assertThat(labels.format()).isEqualTo(DatelineLabels.Format.REUTERS);
    DatelineLabel second = labels.labels().get(1);
    assertThat(second.place()).isEqualTo("TORONTO");
    assertThat(second.agency()).isEqualTo(Optional.empty());
    assertThat(second.expectedDate())
        .isEqualTo(new ExpectedDate.MonthAndDay(MonthDay.of(3, 3), "Marchg 3"));
  }

  @Test
  void rowWithTheWrongNumberOfColumnsIsRejectedWithItsLine() {
    String labels = LabelledCorpus.REUTERS_LABELS + "5\t1987-04-03\tonly three\n";

    assertThatThrownBy(() -> read(labels))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("labels.tsv:6:")
        .hasMessageContaining("expected 5 tab-separated columns, found 3");
  }

  @Test
  void unreadableWrittenDateIsRejectedWithItsLine() {
    String labels = LabelledCorpus.REUTERS_LABELS.replace("APril 2", "Narch 2");

    assertThatThrownBy(() -> read(labels))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("labels.tsv:4:")
        .hasMessageContaining("Narch 2");
  }

  private DatelineLabels read(String content) throws IOException, CommandFailure {
    return DatelineLabels.read(Files.writeString(dir.resolve("labels.tsv"), content));
  }
}
