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

  /** Rejects an element whose span cannot hold its text: a cheap guard against mixed-up values. */
  static void checkLength(Spanned element) {
    if (element.span().length() != element.text().length()) {
      throw new IllegalStateException(
          "span " + element.span() + " covers " + element.span().length()
              + " characters but the text has " + element.text().length());
    }
  }
}
