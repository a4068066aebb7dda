package io.github.wirecopy.cli;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import io.github.wirecopy.model.Span;
import io.github.wirecopy.model.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-built articles with quotes and speakers, and gold attributions over their text, for tests
 * of the quote evaluation and the quote rows. Every text here is written for these tests.
 */
final class QuoteFixtures {

  /** The header every fixture text opens with. */
  static final String HEADER = "date 2021-03-05 ";

  private QuoteFixtures() {}

  /**
   * An article of {@code text} (which opens with {@link #HEADER}) with one paragraph holding
   * everything after the header, and the given quotes and speakers.
   */
  static Article article(String text, List<Quote> quotes, List<Speaker> speakers) {
    String body = text.substring(HEADER.length()).strip();
    int start = text.indexOf(body, HEADER.length());
    Paragraph paragraph = Paragraph.builder()
        .text(body)
        .span(Span.of(start, start + body.length()))
        .build();
    return Article.builder()
        .date(LocalDate.of(2021, 3, 5))
        .text(text)
        .addParagraphs(paragraph)
        .quotes(quotes)
        .speakers(speakers)
        .build();
  }

  /** The char span of {@code words}, which must occur exactly once in {@code text}. */
  static Span span(String text, String words) {
    int start = text.indexOf(words);
    if (start < 0 || text.indexOf(words, start + 1) >= 0) {
      throw new IllegalArgumentException("\"" + words + "\" must occur once in the fixture");
    }
    return Span.of(start, start + words.length());
  }

  /** The phrase of {@code words}, which must occur exactly once in {@code text}. */
  static Phrase phrase(String text, String words) {
    return phrase(text, span(text, words));
  }

  /** The phrase that {@code span} covers in {@code text}. */
  static Phrase phrase(String text, Span span) {
    return Phrase.of(span.of(text), span);
  }

  /** A quote of the given kind and content in the article's only paragraph, to be completed. */
  static Quote.Builder quote(QuoteKind kind, Phrase content) {
    return Quote.builder().kind(kind).content(content).paragraph(0);
  }

  /** A speaker with an id and a name, and no mentions. */
  static Speaker speaker(int id, String name) {
    return Speaker.builder().id(id).name(name).build();
  }

  /**
   * Annotated words as the gold file gives them: each piece must occur once in {@code text}, and
   * its offsets are counted in code points, as PolNeAR counts them, not in UTF-16 units.
   */
  static Attributions.Extent extent(String text, String... pieces) {
    List<Attributions.Range> ranges = new ArrayList<>();
    for (String piece : pieces) {
      Span chars = span(text, piece);
      int start = text.codePointCount(0, chars.start());
      ranges.add(new Attributions.Range(start, start + piece.codePointCount(0, piece.length())));
    }
    return new Attributions.Extent(String.join(" ", pieces), List.copyOf(ranges));
  }

  /**
   * A gold attribution.
   *
   * @param source the source's words, or null for none
   * @param cue the cue's words, or null for none
   * @param content the content's words, several for a discontinuous content
   */
  static Attributions.Attribution gold(Attributions.Speech speech, String text, String source,
      String cue, String... content) {
    return new Attributions.Attribution(speech,
        Optional.ofNullable(source).map(s -> extent(text, s)),
        Optional.ofNullable(cue).map(c -> extent(text, c)),
        extent(text, content));
  }
}
