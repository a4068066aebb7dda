package io.github.wirecopy.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How much input a benchmark consumed, which JMH turns into rates next to its operations per
 * second: {@code megabytes} becomes MB/s of input (10^6 bytes of UTF-8) and {@code articles}
 * articles/s. Benchmarks whose operation is one article and those whose operation is a whole
 * corpus can then be compared on the same scale.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class InputRate {

  /** Megabytes (10^6 bytes, UTF-8) of input consumed in this iteration. */
  public double megabytes;

  /** Articles consumed in this iteration. */
  public long articles;

  /** JMH leaves resetting to us: each iteration counts from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    megabytes = 0;
    articles = 0;
  }

  /** Counts one article of {@code utf8Bytes} bytes. */
  public void add(long utf8Bytes) {
    add(utf8Bytes, 1);
  }

  /** Counts {@code articleCount} articles of {@code utf8Bytes} bytes in all. */
  public void add(long utf8Bytes, long articleCount) {
    megabytes += utf8Bytes / 1e6;
    articles += articleCount;
  }
}
