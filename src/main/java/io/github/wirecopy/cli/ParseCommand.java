package io.github.wirecopy.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.wirecopy.CorpusEntry;
import io.github.wirecopy.Wirecopy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirecopy parse}: reads corpora and writes one JSON object per article per line, streaming,
 * in input order. Articles that do not parse are reported with their position and, on request,
 * kept verbatim in a rejects file; {@link CorpusRun} does the reading, this class the JSON.
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

  private final InputStream stdin;
  private final boolean stderrIsTerminal;

  @Spec private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Mixin private CorpusOptions corpus;

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
    return new CorpusRun("parse", corpus, stdin, stderrIsTerminal)
        .run(spec.commandLine(), JsonLines::new);
  }

  /** Articles as JSON, one per line, through one generator that is flushed only at the end. */
  private static final class JsonLines implements CorpusRun.Sink {

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

    @Override
    public void write(String file, CorpusEntry entry) throws CommandFailure {
      SourcedArticle.Source source =
          new SourcedArticle.Source(file, entry.index(), entry.line(), entry.offset());
      try {
        writer.writeValue(generator, new SourcedArticle(source, entry.article().orElseThrow()));
        generator.writeRaw('\n');
      } catch (IOException e) {
        throw new CommandFailure("standard output: " + IoFailure.describe(e), e);
      }
    }

    @Override
    public void checkOpen() throws CommandFailure {
      flush();
      if (out.checkError()) {
        throw new CommandFailure("standard output: write failed, stopping");
      }
    }

    @Override
    public void flush() {
      try {
        generator.flush();
      } catch (IOException e) {
        // Cannot happen with a PrintWriter below, which keeps its errors for checkError().
        throw new UncheckedIOException(e);
      }
    }
  }
}
