package io.github.wirecopy.examples.spark;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wirecopy.ArticleParseException;
import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.CorpusEntry;
import io.github.wirecopy.Wirecopy;
import io.github.wirecopy.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * {@code wirecopy parse} on Apache Spark: reads corpus files, parses them in the executors, and
 * writes JSON Lines.
 *
 * <pre>{@code
 * ParseCorpusJob INPUT OUTPUT
 * }</pre>
 *
 * <p>{@code INPUT} is what Spark's {@code binaryFiles} takes: a file, a directory, a glob, or
 * several of them separated by commas; compressed files ({@code .gz}, {@code .bz2}) are read
 * decompressed. {@code OUTPUT/articles} gets one line per parsed article,
 * the same line {@code wirecopy parse} writes (the article's JSON with its {@code source} in
 * front), {@code OUTPUT/rejects} one line per article that did not parse: its source, the error
 * with its line and column in the file, and its text.
 *
 * <p>Each file is read by one task, as a stream, one article at a time, so a file of any size
 * parses in a bounded heap; the files are spread over the executors. A corpus held in one large
 * file is therefore parsed by one core: split it into files to spread it.
 */
public final class ParseCorpusJob {

  private static final ObjectMapper MAPPER = Wirecopy.objectMapper();

  private ParseCorpusJob() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ParseCorpusJob INPUT OUTPUT");
      System.exit(2);
    }
    String input = args[0];
    String output = args[1];
    SparkSession spark = SparkSession.builder().appName("wirecopy parse").getOrCreate();
    try {
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      // The entries are kept, serialized, for the two outputs below, so each file is parsed once:
      // about as much room as the output takes (docs/spark.md).
      JavaPairRDD<String, CorpusEntry> entries = context.binaryFiles(input)
          .flatMapValues(ParseCorpusJob::entries)
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      entries.filter(entry -> entry._2().isParsed())
          .map(ParseCorpusJob::articleLine)
          .saveAsTextFile(output + "/articles");
      entries.filter(entry -> !entry._2().isParsed())
          .map(ParseCorpusJob::rejectLine)
          .saveAsTextFile(output + "/rejects");
      entries.unpersist();
    } finally {
      spark.stop();
    }
  }

  /**
   * The entries of one corpus file, read lazily: decompressed where its name says it is
   * compressed ({@code .gz}, {@code .bz2}, ...: Hadoop's codecs, as Spark's {@code textFile}
   * reads it). The file is closed when the task that reads it ends, whether it read every entry
   * or not.
   */
  private static Iterator<CorpusEntry> entries(PortableDataStream file) throws IOException {
    CompressionCodec codec = new CompressionCodecFactory(file.getConfiguration())
        .getCodec(new Path(file.getPath()));
    InputStream bytes = codec == null ? file.open() : codec.createInputStream(file.open());
    Stream<CorpusEntry> entries = ExecutorParser.PARSER.corpus(bytes);
    TaskContext.get().addTaskCompletionListener((TaskCompletionListener) task -> entries.close());
    return entries.iterator();
  }

  private static String articleLine(Tuple2<String, CorpusEntry> fileAndEntry)
      throws JsonProcessingException {
    CorpusEntry entry = fileAndEntry._2();
    return MAPPER.writeValueAsString(
        new SourcedArticle(Source.of(fileAndEntry._1(), entry), entry.article().orElseThrow()));
  }

  private static String rejectLine(Tuple2<String, CorpusEntry> fileAndEntry)
      throws JsonProcessingException {
    CorpusEntry entry = fileAndEntry._2();
    ArticleParseException failure = entry.failure().orElseThrow();
    return MAPPER.writeValueAsString(new Reject(
        Source.of(fileAndEntry._1(), entry),
        new Failure(failure.originalMessage(), failure.line(), failure.column()),
        entry.text()));
  }

  /** One line of {@code OUTPUT/articles}: as {@code wirecopy parse} writes it. */
  @JsonPropertyOrder({"source"})
  record SourcedArticle(Source source, @JsonUnwrapped Article article) {}

  /** One line of {@code OUTPUT/rejects}. */
  @JsonPropertyOrder({"source", "error", "text"})
  record Reject(Source source, Failure error, String text) {}

  /** Why an article did not parse, and where in its file: 1-based line and column. */
  @JsonPropertyOrder({"message", "line", "column"})
  record Failure(String message, int line, int column) {}

  /** Where an article stands: its file, 0-based index in it, 1-based line and 0-based offset. */
  @JsonPropertyOrder({"file", "index", "line", "offset"})
  record Source(String file, int index, int line, long offset) {
    static Source of(String file, CorpusEntry entry) {
      return new Source(file, entry.index(), entry.line(), entry.offset());
    }
  }

  /**
   * The parser of one executor, made when its first task needs it. Several tasks run in an
   * executor at once, one a core, each parsing one article at a time, and Spark keeps part of the
   * heap for its own work: the longest article is sized to one task's share of the rest, so that
   * no article, however long, can run the executor out of memory.
   */
  private static final class ExecutorParser {

    static final ArticleParser PARSER = ArticleParser.builder()
        .maxArticleLength(ArticleParser.maxArticleLengthForHeap(taskShareOfHeap()))
        .build();

    private static long taskShareOfHeap() {
      // Spark's unified memory model: 300 MiB reserved, then spark.memory.fraction (0.6) of the
      // rest for execution and storage; user code has what is left.
      long reserved = 300L << 20;
      double sparkFraction = SparkEnv.get().conf().getDouble("spark.memory.fraction", 0.6);
      long userHeap = (long) ((Runtime.getRuntime().maxMemory() - reserved) * (1 - sparkFraction));
      int tasks = SparkEnv.get().conf().getInt(
          "spark.executor.cores", Runtime.getRuntime().availableProcessors());
      return userHeap / Math.max(1, tasks);
    }
  }
}
