package io.github.wirecopy.benchmarks;

import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.model.Article;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * wirecopy on a corpus, one article per operation, the way an application that already holds
 * its articles calls it: structure only, or the full parse with quotes and speakers; on one
 * thread, and on two threads sharing one parser (the parser is immutable and thread-safe).
 *
 * <p>Rates: {@code megabytes} is MB/s of input, {@code articles} articles/s (see
 * {@link InputRate}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
// The full parse takes some eight seconds of parsing to reach full speed.
@Warmup(iterations = 6, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class ParseBenchmark {

  /** {@code structure} or {@code full}; see {@link ParseMode}. */
  @Param({ParseMode.STRUCTURE, ParseMode.FULL})
  public String mode;

  private ArticleParser parser;

  @Setup(Level.Trial)
  public void buildParser() {
    parser = ParseMode.parser(mode);
  }

  /** One article, on one thread. */
  @Benchmark
  @Threads(1)
  public Article oneThread(CorpusInput input, ArticleCursor cursor, InputRate rate) {
    return parser.parse(input.next(cursor, rate));
  }

  /**
   * One article per thread per operation, two threads sharing this parser (2 cores here). Its
   * warm-up is longer: with both cores parsing, the JIT compiler's threads get little time, and
   * the full parse of the real corpora was still speeding up after six iterations (33.8 to 51.3
   * MB/s over the measured ones, at 78.9 after fifteen).
   */
  @Benchmark
  @Threads(2)
  @Warmup(iterations = 15, time = 2, timeUnit = TimeUnit.SECONDS)
  public Article twoThreadsSharedParser(CorpusInput input, ArticleCursor cursor, InputRate rate) {
    return parser.parse(input.next(cursor, rate));
  }
}
