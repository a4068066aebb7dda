package io.github.wirecopy.cli;

import io.github.wirecopy.CorpusEntry;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirecopy quotes}: reads corpora as {@code parse} does and writes every quote as a row of
 * CSV (RFC 4180), for analysts and spreadsheets. The columns are {@link QuoteRows#HEADER}.
 */
@Command(
    name = "quotes",
    description = {
        "Writes the quotes of wire-copy corpora as CSV (RFC 4180: CRLF line ends, fields quoted "
            + "where needed) on standard output, one row per quote after a header row.",
        "Columns: file,article,date,place,speaker,kind,cue,quote",
        "Inputs are read as parse reads them; articles that do not parse are reported on "
            + "standard error as file:line:column: message."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every article parsed",
        "1:some articles were rejected",
        "2:usage error, or an input could not be read"})
final class QuotesCommand implements Callable<Integer> {

  private final InputStream stdin;
  private final boolean stderrIsTerminal;

  @Spec private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Mixin private CorpusOptions corpus;

  /**
   * A quotes command reading {@code stdin} for {@code -}; {@code stderrIsTerminal} is the default
   * of {@code --progress}.
   */
  QuotesCommand(InputStream stdin, boolean stderrIsTerminal) {
    this.stdin = stdin;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  @Override
  public Integer call() {
    return new CorpusRun("quotes", corpus, stdin, stderrIsTerminal)
        .run(spec.commandLine(), CsvRows::new);
  }

  /** The header row at once, then the rows of each article as it comes. */
  private static final class CsvRows implements CorpusRun.Sink {

    private final PrintWriter out;
    private long quotes;

    CsvRows(PrintWriter out) {
      this.out = out;
      // Written even when no quote follows, so that the output is always a table with its columns.
      out.write(Csv.record(QuoteRows.HEADER));
    }

    @Override
    public void write(String file, CorpusEntry entry) {
      List<List<String>> rows = QuoteRows.of(file, entry.index(), entry.article().orElseThrow());
      for (List<String> row : rows) {
        out.write(Csv.record(row));
      }
      quotes += rows.size();
    }

    @Override
    public void checkOpen() throws CommandFailure {
      if (out.checkError()) { // flushes first
        throw new CommandFailure("standard output: write failed, stopping");
      }
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public String summary() {
      return ", " + quotes + (quotes == 1 ? " quote" : " quotes");
    }
  }
}
