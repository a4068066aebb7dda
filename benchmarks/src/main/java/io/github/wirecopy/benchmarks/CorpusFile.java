package io.github.wirecopy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The corpus a benchmark of the corpus path reads, as a file on disk, never held in memory: the
 * real {@code all.txt} read in place, or the generated corpus written for the trial and deleted
 * after it. Setting it up runs nothing of the library.
 */
@State(Scope.Benchmark)
public class CorpusFile {

  /** As {@link CorpusInput#input}. */
  @Param({BenchmarkInput.GENERATED})
  public String input;

  private Path scratch;
  private Path file;
  private long bytes;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    scratch = Files.createTempDirectory("wirecopy-bench");
    file = BenchmarkInput.file(input, scratch);
    bytes = Files.size(file);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    if (file.startsWith(scratch)) {
      Files.delete(file); // a generated corpus, written for this trial
    }
    Files.delete(scratch);
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** Its size in bytes. */
  public long bytes() {
    return bytes;
  }
}
