package io.github.wirecopy.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the {@code wirecopy} command line, with what it wrote.
 *
 * @param exitCode the exit status the command returned
 * @param out everything written to standard output
 * @param err everything written to standard error
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs the command line with empty standard input, as if standard error were not a terminal. */
  static CliRun run(String... args) {
    return withStdin("", args);
  }

  /** Runs the command line with {@code stdin} as standard input. */
  static CliRun withStdin(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, args);
  }

  /** Runs the command line, saying whether standard error is a terminal. */
  static CliRun run(InputStream stdin, boolean stderrIsTerminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = WirecopyCli.commandLine(stdin, stderrIsTerminal)
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** The lines of standard output; JSON escapes line breaks inside strings, so one per article. */
  List<String> outLines() {
    return out.lines().toList();
  }
}
