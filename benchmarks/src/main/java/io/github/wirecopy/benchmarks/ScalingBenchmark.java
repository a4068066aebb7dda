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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One article of 10 KB, 100 KB, 1 MB and 10 MB: the MB/s must stay the same from the smallest
 * to the largest, which is what linear time looks like. Run on normal copy and on hostile copy
 * made to trip a quote finder (nothing but quotation marks; nothing but {@code said}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
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

  private String article;
  private long utf8Bytes;
  private ArticleParser parser;

  @Setup(Level.Trial)
  public void generate() {
    long bytes = bytes(size);
    article = switch (copy) {
      case "normal" -> new WireCopyGenerator(WireCopyGenerator.CORPUS_SEED).longArticle(bytes);
      case "quotes" -> WireCopyGenerator.hostileQuotes(bytes);
      case "said" -> WireCopyGenerator.hostileSaid(bytes);
      default -> throw new IllegalArgumentException("unknown copy \"" + copy + "\"");
    };
    utf8Bytes = WireCopyGenerator.utf8Length(article);
    // Room for the largest article: the default limit (16 Mi characters) would do, but the
    // limit is not what is measured here.
    parser = ParseMode.parser(mode, 32 * 1024 * 1024);
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

  /** The whole article. */
  @Benchmark
  public Article parseOneArticle(InputRate rate) {
    rate.add(utf8Bytes);
    return parser.parse(article);
  }
}
