package io.github.wirecopy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The memory-speed reference: {@code String.indexOf} looking through the corpus, as one string,
 * for a character it does not hold. That is one vectorised pass over the text, the physical
 * limit for anything that reads every character once; wirecopy's rate is given as a fraction of
 * it, measured in the same run.
 *
 * <p>The corpus is repeated to at least {@value #MIN_SCAN_BYTES} bytes so that the scan reads
 * from memory, as a pass over a corpus does: a few megabytes would sit in the processor's cache
 * and scan several times faster than any real input arrives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class IndexOfBenchmark {

  /** BEL: no wire copy holds it, so the scan always runs to the end. */
  private static final char ABSENT = '\u0007';

  /** Well past the caches of this kind of machine. */
  static final long MIN_SCAN_BYTES = 100_000_000L;

  private String text;
  private long utf8Bytes;
  private int articles;

  @Setup(Level.Trial)
  public void join(CorpusInput input) {
    BenchmarkInput corpus = input.corpus();
    int copies = (int) ((MIN_SCAN_BYTES + corpus.totalUtf8Bytes() - 1) / corpus.totalUtf8Bytes());
    text = corpus.concatenated().repeat(copies);
    utf8Bytes = corpus.totalUtf8Bytes() * copies;
    articles = corpus.size() * copies;
    if (text.indexOf(ABSENT) >= 0) {
      throw new IllegalStateException("input " + corpus.name() + " holds U+0007; pick another");
    }
  }

  /** One scan of the repeated corpus. */
  @Benchmark
  public int scanWholeCorpus(InputRate rate) {
    rate.add(utf8Bytes, articles);
    return text.indexOf(ABSENT);
  }

  /**
   * The same scan one character at a time, as a hand-written scanner reads: {@code charAt} and
   * one comparison per character, a branch never taken. No parser that decides anything per
   * character can be faster than this loop; {@code indexOf} is, because the JVM compares many
   * characters per instruction there.
   */
  @Benchmark
  public int scanCharByChar(InputRate rate) {
    rate.add(utf8Bytes, articles);
    String scanned = text;
    int found = 0;
    for (int i = 0; i < scanned.length(); i++) {
      if (scanned.charAt(i) == ABSENT) {
        found++;
      }
    }
    return found;
  }
}
