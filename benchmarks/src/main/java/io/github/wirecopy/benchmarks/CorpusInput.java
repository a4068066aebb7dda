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

  /**
   * {@code generated}, or, with {@code ../shared/corpora} beside the project, {@code newswire}
   * and {@code reuters}: {@code -p input=generated,newswire,reuters}. {@link FullRun} adds the
   * real ones where they exist.
   */
  @Param({BenchmarkInput.GENERATED})
  public String input;

  private BenchmarkInput corpus;

  @Setup(Level.Trial)
  public void load() {
    corpus = BenchmarkInput.load(input);
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
