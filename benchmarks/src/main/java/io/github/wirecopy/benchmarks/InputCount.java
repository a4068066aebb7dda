package io.github.wirecopy.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How much input a single-shot benchmark consumed. In that mode JMH turns no counter into a
 * rate: it reports each fork's count as it is, and {@link ResultsTable} divides it by the fork's
 * time. Benchmarks measured as throughput count their input with {@link InputRate}.
 */
@AuxCounters(AuxCounters.Type.EVENTS)
@State(Scope.Thread)
public class InputCount {

  /** Megabytes (10^6 bytes, UTF-8) of input consumed in this iteration. */
  public double megabytes;

  /** JMH leaves resetting to us: each iteration counts from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    megabytes = 0;
  }

  /** Counts {@code utf8Bytes} bytes of input. */
  public void add(long utf8Bytes) {
    megabytes += utf8Bytes / 1e6;
  }
}
