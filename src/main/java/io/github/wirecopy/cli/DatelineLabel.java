package io.github.wirecopy.cli;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The gold dateline of one article, from a {@code labels.tsv} row.
 *
 * @param id the article's id in the corpus
 * @param date the publication date, which must equal the article's header date
 * @param place the dateline's place as written, or empty where the article has none
 * @param agency the agency where the label format has one; empty inside means "expects none"
 * @param expectedDate what the dateline's date must be
 */
record DatelineLabel(
    String id, LocalDate date, String place, Optional<String> agency, ExpectedDate expectedDate) {

  /** Whether the label names a place: only such articles are scored. */
  boolean hasPlace() {
    return !place.isEmpty();
  }
}
