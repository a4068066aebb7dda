package io.github.wirecopy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.util.List;
import org.immutables.value.Value;

/**
 * A paragraph of the article body: a run of non-blank lines. The first paragraph starts right
 * after the dateline's separator (or after the header date where there is no dateline).
 */
@Value.Immutable
@JsonSerialize(as = Paragraph.class)
@JsonDeserialize(as = Paragraph.class)
public abstract class AbstractParagraph implements Spanned, Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated {@code Paragraph} extends this: build values with {@code Paragraph.builder()}. */
  AbstractParagraph() {}

  /** The paragraph as written, from its first to its last non-blank character. */
  @Override
  public abstract String text();

  @Override
  public abstract Span span();

  /** The paragraph's sentences, in order, each inside the paragraph's span. */
  public abstract List<Sentence> sentences();

  @Value.Check
  protected void check() {
    span().checkCovers(text());
    for (Sentence sentence : sentences()) {
      if (!span().contains(sentence.span())) {
        throw new IllegalStateException(
            "sentence " + sentence.span() + " lies outside its paragraph " + span());
      }
    }
  }
}
