package io.github.wirecopy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dateline that opens a wire story, such as {@code BEIJING, Jan. 11 (Xinhua)} or
 * {@code SPRINGFIELD, Ill. (AP)}.
 *
 * <p>Its {@link #date()} is the dateline's own date resolved to a full date against the article's
 * header: of the years around the header's, the one that puts it nearest the header date, so
 * {@code Dec. 31} under a {@code 2021-01-01} header is 2020-12-31.
 */
@Value.Immutable
@JsonSerialize(as = Dateline.class)
@JsonDeserialize(as = Dateline.class)
public abstract class AbstractDateline implements Spanned, Serializable {

  private static final long serialVersionUID = 1L;

  /** Only the generated {@code Dateline} extends this: build values with {@code Dateline.builder()}. */
  AbstractDateline() {}

  /**
   * The dateline as written, from the place to the agency, without the separator that follows it:
   * {@code BEIJING, Jan. 11 (Xinhua)}.
   */
  @Override
  public abstract String text();

  /**
   * The place as written with its whitespace normalised: {@code BEIJING}, {@code UNITED NATIONS},
   * {@code KOMPONG SPEU, Cambodia}, {@code SPRINGFIELD, Ill.}. Absent in datelines that name no
   * place, such as {@code (Bloomberg) --}.
   */
  public abstract Optional<String> location();

  /** The cities of the location, split on {@code /}: {@code KYIV/KHARKIV, Ukraine} gives two. */
  public abstract List<String> places();

  /** The dateline's own date resolved against the header; absent where none is written or it is not a date. */
  public abstract Optional<LocalDate> date();

  /** The news agency as written inside its marks: {@code Xinhua}, {@code AP}, {@code TASS}. */
  public abstract Optional<String> agency();

  @Override
  public abstract Span span();

  @Value.Check
  protected void check() {
    span().checkCovers(text());
  }
}
