package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDatelinesScoringTest {

  @TempDir Path dir;

  @Test
  void newswireLabelsScorePlaceDateAndAgency() throws IOException {
    Path corpus = LabelledCorpus.write(
        dir, LabelledCorpus.NEWSWIRE_TEXT, LabelledCorpus.NEWSWIRE_LABELS);

    CliRun run = CliRun.run("eval-datelines", corpus.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("(newswire labels)")
        .containsPattern("articles\\s+4\\n")
        .containsPattern("parse failures\\s+0\\n")
        .containsPattern("with a place\\s+3\\n")
        .containsPattern("place\\s+2 / 3\\s+66\\.67%")
        .containsPattern("date\\s+1 / 3\\s+33\\.33%")
        .containsPattern("agency\\s+3 / 3\\s+100\\.00%");
  }

  @Test
  void reutersLabelsScoreMonthAndDayFromTheWrittenDate() throws IOException {
    Path corpus = LabelledCorpus.write(
        dir, LabelledCorpus.REUTERS_TEXT, LabelledCorpus.REUTERS_LABELS);

    CliRun run = CliRun.run("eval-datelines", corpus.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("(reuters labels)")
        .containsPattern("with a place\\s+3\\n")
        .containsPattern("place\\s+3 / 3\\s+100\\.00%")
        .containsPattern("date\\s+2 / 3\\s+66\\.67%")
        .doesNotContain("agency");
  }

  @Test
  void verboseListsDisagreementsWithIdExpectedAndActual() throws IOException {
    Path corpus = LabelledCorpus.write(
        dir, LabelledCorpus.NEWSWIRE_TEXT, LabelledCorpus.NEWSWIRE_LABELS);

    CliRun run = CliRun.run("eval-datelines", "--verbose", corpus.toString());

    assertThat(run.err())
        .contains("first 3 of 3")
        .contains("N2\tplace\tCUZCO\tLIMA")
        .contains("N1\tdate\t2021-03-03\t2021-03-04")
        .contains("N3\tdate\t2021-03-05\t2021-03-06");
  }

  @Test
  void disagreementsAreNotListedWithoutVerbose() throws IOException {
    Path corpus = LabelledCorpus.write(
        dir, LabelledCorpus.NEWSWIRE_TEXT, LabelledCorpus.NEWSWIRE_LABELS);

    assertThat(CliRun.run("eval-datelines", corpus.toString()).err()).doesNotContain("CUZCO");
  }
}
