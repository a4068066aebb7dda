package io.github.wirecopy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * A stretch of words in the article that a quote is made of: its content, its cue, or a mention
 * of its speaker.
 */
@Value.Immutable
@JsonSerialize(as = Phrase.class)
@JsonDeserialize(as = Phrase.class)
public abstract class AbstractPhrase implements Spanned, Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated {@code Phrase} extends this: build values with {@code Phrase.of(..)}. */
  AbstractPhrase() {}

  /** The words as written. */
  @Override
  @Value.Parameter
  public abstract String text();

  @Override
  @Value.Parameter
  public abstract Span span();

  @Value.Check
  protected void check() {
    span().checkCovers(text());
  }
}
