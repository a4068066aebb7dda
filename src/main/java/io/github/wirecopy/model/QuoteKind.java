package io.github.wirecopy.model;

/** How a {@link Quote} gives the words of its speaker. */
public enum QuoteKind {
  /** The speaker's own words inside quotation marks: {@code "We are glad," Xi said.} */
  DIRECT,
  /**
   * Reported speech holding a quoted fragment: {@code He said the plan was "a disaster".} The
   * content is the whole reported clause.
   */
  MIXED,
  /** Reported speech without quotation marks: {@code Xi said he is glad to visit.} */
  INDIRECT
}
