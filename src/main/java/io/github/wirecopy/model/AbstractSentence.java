package io.github.wirecopy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;

/** One sentence of a paragraph: its text as written and where it stands in the article. */
@Value.Immutable
@JsonSerialize(as = Sentence.class)
@JsonDeserialize(as = Sentence.class)
public abstract class AbstractSentence implements Spanned, Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated {@code Sentence} extends this: build values with {@code Sentence.builder()}. */
  AbstractSentence() {}

  /** The sentence as written, from its first to its last non-blank character. */
  @Override
  public abstract String text();

  @Override
  public abstract Span span();

  @Value.Check
  protected void check() {
    span().checkCovers(text());
  }
}
