package io.github.wirecopy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in an article's text.
 *
 * <p>Offsets are {@code char} indexes, as {@link String#substring(int, int)} takes them: a
 * character outside the Basic Multilingual Plane counts as two.
 */
@Value.Immutable
@JsonSerialize(as = Span.class)
@JsonDeserialize(as = Span.class)
public abstract class AbstractSpan implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated {@code Span} extends this: build values with {@code Span.builder()}. */
  AbstractSpan() {}

  /** The first code unit of the range, 0-based. */
  @Value.Parameter
  public abstract int start();

  /** One past the last code unit of the range. */
  @Value.Parameter
  public abstract int end();

  /** The number of code units the span covers. */
  public final int length() {
    return end() - start();
  }

  /** Whether {@code other} lies wholly inside this span. */
  public final boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  /** The text this span covers in {@code text}. */
  public final String of(CharSequence text) {
    return text.subSequence(start(), end()).toString();
  }

  /**
   * Rejects an element whose text cannot stand at this span: a cheap guard, run when a value is
   * built or read from JSON, against mixed-up spans and texts.
   */
  final void checkCovers(String text) {
    if (length() != text.length()) {
      throw new IllegalStateException(
          "span " + this + " covers " + length() + " characters but the text has " + text.length());
    }
  }

  @Value.Check
  protected void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalStateException(
          "span must satisfy 0 <= start <= end, got [" + start() + ", " + end() + ")");
    }
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
