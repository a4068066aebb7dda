package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private final StringWriter screen = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  @Test
  void drawsAtOnceThenAtMostOncePerInterval() {
    ProgressBar bar = ProgressBar.on(new PrintWriter(screen), 1_000_000, now::get);

    bar.update(100_000, 10, 0);
    assertThat(screen.toString()).startsWith("\r").contains("10 articles");

    now.set(ProgressBar.INTERVAL_NANOS - 1);
    bar.update(200_000, 20, 0);
    assertThat(screen.toString()).doesNotContain("20 articles");

    now.set(ProgressBar.INTERVAL_NANOS);
    bar.update(300_000, 30, 0);
    assertThat(screen.toString()).contains("30 articles");
  }

  @Test
  void showsPercentageAndBarWhenTheTotalIsKnown() {
    ProgressBar bar = ProgressBar.on(new PrintWriter(screen), 2_000_000, now::get);

    assertThat(bar.render(500_000, 42, 1))
        .isEqualTo(" 25% [######..................] 0.5/2.0 MB  42 articles  1 rejects");
  }

  @Test
  void showsBytesOnlyWhenTheTotalIsUnknown() {
    ProgressBar bar = ProgressBar.on(new PrintWriter(screen), -1, now::get);

    assertThat(bar.render(1_500_000, 7, 0)).isEqualTo("1.5 MB  7 articles  0 rejects");
  }

  @Test
  void clearErasesTheDrawnLine() {
    ProgressBar bar = ProgressBar.on(new PrintWriter(screen), -1, now::get);
    bar.update(1_500_000, 7, 0);
    int drawn = bar.render(1_500_000, 7, 0).length();

    bar.clear();

    assertThat(screen.toString()).endsWith("\r" + " ".repeat(drawn) + "\r");
  }

  @Test
  void offNeverDraws() {
    ProgressBar bar = ProgressBar.off();

    bar.update(1, 1, 1);
    bar.clear();

    assertThat(screen.toString()).isEmpty();
  }
}
