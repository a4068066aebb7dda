package io.github.wirecopy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.wirecopy.ArticleParseException;
import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.CorpusEntry;
import io.github.wirecopy.Wirecopy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wirecopy parse}: reads corpora and writes one JSON object per article per line, streaming,
 * in input order. Articles that do not parse are reported with their position and, on request,
 * kept verbatim in a rejects file.
 */
@Command(
    name = "parse",
    description = {
        "Parses wire-copy corpora into JSON lines on standard output, one article per line, "
            + "with a \"source\" field saying where it came from.",
        "Articles that do not parse are reported on standard error as file:line:column: message."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every article parsed",
        "1:some articles were rejected",
        "2:usage error, or an input could not be read"})
final class ParseCommand implements Callable<Integer> {

  /** How many articles go by between checks that standard output is still open. */
  private static final int OUTPUT_CHECK_INTERVAL = 4096;

  private final InputStream stdin;
  private final boolean stderrIsTerminal;

  @Spec private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "0..*",
      description = "Corpus files, or directories to read every non-hidden file under, in sorted "
          + "path order. Standard input where none is given, or for -.")
  private List<String> operands = new ArrayList<>();

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Write the raw text of every article that did not parse to FILE, as a corpus "
          + "of its own.")
  private Path rejectsFile;

  @Option(
      names = "--max-article-length",
      paramLabel = "N",
      description = "Reject articles longer than N characters (UTF-16 code units). "
          + "Default: ${DEFAULT-VALUE}.")
  private int maxArticleLength = ArticleParser.DEFAULT_MAX_ARTICLE_LENGTH;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on standard error. Default: only when standard error "
          + "is a terminal.")
  private Boolean progress;

  /**
   * A parse command reading {@code stdin} for {@code -}; {@code stderrIsTerminal} is the default
   * of {@code --progress}.
   */
  ParseCommand(InputStream stdin, boolean stderrIsTerminal) {
    this.stdin = stdin;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  @Override
  public Integer call() {
    ArticleParser parser = parser();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    ProgressBar bar = ProgressBar.off();
    JsonLines lines = null;
    try {
      List<Input> inputs = expandOperands();
      boolean showProgress = progress != null ? progress : stderrIsTerminal;
      if (showProgress) {
        bar = ProgressBar.on(err, totalSize(inputs), System::nanoTime);
      }
      lines = new JsonLines(out);
      Run run;
      try (Writer rejects = openRejects()) {
        run = new Run(parser, lines, rejects, bar, err);
        for (Input input : inputs) {
          run.parse(input);
        }
      } catch (IOException e) {
        throw new CommandFailure(rejectsFile + ": " + IoFailure.describe(e), e);
      }
      lines.checkOpen();
      bar.clear();
      double seconds = (System.nanoTime() - started) / 1e9;
      double megabytes = ProgressBar.megabytes(run.bytes);
      err.printf(Locale.ROOT,
          "wirecopy parse: %d articles parsed, %d rejected; %.2f MB read in %.2f s (%.2f MB/s)%n",
          run.parsed, run.rejected, megabytes, seconds, seconds > 0 ? megabytes / seconds : 0.0);
      return run.rejected == 0 ? WirecopyCli.EXIT_OK : WirecopyCli.EXIT_SHORTFALL;
    } catch (CommandFailure e) {
      if (lines != null) {
        lines.flush(); // what was parsed before the failure is still good output
      }
      bar.clear();
      err.println("wirecopy parse: " + e.getMessage());
      return WirecopyCli.EXIT_ERROR;
    }
  }

  private ArticleParser parser() {
    try {
      return ArticleParser.builder().maxArticleLength(maxArticleLength).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--max-article-length: " + e.getMessage());
    }
  }

  private List<Input> expandOperands() throws CommandFailure {
    try {
      return Input.expand(operands);
    } catch (IOException e) {
      throw new CommandFailure(IoFailure.describeWithFile(e), e);
    }
  }

  private static long totalSize(List<Input> inputs) {
    long total = 0;
    for (Input input : inputs) {
      long size = input.knownSize();
      if (size < 0) {
        return -1;
      }
      total += size;
    }
    return total;
  }

  /** The rejects file, opened before anything is parsed so that a bad path stops us at once. */
  private Writer openRejects() throws CommandFailure {
    if (rejectsFile == null) {
      return null;
    }
    try {
      return Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure(rejectsFile + ": " + IoFailure.describe(e), e);
    }
  }

  /** One run over the inputs, with what the summary reports. */
  private final class Run {

    private final ArticleParser parser;
    private final JsonLines lines;
    private final Writer rejects;
    private final ProgressBar bar;
    private final PrintWriter err;
    long parsed;
    long rejected;
    long bytes;

    Run(ArticleParser parser, JsonLines lines, Writer rejects, ProgressBar bar, PrintWriter err) {
      this.parser = parser;
      this.lines = lines;
      this.rejects = rejects;
      this.bar = bar;
      this.err = err;
    }

    /**
     * Parses one input to its end.
     *
     * @throws IOException where the rejects file cannot be written
     * @throws CommandFailure where the input cannot be read or standard output has gone
     */
    void parse(Input input) throws IOException, CommandFailure {
      long bytesBefore = bytes;
      CountingInputStream counted;
      try {
        counted = new CountingInputStream(
            input.isStdin() ? stdin : Files.newInputStream(input.path()));
      } catch (IOException e) {
        throw new CommandFailure(input.name() + ": " + IoFailure.describe(e), e);
      }
      // A strict decoder, as for files read by path: invalid UTF-8 is an error, not silent U+FFFD.
      Stream<CorpusEntry> entries = parser.corpus(
          new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()));
      try {
        Iterator<CorpusEntry> iterator = entries.iterator();
        while (iterator.hasNext()) {
          CorpusEntry entry = iterator.next();
          if (entry.isParsed()) {
            lines.write(input.name(), entry);
            parsed++;
          } else {
            reject(input, entry);
          }
          bytes = bytesBefore + counted.count();
          bar.update(bytes, parsed, rejected);
          if ((parsed + rejected) % OUTPUT_CHECK_INTERVAL == 0) {
            lines.checkOpen();
          }
        }
      } catch (UncheckedIOException e) {
        throw new CommandFailure(input.name() + ": " + IoFailure.describe(e.getCause()), e);
      } finally {
        // Closing the stream closes the reader; standard input stays open for a later "-".
        if (!input.isStdin()) {
          entries.close();
        }
      }
      bytes = bytesBefore + counted.count();
    }

    private void reject(Input input, CorpusEntry entry) throws IOException {
      rejected++;
      bar.clear();
      ArticleParseException failure = entry.failure().orElseThrow();
      err.println(input.name() + ":" + failure.line() + ":" + failure.column() + ": "
          + failure.originalMessage());
      if (rejects != null) {
        writeReject(rejects, entry.text());
      }
    }
  }

  /**
   * Keeps the rejects file a corpus of its own: an article cut off by the end of its input gets
   * the line break that the next article's header needs to be found again.
   */
  private static void writeReject(Writer rejects, String text) throws IOException {
    rejects.write(text);
    if (!text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
      rejects.write('\n');
    }
  }

  /** Articles as JSON, one per line, through one generator that is flushed only at the end. */
  private static final class JsonLines {

    private final PrintWriter out;
    private final JsonGenerator generator;
    private final ObjectWriter writer;

    JsonLines(PrintWriter out) throws CommandFailure {
      this.out = out;
      ObjectMapper mapper = Wirecopy.objectMapper();
      try {
        this.generator = mapper.createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      } catch (IOException e) {
        throw new CommandFailure("standard output: " + IoFailure.describe(e), e);
      }
      // The generator writes nothing between root values: the line break is ours.
      generator.setRootValueSeparator(null);
      this.writer = mapper.writerFor(SourcedArticle.class)
          .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    void write(String file, CorpusEntry entry) throws CommandFailure {
      SourcedArticle.Source source =
          new SourcedArticle.Source(file, entry.index(), entry.line(), entry.offset());
      try {
        writer.writeValue(generator, new SourcedArticle(source, entry.article().orElseThrow()));
        generator.writeRaw('\n');
      } catch (IOException e) {
        throw new CommandFailure("standard output: " + IoFailure.describe(e), e);
      }
    }

    /**
     * Stops the run when standard output has gone away, as under {@code | head}; a
     * {@link PrintWriter} only says so when asked. Asking flushes, hence only now and then.
     */
    void checkOpen() throws CommandFailure {
      flush();
      if (out.checkError()) {
        throw new CommandFailure("standard output: write failed, stopping");
      }
    }

    /** Hands the generator's buffer to the writer below. */
    void flush() {
      try {
        generator.flush();
      } catch (IOException e) {
        // Cannot happen with a PrintWriter below, which keeps its errors for checkError().
        throw new UncheckedIOException(e);
      }
    }
  }
}
