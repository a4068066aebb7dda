package io.github.wirecopy.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a JMH JSON result file of these benchmarks into the Markdown tables of the README:
 * medians over all measured iterations of all forks, ± JMH's error (the half-width of its
 * 99.9 % confidence interval), in MB/s of input and articles/s; allocation per input MB from
 * {@code -prof gc}; and the ratios the targets are stated in.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.wirecopy.benchmarks.ResultsTable results.json
 * </pre>
 */
public final class ResultsTable {

  private static final String PACKAGE = "io.github.wirecopy.benchmarks.";

  /** A benchmark row: which JMH benchmark, with which mode parameter, and how to label it. */
  private record Row(String benchmark, String mode, String label) {}

  private static final List<Row> CORPUS_ROWS = List.of(
      new Row("IndexOfBenchmark.scanWholeCorpus", null, "`String.indexOf` scan (reference)"),
      new Row("IndexOfBenchmark.scanCharByChar", null,
          "`charAt` loop, one comparison a character (reference)"),
      new Row("IndexOfBenchmark.splitWords", null, "bare split into words (reference)"),
      new Row("IndexOfBenchmark.splitWordsByMask", null,
          "bare split into words by bit masks, no branch a word (reference)"),
      new Row("ParseBenchmark.oneThread", ParseMode.STRUCTURE, "wirecopy, structure only"),
      new Row("ParseBenchmark.oneThread", ParseMode.FULL, "wirecopy, full parse"),
      new Row("ParseBenchmark.twoThreadsSharedParser", ParseMode.STRUCTURE,
          "wirecopy, structure only, 2 threads"),
      new Row("ParseBenchmark.twoThreadsSharedParser", ParseMode.FULL,
          "wirecopy, full parse, 2 threads"),
      new Row("CorpusPathBenchmark.parseCommandToJsonLines", null,
          "`wirecopy parse --threads 1` file → JSON Lines"),
      new Row("CorpusPathBenchmark.parseCommandToJsonLinesIn64MbHeap", null,
          "`wirecopy parse --threads 1` file → JSON Lines, `-Xmx64m`"),
      new Row("CorpusPathBenchmark.parseCommandToJsonLinesOnTwoThreads", null,
          "`wirecopy parse --threads 2` file → JSON Lines"),
      new Row("OpenNlpSentenceBenchmark.sentenceDetector", null, "OpenNLP `SentenceDetectorME`"),
      new Row("CoreNlpBenchmark.tokenizeSsplit", null, "CoreNLP `tokenize,ssplit`"),
      new Row("CoreNlpBenchmark.tokenizeSsplitQuote", null, "CoreNLP `tokenize,ssplit,quote`"));

  private static final List<Row> COLD_START_ROWS = List.of(
      new Row("ColdStartBenchmark.parseCommandFirstPass", null, "C1 and C2 (the JVM's default)"),
      new Row("ColdStartBenchmark.parseCommandFirstPassFirstTierOnly", null,
          "C1 alone (`./wirecopy` under 150 MB)"));

  private final List<JsonNode> results = new ArrayList<>();

