package io.github.wirecopy.cli;

import io.github.wirecopy.Wirecopy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wirecopy eval-datelines}: a reproducible measure of dateline accuracy on a labelled
 * corpus, with thresholds so that CI can hold the parser to it. The reading of labels and the
 * scoring live in {@link DatelineLabels} and {@link DatelineEvaluation}; this class reports.
 */
@Command(
    name = "eval-datelines",
    description = {
        "Measures dateline accuracy on DIR/all.txt against the gold labels in DIR/labels.tsv "
            + "(newswire or reuters format, told apart by the header row).",
        "Place, date and agency are scored over the articles whose label names a place; "
            + "every article must parse."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every article parsed and every figure met its threshold",
        "1:an article failed to parse, or a figure fell below its threshold",
        "2:usage error, unreadable files, or labels that do not match the corpus"})
final class EvalDatelinesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Parameters(paramLabel = "DIR", description = "A directory holding all.txt and labels.tsv.")
  private Path directory;

  @Option(names = "--min-place", paramLabel = "PCT",
      description = "Fail when place accuracy is below PCT percent. Default: ${DEFAULT-VALUE}.")
  private double minPlace;

  @Option(names = "--min-date", paramLabel = "PCT",
      description = "Fail when date accuracy is below PCT percent. Default: ${DEFAULT-VALUE}.")
  private double minDate;

  @Option(names = "--min-agency", paramLabel = "PCT",
      description = "Fail when agency accuracy is below PCT percent (labels with an agency "
          + "column only). Default: ${DEFAULT-VALUE}.")
  private double minAgency;

  @Option(names = {"-v", "--verbose"},
      description = "List the first " + DatelineEvaluation.MAX_KEPT
          + " disagreements (id, field, expected, actual) on standard error.")
  private boolean verbose;

  @Override
  public Integer call() {
    checkPercent("--min-place", minPlace);
    checkPercent("--min-date", minDate);
    checkPercent("--min-agency", minAgency);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DatelineEvaluation evaluation;
    try {
      evaluation = DatelineEvaluation.run(directory, Wirecopy.parser());
    } catch (CommandFailure e) {
      err.println("wirecopy eval-datelines: " + e.getMessage());
      return WirecopyCli.EXIT_ERROR;
    }
    report(evaluation, out);
    out.flush();
    for (String failure : evaluation.failures()) {
      err.println(failure);
    }
    if (verbose) {
      listDisagreements(evaluation, err);
    }
    if (minAgency > 0 && evaluation.agency().isEmpty()) {
      err.println("wirecopy eval-datelines: --min-agency ignored: these labels have no agency");
    }
    List<String> shortfalls = shortfalls(evaluation);
    for (String shortfall : shortfalls) {
      err.println("wirecopy eval-datelines: " + shortfall);
    }
    return shortfalls.isEmpty() ? WirecopyCli.EXIT_OK : WirecopyCli.EXIT_SHORTFALL;
  }

  private void checkPercent(String option, double value) {
    if (!(value >= 0 && value <= 100)) {
      throw new ParameterException(spec.commandLine(),
          option + ": expected a percentage from 0 to 100, got " + value);
    }
  }

  private void report(DatelineEvaluation evaluation, PrintWriter out) {
    out.printf(Locale.ROOT, "dateline evaluation of %s (%s labels)%n",
        directory, evaluation.format().displayName());
    out.printf(Locale.ROOT, "%-16s %7d%n", "articles", evaluation.articles());
    out.printf(Locale.ROOT, "%-16s %7d%n", "parse failures", evaluation.failureCount());
    out.printf(Locale.ROOT, "%-16s %7d%n", "with a place", evaluation.scored());
    line(out, "place", evaluation.place());
    line(out, "date", evaluation.date());
    evaluation.agency().ifPresent(agency -> line(out, "agency", agency));
  }

  private static void line(PrintWriter out, String name, DatelineEvaluation.Tally tally) {
    OptionalDouble percent = tally.percent();
    out.printf(Locale.ROOT, "%-16s %7d / %-7d %s%n", name, tally.correct(), tally.total(),
        percent.isPresent() ? String.format(Locale.ROOT, "%7.2f%%", percent.getAsDouble()) : "    n/a");
  }

  private static void listDisagreements(DatelineEvaluation evaluation, PrintWriter err) {
    List<DatelineEvaluation.Disagreement> shown = evaluation.disagreements();
    if (shown.isEmpty()) {
      return;
    }
    err.printf(Locale.ROOT, "disagreements (first %d of %d): id, field, expected, actual%n",
        shown.size(), evaluation.disagreementCount());
    for (DatelineEvaluation.Disagreement d : shown) {
      err.println(d.id() + "\t" + d.field() + "\t" + d.expected() + "\t" + d.actual());
    }
  }

  /** What falls short: parse failures, and each figure below its threshold. */
  private List<String> shortfalls(DatelineEvaluation evaluation) {
    List<String> shortfalls = new ArrayList<>();
    if (evaluation.failureCount() > 0) {
      shortfalls.add(evaluation.failureCount() + " articles failed to parse; every one must");
    }
    belowThreshold("place", evaluation.place(), "--min-place", minPlace, shortfalls);
    belowThreshold("date", evaluation.date(), "--min-date", minDate, shortfalls);
    evaluation.agency().ifPresent(
        agency -> belowThreshold("agency", agency, "--min-agency", minAgency, shortfalls));
    return shortfalls;
  }

  private static void belowThreshold(
      String name, DatelineEvaluation.Tally tally, String option, double minimum,
      List<String> shortfalls) {
    if (minimum <= 0) {
      return;
    }
    OptionalDouble percent = tally.percent();
    if (percent.isEmpty()) {
      shortfalls.add(name + " accuracy cannot be measured: no article has a place label, but "
          + option + " is " + minimum);
    } else if (percent.getAsDouble() < minimum) {
      shortfalls.add(String.format(Locale.ROOT, "%s accuracy %.2f%% is below %s %s",
          name, percent.getAsDouble(), option, minimum));
    }
  }
}
