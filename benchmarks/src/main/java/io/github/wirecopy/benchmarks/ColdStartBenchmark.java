package io.github.wirecopy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The corpus path as one run of {@code wirecopy parse FILE} meets it: the first and only pass
 * over the file in a fresh JVM, so the time holds loading the classes, running in the
 * interpreter and compiling the hot code, which {@link CorpusPathBenchmark} leaves out by warming
 * up first. Only starting the JVM is not in it. The JVM runs with its default heap, as the CLI's.
 *
 * <p>Nothing of the library runs before the measured pass: the set-up only writes the generated
 * corpus or finds the real one. So the articles go uncounted: counting them would mean reading
 * the corpus with the library first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

  /** As {@link CorpusInput#input}; the corpus is read from disk. */
  @Param({BenchmarkInput.GENERATED})
  public String input;

  private Path scratch;
  private Path file;
  private long fileBytes;

  @Setup(Level.Trial)
  public void prepareFile() throws IOException {
    scratch = Files.createTempDirectory("wirecopy-bench");
    file = BenchmarkInput.file(input, scratch);
    fileBytes = Files.size(file);
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    if (file.startsWith(scratch)) {
      Files.delete(file); // a generated corpus, written for this trial
    }
    Files.delete(scratch);
  }

  /** The whole file through {@code wirecopy parse}, once, in a JVM that has run nothing else. */
  @Benchmark
  public long parseCommandFirstPass(InputCount count) {
    long written = CorpusPathBenchmark.parseCommand(file, new CorpusPathBenchmark.CountingSink());
    count.add(fileBytes);
    return written;
  }
}
