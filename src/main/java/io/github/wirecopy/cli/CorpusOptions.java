package io.github.wirecopy.cli;

import io.github.wirecopy.ArticleParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The operands and options of every command that reads corpora article by article
 * ({@code parse}, {@code quotes}), mixed into each so that they read their input the same way.
 */
final class CorpusOptions {

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "0..*",
      description = "Corpus files, or directories to read every non-hidden file under, in sorted "
          + "path order. Standard input where none is given, or for -.")
  List<String> operands = new ArrayList<>();

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Write the raw text of every article that did not parse to FILE, as a corpus "
          + "of its own.")
  Path rejectsFile;

  @Option(
      names = "--max-article-length",
      paramLabel = "N",
      description = "Reject articles longer than N characters (UTF-16 code units). "
          + "Default: ${DEFAULT-VALUE}.")
  int maxArticleLength = ArticleParser.DEFAULT_MAX_ARTICLE_LENGTH;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on standard error. Default: only when standard error "
          + "is a terminal.")
  Boolean progress;

  /**
   * The parser these options ask for.
   *
   * @throws ParameterException for a length limit the parser refuses, a usage error of
   *     {@code commandLine}
   */
  ArticleParser parser(CommandLine commandLine) {
    try {
      return ArticleParser.builder().maxArticleLength(maxArticleLength).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "--max-article-length: " + e.getMessage());
    }
  }
}
