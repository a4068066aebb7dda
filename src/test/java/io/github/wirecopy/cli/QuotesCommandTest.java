package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.CorpusEntry;
import io.github.wirecopy.Wirecopy;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Dateline;
import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {

  /** Quotes with commas, quotation marks and a line break, to be escaped in the CSV. */
  static final String CORPUS = String.join("\n",
      " date 2021-03-05 OSLO, March 4 (Xinhua) -- \"We will build it, and soon,\" Mayor Ana Ruiz "
          + "said on Thursday.",
      "",
      "She said the plan was \"a bold step\" for the city.",
      "",
      " date 2021-03-06 LIMA, March 5 (AFP) - Heavy rain closed two mountain roads, police said.",
      "",
      " date 2021-03-07 \"It is over,\" the coach told reporters after the",
      "final whistle.",
      "");

  private static final String HEADER = "file,article,date,place,speaker,kind,cue,quote\r\n";

  @TempDir Path dir;

  @Test
  void writesTheHeaderRowFirst() throws IOException {
    CliRun run = CliRun.run("quotes", write("corpus.txt", CORPUS).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(HEADER);
  }

  @Test
  void headerAloneForAnInputWithoutQuotes() {
    CliRun run = CliRun.withStdin(" date 2021-03-05 The bridge is old.\n", "quotes");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(HEADER);
    assertThat(run.err()).contains("wirecopy quotes: 1 articles parsed, 0 rejected, 0 quotes");
  }

  @Test
  void rowsAreTheLibrarysQuotesInOrderAndReadBackAsRfc4180() throws IOException {
    Path corpus = write("corpus.txt", CORPUS);
    List<List<String>> expected = new ArrayList<>();
    expected.add(List.of("file", "article", "date", "place", "speaker", "kind", "cue", "quote"));
    try (Stream<CorpusEntry> entries = Wirecopy.corpus(corpus)) {
      for (CorpusEntry entry : entries.toList()) {
        Article article = entry.article().orElseThrow();
        for (Quote quote : article.quotes()) {
          expected.add(List.of(corpus.toString(), String.valueOf(entry.index()),
              article.date().toString(),
              article.dateline().flatMap(Dateline::location).orElse(""),
              quote.speaker().isPresent()
                  ? article.speakers().get(quote.speaker().getAsInt()).name() : "",
              quote.kind().name(), quote.cue().map(Phrase::text).orElse(""),
              quote.content().text()));
        }
      }
    }

    assertThat(expected).as("rows besides the header").hasSizeGreaterThan(1);

    CliRun run = CliRun.run("quotes", corpus.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(CsvReading.records(run.out())).isEqualTo(expected);
    assertThat(run.err())
        .contains("3 articles parsed, 0 rejected, " + (expected.size() - 1) + " quote");
  }

  @Test
  void quoteWithACommaIsQuotedInItsRow() throws IOException {
    String text = " date 2021-03-05 OSLO, March 4 (Xinhua) -- \"We will build it, and soon,\" "
        + "Mayor Ana Ruiz said on Thursday.\n";

    CliRun run = CliRun.withStdin(text, "quotes");

    List<List<String>> records = CsvReading.records(run.out());
    assertThat(records).hasSizeGreaterThan(1);
    List<String> row = records.get(1);
    assertThat(row.subList(0, 4)).containsExactly("-", "0", "2021-03-05", "OSLO");
    assertThat(row.get(5)).isEqualTo("DIRECT");
    assertThat(row.get(7)).contains("We will build it, and soon");
    assertThat(run.out()).contains(",\"" + row.get(7) + "\"\r\n");
  }

  @Test
  void rejectedArticleIsReportedAndTheOthersStillWritten() throws IOException {
    Path corpus = write("corpus.txt", CORPUS.replace("date 2021-03-06", "date 2021-02-30"));
    Path rejects = dir.resolve("rejects.txt");

    CliRun run = CliRun.run("quotes", "--rejects", rejects.toString(), corpus.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(corpus + ":5:7: ").contains("2 articles parsed, 1 rejected");
    assertThat(Files.readString(rejects, StandardCharsets.UTF_8))
        .startsWith(" date 2021-02-30 LIMA");
    List<List<String>> records = CsvReading.records(run.out());
    assertThat(records.get(0)).isEqualTo(QuoteRows.HEADER);
    assertThat(records.subList(1, records.size())).extracting(row -> row.get(1))
        .contains("0", "2").containsOnly("0", "2");
  }

  @Test
  void missingFileGivesExitStatusTwo() {
    Path missing = dir.resolve("missing.txt");

    CliRun run = CliRun.run("quotes", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("wirecopy quotes: " + missing + ": no such file or directory");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unwritableRejectsFileGivesExitStatusTwoAndNoOutput() throws IOException {
    Path corpus = write("corpus.txt", CORPUS);
    Path rejects = dir.resolve("no/such/dir/rejects.txt");

    CliRun run = CliRun.run("quotes", "--rejects", rejects.toString(), corpus.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(rejects.toString());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpNamesTheColumnsAndTheExitStatus() {
    CliRun run = CliRun.run("quotes", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Columns: file,article,date,place,speaker,kind,cue,quote")
        .contains("--rejects").contains("--max-article-length").contains("Exit status:");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
