package io.github.wirecopy.cli;

import io.github.wirecopy.ArticleParseException;
import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.CorpusEntry;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Dateline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * How well the parser finds datelines in a labelled corpus: a directory holding {@code all.txt}
 * and its gold {@code labels.tsv}, one label per article in the same order.
 *
 * <p>Every article must parse. Place, date and (where the labels have it) agency are scored over
 * the articles whose label names a place: the place must equal {@link Dateline#location()}
 * exactly, the date must agree as {@link ExpectedDate} says, the agency must equal
 * {@link Dateline#agency()}.
 */
final class DatelineEvaluation {

  /** How many disagreements and parse failures are kept for the report, of each. */
  static final int MAX_KEPT = 50;

  private final DatelineLabels.Format format;
  private int articles;
  private int failureCount;
  private final List<String> failures = new ArrayList<>();
  private int placeCorrect;
  private int dateCorrect;
  private int agencyCorrect;
  private int scored;
  private int disagreementCount;
  private final List<Disagreement> disagreements = new ArrayList<>();

  private DatelineEvaluation(DatelineLabels.Format format) {
    this.format = format;
  }

  /**
   * Parses {@code directory/all.txt} and scores it against {@code directory/labels.tsv}.
   *
   * @throws CommandFailure where either file cannot be read, the labels are malformed, or the
   *     corpus and its labels do not match: different counts, or a header date that differs from
   *     its label's date
   */
  static DatelineEvaluation run(Path directory, ArticleParser parser) throws CommandFailure {
    Path corpus = directory.resolve("all.txt");
    Path labelFile = directory.resolve("labels.tsv");
    DatelineLabels labels;
    try {
      labels = DatelineLabels.read(labelFile);
    } catch (IOException e) {
      throw new CommandFailure(labelFile + ": " + IoFailure.describe(e), e);
    }
    DatelineEvaluation evaluation = new DatelineEvaluation(labels.format());
    Iterator<DatelineLabel> expected = labels.labels().iterator();
    try (Stream<CorpusEntry> entries = parser.corpus(corpus)) {
      Iterator<CorpusEntry> actual = entries.iterator();
      while (actual.hasNext()) {
        CorpusEntry entry = actual.next();
        if (!expected.hasNext()) {
          throw new CommandFailure(corpus + " has more articles than the "
              + labels.labels().size() + " rows of " + labelFile);
        }
        evaluation.add(expected.next(), entry, corpus);
      }
    } catch (UncheckedIOException e) {
      throw new CommandFailure(corpus + ": " + IoFailure.describe(e.getCause()), e);
    }
    if (expected.hasNext()) {
      throw new CommandFailure(corpus + " has " + evaluation.articles + " articles but "
          + labelFile + " has " + labels.labels().size() + " rows");
    }
    return evaluation;
  }

  private void add(DatelineLabel label, CorpusEntry entry, Path corpus) throws CommandFailure {
    articles++;
    if (!entry.isParsed()) {
      ArticleParseException failure = entry.failure().orElseThrow();
      failureCount++;
      if (failures.size() < MAX_KEPT) {
        failures.add(corpus + ":" + failure.line() + ":" + failure.column() + ": "
            + failure.originalMessage() + " (id " + label.id() + ")");
      }
      return;
    }
    Article article = entry.article().orElseThrow();
    if (!article.date().equals(label.date())) {
      // A shifted pairing would score every later article against the wrong label.
      throw new CommandFailure(corpus + ":" + entry.line() + ": article " + entry.index()
          + " has header date " + article.date() + " but its label " + label.id()
          + " has date " + label.date());
    }
    if (!label.hasPlace()) {
      return;
    }
    scored++;
    Optional<Dateline> dateline = article.dateline();
    Optional<String> place = dateline.flatMap(Dateline::location);
    if (place.equals(Optional.of(label.place()))) {
      placeCorrect++;
    } else {
      disagree(label, "place", label.place(), place);
    }
    Optional<LocalDate> date = dateline.flatMap(Dateline::date);
    if (label.expectedDate().matches(date)) {
      dateCorrect++;
    } else {
      disagree(label, "date", label.expectedDate().describe(), date.map(Object::toString));
    }
    if (format.hasAgency()) {
      String expectedAgency = label.agency().orElseThrow();
      Optional<String> agency = dateline.flatMap(Dateline::agency);
      // An empty agency column expects none, as an empty date does.
      if (agency.equals(expectedAgency.isEmpty() ? Optional.empty() : Optional.of(expectedAgency))) {
        agencyCorrect++;
      } else {
        disagree(label, "agency", expectedAgency.isEmpty() ? "(none)" : expectedAgency, agency);
      }
    }
  }

  private void disagree(DatelineLabel label, String field, String expected, Optional<String> actual) {
    disagreementCount++;
    if (disagreements.size() < MAX_KEPT) {
      disagreements.add(new Disagreement(label.id(), field, expected, actual.orElse("(none)")));
    }
  }

  /** The label format, which says whether the agency was scored. */
  DatelineLabels.Format format() {
    return format;
  }

  /** All articles of the corpus, parsed or not. */
  int articles() {
    return articles;
  }

  /** The articles that did not parse. */
  int failureCount() {
    return failureCount;
  }

  /** The first {@link #MAX_KEPT} parse failures as {@code file:line:column: message (id ID)}. */
  List<String> failures() {
    return List.copyOf(failures);
  }

  /** The parsed articles whose label names a place: the articles scored. */
  int scored() {
    return scored;
  }

  /** Places found exactly as labelled. */
  Tally place() {
    return new Tally(placeCorrect, scored);
  }

  /** Dateline dates that agree with the label. */
  Tally date() {
    return new Tally(dateCorrect, scored);
  }

  /** Agencies as labelled, where the label format has them. */
  Optional<Tally> agency() {
    return format.hasAgency() ? Optional.of(new Tally(agencyCorrect, scored)) : Optional.empty();
  }

  /** How many scored fields disagreed with their label, all told. */
  int disagreementCount() {
    return disagreementCount;
  }

  /** The first {@link #MAX_KEPT} disagreements, in corpus order. */
  List<Disagreement> disagreements() {
    return List.copyOf(disagreements);
  }

  /** Correct answers out of a total. */
  record Tally(int correct, int total) {

    /** The share correct, in percent; empty where nothing was scored. */
    OptionalDouble percent() {
      return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * correct / total);
    }
  }

  /**
   * A field of an article where the parser and the label disagree.
   *
   * @param id the article's id
   * @param field {@code place}, {@code date} or {@code agency}
   * @param expected what the label says
   * @param actual what the parser found, {@code (none)} for nothing
   */
  record Disagreement(String id, String field, String expected, String actual) {}
}
