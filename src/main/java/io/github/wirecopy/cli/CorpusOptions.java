package io.github.wirecopy.cli;

import io.github.wirecopy.ArticleParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The operands and options of every command that reads corpora article by article
 * ({@code parse}, {@code quotes}), mixed into each so that they read their input the same way.
 */
final class CorpusOptions {

  /** The most {@code --threads}: the command's own thread and the parser's most. */
  private static final int MAX_THREADS = 1 + ArticleParser.MAX_CORPUS_THREADS;

  /** The heap the JVM may grow to, which sets the default article limit. */
  private final long heapBytes;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "0..*",
      description = "Corpus files, or directories to read every non-hidden file under, in sorted "
          + "path order. Standard input where none is given, or for -. UTF-8 text, or gzip "
          + "data holding it.")
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
          + "Default: the longest article whose parse fits the heap (java -Xmx) with room to "
          + "spare, at most " + ArticleParser.DEFAULT_MAX_ARTICLE_LENGTH
          + ": ${DEFAULT-VALUE} here.")
  int maxArticleLength;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Run on N threads: one reads the input and writes the output, the other N-1 "
          + "parse articles, several at once; the output is the same, in the same order. "
          + "Default: the number of processors, ${DEFAULT-VALUE} here.")
  int threads = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on standard error. Default: only when standard error "
          + "is a terminal.")
  Boolean progress;

  /** The options for this JVM, whose heap may grow to its {@code -Xmx} or the JVM's own choice. */
  CorpusOptions() {
    this(Runtime.getRuntime().maxMemory());
  }

  /** The options for a JVM whose heap may grow to {@code heapBytes}. */
  CorpusOptions(long heapBytes) {
    this.heapBytes = heapBytes;
    this.maxArticleLength = ArticleParser.maxArticleLengthForHeap(heapBytes);
  }

  /**
   * A warning where {@code --max-article-length} lets in articles whose parse may not fit the
   * heap, so that a run that later runs out of memory has said why; else empty.
   */
  Optional<String> heapWarning() {
    int fits = ArticleParser.maxArticleLengthForHeap(heapBytes);
    if (maxArticleLength <= fits) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "warning: --max-article-length %d is over %d,"
        + " the longest article whose parse fits this JVM's heap of %d MiB (java -Xmx) with room"
        + " to spare: a longer article may run it out of memory",
        maxArticleLength, fits, heapBytes >> 20));
  }

  /**
   * The parser these options ask for.
   *
   * @throws ParameterException for a length limit or a number of threads the parser refuses, a
   *     usage error of {@code commandLine}
   */
  ArticleParser parser(CommandLine commandLine) {
    ArticleParser.Builder builder = ArticleParser.builder();
    try {
      builder.maxArticleLength(maxArticleLength);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "--max-article-length: " + e.getMessage());
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(commandLine,
          "--threads: expected 1 to " + MAX_THREADS + " threads, got " + threads);
    }
    // The command's own thread reads and writes; the rest parse.
    builder.corpusThreads(threads - 1);
    return builder.build();
  }
}
