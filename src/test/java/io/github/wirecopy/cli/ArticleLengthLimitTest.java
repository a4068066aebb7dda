package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --max-article-length} of the commands that read corpora, and its default. */
class ArticleLengthLimitTest {

  /** The longest article whose parse fits the heap of the JVM running the tests. */
  private static final int FITS =
      ArticleParser.maxArticleLengthForHeap(Runtime.getRuntime().maxMemory());

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"parse", "quotes"})
  void defaultLimitIsTheLongestArticleWhoseParseFitsTheHeap(String command) {
    assertThat(new CorpusOptions().maxArticleLength).isEqualTo(FITS);
    assertThat(CliRun.run(command, "--help").out().replaceAll("\\s+", " "))
        .contains("Default: the longest article whose parse fits the heap")
        .contains(": " + FITS + " here.");
  }

  @Test
  void defaultLimitInASmallHeapIsWhatThatHeapFitsAndTheFullDefaultIsWarnedOf() {
    long heap = 64L << 20;
    int fits = ArticleParser.maxArticleLengthForHeap(heap);
    CorpusOptions options = new CorpusOptions(heap);

    assertThat(options.maxArticleLength).isEqualTo(fits)
        .isLessThan(ArticleParser.DEFAULT_MAX_ARTICLE_LENGTH);
    assertThat(options.heapWarning()).isEmpty();

    options.maxArticleLength = ArticleParser.DEFAULT_MAX_ARTICLE_LENGTH;

    assertThat(options.heapWarning()).hasValueSatisfying(warning -> assertThat(warning)
        .contains("--max-article-length " + ArticleParser.DEFAULT_MAX_ARTICLE_LENGTH + " is over "
            + fits)
        .contains("heap of 64 MiB"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse", "quotes"})
  void limitOverWhatFitsTheHeapIsWarnedOfAndTheRunGoesOn(String command) throws IOException {
    Path corpus = Files.writeString(dir.resolve("corpus.txt"),
        " date 2021-02-03 OSLO, Feb. 3 (Xinhua) -- \"We agree,\" the minister said.\n");
    int over = FITS + 1;

    CliRun run = CliRun.run(command, "--max-article-length", Integer.toString(over),
        corpus.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("wirecopy " + command + ": warning: --max-article-length "
        + over + " is over " + FITS + ", the longest article whose parse fits");
    assertThat(run.err()).contains("1 articles parsed, 0 rejected");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "--max-article-length=1000"})
  void limitThatFitsTheHeapIsNotWarnedOf(String option) throws IOException {
    Path corpus = Files.writeString(dir.resolve("corpus.txt"),
        " date 2021-02-03 OSLO, Feb. 3 (Xinhua) -- Talks went well.\n");

    CliRun run = option.isEmpty()
        ? CliRun.run("parse", corpus.toString())
        : CliRun.run("parse", option, corpus.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("warning");
  }
}
