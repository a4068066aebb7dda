package io.github.wirecopy.model;

/**
 * An element of an article that covers a stretch of its text: {@code span} applied to the
 * article's text gives {@code text}.
 */
public interface Spanned {

  /** The element's text as written in the article. */
  String text();

  /** Where {@link #text()} stands in the article's text. */
  Span span();
}
