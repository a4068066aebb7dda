package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wirecopy.CorpusEntry;
import io.github.wirecopy.Wirecopy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandRejectsTest {

  private static final String CORPUS = String.join("\n",
      " date 2021-02-01 ROME, Feb. 1 (Xinhua) -- Museums reopened on Monday with timed tickets.",
      "",
      " date 2021-02-30 PARIS, Feb. 29 (Xinhua) -- This story carries a date that never was.",
      "",
      "It has a second paragraph all the same.",
      "",
      " date 2021-02-02 MADRID, Feb. 2 (Xinhua) -- Trains ran on time despite the snow.",
      "");

  @TempDir Path dir;
  private Path corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.writeString(dir.resolve("corpus.txt"), CORPUS, StandardCharsets.UTF_8);
  }

  @Test
  void rejectedArticleGivesExitStatusOne() {
    assertThat(CliRun.run("parse", corpus.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void rejectedArticleIsReportedAsFileLineColumnMessage() {
    CliRun run = CliRun.run("parse", corpus.toString());

    // Line 3 of the corpus; the date starts in column 7, after " date ".
    assertThat(run.err()).containsPattern(
        "(?m)^" + Pattern.quote(corpus + ":3:7: ") + ".*2021-02-30.*$");
    assertThat(run.err()).contains("2 articles parsed, 1 rejected");
  }

  @Test
  void otherArticlesStillGoToStandardOutputInOrder() throws IOException {
    CliRun run = CliRun.run("parse", corpus.toString());

    ObjectMapper json = new ObjectMapper();
    List<Integer> indexes = new ArrayList<>();
    for (String line : run.outLines()) {
      indexes.add(json.readTree(line).get("source").get("index").asInt());
    }
    assertThat(indexes).containsExactly(0, 2);
  }

  @Test
  void rejectsFileHoldsTheRawTextVerbatim() throws IOException {
    Path rejects = dir.resolve("rejects.txt");
    String expected;
    try (Stream<CorpusEntry> entries = Wirecopy.corpus(corpus)) {
      expected = entries.filter(e -> !e.isParsed()).findFirst().orElseThrow().text();
    }

    CliRun.run("parse", "--rejects", rejects.toString(), corpus.toString());

    String written = Files.readString(rejects, StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(expected);
    assertThat(written).startsWith(" date 2021-02-30 PARIS").contains("second paragraph");
  }

  @Test
  void rejectsFileIsEmptyWhenEverythingParses() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), " date 2021-02-03 All is well.\n");
    Path rejects = dir.resolve("rejects.txt");

    CliRun run = CliRun.run("parse", "--rejects", rejects.toString(), good.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(rejects).isEmptyFile();
  }

  @Test
  void articleOverTheLengthLimitIsRejected() {
    CliRun run = CliRun.run("parse", "--max-article-length", "60", corpus.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("0 articles parsed, 3 rejected");
  }

  @Test
  void articleHoldingBytesThatAreNotUtf8IsRejectedAtTheByteAndTheRestAreWritten()
      throws IOException {
    // "Café" in Latin-1, in the second article of an otherwise UTF-8 corpus.
    String before = CORPUS.substring(0, CORPUS.indexOf("MADRID")) + "MADRID, Feb. 2 (Xinhua) -- Caf";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.writeBytes(" owners said trade was slow.\n".getBytes(StandardCharsets.UTF_8));
    Path latin1 = Files.write(dir.resolve("latin1.txt"), bytes.toByteArray());
    Path rejects = dir.resolve("rejects.txt");

    CliRun run = CliRun.run("parse", "--rejects", rejects.toString(), latin1.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    int line = (int) before.lines().count();
    int column = before.length() - before.lastIndexOf('\n');
    assertThat(run.err()).contains(latin1 + ":" + line + ":" + column
        + ": expected UTF-8 text, found the byte 0xE9 (byte offset "
        + before.getBytes(StandardCharsets.UTF_8).length + " in the input)");
    assertThat(run.err()).contains("1 articles parsed, 2 rejected");
    assertThat(run.outLines()).hasSize(1);
    assertThat(Files.readString(rejects, StandardCharsets.UTF_8))
        .contains("Caf\uFFFD owners said trade was slow.");
  }
}
