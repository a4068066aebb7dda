package io.github.wirecopy.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The corpus a per-article benchmark reads, loaded once per trial and shared by its threads.
 * Every benchmark that takes it, wirecopy's and the peers', reads the same articles in the same
 * order, so their rates compare directly.
 */
@State(Scope.Benchmark)
public class CorpusInput {

  /** The {@link #pool} of every article: the default. */
  public static final String ALL = "all";

  /**
   * {@code generated}, or, with {@code ../shared/corpora} beside the project, {@code newswire}
   * and {@code reuters}: {@code -p input=generated,newswire,reuters}. {@link FullRun} adds the
   * real ones where they exist.
   */
  @Param({BenchmarkInput.GENERATED})
  public String input;

  /**
   * {@code all}, or a number N: the benchmark reads N articles spread evenly over the input,
   * round and round. Every corpus is larger than what the processor's caches keep of it while
   * the parses in between allocate, so with {@code all} each article comes from memory, as it
   * does to an application that holds a large corpus in memory; a pool of a few hundred
   * articles stays in the caches, as an article just read from a file does. The
   * {@code indexOf} benchmarks repeat what they get to 100 MB and read memory either way.
   */
  @Param({ALL})
  public String pool;

  private BenchmarkInput corpus;

  @Setup(Level.Trial)
  public void load() {
    BenchmarkInput whole = BenchmarkInput.load(input);
    corpus = pool.equals(ALL) ? whole : whole.evenlySpaced(poolSize());
  }

  private int poolSize() {
    try {
      return Integer.parseInt(pool);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "pool is \"" + ALL + "\" or a number of articles, not \"" + pool + "\"", e);
    }
  }

  /** The loaded corpus. */
  public BenchmarkInput corpus() {
    return corpus;
  }

  /** The text of the next article of {@code cursor}, its bytes added to {@code rate}. */
  public String next(ArticleCursor cursor, InputRate rate) {
    return corpus.next(cursor, rate);
  }
}
