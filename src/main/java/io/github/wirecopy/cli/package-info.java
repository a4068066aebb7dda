/**
 * The {@code wirecopy} command-line tool, {@link io.github.wirecopy.cli.WirecopyCli}: JSON lines
 * from corpora ({@code parse}), quotes as CSV ({@code quotes}), and the accuracy evaluations of
 * datelines ({@code eval-datelines}) and of quotes and speakers ({@code eval-quotes}).
 *
 * <p>Not part of the library's API; it needs picocli, which library users do not inherit.
 */
package io.github.wirecopy.cli;
