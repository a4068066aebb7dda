package io.github.wirecopy.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Words for an I/O failure, for a one-line message. The JDK's own messages are often just a path
 * ({@link NoSuchFileException}) or a length ({@code Input length = 1}), which say nothing to a
 * user.
 */
final class IoFailure {

  private IoFailure() {}

  /** What went wrong, without the file: {@code no such file or directory}, {@code not valid UTF-8 text}. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8 text";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** As {@link #describe}, after the file where the exception names one: {@code a.txt: permission denied}. */
  static String describeWithFile(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      return fs.getFile() + ": " + describe(e);
    }
    return describe(e);
  }
}
