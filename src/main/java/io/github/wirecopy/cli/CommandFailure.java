package io.github.wirecopy.cli;

/**
 * A reason for a command to stop before its work is done, such as an unreadable input or labels
 * that do not match their corpus. The command prints the message and exits with status 2.
 */
final class CommandFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /** A failure with the message the user sees, after the command's name. */
  CommandFailure(String message) {
    super(message);
  }

  /** A failure with the message the user sees, and the exception behind it. */
  CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
