package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wirecopy.CorpusEntry;
import io.github.wirecopy.Wirecopy;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Quote;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandOutputTest {

  static final String CORPUS = String.join("\n",
      " date 2021-03-05 OSLO, March 4 (Xinhua) -- The city council approved a new tram line.",
      "",
      "It will open in two years, a spokesman said.",
      "",
      " date 2021-03-06 LIMA, March 5 (AFP) - Heavy rain closed two mountain roads.",
      "",
      " date 2021-03-07 Residents planted maple trees along the avenue.",
      "");

  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void writesOneJsonLinePerArticleWithSourceFirst() throws IOException {
    Path corpus = write("corpus.txt", CORPUS);

    CliRun run = CliRun.run("parse", corpus.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(3);
    List<List<String>> fieldsOfEachLine = new ArrayList<>();
    for (String line : lines) {
      List<String> fields = new ArrayList<>();
      json.readTree(line).fieldNames().forEachRemaining(fields::add);
      fieldsOfEachLine.add(fields);
    }
    assertThat(fieldsOfEachLine).containsExactly(
        List.of("source", "date", "dateline", "paragraphs", "quotes", "speakers", "text"),
        List.of("source", "date", "dateline", "paragraphs", "quotes", "speakers", "text"),
        // no dateline: the field is left out
        List.of("source", "date", "paragraphs", "quotes", "speakers", "text"));
  }

  @Test
  void quotesAndSpeakersAreTheArticlesOwn() throws IOException {
    Path corpus = write("corpus.txt", CORPUS);
    ObjectMapper mapper = Wirecopy.objectMapper();
    List<CorpusEntry> entries;
    try (Stream<CorpusEntry> stream = Wirecopy.corpus(corpus)) {
      entries = stream.toList();
    }

    List<String> lines = CliRun.run("parse", corpus.toString()).outLines();

    assertThat(lines).hasSameSizeAs(entries);
    int quotes = 0;
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = json.readTree(lines.get(i));
      Article article = entries.get(i).article().orElseThrow();
      // Arrays even when empty, so that a reader of the JSON need not test for their presence.
      assertThat(line.get("quotes").isArray()).isTrue();
      assertThat(line.get("speakers").isArray()).isTrue();
      assertThat(line.get("quotes")).isEqualTo(mapper.valueToTree(article.quotes()));
      assertThat(line.get("speakers")).isEqualTo(mapper.valueToTree(article.speakers()));
      // And they read back into the model.
      assertThat(mapper.treeToValue(line.get("quotes"), Quote[].class))
          .containsExactlyElementsOf(article.quotes());
      String text = line.get("text").asText();
      for (JsonNode quote : line.get("quotes")) {
        quotes++;
        JsonNode content = quote.get("content");
        JsonNode span = content.get("span");
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
            .isEqualTo(content.get("text").asText());
        if (quote.has("speaker")) {
          assertThat(quote.get("speaker").asInt()).isLessThan(line.get("speakers").size());
        }
      }
    }
    assertThat(quotes).as("quotes in the corpus, such as the spokesman's words").isPositive();
  }

  @Test
  void sourceGivesFileIndexLineAndOffsetOfEachArticle() throws IOException {
    Path corpus = write("corpus.txt", CORPUS);

    List<String> lines = CliRun.run("parse", corpus.toString()).outLines();

    int[] expectedLines = {1, 5, 7};
    for (int i = 0; i < lines.size(); i++) {
      JsonNode article = json.readTree(lines.get(i));
      JsonNode source = article.get("source");
      assertThat(source.get("file").asText()).isEqualTo(corpus.toString());
      assertThat(source.get("index").asInt()).isEqualTo(i);
      assertThat(source.get("line").asInt()).isEqualTo(expectedLines[i]);
      int offset = source.get("offset").asInt();
      String text = article.get("text").asText();
      assertThat(CORPUS.substring(offset, offset + text.length())).isEqualTo(text);
    }
  }

  @Test
  void articleFieldsAreTheLibrarysJson() throws IOException {
    Path corpus = write("corpus.txt", CORPUS);
    ObjectMapper mapper = Wirecopy.objectMapper();
    List<JsonNode> expected = new ArrayList<>();
    try (Stream<CorpusEntry> entries = Wirecopy.corpus(corpus)) {
      for (CorpusEntry entry : entries.toList()) {
        expected.add(mapper.valueToTree(entry.article().orElseThrow()));
      }
    }

    List<String> lines = CliRun.run("parse", corpus.toString()).outLines();

    assertThat(lines).hasSameSizeAs(expected);
    for (int i = 0; i < lines.size(); i++) {
      ObjectNode actual = (ObjectNode) json.readTree(lines.get(i));
      actual.remove("source");
      assertThat(actual).isEqualTo(expected.get(i));
    }
  }

  @Test
  void directoryIsWalkedRecursivelyInSortedPathOrderWithoutHiddenFiles() throws IOException {
    write("b.txt", " date 2021-05-02 Second file, first article.\n");
    write("a/z.txt", " date 2021-05-01 First file, first article.\n");
    write("c/d/e.txt", " date 2021-05-03 Third file.\n\n date 2021-05-04 Third file again.\n");
    write(".hidden.txt", " date 2021-05-09 Never read.\n");
    write(".git/x.txt", " date 2021-05-09 Never read either.\n");

    CliRun run = CliRun.run("parse", dir.toString());

    assertThat(run.exitCode()).isZero();
    List<String> files = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    for (String line : run.outLines()) {
      JsonNode source = json.readTree(line).get("source");
      files.add(source.get("file").asText());
      indexes.add(source.get("index").asInt());
    }
    assertThat(files).containsExactly(
        dir.resolve("a/z.txt").toString(),
        dir.resolve("b.txt").toString(),
        dir.resolve("c/d/e.txt").toString(),
        dir.resolve("c/d/e.txt").toString());
    assertThat(indexes).containsExactly(0, 0, 0, 1);
  }

  @Test
  void summaryOnStandardErrorCountsArticlesAndBytes() throws IOException {
    Path corpus = write("corpus.txt", CORPUS);

    CliRun run = CliRun.run("parse", corpus.toString());

    assertThat(run.err()).containsPattern(
        "3 articles parsed, 0 rejected; 0\\.00 MB read in [0-9.]+ s \\([0-9.]+ MB/s\\)");
  }

  @Test
  void progressBarOnlyWhenStandardErrorIsATerminalUnlessForced() throws IOException {
    String corpus = write("corpus.txt", CORPUS).toString();

    assertThat(progressShown(false, "parse", corpus)).isFalse();
    assertThat(progressShown(true, "parse", corpus)).isTrue();
    assertThat(progressShown(true, "parse", "--no-progress", corpus)).isFalse();
    assertThat(progressShown(false, "parse", "--progress", corpus)).isTrue();
  }

  private static boolean progressShown(boolean stderrIsTerminal, String... args) {
    CliRun run = CliRun.run(new ByteArrayInputStream(new byte[0]), stderrIsTerminal, args);
    assertThat(run.exitCode()).isZero();
    return run.err().contains("\r");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
