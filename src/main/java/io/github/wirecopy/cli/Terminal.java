package io.github.wirecopy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether standard error shows on a terminal, where a progress bar is welcome. */
final class Terminal {

  private Terminal() {}

  /**
   * Whether file descriptor 2 is a terminal. On Linux {@code /proc/self/fd/2} links to the device
   * behind it; {@link System#console()} cannot answer this, as it looks at standard input and
   * output, and a redirected standard output is exactly the case of {@code wirecopy parse >
   * out.jsonl}. Elsewhere the answer is no, so no stray carriage returns end up in a log.
   */
  static boolean isStderrTerminal() {
    try {
      String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
