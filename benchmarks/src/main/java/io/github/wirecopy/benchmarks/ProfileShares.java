package io.github.wirecopy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The time of each of the library's methods in a profile of a benchmark, as nanoseconds per byte
 * of input: the table benchmarks/ANALYSIS.md gives for the full parse. It reads the collapsed
 * stacks that async-profiler writes through JMH ({@code -prof async:...;output=collapsed}), one
 * line per stack with its number of samples, and the rate the benchmark ran at in that same run
 * (its {@code :megabytes} line). A method's share counts every sample with the method anywhere on
 * its stack ("inclusive"), once per sample however deep it recurs; "self" counts only the samples
 * taken in the method itself. Methods that the JIT compiler inlined are kept apart, as
 * async-profiler tells them apart. Not a benchmark: it times nothing.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.wirecopy.benchmarks.ProfileShares \
 *     COLLAPSED_FILE MB_PER_S [ROWS]
 * </pre>
 */
public final class ProfileShares {

  /** The frames counted: the library's, not the benchmark's nor JMH's. */
  private static final String LIBRARY = "io/github/wirecopy/";
  private static final String BENCHMARKS = "io/github/wirecopy/benchmarks/";

  private ProfileShares() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ProfileShares COLLAPSED_FILE MB_PER_S [ROWS]");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    double megabytesPerSecond = Double.parseDouble(args[1]);
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> self = new HashMap<>();
    long total = 0;
    for (String line : lines) {
      int space = line.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      long samples = Long.parseLong(line.substring(space + 1).trim());
      String[] frames = line.substring(0, space).split(";");
      total += samples;
      Set<String> seen = new HashSet<>();
      for (String frame : frames) {
        if (isLibrary(frame) && seen.add(frame)) {
          inclusive.merge(frame, samples, Long::sum);
        }
      }
      String top = frames[frames.length - 1];
      if (isLibrary(top)) {
        self.merge(top, samples, Long::sum);
      }
    }
    if (total == 0) {
      throw new IllegalArgumentException("no samples in " + args[0]);
    }
    // A byte takes 1000 / rate ns on average; each method's part of that is its share.
    double nanosPerByte = 1000.0 / megabytesPerSecond;
    System.out.printf("%,d samples at %.2f MB/s: %.2f ns a byte in all%n%n", total,
        megabytesPerSecond, nanosPerByte);
    System.out.println("| method | inclusive | ns a byte | self | ns a byte |");
    System.out.println("|---|---:|---:|---:|---:|");
    long all = total;
    inclusive.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(rows)
        .forEach(e -> {
          double share = (double) e.getValue() / all;
          double selfShare = (double) self.getOrDefault(e.getKey(), 0L) / all;
          System.out.printf("| `%s` | %.1f %% | %.2f | %.1f %% | %.2f |%n",
              e.getKey().substring(LIBRARY.length()).replace('/', '.'), 100 * share,
              share * nanosPerByte, 100 * selfShare, selfShare * nanosPerByte);
        });
  }

  private static boolean isLibrary(String frame) {
    return frame.startsWith(LIBRARY) && !frame.startsWith(BENCHMARKS);
  }
}
