/**
 * The {@code wirecopy} command-line tool, {@link io.github.wirecopy.cli.WirecopyCli}: JSON lines
 * from corpora ({@code parse}) and the dateline accuracy evaluation ({@code eval-datelines}).
 *
 * <p>Not part of the library's API; it needs picocli, which library users do not inherit.
 */
package io.github.wirecopy.cli;
