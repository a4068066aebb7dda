package io.github.wirecopy.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on a terminal, redrawn in place with {@code \r}: percentage and bar
 * where the total size is known, bytes read, articles and rejects.
 *
 * <p>It draws on the first update, then at most once every {@link #INTERVAL_NANOS} however
 * often it is told about progress, so that a fast parse does not spend its time writing to the
 * terminal.
 */
final class ProgressBar {

  /** A quarter of a second: lively enough to watch, rare enough to cost nothing. */
  static final long INTERVAL_NANOS = 250_000_000L;

  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final long totalBytes;
  private final LongSupplier clock;
  private final boolean enabled;
  private long lastDrawn;
  private int drawnLength;

  private ProgressBar(PrintWriter err, long totalBytes, LongSupplier clock, boolean enabled) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.clock = clock;
    this.enabled = enabled;
    // The first update draws at once, so the bar appears as soon as there is anything to show.
    this.lastDrawn = clock.getAsLong() - INTERVAL_NANOS;
  }

  /**
   * A bar drawn on {@code err}.
   *
   * @param totalBytes the size of all input, or -1 where it is not known (standard input)
   * @param clock {@link System#nanoTime()}, or a fake one in tests
   */
  static ProgressBar on(PrintWriter err, long totalBytes, LongSupplier clock) {
    return new ProgressBar(err, totalBytes, clock, true);
  }

  /** A bar that never draws, for when standard error is not a terminal. */
  static ProgressBar off() {
    return new ProgressBar(null, -1, () -> 0L, false);
  }

  /** Redraws the bar if it was last drawn long enough ago. */
  void update(long bytesRead, long articles, long rejects) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - lastDrawn < INTERVAL_NANOS) {
      return;
    }
    lastDrawn = now;
    String line = render(bytesRead, articles, rejects);
    // Pad over what the previous, possibly longer, line left on the screen.
    StringBuilder shown = new StringBuilder(line.length() + 1).append('\r').append(line);
    for (int i = line.length(); i < drawnLength; i++) {
      shown.append(' ');
    }
    drawnLength = line.length();
    err.print(shown);
    err.flush();
  }

  /** Erases the bar, so that a message or the summary starts on a clean line. */
  void clear() {
    if (!enabled || drawnLength == 0) {
      return;
    }
    err.print("\r" + " ".repeat(drawnLength) + "\r");
    err.flush();
    drawnLength = 0;
  }

  /** The bar's text, without the carriage return. */
  String render(long bytesRead, long articles, long rejects) {
    StringBuilder line = new StringBuilder(80);
    if (totalBytes > 0) {
      double fraction = Math.min(1.0, (double) bytesRead / totalBytes);
      int filled = (int) Math.round(fraction * BAR_WIDTH);
      line.append(String.format(Locale.ROOT, "%3d%% [", (int) Math.floor(fraction * 100)))
          .append("#".repeat(filled))
          .append(".".repeat(BAR_WIDTH - filled))
          .append("] ")
          .append(String.format(Locale.ROOT, "%.1f/%.1f MB", megabytes(bytesRead),
              megabytes(totalBytes)));
    } else {
      line.append(String.format(Locale.ROOT, "%.1f MB", megabytes(bytesRead)));
    }
    line.append(String.format(Locale.ROOT, "  %d articles  %d rejects", articles, rejects));
    return line.toString();
  }

  /** Bytes in MB of 10^6 bytes, the unit of the summary too. */
  static double megabytes(long bytes) {
    return bytes / 1_000_000.0;
  }
}
