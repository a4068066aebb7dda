package io.github.wirecopy.benchmarks;

import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.model.Article;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One article of 10 KB, 100 KB, 1 MB and 10 MB: the MB/s must stay the same from the smallest
 * to the largest, which is what linear time looks like. Run on normal copy and on hostile copy
 * made to trip a quote finder (nothing but quotation marks; nothing but {@code said}).
 *
 * <p>Each operation parses one article of the size, taken in turn from a pool of articles that
 * hold at least 64 MB together ({@link #POOL_UTF8_BYTES}), whatever the size: 6,400 articles of
 * 10 KB, 7 of 10 MB. So the size of the article is the only thing that changes from one size to
 * the next.
 * Parsing one small article over and over would measure a text that stays in the processor's
 * caches and takes the very same branches every time, against large ones that do neither.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Three forks: the ratio of 10 MB to 10 KB is the figure that counts here, and one fork of each
// size, or two, put it anywhere between 0.82 and 0.99 from run to run.
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 4, time = 2, timeUnit = TimeUnit.SECONDS)
public class ScalingBenchmark {

  /** The article's size in UTF-8: 10^3 and 10^6 bytes to a KB and an MB. */
  @Param({"10KB", "100KB", "1MB", "10MB"})
  public String size;

  /**
   * {@code normal}: generated wire copy, many paragraphs under one dateline; {@code quotes}: one
   * paragraph of quotation marks only; {@code said}: one paragraph of {@code said said ...}.
   */
  @Param({"normal", "quotes", "said"})
  public String copy;

  /** {@code structure} or {@code full}; see {@link ParseMode}. */
  @Param({ParseMode.STRUCTURE, ParseMode.FULL})
  public String mode;

  /**
   * The text of the pool of articles of each size, in UTF-8: twice the 32 MB last-level cache of
   * the machine the figures come from, so that the pool is read from memory at every size.
   */
  static final long POOL_UTF8_BYTES = 64_000_000L;

  private BenchmarkInput pool;
  private ArticleParser parser;

  @Setup(Level.Trial)
  public void generate() {
    long bytes = bytes(size);
    int count = (int) ((POOL_UTF8_BYTES + bytes - 1) / bytes);
    List<String> articles = new ArrayList<>(count);
    String hostile = switch (copy) {
      case "normal" -> null;
      case "quotes" -> WireCopyGenerator.hostileQuotes(bytes);
      case "said" -> WireCopyGenerator.hostileSaid(bytes);
      default -> throw new IllegalArgumentException("unknown copy \"" + copy + "\"");
    };
    for (int i = 0; i < count; i++) {
      // Ordinary copy: a generator per article, seeded in turn, so that the articles differ.
      // Hostile copy is one text: each article is a copy of its own, elsewhere in memory.
      articles.add(hostile == null
          ? new WireCopyGenerator(WireCopyGenerator.CORPUS_SEED + i).longArticle(bytes)
          : new String(hostile.toCharArray()));
    }
    pool = BenchmarkInput.of(size + " " + copy, articles);
    parser = ParseMode.parser(mode);
  }

  private static long bytes(String size) {
    if (size.endsWith("KB")) {
      return Long.parseLong(size.substring(0, size.length() - 2)) * 1_000L;
    }
    if (size.endsWith("MB")) {
      return Long.parseLong(size.substring(0, size.length() - 2)) * 1_000_000L;
    }
    throw new IllegalArgumentException("size must end in KB or MB, got \"" + size + "\"");
  }

  /** One whole article, the next of the pool. */
  @Benchmark
  public Article parseOneArticle(ArticleCursor cursor, InputRate rate) {
    return parser.parse(pool.next(cursor, rate));
  }
}
