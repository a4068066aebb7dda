package io.github.wirecopy.benchmarks;

import io.github.wirecopy.ArticleParser;

/**
 * The two ways the benchmarks configure wirecopy, named by their {@code mode} parameter:
 * {@value #STRUCTURE} (header, dateline, paragraphs and sentences) and {@value #FULL} (with
 * quotes and speakers as well).
 */
public final class ParseMode {

  /** Header, dateline, paragraphs and sentences: no quotes. */
  public static final String STRUCTURE = "structure";

  /** Everything wirecopy extracts, quotes and speakers included. */
  public static final String FULL = "full";

  private ParseMode() {}

  /**
   * A parser for {@code mode}, with the library's defaults otherwise: its article limit, 16 Mi
   * characters, holds the largest article of every benchmark.
   *
   * @throws IllegalArgumentException for an unknown mode
   */
  public static ArticleParser parser(String mode) {
    boolean extractQuotes = switch (mode) {
      case STRUCTURE -> false;
      case FULL -> true;
      default -> throw new IllegalArgumentException(
          "unknown mode \"" + mode + "\"; expected " + STRUCTURE + " or " + FULL);
    };
    return ArticleParser.builder()
        .extractQuotes(extractQuotes)
        .build();
  }
}
