package io.github.wirecopy.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One wire-copy article: the date of its header, its dateline, and its paragraphs.
 *
 * <p>{@link #text()} is the text the article was parsed from, header line included; every
 * {@link Span} in the article indexes into it.
 */
@Value.Immutable
@JsonSerialize(as = Article.class)
@JsonDeserialize(as = Article.class)
@JsonPropertyOrder({"date", "dateline", "paragraphs", "text"})
public abstract class AbstractArticle {

  /** Only the generated {@code Article} extends this: build values with {@code Article.builder()}. */
  AbstractArticle() {}

  /** The date of the {@code date YYYY-MM-DD} header. */
  public abstract LocalDate date();

  /** The dateline, where the article opens with one. */
  public abstract Optional<Dateline> dateline();

  /** The body's paragraphs, in order. */
  public abstract List<Paragraph> paragraphs();

  /** The text the article was parsed from; all spans index into it. */
  public abstract String text();

  /** The text a span of this article covers. */
  public final String textAt(Span span) {
    return span.of(text());
  }

  @Value.Check
  protected void check() {
    int length = text().length();
    dateline().ifPresent(d -> checkInside(d.span(), length));
    for (Paragraph paragraph : paragraphs()) {
      checkInside(paragraph.span(), length);
    }
  }

  private static void checkInside(Span span, int length) {
    if (span.end() > length) {
      throw new IllegalStateException(
          "span " + span + " reaches past the article's text of " + length + " characters");
    }
  }
}
