package io.github.wirecopy.cli;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Dateline;
import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code wirecopy quotes}: one per quote of an article, with where the article came
 * from, its date and dateline place, and the quote's speaker, kind, cue and content. Absent
 * values are empty fields.
 */
final class QuoteRows {

  /** The header row, naming the columns in order. */
  static final List<String> HEADER =
      List.of("file", "article", "date", "place", "speaker", "kind", "cue", "quote");

  private QuoteRows() {}

  /**
   * The rows of one article, in the order of its quotes.
   *
   * @param file the input the article came from, as {@code parse} gives it in {@code source.file}
   * @param index the article's 0-based position in that input, {@code parse}'s {@code source.index}
   */
  static List<List<String>> of(String file, int index, Article article) {
    List<List<String>> rows = new ArrayList<>(article.quotes().size());
    String date = article.date().toString();
    String place = article.dateline().flatMap(Dateline::location).orElse("");
    for (Quote quote : article.quotes()) {
      String speaker = "";
      if (quote.speaker().isPresent()) {
        Speaker named = article.speakers().get(quote.speaker().getAsInt());
        speaker = named.name();
      }
      rows.add(List.of(file, Integer.toString(index), date, place, speaker, quote.kind().name(),
          quote.cue().map(Phrase::text).orElse(""), quote.content().text()));
    }
    return rows;
  }
}
