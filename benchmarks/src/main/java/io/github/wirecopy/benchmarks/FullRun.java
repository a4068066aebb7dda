package io.github.wirecopy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole suite in one command, as the README's figures were made: every benchmark on the
 * generated corpus and, where {@code ../shared/corpora} exists, on the two real ones, with
 * {@code -prof gc}; then {@link ConstantMemoryRun} at {@code -Xmx64m} on more than a gigabyte;
 * then the tables. Run it from the project root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.wirecopy.benchmarks.FullRun [--quick] [DIR]
 * </pre>
 *
 * <p>Results go to {@code DIR} (default {@code benchmarks/results}, or
 * {@code benchmarks/target/quick-results} with {@code --quick}): {@code jmh-result.json},
 * {@code constant-memory.txt}, {@code machine.txt} and {@code results.md}. {@code --quick} runs
 * every benchmark once, briefly, and the memory run on 50 MB: a check that all of it works, not
 * figures to quote.
 */
public final class FullRun {

  private FullRun() {}

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Path directory = null;
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
      } else {
        directory = Path.of(arg);
      }
    }
    if (directory == null) {
      // Quick figures are not to be quoted: they stay out of the committed results.
      directory = Path.of(quick ? "benchmarks/target/quick-results" : "benchmarks/results");
    }
    Files.createDirectories(directory);

    List<String> inputs = BenchmarkInput.available();
    String machine = machine();
    Files.writeString(directory.resolve("machine.txt"), machine);
    System.out.print(machine);

    Path json = directory.resolve("jmh-result.json");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(PACKAGE_PATTERN)
        .param("input", inputs.toArray(String[]::new))
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
    Corpora.directory().ifPresent(d ->
        options.jvmArgsPrepend("-D" + Corpora.PROPERTY + "=" + d));
    if (quick) {
      options.forks(1).warmupIterations(1).measurementIterations(1)
          .warmupTime(TimeValue.milliseconds(200)).measurementTime(TimeValue.milliseconds(200));
    }
    new Runner(options.build()).run();

    String memory = constantMemoryRun(quick ? 50 : 1_100);
    Files.writeString(directory.resolve("constant-memory.txt"), memory);
    // Other work on the machine slows some benchmarks and not others: say how busy it was.
    machine += "load at the end: " + loadAverage() + "\n";
    Files.writeString(directory.resolve("machine.txt"), machine);

    String tables = "Machine:\n\n```\n" + machine + "```\n"
        + ResultsTable.markdown(json)
        + "\n#### Corpus path at `-Xmx64m`, " + (quick ? "50 MB" : "1.1 GB") + " of input\n\n```\n"
        + memory + "```\n";
    Files.writeString(directory.resolve("results.md"), tables);
    System.out.println();
    System.out.print(tables);
  }

  /** Every benchmark class of this package. */
  private static final String PACKAGE_PATTERN = "io\\.github\\.wirecopy\\.benchmarks\\..*";

  /** {@link ConstantMemoryRun} in a JVM of its own with a 64 MB heap; its output. */
  private static String constantMemoryRun(long megabytes) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xms64m", "-Xmx64m",
        "-cp", System.getProperty("java.class.path"),
        ConstantMemoryRun.class.getName(), Long.toString(megabytes))
        .redirectErrorStream(true)
        .start();
    // Read to its end, the output is all there is: then the run has ended.
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("the constant-memory run failed:\n" + output);
    }
    System.out.print(output);
    return output;
  }

  /** What the figures were measured on: date, cores, CPU, memory, JVM. */
  private static String machine() throws IOException {
    String cpu = "unknown";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try (Stream<String> lines = Files.lines(cpuinfo)) {
        cpu = lines.filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
      }
    }
    long memoryKb = -1;
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.isReadable(meminfo)) {
      try (Stream<String> lines = Files.lines(meminfo)) {
        memoryKb = lines.filter(l -> l.startsWith("MemTotal:"))
            .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
      }
    }
    return "date:   " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME) + "\n"
        + "cores:  " + Runtime.getRuntime().availableProcessors() + " (nproc)\n"
        + "cpu:    " + cpu + "\n"
        + "memory: " + (memoryKb < 0 ? "unknown" : String.format("%.1f GiB", memoryKb / 1048576.0))
        + "\n"
        + "jvm:    " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version")
        + " (" + System.getProperty("java.vendor") + ")\n"
        + "os:     " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + "\n"
        + "load at the start: " + loadAverage() + "\n";
  }

  /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
  private static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    if (!Files.isReadable(loadavg)) {
      return "unknown";
    }
    String[] fields = Files.readString(loadavg).trim().split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min)";
  }
}
