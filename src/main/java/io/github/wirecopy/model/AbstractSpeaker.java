package io.github.wirecopy.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source of quotes in an article, with every mention the article makes of it.
 *
 * <p>Mentions that name the same source are resolved into one speaker: {@code Xi} and {@code He}
 * after {@code President Xi Jinping} are mentions of the speaker named {@code Xi Jinping}.
 */
@Value.Immutable
@JsonSerialize(as = Speaker.class)
@JsonDeserialize(as = Speaker.class)
@JsonPropertyOrder({"id", "name", "title", "mentions"})
public abstract class AbstractSpeaker implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated {@code Speaker} extends this: build values with {@code Speaker.builder()}. */
  AbstractSpeaker() {}

  /** The speaker's position in {@link Article#speakers()}, which quotes refer to. */
  public abstract int id();

  /**
   * The fullest name the article gives ({@code Xi Jinping}), or for an unnamed source its fullest
   * description ({@code a Foreign Ministry spokesman}).
   */
  public abstract String name();

  /** The title the article gives with the name, where it gives one: {@code Prime Minister}. */
  public abstract Optional<String> title();

  /** Every mention of the speaker in the article, in text order, pronouns included. */
  public abstract List<Phrase> mentions();
}
