package io.github.wirecopy.cli;

import static io.github.wirecopy.cli.Attributions.Speech.DIRECT;
import static io.github.wirecopy.cli.Attributions.Speech.REPORTED;
import static io.github.wirecopy.cli.QuoteFixtures.gold;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQuotesCommandTest {

  /** Two train articles: a quotation, a belief (optional), a report, and gold no one can find. */
  private static final String A1 = "date 2021-03-05 \"The tram will run all night,\" Ann Lee said. "
      + "The mayor believes costs will fall.";
  private static final String A2 = "date 2021-03-06 The bridge opened on Monday. Ann Lee told "
      + "reporters fares will rise.";
  /** A dev article that does not parse (February 30th), with emoji before its quotation. */
  private static final String A3 = "date 2021-02-30 \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00 "
      + "\"Fares will rise,\" Bo Day said.";

  @TempDir Path dir;

  private Path corpus() throws IOException {
    return new AttributedCorpus(dir)
        .article("a1", "train", A1,
            gold(DIRECT, A1, "Ann Lee", "said", "The tram will run all night"),
            gold(REPORTED, A1, "The mayor", "believes", "costs will fall"))
        .article("a2", "train", A2,
            gold(DIRECT, A2, null, null, "The bridge opened on Monday"),
            gold(REPORTED, A2, "Ann Lee", "told", "fares will rise"))
        .article("a3", "dev", A3,
            gold(DIRECT, A3, "Bo Day", "said", "Fares will rise"))
        .write();
  }

  @Test
  void reportsArticlesFailuresAndGoldPerKind() throws IOException {
    CliRun run = CliRun.run("eval-quotes", corpus().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("quote evaluation of " + dir + " (split all)")
        .containsPattern("articles evaluated\\s+3\\n")
        .containsPattern("parse failures\\s+1\\n")
        .containsPattern("optional attributions\\s+1\\s")
        .containsPattern("direct / DIRECT\\s+3\\s")
        .containsPattern("mixed / MIXED\\s+0\\s")
        .containsPattern("reported / INDIRECT\\s+1\\s")
        .containsPattern("all\\s+4\\s")
        .containsPattern("speaker right\\s+\\d+ / \\d+\\s+(\\d\\.\\d{3}|n/a)")
        .contains("any speech");
    assertThat(run.err()).containsPattern(
        Pattern.quote(dir.resolve("articles").resolve("a3.txt") + ":1:") + ".*2021-02-30");
  }

  @Test
  void figuresHaveThreeDecimals() throws IOException {
    CliRun run = CliRun.run("eval-quotes", corpus().toString());

    // Gold, found, recall, system, correct, ignored, false positives, precision, F1.
    assertThat(run.out()).containsPattern("(?m)^all\\s+4\\s+\\d+\\s+\\d\\.\\d{3}\\s+\\d+\\s+\\d+"
        + "\\s+\\d+\\s+\\d+\\s+(\\d\\.\\d{3}|n/a)\\s+\\d\\.\\d{3}$");
  }

  @Test
  void splitSelectsTheArticles() throws IOException {
    Path corpus = corpus();

    CliRun train = CliRun.run("eval-quotes", corpus.toString(), "--split", "train");
    CliRun dev = CliRun.run("eval-quotes", corpus.toString(), "--split", "dev");

    assertThat(train.out()).containsPattern("articles evaluated\\s+2\\n")
        .containsPattern("parse failures\\s+0\\n").containsPattern("direct / DIRECT\\s+2\\s");
    assertThat(dev.out()).containsPattern("articles evaluated\\s+1\\n")
        .containsPattern("parse failures\\s+1\\n").containsPattern("direct / DIRECT\\s+1\\s")
        .containsPattern("(?m)^all\\s+1\\s+0\\s+0\\.000\\s+0\\s"); // nothing found, no quotes
  }

  @Test
  void verboseListsMissesWithCharOffsetsKindAndText() throws IOException {
    Span quotation = QuoteFixtures.span(A3, "Fares will rise");

    CliRun run = CliRun.run("eval-quotes", corpus().toString(), "--split", "dev", "-v");

    assertThat(run.err()).contains("misses (first 1 of 1)")
        .contains("a3\t" + quotation + "\tdirect\tFares will rise\n");
  }

  @Test
  void f1BelowItsThresholdGivesOne() throws IOException {
    // "The bridge opened on Monday" is gold that no quote finder finds: recall stays below 1.
    CliRun run = CliRun.run("eval-quotes", corpus().toString(), "--split", "train",
        "--min-f1", "1");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).containsPattern("F1 \\d\\.\\d{3} is below --min-f1 1");
  }

  @Test
  void speakerAccuracyBelowItsThresholdGivesOne() throws IOException {
    // The gold names a source the text does not give this quote: found or not, never right.
    String text = "date 2021-03-05 \"Fares will rise,\" Ann Lee said. Bo Day left.";
    Path corpus = new AttributedCorpus(dir)
        .article("s1", "train", text, gold(DIRECT, text, "Bo Day", "said", "Fares will rise"))
        .write();

    CliRun run = CliRun.run("eval-quotes", corpus.toString(), "--min-speaker", "0.5");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).containsPattern("speaker accuracy .*--min-speaker (is )?0\\.5");
  }

  @Test
  void badSplitOrThresholdIsAUsageError() throws IOException {
    Path corpus = corpus();

    CliRun split = CliRun.run("eval-quotes", corpus.toString(), "--split", "test");
    CliRun threshold = CliRun.run("eval-quotes", corpus.toString(), "--min-f1", "1.5");

    assertThat(split.exitCode()).isEqualTo(2);
    assertThat(split.err()).contains("--split: expected train, dev or all");
    assertThat(threshold.exitCode()).isEqualTo(2);
    assertThat(threshold.err()).contains("--min-f1: expected a number from 0 to 1");
  }

  @Test
  void missingDirectoryGivesTwo() {
    CliRun run = CliRun.run("eval-quotes", dir.resolve("absent").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("attributions.jsonl: no such file or directory");
  }

  @Test
  void missingArticleGivesTwo() throws IOException {
    Path corpus = corpus();
    Files.delete(corpus.resolve("articles").resolve("a2.txt"));

    CliRun run = CliRun.run("eval-quotes", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("a2.txt: no such file or directory");
  }

  @Test
  void goldOutsideItsArticleGivesTwo() throws IOException {
    Path corpus = corpus();
    Files.writeString(corpus.resolve("articles").resolve("a2.txt"), "date 2021-03-06 Short.");

    CliRun run = CliRun.run("eval-quotes", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("attributions.jsonl:2: attribution 0:")
        .contains("outside the text").contains("a2.txt");
  }

  @Test
  void helpDescribesTheExitStatus() {
    assertThat(CliRun.run("eval-quotes", "--help").out()).contains("--split")
        .contains("--min-f1").contains("--min-speaker").contains("Exit status:");
  }
}