  private ResultsTable(JsonNode array) {
    array.forEach(results::add);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResultsTable JMH_RESULT.json");
      System.exit(2);
    }
    System.out.print(markdown(Path.of(args[0])));
  }

  /** The tables for the JMH JSON result file {@code file}. */
  public static String markdown(Path file) throws IOException {
    return new ResultsTable(new ObjectMapper().readTree(file.toFile())).markdown();
  }

  private String markdown() {
    StringBuilder out = new StringBuilder();
    Set<String> inputs = new LinkedHashSet<>();
    for (JsonNode result : results) {
      JsonNode input = result.path("params").path("input");
      if (!input.isMissingNode()) {
        inputs.add(input.asText());
      }
    }
    for (String input : inputs) {
      StringBuilder rows = new StringBuilder();
      for (Row row : CORPUS_ROWS) {
        JsonNode result = find(row.benchmark, input, row.mode, null, null);
        if (result != null) {
          rows.append("| ").append(row.label).append(" | ")
              .append(medianAndError(result.path("secondaryMetrics").path("megabytes"))).append(" | ")
              .append(medianAndError(result.path("secondaryMetrics").path("articles"))).append(" | ")
              .append(allocationPerInputMb(result)).append(" |\n");
        }
      }
      if (rows.length() > 0) {
        out.append("\n#### Input: ").append(input).append("\n\n")
            .append("| Benchmark | MB/s | articles/s | allocated MB per input MB |\n")
            .append("|---|---:|---:|---:|\n")
            .append(rows)
            .append('\n').append(targets(input));
      }
    }
    out.append(coldStart(inputs));
    out.append(scaling());
    return out.toString();
  }

  /**
   * The first pass of {@code wirecopy parse} in a fresh JVM, one per fork: time and rate, and
   * how it compares with the warmed-up corpus path on the same input.
   */
  private String coldStart(Set<String> inputs) {
    StringBuilder out = new StringBuilder();
    for (String input : inputs) {
      for (Row row : COLD_START_ROWS) {
        for (JsonNode result : findAll(row.benchmark, input, null, null, null)) {
          if (out.length() == 0) {
            out.append("\n#### The corpus path in a fresh JVM: one pass, as one run of the CLI\n\n")
                .append("| Input | JIT compiler | `--threads` | MB | forks"
                    + " | seconds a pass, median (min–max) | MB/s"
                    + " | ÷ warmed-up `wirecopy parse --threads 1` |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
          }
          out.append(coldStartRow(input, row.label, result));
        }
      }
    }
    return out.toString();
  }

  private String coldStartRow(String input, String compiler, JsonNode result) {
    // Results from before the parameter ran on one thread.
    String threads = result.path("params").path("threads").asText("1");
    JsonNode time = result.path("primaryMetric");
    double secondsPerUnit = secondsPerOperationUnit(time.path("scoreUnit").asText());
    List<Double> passes = values(time);
    double seconds = median(passes) * secondsPerUnit;
    double megabytes = median(result.path("secondaryMetrics").path("megabytes"));
    double rate = megabytes / seconds;
    double warm = median("CorpusPathBenchmark.parseCommandToJsonLines", input, null);
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %.2f (%.2f–%.2f) | %s | %s |%n",
        input, compiler, threads, number(megabytes), passes.size(), seconds,
        Collections.min(passes) * secondsPerUnit, Collections.max(passes) * secondsPerUnit,
        number(rate),
        Double.isNaN(warm) ? "—" : String.format(Locale.ROOT, "%.2f", rate / warm));
  }

  /** Seconds in one unit of a single-shot score: {@code ms/op} is 0.001. */
  private static double secondsPerOperationUnit(String unit) {
    return switch (unit) {
      case "s/op" -> 1;
      case "ms/op" -> 1e-3;
      case "us/op" -> 1e-6;
      case "ns/op" -> 1e-9;
      default -> throw new IllegalArgumentException("a single-shot score in " + unit
          + "; expected s/op, ms/op, us/op or ns/op");
    };
  }

  /**
   * How many times as fast as the {@code charAt} loop the {@code indexOf} scan must run to count
   * as vectorised: it ran 2.2–4.0 times as fast with its intrinsic, 1.0 without (the full runs
   * at {@code 7b229ea} and {@code 7a0c11a}).
   */
  private static final double VECTORISED_OVER_CHAR_LOOP = 1.5;

  private String targets(String input) {
    double indexOf = median("IndexOfBenchmark.scanWholeCorpus", input, null);
    double charLoop = median("IndexOfBenchmark.scanCharByChar", input, null);
    double wordSplit = median("IndexOfBenchmark.splitWords", input, null);
    double maskSplit = median("IndexOfBenchmark.splitWordsByMask", input, null);
    double structure = median("ParseBenchmark.oneThread", input, ParseMode.STRUCTURE);
    double full = median("ParseBenchmark.oneThread", input, ParseMode.FULL);
    double structure2 = median("ParseBenchmark.twoThreadsSharedParser", input, ParseMode.STRUCTURE);
    double openNlp = median("OpenNlpSentenceBenchmark.sentenceDetector", input, null);
    double coreNlpQuote = median("CoreNlpBenchmark.tokenizeSsplitQuote", input, null);
    StringBuilder out = new StringBuilder();
    if (!Double.isNaN(indexOf) && !Double.isNaN(structure)) {
      // The vectorised scan compares many characters per instruction. One no faster than the
      // charAt loop ran as a plain loop (IndexOfBenchmark.compileIndexOf says how that comes
      // about), and a ratio to it would flatter the parse.
      boolean plainLoop =
          !Double.isNaN(charLoop) && indexOf < VECTORISED_OVER_CHAR_LOOP * charLoop;
      out.append(String.format(Locale.ROOT,
          "- Structure only: the `indexOf` scan is %.1f× faster (target: within 20×) → %s%n",
          indexOf / structure, plainLoop
              ? String.format(Locale.ROOT, "not judged: the scan ran less than %.1f× as fast as "
                  + "the `charAt` loop, so without its vectorised intrinsic",
                  VECTORISED_OVER_CHAR_LOOP)
              : indexOf / structure <= 20 ? "met" : "missed"));
    }
    if (!Double.isNaN(charLoop) && !Double.isNaN(structure)) {
      out.append(String.format(Locale.ROOT,
          "- Structure only: a bare `charAt` loop over the same text is %.1f× faster%n",
          charLoop / structure));
    }
    if (!Double.isNaN(coreNlpQuote) && !Double.isNaN(full)) {
      out.append(String.format(Locale.ROOT,
          "- Full parse: %.0f× CoreNLP `tokenize,ssplit,quote` (target: ≥ 100×) → %s%n",
          full / coreNlpQuote, full / coreNlpQuote >= 100 ? "met" : "missed"));
    }
    if (!Double.isNaN(coreNlpQuote) && !Double.isNaN(wordSplit)) {
      out.append(String.format(Locale.ROOT,
          "- Full parse: 100× CoreNLP asks for %.0f MB/s, %.0f %% of the rate of a bare split "
              + "into words (%.0f MB/s)%n",
          100 * coreNlpQuote, 100 * 100 * coreNlpQuote / wordSplit, wordSplit));
    }
    if (!Double.isNaN(coreNlpQuote) && !Double.isNaN(maskSplit)) {
      out.append(String.format(Locale.ROOT,
          "- Full parse: 100× CoreNLP is %.0f %% of the rate of the split by bit masks "
              + "(%.0f MB/s)%n",
          100 * 100 * coreNlpQuote / maskSplit, maskSplit));
    }
    if (!Double.isNaN(openNlp) && !Double.isNaN(structure)) {
      out.append(String.format(Locale.ROOT,
          "- Sentences: wirecopy's structure parse is %.1f× OpenNLP's detector (target: > 1×) → %s%n",
          structure / openNlp, structure > openNlp ? "met" : "missed"));
    }
    if (!Double.isNaN(structure2) && !Double.isNaN(structure)) {
      out.append(String.format(Locale.ROOT,
          "- Two threads sharing one parser: %.2f× one thread, structure only%n",
          structure2 / structure));
    }
    return out.toString();
  }

  private String scaling() {
    String[] sizes = {"10KB", "100KB", "1MB", "10MB"};
    StringBuilder out = new StringBuilder();
    boolean any = false;
    double lowestExponent = Double.POSITIVE_INFINITY;
    double highestExponent = Double.NEGATIVE_INFINITY;
    for (String copy : new String[] {"normal", "quotes", "said"}) {
      for (String mode : new String[] {ParseMode.STRUCTURE, ParseMode.FULL}) {
        JsonNode[] row = new JsonNode[sizes.length];
        boolean found = false;
        for (int i = 0; i < sizes.length; i++) {
          row[i] = find("ScalingBenchmark.parseOneArticle", null, mode, sizes[i], copy);
          found |= row[i] != null;
        }
        if (!found) {
          continue;
        }
        if (!any) {
          out.append("\n#### Scaling: one article, MB/s (flat = linear time)\n\n")
              .append("| Copy | Mode | 10 KB | 100 KB | 1 MB | 10 MB | 10 MB ÷ 10 KB"
                  + " | lowest ÷ highest | time ∝ size^b |\n")
              .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
          any = true;
        }
        out.append("| ").append(copy).append(" | ").append(mode);
        double[] medians = new double[sizes.length];
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (int i = 0; i < sizes.length; i++) {
          medians[i] = Double.NaN;
          if (row[i] != null) {
            JsonNode megabytes = row[i].path("secondaryMetrics").path("megabytes");
            out.append(" | ").append(medianAndError(megabytes));
            medians[i] = median(megabytes);
            lowest = Math.min(lowest, medians[i]);
            highest = Math.max(highest, medians[i]);
          } else {
            out.append(" | —");
          }
        }
        double first = medians[0];
        double last = medians[sizes.length - 1];
        double exponent = timeExponent(medians);
        out.append(" | ").append(Double.isNaN(first) || Double.isNaN(last) ? "—"
            : String.format(Locale.ROOT, "%.2f", last / first))
            // The whole row's spread: a bump at a middle size counts too.
            .append(" | ").append(String.format(Locale.ROOT, "%.2f", lowest / highest))
            .append(" | ").append(String.format(Locale.ROOT, "%.3f", exponent))
            .append(" |\n");
        if (!Double.isNaN(exponent)) {
          lowestExponent = Math.min(lowestExponent, exponent);
          highestExponent = Math.max(highestExponent, exponent);
        }
      }
    }
    if (highestExponent >= lowestExponent) {
      out.append(String.format(Locale.ROOT, "%n- Scaling: time grows as size^b with b from %.3f "
          + "to %.3f over the rows (b = 1 is a flat cost per MB; over these sizes a pass of "
          + "n log n time fits b ≈ 1.08, a quadratic one b = 2)%n", lowestExponent,
          highestExponent));
    }
    return out.toString();
  }

  /**
   * The exponent b of time ∝ size^b that fits the rates of the four sizes best (least squares
   * over their logarithms), each a decade apart: 1 where the cost per MB is flat. It weighs every
   * size alike, so that no single noisy size decides, as the end-to-end ratio lets one do.
   */
  private static double timeExponent(double[] rates) {
    double sumX = 0;
    double sumY = 0;
    double sumXx = 0;
    double sumXy = 0;
    int n = 0;
    for (int i = 0; i < rates.length; i++) {
      if (Double.isNaN(rates[i])) {
        continue;
      }
      double y = Math.log10(rates[i]);
      sumX += i;
      sumY += y;
      sumXx += (double) i * i;
      sumXy += i * y;
      n++;
    }
    if (n < 2) {
      return Double.NaN;
    }
    // Time per article is size / rate: its exponent is 1 minus the slope of log rate per decade.
    return 1 - (n * sumXy - sumX * sumY) / (n * sumXx - sumX * sumX);
  }

  private double median(String benchmark, String input, String mode) {
    JsonNode result = find(benchmark, input, mode, null, null);
    return result == null ? Double.NaN
        : median(result.path("secondaryMetrics").path("megabytes"));
  }

  /** The first result of {@link #findAll}, or null. */
  private JsonNode find(String benchmark, String input, String mode, String size, String copy) {
    List<JsonNode> found = findAll(benchmark, input, mode, size, copy);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The results of {@code benchmark} with these parameters, in file order; null matches any. */
  private List<JsonNode> findAll(
      String benchmark, String input, String mode, String size, String copy) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode result : results) {
      JsonNode params = result.path("params");
      if (result.path("benchmark").asText().equals(PACKAGE + benchmark)
          && matches(params, "input", input) && matches(params, "mode", mode)
          && matches(params, "size", size) && matches(params, "copy", copy)) {
        found.add(result);
      }
    }
    return found;
  }

  private static boolean matches(JsonNode params, String name, String value) {
    return value == null || params.path(name).asText().equals(value);
  }

  /** The median of every measured iteration of every fork. */
  private static double median(JsonNode metric) {
    return median(values(metric));
  }

  /** The median of {@code values}, or NaN where there are none. */
  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Every measured iteration of every fork. */
  private static List<Double> values(JsonNode metric) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : metric.path("rawData")) {
      fork.forEach(v -> values.add(v.asDouble()));
    }
    return values;
  }

  private static String medianAndError(JsonNode metric) {
    if (metric.isMissingNode()) {
      return "—";
    }
    double error = metric.path("scoreError").asDouble(Double.NaN);
    return number(median(metric)) + (Double.isNaN(error) ? "" : " ± " + number(error));
  }

  /** Allocated bytes per input byte: JMH's bytes per operation times operations per input byte. */
  private static String allocationPerInputMb(JsonNode result) {
    JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
    double megabytes = result.path("secondaryMetrics").path("megabytes").path("score").asDouble();
    double operations = result.path("primaryMetric").path("score").asDouble();
    if (norm.isMissingNode() || megabytes <= 0) {
      return "—";
    }
    double bytesPerOperation = norm.path("score").asDouble();
    return String.format(Locale.ROOT, "%.1f", bytesPerOperation * operations / (megabytes * 1e6));
  }

  /** Three significant figures, thousands grouped, no exponent. */
  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    double magnitude = Math.abs(value);
    int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
