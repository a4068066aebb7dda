package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDatelinesExitStatusTest {

  @TempDir Path dir;

  @Test
  void figuresAtOrAboveTheirThresholdsGiveZero() throws IOException {
    Path corpus = LabelledCorpus.write(
        dir, LabelledCorpus.REUTERS_TEXT, LabelledCorpus.REUTERS_LABELS);

    CliRun run = CliRun.run(
        "eval-datelines", corpus.toString(), "--min-place", "100", "--min-date", "66");

    assertThat(run.exitCode()).isZero();
  }

  @Test
  void figureBelowItsThresholdGivesOne() throws IOException {
    Path corpus = LabelledCorpus.write(
        dir, LabelledCorpus.REUTERS_TEXT, LabelledCorpus.REUTERS_LABELS);

    CliRun run = CliRun.run(
        "eval-datelines", corpus.toString(), "--min-place", "99", "--min-date", "99");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("date accuracy 66.67% is below --min-date 99");
    assertThat(run.err()).doesNotContain("place accuracy");
  }

  @Test
  void agencyBelowItsThresholdGivesOne() throws IOException {
    String labels = LabelledCorpus.NEWSWIRE_LABELS.replace("N3\tXinhua", "N3\tAFP");
    Path corpus = LabelledCorpus.write(dir, LabelledCorpus.NEWSWIRE_TEXT, labels);

    CliRun run = CliRun.run("eval-datelines", corpus.toString(), "--min-agency", "90");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("agency accuracy 66.67% is below --min-agency 90");
  }

  @Test
  void articleThatFailsToParseGivesOneEvenWithoutThresholds() throws IOException {
    String text = LabelledCorpus.NEWSWIRE_TEXT.replace("date 2021-03-08", "date 2021-02-30");
    String labels = LabelledCorpus.NEWSWIRE_LABELS.replace("N4\tXinhua\t2021-03-08", "N4\tXinhua\t2021-02-28");
    Path corpus = LabelledCorpus.write(dir, text, labels);

    CliRun run = CliRun.run("eval-datelines", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("parse failures\\s+1\\n");
    assertThat(run.err()).contains("all.txt:7:").contains("(id N4)");
  }

  @Test
  void fewerLabelsThanArticlesGivesTwo() throws IOException {
    String labels = LabelledCorpus.NEWSWIRE_LABELS.substring(
        0, LabelledCorpus.NEWSWIRE_LABELS.indexOf("N4"));
    Path corpus = LabelledCorpus.write(dir, LabelledCorpus.NEWSWIRE_TEXT, labels);

    CliRun run = CliRun.run("eval-datelines", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("more articles than the 3 rows");
  }

  @Test
  void moreLabelsThanArticlesGivesTwo() throws IOException {
    String labels = LabelledCorpus.NEWSWIRE_LABELS + "N5\tAFP\t2021-03-09\tROME\t2021-03-08\n";
    Path corpus = LabelledCorpus.write(dir, LabelledCorpus.NEWSWIRE_TEXT, labels);

    CliRun run = CliRun.run("eval-datelines", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("has 4 articles but").contains("has 5 rows");
  }

  @Test
  void headerDateThatDiffersFromItsLabelGivesTwo() throws IOException {
    String labels = LabelledCorpus.NEWSWIRE_LABELS.replace("N2\tAFP\t2021-03-06", "N2\tAFP\t2021-03-16");
    Path corpus = LabelledCorpus.write(dir, LabelledCorpus.NEWSWIRE_TEXT, labels);

    CliRun run = CliRun.run("eval-datelines", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("header date 2021-03-06").contains("N2").contains("2021-03-16");
  }

  @Test
  void unknownLabelHeaderGivesTwo() throws IOException {
    Path corpus = LabelledCorpus.write(dir, LabelledCorpus.NEWSWIRE_TEXT, "id\tplace\n");

    CliRun run = CliRun.run("eval-datelines", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("labels.tsv:1: unknown header");
  }

  @Test
  void missingDirectoryGivesTwo() {
    CliRun run = CliRun.run("eval-datelines", dir.resolve("absent").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or directory");
  }

  @Test
  void thresholdOutsideZeroToHundredIsAUsageError() throws IOException {
    Path corpus = LabelledCorpus.write(
        dir, LabelledCorpus.REUTERS_TEXT, LabelledCorpus.REUTERS_LABELS);

    assertThat(CliRun.run("eval-datelines", corpus.toString(), "--min-place", "101").exitCode())
        .isEqualTo(2);
  }
}
