package io.github.wirecopy.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Proves that the corpus path runs in constant memory: writes a generated corpus far larger than
 * the heap to disk, then runs {@code wirecopy parse} over it in process (JSON Lines to a sink that
 * drops them), and reports the heap as every collection left it, all along. Run it with a small
 * heap:
 *
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar \
 *     io.github.wirecopy.benchmarks.ConstantMemoryRun [MEGABYTES [FILE [THREADS]]]
 * </pre>
 *
 * <p>{@code MEGABYTES} (10^6 bytes, default 1100, more than a GiB) is the corpus size;
 * {@code FILE}, where given, is the corpus to write and keep (an existing one of about that size
 * is reused), otherwise a temporary file is written and deleted; {@code THREADS} (default 1) is
 * the command's {@code --threads}. Exits with status 1 where the
 * parse fails, and an {@link OutOfMemoryError} would end it with a stack trace.
 */
public final class ConstantMemoryRun {

  private static final long DEFAULT_MEGABYTES = 1_100;

  private ConstantMemoryRun() {}

  public static void main(String[] args) throws Exception {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_MEGABYTES;
    boolean keep = args.length > 1;
    Path file = keep ? Path.of(args[1]) : Files.createTempFile("wirecopy-constant-memory", ".txt");
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    try {
      long started = System.nanoTime();
      long articles = prepareCorpus(file, megabytes * 1_000_000L);
      long fileBytes = Files.size(file);
      System.out.printf(Locale.ROOT, "corpus: %s, %.1f MB, %d articles (%.0f s to write)%n",
          file, fileBytes / 1e6, articles, (System.nanoTime() - started) / 1e9);

      HeapAfterGc heap = new HeapAfterGc();
      heap.listen();
      LiveSet liveSet = new LiveSet();
      liveSet.start();
      started = System.nanoTime();
      long jsonBytes = CorpusPathBenchmark.parseCommand(file, threads);
      double seconds = (System.nanoTime() - started) / 1e9;
      liveSet.interrupt();
      liveSet.join();
      heap.stop();

      System.out.printf(Locale.ROOT, "heap: max %.1f MB (-Xmx); after each of %d collections"
              + " at most %.1f MB in use%n", Runtime.getRuntime().maxMemory() / 1e6,
          heap.collections(), heap.maxBytes() / 1e6);
      System.out.printf(Locale.ROOT, "heap in use after GC, largest in each tenth of the run (MB):"
          + " %s%n", heap.byTenth(seconds));
      System.out.printf(Locale.ROOT, "live heap after a full GC every %d s (MB): %s%n",
          LiveSet.PERIOD_SECONDS, liveSet.series());
      System.out.printf(Locale.ROOT, "wirecopy parse --threads %d: %.1f MB in %.1f s, %.1f MB/s, "
              + "%.0f articles/s, %.1f MB of JSON Lines written%n",
          threads, fileBytes / 1e6, seconds, fileBytes / 1e6 / seconds, articles / seconds, jsonBytes / 1e6);
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
    }
  }

  /**
   * The live set itself: every few seconds a full collection ({@code System.gc()}, which stops
   * the parse for a moment) and the heap in use right after it. A young collection leaves
   * garbage in the old generation until G1 gets round to it; a full one leaves only what the run
   * still holds.
   */
  private static final class LiveSet extends Thread {

    static final int PERIOD_SECONDS = 5;

    private final List<Long> bytes = new ArrayList<>();

    LiveSet() {
      super("live-set");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (true) {
        try {
          Thread.sleep(PERIOD_SECONDS * 1000L);
        } catch (InterruptedException e) {
          return;
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        synchronized (this) {
          bytes.add(used);
        }
      }
    }

    /** The samples in MB, or why there are none: a run shorter than one period takes none. */
    synchronized String series() {
      if (bytes.isEmpty()) {
        return "none (the run ended within " + PERIOD_SECONDS + " s)";
      }
      StringBuilder text = new StringBuilder();
      for (long b : bytes) {
        text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", b / 1e6));
      }
      return text.toString();
    }
  }

  /**
   * Records the heap as each garbage collection leaves it, from the collectors' own
   * notifications: what is still there after a collection bounds what the program holds, and it
   * must not grow with the input.
   */
  private static final class HeapAfterGc implements NotificationListener {

    private final long startNanos = System.nanoTime();
    private final List<long[]> samples = new ArrayList<>(); // {nanos since start, bytes}
    private long maxBytes;

    void listen() {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener(this, null, null);
      }
    }

    void stop() throws ListenerNotFoundException {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).removeNotificationListener(this);
      }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!notification.getType().equals(
          GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        return;
      }
      GcInfo info = GarbageCollectionNotificationInfo
          .from((CompositeData) notification.getUserData()).getGcInfo();
      long bytes = 0;
      for (MemoryUsage usage : info.getMemoryUsageAfterGc().values()) {
        bytes += usage.getUsed();
      }
      synchronized (this) {
        samples.add(new long[] {System.nanoTime() - startNanos, bytes});
        maxBytes = Math.max(maxBytes, bytes);
      }
    }

    synchronized int collections() {
      return samples.size();
    }

    synchronized long maxBytes() {
      return maxBytes;
    }

    /** The largest heap after a collection in each tenth of a run of {@code seconds}, in MB. */
    synchronized String byTenth(double seconds) {
      double[] max = new double[10];
      for (long[] sample : samples) {
        int tenth = (int) Math.min(9, sample[0] / 1e9 / seconds * 10);
        max[tenth] = Math.max(max[tenth], sample[1] / 1e6);
      }
      StringBuilder text = new StringBuilder();
      for (double m : max) {
        text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", m));
      }
      return text.toString();
    }
  }
}
