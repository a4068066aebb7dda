package io.github.wirecopy.cli;

import io.github.wirecopy.ArticleParseException;
import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.CorpusEntry;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * One run of a command that reads corpora and writes something for each article that parses
 * ({@code parse}, {@code quotes}): the inputs walked in order, the progress bar, parse failures
 * reported as {@code file:line:column: message} and kept in the rejects file, the summary, and
 * the exit status. What goes to standard output is the {@link Sink}'s business.
 */
final class CorpusRun {

  /** How many articles go by between checks that standard output is still open. */
  private static final int OUTPUT_CHECK_INTERVAL = 4096;

  /** Where the articles that parse go: standard output, in some format. */
  interface Sink {

    /**
     * Writes one parsed article.
     *
     * @param file the input's name, as {@link Input#name()} gives it
     * @throws CommandFailure where standard output cannot be written
     */
    void write(String file, CorpusEntry entry) throws CommandFailure;

    /**
     * Stops the run when standard output has gone away, as under {@code | head}; a
     * {@link PrintWriter} only says so when asked, and asking flushes, hence only now and then.
     */
    void checkOpen() throws CommandFailure;

    /** Hands what is buffered to standard output's writer, as after a failure. */
    void flush();

    /** What the summary adds after the article counts ({@code ", 12 quotes"}), or nothing. */
    default String summary() {
      return "";
    }
  }

  /** Opens the sink on standard output. */
  interface SinkFactory {
    Sink open(PrintWriter out) throws CommandFailure;
  }

  private final String command;
  private final CorpusOptions options;
  private final InputStream stdin;
  private final boolean stderrIsTerminal;

  private ProgressBar bar = ProgressBar.off();
  private long parsed;
  private long rejected;
  private long bytes;

  /**
   * A run of {@code wirecopy command} with the given options.
   *
   * @param stdin what {@code -} reads
   * @param stderrIsTerminal the default of {@code --progress}
   */
  CorpusRun(String command, CorpusOptions options, InputStream stdin, boolean stderrIsTerminal) {
    this.command = command;
    this.options = options;
    this.stdin = stdin;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  /**
   * Reads every input, writes each article that parses to the sink, and returns the exit status:
   * 0 when every article parsed, 1 when some were rejected, 2 when an input, the rejects file or
   * standard output failed (articles written before that stay written).
   *
   * @throws picocli.CommandLine.ParameterException for options the parser refuses
   */
  int run(CommandLine commandLine, SinkFactory sinks) {
    ArticleParser parser = options.parser(commandLine);
    PrintWriter out = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    options.heapWarning().ifPresent(warning -> err.println("wirecopy " + command + ": " + warning));
    long started = System.nanoTime();
    Sink sink = null;
    try {
      List<Input> inputs = expandOperands();
      boolean showProgress = options.progress != null ? options.progress : stderrIsTerminal;
      if (showProgress) {
        bar = ProgressBar.on(err, totalSize(inputs), System::nanoTime);
      }
      try (Writer rejects = openRejects()) {
        // Opened once the inputs and the rejects file are known good, so that a usage mistake
        // leaves standard output empty rather than holding a CSV header alone.
        sink = sinks.open(out);
        for (Input input : inputs) {
          read(input, parser, sink, rejects, err);
        }
      } catch (IOException e) {
        throw new CommandFailure(options.rejectsFile + ": " + IoFailure.describe(e), e);
      }
      sink.checkOpen();
      bar.clear();
      double seconds = (System.nanoTime() - started) / 1e9;
      double megabytes = ProgressBar.megabytes(bytes);
      err.printf(Locale.ROOT,
          "wirecopy %s: %d articles parsed, %d rejected%s; %.2f MB read in %.2f s (%.2f MB/s)%n",
          command, parsed, rejected, sink.summary(), megabytes, seconds,
          seconds > 0 ? megabytes / seconds : 0.0);
      return rejected == 0 ? WirecopyCli.EXIT_OK : WirecopyCli.EXIT_SHORTFALL;
    } catch (CommandFailure e) {
      if (sink != null) {
        sink.flush(); // what was written before the failure is still good output
      }
      bar.clear();
      err.println("wirecopy " + command + ": " + e.getMessage());
      return WirecopyCli.EXIT_ERROR;
    }
  }

  private List<Input> expandOperands() throws CommandFailure {
    try {
      return Input.expand(options.operands);
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
    if (options.rejectsFile == null) {
      return null;
    }
    try {
      return Files.newBufferedWriter(options.rejectsFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure(options.rejectsFile + ": " + IoFailure.describe(e), e);
    }
  }

  /**
   * Reads one input to its end.
   *
   * @throws IOException where the rejects file cannot be written
   * @throws CommandFailure where the input cannot be read or standard output has gone
   */
  private void read(Input input, ArticleParser parser, Sink sink, Writer rejects, PrintWriter err)
      throws IOException, CommandFailure {
    long bytesBefore = bytes;
    CountingInputStream counted;
    try {
      counted = new CountingInputStream(
          input.isStdin() ? new UnclosedInputStream(stdin) : Files.newInputStream(input.path()));
    } catch (IOException e) {
      throw new CommandFailure(input.name() + ": " + IoFailure.describe(e), e);
    }
    // Read as bytes, so that an article holding bytes that are not UTF-8 is rejected alone.
    Stream<CorpusEntry> entries = parser.corpus(counted);
    try {
      Iterator<CorpusEntry> iterator = entries.iterator();
      while (iterator.hasNext()) {
        CorpusEntry entry = iterator.next();
        if (entry.isParsed()) {
          sink.write(input.name(), entry);
          parsed++;
        } else {
          reject(input, entry, rejects, err);
        }
        bytes = bytesBefore + counted.count();
        bar.update(bytes, parsed, rejected);
        if ((parsed + rejected) % OUTPUT_CHECK_INTERVAL == 0) {
          sink.checkOpen();
        }
      }
    } catch (UncheckedIOException e) {
      throw new CommandFailure(input.name() + ": " + IoFailure.describe(e.getCause()), e);
    } finally {
      // Closing the stream closes the input (standard input is shielded, to stay open for a
      // later "-") and stops the parser's threads, also where the run ends early.
      entries.close();
    }
    bytes = bytesBefore + counted.count();
  }

  /** Standard input as a corpus reads it: closing the corpus leaves it open. */
  private static final class UnclosedInputStream extends FilterInputStream {

    UnclosedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  private void reject(Input input, CorpusEntry entry, Writer rejects, PrintWriter err)
      throws IOException {
    rejected++;
    bar.clear();
    ArticleParseException failure = entry.failure().orElseThrow();
    err.println(input.name() + ":" + failure.line() + ":" + failure.column() + ": "
        + failure.originalMessage());
    if (rejects != null) {
      writeReject(rejects, entry.text());
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
}
