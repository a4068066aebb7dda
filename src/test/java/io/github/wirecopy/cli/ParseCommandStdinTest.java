package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandStdinTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void readsStandardInputWithoutOperands() throws IOException {
    CliRun run = CliRun.withStdin(ParseCommandOutputTest.CORPUS, "parse");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(3);
    JsonNode source = json.readTree(run.outLines().get(1)).get("source");
    assertThat(source.get("file").asText()).isEqualTo("-");
    assertThat(source.get("index").asInt()).isEqualTo(1);
    assertThat(source.get("line").asInt()).isEqualTo(5);
  }

  @Test
  void dashReadsStandardInputAmongFilesInOrder(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("one.txt"), " date 2021-06-01 From a file.\n");

    CliRun run = CliRun.withStdin(" date 2021-06-02 From standard input.\n",
        "parse", file.toString(), "-");

    List<String> files = new ArrayList<>();
    for (String line : run.outLines()) {
      files.add(json.readTree(line).get("source").get("file").asText());
    }
    assertThat(files).containsExactly(file.toString(), "-");
  }

  @Test
  void standardInputIsLeftOpen() {
    boolean[] closed = {false};
    InputStream stdin = new ByteArrayInputStream(
        ParseCommandOutputTest.CORPUS.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    CliRun run = CliRun.run(stdin, false, "parse", "--threads", "2", "-");

    assertThat(run.outLines()).hasSize(3);
    assertThat(closed[0]).as("standard input closed").isFalse();
  }

  @Test
  void keepsNonAsciiTextIntact() throws IOException {
    CliRun run = CliRun.withStdin(
        " date 2021-06-03 ZÜRICH, June 2 (Xinhua) -- Café owners cheered the “reopening”.\n",
        "parse");

    JsonNode article = json.readTree(run.outLines().get(0));
    assertThat(article.get("text").asText()).contains("Café", "“reopening”");
  }
}
