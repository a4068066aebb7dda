package io.github.wirecopy.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.wirecopy.model.Article;

/**
 * One line of {@code wirecopy parse} output: the article's own JSON with a {@code source} field
 * in front saying where in the input it came from. Unwrapping lets Jackson stream the article
 * straight after {@code source}, with no tree built in between.
 */
@JsonPropertyOrder({"source"})
record SourcedArticle(Source source, @JsonUnwrapped Article article) {

  /**
   * Where an article came from.
   *
   * @param file the input as given, {@code -} for standard input
   * @param index the article's 0-based position in that input
   * @param line the 1-based line where its text begins
   * @param offset the 0-based UTF-16 offset where its text begins
   */
  @JsonPropertyOrder({"file", "index", "line", "offset"})
  record Source(String file, int index, int line, long offset) {}
}
