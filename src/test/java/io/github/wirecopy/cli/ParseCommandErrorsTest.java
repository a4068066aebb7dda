package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandErrorsTest {

  @TempDir Path dir;

  @Test
  void missingFileGivesExitStatusTwoAndAMessage() {
    Path missing = dir.resolve("missing.txt");

    CliRun run = CliRun.run("parse", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(missing + ": no such file or directory");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingFileStopsTheRunBeforeAnythingIsParsed() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), " date 2021-02-03 All is well.\n");

    CliRun run = CliRun.run("parse", good.toString(), dir.resolve("missing.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unwritableRejectsFileGivesExitStatusTwo() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), " date 2021-02-03 All is well.\n");
    Path rejects = dir.resolve("no/such/dir/rejects.txt");

    CliRun run = CliRun.run("parse", "--rejects", rejects.toString(), good.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(rejects.toString());
  }

  @Test
  void tooSmallArticleLimitIsAUsageError() {
    CliRun run = CliRun.run("parse", "--max-article-length", "3");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--max-article-length").contains("--help");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(CliRun.run("parse", "--no-such-option").exitCode()).isEqualTo(2);
  }
}
