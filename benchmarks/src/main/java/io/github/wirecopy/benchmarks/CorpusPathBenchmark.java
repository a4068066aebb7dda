package io.github.wirecopy.benchmarks;

import io.github.wirecopy.CorpusEntry;
import io.github.wirecopy.cli.WirecopyCli;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The corpus path end to end, as {@code wirecopy parse FILE > out.jsonl} runs it: the CLI itself,
 * in process, reading a corpus file from disk through the lazy corpus reader and writing JSON
 * Lines, encoded as UTF-8, to a sink that drops them. One operation is the whole file.
 *
 * <p>Run with the usual heap, and with a 64 MB heap: the corpus reader holds one article at a
 * time, so the small heap must make no difference. {@link ConstantMemoryRun} does the same on
 * more than a gigabyte.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class CorpusPathBenchmark {

  private long articles;

  /** The articles of the corpus, counted once, before the trial, by the library's corpus reader. */
  @Setup(Level.Trial)
  public void countArticles(CorpusFile corpus) {
    try (Stream<CorpusEntry> entries = BenchmarkInput.structureOnly().corpus(corpus.file())) {
      articles = entries.count();
    }
  }

  /** The whole file through {@code wirecopy parse --threads 1}, with the usual heap. */
  @Benchmark
  public long parseCommandToJsonLines(CorpusFile corpus, InputRate rate) {
    return parseCommand(corpus.file(), 1, corpus.bytes(), articles, rate);
  }

  /** The same in a JVM with a 64 MB heap. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms64m", "-Xmx64m"})
  public long parseCommandToJsonLinesIn64MbHeap(CorpusFile corpus, InputRate rate) {
    return parseCommand(corpus.file(), 1, corpus.bytes(), articles, rate);
  }

  /**
   * The whole file through {@code wirecopy parse --threads 2}, the default on this 2-core
   * machine: the command's own thread reads the file and writes JSON while a second parses the
   * articles.
   */
  @Benchmark
  public long parseCommandToJsonLinesOnTwoThreads(CorpusFile corpus, InputRate rate) {
    return parseCommand(corpus.file(), 2, corpus.bytes(), articles, rate);
  }

  /**
   * Runs {@code wirecopy parse --no-progress --threads threads file} as
   * {@link #parseCommand(Path, int)} does, and adds the file's bytes and articles to
   * {@code rate}.
   *
   * @return the number of bytes of JSON Lines written
   */
  static long parseCommand(
      Path file, int threads, long fileBytes, long articles, InputRate rate) {
    long written = parseCommand(file, threads);
    rate.add(fileBytes, articles);
    return written;
  }

  /**
   * Runs {@code wirecopy parse --no-progress --threads threads file} with standard output encoded
   * as the CLI's {@code main} encodes it, into a sink that counts and drops the bytes.
   *
   * @return the number of bytes of JSON Lines written
   * @throws IllegalStateException unless every article parsed (exit status 0)
   */
  static long parseCommand(Path file, int threads) {
    CountingSink sink = new CountingSink();
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(Writer.nullWriter());
    int status = WirecopyCli.commandLine(InputStream.nullInputStream(), false)
        .setOut(out)
        .setErr(err)
        .execute("parse", "--no-progress", "--threads", Integer.toString(threads),
            file.toString());
    out.flush();
    if (status != 0) {
      throw new IllegalStateException("wirecopy parse " + file + " exited with " + status);
    }
    return sink.count;
  }

  /** Standard output going nowhere, counting what went there. */
  private static final class CountingSink extends OutputStream {

    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
