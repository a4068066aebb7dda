package io.github.wirecopy.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code wirecopy} command: parses wire copy into JSON lines ({@code wirecopy parse}), lists
 * its quotes as CSV ({@code wirecopy quotes}), and measures dateline and quote accuracy against
 * gold annotations ({@code wirecopy eval-datelines}, {@code wirecopy eval-quotes}).
 *
 * <pre>
 * wirecopy parse corpus.txt --rejects rejects.txt &gt; articles.jsonl
 * wirecopy quotes corpus.txt &gt; quotes.csv
 * wirecopy eval-datelines ../shared/corpora/newswire --min-place 99.5
 * wirecopy eval-quotes ../shared/corpora/polnear --split dev
 * </pre>
 *
 * <p>Tests and embedders run it in-process through {@link #commandLine(InputStream, boolean)}.
 */
@Command(
    name = "wirecopy",
    mixinStandardHelpOptions = true,
    versionProvider = WirecopyCli.Version.class,
    description = "Parses newswire copy (date header, dateline, body, quotes) into typed JSON "
        + "or CSV, and measures its accuracy on annotated corpora.",
    synopsisSubcommandLabel = "COMMAND")
public final class WirecopyCli implements Runnable {

  /** Exit status: everything went well. */
  static final int EXIT_OK = 0;

  /** Exit status: the command ran, but the input fell short (rejected articles, low accuracy). */
  static final int EXIT_SHORTFALL = 1;

  /** Exit status: bad usage, or input that could not be read at all. */
  static final int EXIT_ERROR = 2;

  /**
   * Exit status for a defect of ours. It must differ from the three above so that a script never
   * takes a crash for a verdict on its input.
   */
  static final int EXIT_INTERNAL_ERROR = 70;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits the JVM with its status. */
  public static void main(String[] args) {
    // Explicit UTF-8 rather than the platform charset: under a POSIX locale Java 17 would turn
    // every non-ASCII character of the JSON into '?'. Standard output is buffered and flushed once
    // at the end, which matters for speed when millions of lines go out.
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int status = commandLine(System.in, Terminal.isStderrTerminal())
        .setOut(out)
        .setErr(err)
        .execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * The command line with its subcommands, reading standard input from {@code stdin}. Set its
   * output and error writers with {@link CommandLine#setOut} and {@link CommandLine#setErr}, then
   * {@link CommandLine#execute} it.
   *
   * @param stdin what {@code -} and a {@code parse} or {@code quotes} without operands read
   * @param stderrIsTerminal whether the error writer shows on a terminal, which turns the progress
   *     bar of {@code parse} and {@code quotes} on unless told otherwise
   */
  public static CommandLine commandLine(InputStream stdin, boolean stderrIsTerminal) {
    CommandLine commandLine = new CommandLine(new WirecopyCli())
        .addSubcommand(new ParseCommand(stdin, stderrIsTerminal))
        .addSubcommand(new QuotesCommand(stdin, stderrIsTerminal))
        .addSubcommand(new EvalDatelinesCommand())
        .addSubcommand(new EvalQuotesCommand());
    // Set after the subcommands are added: picocli hands these settings down only to the
    // subcommands present at the time.
    commandLine.setExecutionExceptionHandler(WirecopyCli::handleExecutionException);
    commandLine.setParameterExceptionHandler(WirecopyCli::handleParameterException);
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required command");
  }

  /**
   * A usage error in one line and a pointer to the help, rather than picocli's default of the
   * whole usage text, which buries the message.
   */
  private static int handleParameterException(
      CommandLine.ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(commandLine.getCommandSpec().qualifiedName() + ": " + exception.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(exception, err)) {
      err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
    }
    return EXIT_ERROR;
  }

  /**
   * The commands report their own I/O errors with the file they concern; whatever I/O error
   * escapes them still gets a one-line message, and anything else is a defect worth a stack trace.
   */
  private static int handleExecutionException(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (exception instanceof UncheckedIOException unchecked) {
      err.println("wirecopy: " + IoFailure.describeWithFile(unchecked.getCause()));
      return EXIT_ERROR;
    }
    if (exception instanceof IOException io) {
      err.println("wirecopy: " + IoFailure.describeWithFile(io));
      return EXIT_ERROR;
    }
    err.println("wirecopy: internal error, please report it:");
    exception.printStackTrace(err);
    return EXIT_INTERNAL_ERROR;
  }

  /**
   * The version from the Maven descriptor that the jar carries; classes run from a build directory
   * have none.
   */
  static final class Version implements IVersionProvider {

    private static final String POM_PROPERTIES =
        "/META-INF/maven/io.github.wirecopy/wirecopy/pom.properties";

    @Override
    public String[] getVersion() throws IOException {
      try (InputStream in = WirecopyCli.class.getResourceAsStream(POM_PROPERTIES)) {
        if (in == null) {
          return new String[] {"wirecopy (development build, version unknown)"};
        }
        Properties properties = new Properties();
        properties.load(in);
        return new String[] {"wirecopy " + properties.getProperty("version", "unknown")};
      }
    }
  }
}
