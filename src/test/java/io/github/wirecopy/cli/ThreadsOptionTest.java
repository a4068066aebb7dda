package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.ArticleParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code --threads} of the commands that read corpora: any number of threads writes what one
 * writes, to standard output, standard error and the rejects file, in the same order.
 */
class ThreadsOptionTest {

  @TempDir Path dir;

  /**
   * Two corpus files of articles with quotes: among them a header date that does not exist, an
   * article over a limit of 600 characters, and a byte that is not UTF-8.
   */
  private Path corpora() throws IOException {
    Path corpora = Files.createDirectory(dir.resolve("corpora"));
    for (int file = 1; file <= 2; file++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int i = 1; i <= 40; i++) {
        String date = file == 1 && i == 7 ? "2021-02-30" : "2021-02-" + (10 + i % 9);
        String body = "\"We will meet again in round " + i + ",\" Li said.";
        if (i == 13) {
          body = (body + "\n\n").repeat(20);
        }
        bytes.writeBytes(("date " + date + " BEIJING, Feb. 9 (Xinhua) -- Officials of file "
            + file + " met. Li Wei, the spokesman, said talks went well.\n\n" + body + "\n")
            .getBytes(StandardCharsets.UTF_8));
        if (file == 2 && i == 21) {
          bytes.write(0xE9);
          bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        }
      }
      Files.write(corpora.resolve("part-" + file + ".txt"), bytes.toByteArray());
    }
    return corpora;
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse", "quotes"})
  void anyNumberOfThreadsWritesWhatOneWrites(String command) throws IOException {
    Path corpora = corpora();

    CliRun one = run(command, "1", corpora);
    String rejectsOfOne = Files.readString(dir.resolve("rejects-1.txt"));
    CliRun three = run(command, "3", corpora);

    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(one.err()).contains("part-1.txt:19:6: no such date: 2021-02-30")
        .contains("expected an article of at most 600 characters")
        .contains("expected UTF-8 text, found the byte 0xE9");
    assertThat(one.out().lines().count()).isGreaterThan(70);
    assertThat(three.exitCode()).isEqualTo(one.exitCode());
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(withoutTimes(three.err())).isEqualTo(withoutTimes(one.err()));
    assertThat(Files.readString(dir.resolve("rejects-3.txt"))).isEqualTo(rejectsOfOne);
  }

  @Test
  void threadsAreTheCommandsOwnAndTheParsersAndDefaultToTheProcessors() {
    CorpusOptions options = new CorpusOptions();
    CommandLine commandLine = new CommandLine(options);

    commandLine.parseArgs();
    assertThat(options.parser(commandLine).corpusThreads()).isEqualTo(
        Math.min(ArticleParser.MAX_CORPUS_THREADS, Runtime.getRuntime().availableProcessors() - 1));
    commandLine.parseArgs("--threads", "1");
    assertThat(options.parser(commandLine).corpusThreads()).isZero();
    commandLine.parseArgs("--threads", "3");
    assertThat(options.parser(commandLine).corpusThreads()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2", "258"})
  void threadsOutsideOneTo257AreAUsageError(String threads) {
    CliRun run = CliRun.run("parse", "--threads", threads);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--threads: expected 1 to 257 threads, got " + threads)
        .contains("--help");
    assertThat(run.out()).isEmpty();
  }

  private CliRun run(String command, String threads, Path corpora) {
    return CliRun.run(command, "--threads", threads, "--max-article-length", "600",
        "--rejects", dir.resolve("rejects-" + threads + ".txt").toString(), corpora.toString());
  }

  /** Standard error without the summary's time and rate, which differ from run to run. */
  private static String withoutTimes(String err) {
    return err.replaceAll(" in [0-9.]+ s \\([0-9.]+ MB/s\\)", "");
  }
}
