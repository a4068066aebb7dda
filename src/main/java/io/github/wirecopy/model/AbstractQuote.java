package io.github.wirecopy.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Words the article attributes to a source: a direct quotation, or reported speech.
 *
 * <p>The cue, the speaker and the mention are absent where the article gives none; a quote
 * paragraph that continues an earlier one carries the speaker of that run of paragraphs.
 */
@Value.Immutable
@JsonSerialize(as = Quote.class)
@JsonDeserialize(as = Quote.class)
@JsonPropertyOrder({"kind", "content", "cue", "speaker", "mention", "paragraph"})
public abstract class AbstractQuote implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated {@code Quote} extends this: build values with {@code Quote.builder()}. */
  AbstractQuote() {}

  /** Direct, mixed or indirect. */
  public abstract QuoteKind kind();

  /**
   * What was said: for a direct quote the words inside the quotation marks, for reported speech
   * the reported clause without a leading {@code that}.
   */
  public abstract Phrase content();

  /** The words that mark the communication: {@code said}, {@code told reporters}, {@code according to}. */
  public abstract Optional<Phrase> cue();

  /** The {@link Speaker#id()} of the source, among the article's speakers. */
  public abstract OptionalInt speaker();

  /** The words naming the source at this quote: {@code He}, {@code Xi}, {@code the spokesman}. */
  public abstract Optional<Phrase> mention();

  /** The index, among the article's paragraphs, of the paragraph where the content starts. */
  public abstract int paragraph();

  @Value.Check
  protected void check() {
    if (paragraph() < 0) {
      throw new IllegalStateException("paragraph must be >= 0, got " + paragraph());
    }
  }
}
