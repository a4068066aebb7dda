package io.github.wirecopy.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One wire-copy article: the date of its header, its dateline, its paragraphs, and the quotes
 * and speakers found in them.
 *
 * <p>{@link #text()} is the text the article was parsed from, header line included; every
 * {@link Span} in the article indexes into it.
 */
@Value.Immutable
@JsonSerialize(as = Article.class)
@JsonDeserialize(as = Article.class)
@JsonPropertyOrder({"date", "dateline", "paragraphs", "quotes", "speakers", "text"})
public abstract class AbstractArticle implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated {@code Article} extends this: build values with {@code Article.builder()}. */
  AbstractArticle() {}

  /** The date of the {@code date YYYY-MM-DD} header. */
  public abstract LocalDate date();

  /** The dateline, where the article opens with one. */
  public abstract Optional<Dateline> dateline();

  /** The body's paragraphs, in order. */
  public abstract List<Paragraph> paragraphs();

  /** The quotes, in the text order of their content. Empty when quote extraction is off. */
  public abstract List<Quote> quotes();

  /** The sources of the quotes; a quote's {@link Quote#speaker()} is an index into this list. */
  public abstract List<Speaker> speakers();

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
    for (Quote quote : quotes()) {
      checkInside(quote.content().span(), length);
      quote.cue().ifPresent(cue -> checkInside(cue.span(), length));
      quote.mention().ifPresent(mention -> checkInside(mention.span(), length));
      if (quote.paragraph() >= paragraphs().size()) {
        throw new IllegalStateException(
            "quote in paragraph " + quote.paragraph() + " of " + paragraphs().size());
      }
      quote.speaker().ifPresent(id -> {
        if (id >= speakers().size()) {
          throw new IllegalStateException("quote names speaker " + id + " of " + speakers().size());
        }
      });
    }
    for (int i = 0; i < speakers().size(); i++) {
      Speaker speaker = speakers().get(i);
      if (speaker.id() != i) {
        throw new IllegalStateException("speaker " + i + " has id " + speaker.id());
      }
      speaker.mentions().forEach(mention -> checkInside(mention.span(), length));
    }
  }

  private static void checkInside(Span span, int length) {
    if (span.end() > length) {
      throw new IllegalStateException(
          "span " + span + " reaches past the article's text of " + length + " characters");
    }
  }
}
