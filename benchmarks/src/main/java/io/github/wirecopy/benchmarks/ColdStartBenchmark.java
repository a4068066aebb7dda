package io.github.wirecopy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The corpus path as one run of {@code wirecopy parse FILE} meets it: the first and only pass
 * over the file in a fresh JVM, so the time holds loading the classes, running in the
 * interpreter and compiling the hot code, which {@link CorpusPathBenchmark} leaves out by warming
 * up first. Only starting the JVM is not in it. The JVM runs with its default heap, as the CLI's.
 *
 * <p>Nothing of the library runs before the measured pass: the set-up only writes the generated
 * corpus or finds the real one ({@link CorpusFile}). So the articles go uncounted: counting them
 * would mean reading the corpus with the library first.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class ColdStartBenchmark {

  /**
   * {@code wirecopy parse --threads N}: 1 by default, as in every run so far; 2 is the command's
   * default on this 2-core machine.
   */
  @Param({"1"})
  public int threads;

  /** The whole file through {@code wirecopy parse}, once, in a JVM that has run nothing else. */
  @Benchmark
  public long parseCommandFirstPass(CorpusFile corpus, InputCount count) {
    return firstPass(corpus, count);
  }

  /**
   * The same with the JIT compiler's first tier alone, C1, as the {@code wirecopy} launcher runs
   * an input of less than 150 MB: no optimising tier (C2) to wait for, and slower code.
   */
  @Benchmark
  @Fork(value = 10, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
  public long parseCommandFirstPassFirstTierOnly(CorpusFile corpus, InputCount count) {
    return firstPass(corpus, count);
  }

  private long firstPass(CorpusFile corpus, InputCount count) {
    long written = CorpusPathBenchmark.parseCommand(corpus.file(), threads);
    count.add(corpus.bytes());
    return written;
  }
}
