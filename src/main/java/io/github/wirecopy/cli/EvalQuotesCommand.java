package io.github.wirecopy.cli;

import io.github.wirecopy.Wirecopy;
import io.github.wirecopy.model.Span;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wirecopy eval-quotes}: a reproducible measure of quote extraction on a corpus annotated
 * with attribution relations (PolNeAR), with thresholds so that CI can hold the parser to it. The
 * metric lives in {@link QuoteEvaluation}, the reading of the gold in {@link Attributions}; this
 * class reports.
 */
@Command(
    name = "eval-quotes",
    description = {
        "Measures quote extraction on DIR/articles/ID.txt against the gold attributions in "
            + "DIR/attributions.jsonl (PolNeAR format): precision, recall and F1 of quotes, "
            + "overall and per kind, and the share of found quotations with the right speaker.",
        "Gold quotations are direct and mixed attributions, and reported ones whose cue is a "
            + "verb of communication; a quote counts when at least half of its characters lie "
            + "on the other side's content. See docs/cli.md for the whole definition."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every figure met its threshold",
        "1:F1 or speaker accuracy fell below its threshold",
        "2:usage error, unreadable files, or malformed attributions"})
final class EvalQuotesCommand implements Callable<Integer> {

  private static final List<String> SPLITS = List.of("train", "dev", "all");

  @Spec private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Parameters(paramLabel = "DIR",
      description = "The corpus: a directory holding attributions.jsonl and articles/.")
  private Path directory;

  @Option(names = "--split", paramLabel = "SPLIT",
      description = "The articles to evaluate: train, dev or all. Default: ${DEFAULT-VALUE}.")
  private String split = "all";

  @Option(names = "--min-f1", paramLabel = "X",
      description = "Fail when the overall F1 is below X (0 to 1). Default: ${DEFAULT-VALUE}.")
  private double minF1;

  @Option(names = "--min-speaker", paramLabel = "X",
      description = "Fail when speaker accuracy is below X (0 to 1). Default: ${DEFAULT-VALUE}.")
  private double minSpeaker;

  @Option(names = {"-v", "--verbose"},
      description = "List the first " + QuoteEvaluation.MAX_LISTED + " false positives, misses "
          + "and wrong speakers on standard error, with article id, char offsets, kind and the "
          + "first 80 characters of the content.")
  private boolean verbose;

  @Override
  public Integer call() {
    if (!SPLITS.contains(split)) {
      throw new ParameterException(spec.commandLine(),
          "--split: expected train, dev or all, got \"" + split + "\"");
    }
    checkFraction("--min-f1", minF1);
    checkFraction("--min-speaker", minSpeaker);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    QuoteEvaluation evaluation;
    try {
      Optional<String> only = split.equals("all") ? Optional.empty() : Optional.of(split);
      evaluation = QuoteEvaluation.run(directory, only, Wirecopy.parser());
    } catch (CommandFailure e) {
      err.println("wirecopy eval-quotes: " + e.getMessage());
      return WirecopyCli.EXIT_ERROR;
    }
    report(evaluation, out);
    out.flush();
    for (String failure : evaluation.failures()) {
      err.println(failure);
    }
    if (evaluation.articles() == 0) {
      err.println("wirecopy eval-quotes: no article of split " + split + " in " + directory);
    }
    if (verbose) {
      QuoteEvaluation.Row all = evaluation.overall();
      QuoteEvaluation.Ratio speaker = evaluation.speaker();
      list("false positives", all.falsePositives(), "system kind",
          evaluation.falsePositives(), err);
      list("misses", all.gold() - all.found(), "gold speech", evaluation.misses(), err);
      list("wrong speakers", speaker.total() - speaker.count(), "gold speech",
          evaluation.wrongSpeakers(), err);
    }
    List<String> shortfalls = new ArrayList<>();
    belowThreshold("F1", evaluation.overall().f1(), "--min-f1", minF1, shortfalls);
    belowThreshold("speaker accuracy", evaluation.speaker().value(), "--min-speaker", minSpeaker,
        shortfalls);
    for (String shortfall : shortfalls) {
      err.println("wirecopy eval-quotes: " + shortfall);
    }
    return shortfalls.isEmpty() ? WirecopyCli.EXIT_OK : WirecopyCli.EXIT_SHORTFALL;
  }

  private void checkFraction(String option, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new ParameterException(spec.commandLine(),
          option + ": expected a number from 0 to 1, got " + value);
    }
  }

  private void report(QuoteEvaluation evaluation, PrintWriter out) {
    out.printf(Locale.ROOT, "quote evaluation of %s (split %s)%n", directory, split);
    out.printf(Locale.ROOT, "%-22s %7d%n", "articles evaluated", evaluation.articles());
    out.printf(Locale.ROOT, "%-22s %7d%n", "parse failures", evaluation.failureCount());
    out.printf(Locale.ROOT, "%-22s %7d   (not quotations: neither for nor against)%n",
        "optional attributions", evaluation.optionalCount());
    out.println();
    out.printf(Locale.ROOT, "%-20s %7s %7s %9s %7s %7s %7s %7s %9s %7s%n", "gold / system kind",
        "gold", "found", "recall", "system", "correct", "ignored", "false+", "precision", "F1");
    for (QuoteEvaluation.Row row : evaluation.rows()) {
      row(out, row);
    }
    row(out, evaluation.overall());
    out.println();
    QuoteEvaluation.Ratio speaker = evaluation.speaker();
    out.printf(Locale.ROOT, "%-20s %7d / %-7d %7s   (found gold quotations with a source)%n",
        "speaker right", speaker.count(), speaker.total(), decimal(speaker.value()));
    out.println();
    out.println("Recall per kind is over the gold quotations of that speech; precision per kind "
        + "is over the");
    out.println("system quotes of that kind, each correct when it lies on a gold quotation of "
        + "any speech.");
  }

  private static void row(PrintWriter out, QuoteEvaluation.Row row) {
    out.printf(Locale.ROOT, "%-20s %7d %7d %9s %7d %7d %7d %7d %9s %7s%n", row.name(),
        row.gold(), row.found(), decimal(row.recall()), row.system(), row.correct(),
        row.ignored(), row.falsePositives(), decimal(row.precision()), decimal(row.f1()));
  }

  /** Three decimals, or {@code n/a} for a ratio of nothing. */
  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
  }

  private static void list(String what, int total, String kind,
      List<QuoteEvaluation.Listed> listed, PrintWriter err) {
    if (listed.isEmpty()) {
      return;
    }
    err.printf(Locale.ROOT, "%s (first %d of %d): id, char offsets, %s, text%n",
        what, listed.size(), total, kind);
    for (QuoteEvaluation.Listed item : listed) {
      String spans = item.spans().stream().map(Span::toString).collect(Collectors.joining(" "));
      err.println(item.id() + "\t" + spans + "\t" + item.kind() + "\t" + item.excerpt()
          + (item.note().isEmpty() ? "" : "\t" + item.note()));
    }
  }

  private static void belowThreshold(String name, OptionalDouble value, String option,
      double minimum, List<String> shortfalls) {
    if (minimum <= 0) {
      return;
    }
    if (value.isEmpty()) {
      shortfalls.add(name + " cannot be measured on these articles, but " + option + " is "
          + minimum);
    } else if (value.getAsDouble() < minimum) {
      shortfalls.add(String.format(Locale.ROOT, "%s %.3f is below %s %s",
          name, value.getAsDouble(), option, minimum));
    }
  }
}
