package io.github.wirecopy.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Proves that the corpus path runs in constant memory: writes a generated corpus far larger than
 * the heap to disk, then runs {@code wirecopy parse} over it in process (JSON Lines to a sink that
 * drops them), and reports the live heap after each collection all along. Run it with a small
 * heap:
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar \
 *     io.github.wirecopy.benchmarks.ConstantMemoryRun [MEGABYTES [FILE]]
 * </pre>
 *
 * <p>{@code MEGABYTES} (10^6 bytes, default 1100, more than a GiB) is the corpus size;
 * {@code FILE}, where given, is the corpus to write and keep (an existing one of about that size
 * is reused), otherwise a temporary file is written and deleted. Exits with status 1 where the
 * parse fails, and an {@link OutOfMemoryError} would end it with a stack trace.
 */
public final class ConstantMemoryRun {

  private static final long DEFAULT_MEGABYTES = 1_100;
  private static final long SAMPLE_MILLIS = 100;

  private ConstantMemoryRun() {}

  public static void main(String[] args) throws Exception {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_MEGABYTES;
    boolean keep = args.length > 1;
    Path file = keep ? Path.of(args[1]) : Files.createTempFile("wirecopy-constant-memory", ".txt");
    try {
      long started = System.nanoTime();
      long articles = prepareCorpus(file, megabytes * 1_000_000L);
      long fileBytes = Files.size(file);
      System.out.printf(Locale.ROOT, "corpus: %s, %.1f MB, %d articles (%.0f s to write)%n",
          file, fileBytes / 1e6, articles, (System.nanoTime() - started) / 1e9);

      HeapSampler sampler = new HeapSampler();
      sampler.start();
      long gcBefore = collections();
      started = System.nanoTime();
      long jsonBytes = CorpusPathBenchmark.parseCommand(file, fileBytes, articles, new InputRate());
      double seconds = (System.nanoTime() - started) / 1e9;
      sampler.interrupt();
      sampler.join();

      Runtime runtime = Runtime.getRuntime();
      System.out.printf(Locale.ROOT, "heap: max %.1f MB (-Xmx), live after GC at most %.1f MB,"
              + " %d collections%n", runtime.maxMemory() / 1e6, sampler.maxLiveAfterGc / 1e6,
          collections() - gcBefore);
      System.out.printf(Locale.ROOT, "live heap after GC, by tenth of the run (MB): %s%n",
          sampler.byTenth(seconds));
      System.out.printf(Locale.ROOT, "wirecopy parse: %.1f MB in %.1f s, %.1f MB/s, "
              + "%.0f articles/s, %.1f MB of JSON Lines written%n",
          fileBytes / 1e6, seconds, fileBytes / 1e6 / seconds, articles / seconds, jsonBytes / 1e6);
    } finally {
      if (!keep) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Writes the corpus unless {@code file} already holds one at least this large. */
  private static long prepareCorpus(Path file, long minBytes) throws IOException {
    if (Files.exists(file) && Files.size(file) >= minBytes) {
      try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
        return lines.filter(line -> line.startsWith(" date ")).count();
      }
    }
    try (Writer out = new BufferedWriter(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      return WireCopyGenerator.writeCorpus(WireCopyGenerator.CORPUS_SEED, minBytes, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static long collections() {
    long count = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
    }
    return count;
  }

  /**
   * Samples the heap as the collector left it after its last collection: what survives a
   * collection is what the program holds, which must not grow with the input.
   */
  private static final class HeapSampler extends Thread {

    private final long startNanos = System.nanoTime();
    private final java.util.List<long[]> samples = new java.util.ArrayList<>(); // {nanos, bytes}
    volatile long maxLiveAfterGc;

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          MemoryUsage afterGc = pool.getCollectionUsage();
          if (pool.getType() == MemoryType.HEAP && afterGc != null) {
            live += afterGc.getUsed();
          }
        }
        synchronized (samples) {
          samples.add(new long[] {System.nanoTime() - startNanos, live});
        }
        maxLiveAfterGc = Math.max(maxLiveAfterGc, live);
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** The largest live heap after GC in each tenth of the run, in MB. */
    String byTenth(double seconds) {
      double[] max = new double[10];
      synchronized (samples) {
        for (long[] sample : samples) {
          int tenth = (int) Math.min(9, sample[0] / 1e9 / seconds * 10);
          max[tenth] = Math.max(max[tenth], sample[1] / 1e6);
        }
      }
      StringBuilder text = new StringBuilder();
      for (double m : max) {
        text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", m));
      }
      return text.toString();
    }
  }
}
