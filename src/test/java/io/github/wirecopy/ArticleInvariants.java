package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Dateline;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.Sentence;
import io.github.wirecopy.model.Span;
import io.github.wirecopy.model.Speaker;
import java.util.List;
import java.util.function.Supplier;

/**
 * What holds of every article the parser returns, whatever the input: the text is the input,
 * every span lies inside it and covers exactly its element's text, paragraph and sentence texts
 * are trimmed and non-empty, and the elements come in text order. Quotes and speakers stand in
 * the body: a quote's content inside the paragraph it names, its cue and mention and every
 * speaker mention inside a paragraph, and each speaker id resolves to the speaker at that index.
 */
final class ArticleInvariants {

  private ArticleInvariants() {}

  static void assertWellFormed(Article article, String input) {
    String text = article.text();
    assertThat(text).as("article text").isEqualTo(input);
    int previousEnd = 0;
    if (article.dateline().isPresent()) {
      Dateline dateline = article.dateline().get();
      assertCovers(text, dateline.span(), dateline.text(), "dateline");
      previousEnd = dateline.span().end();
    }
    for (Paragraph paragraph : article.paragraphs()) {
      assertCovers(text, paragraph.span(), paragraph.text(), "paragraph");
      assertTrimmedAndNotEmpty(paragraph.text(), "paragraph");
      assertThat(paragraph.span().start()).as("paragraph %s after what precedes it", paragraph.span())
          .isGreaterThanOrEqualTo(previousEnd);
      previousEnd = paragraph.span().end();
      int previousSentenceEnd = paragraph.span().start();
      for (Sentence sentence : paragraph.sentences()) {
        assertCovers(text, sentence.span(), sentence.text(), "sentence");
        assertTrimmedAndNotEmpty(sentence.text(), "sentence");
        assertThat(paragraph.span().contains(sentence.span()))
            .as("sentence %s inside paragraph %s", sentence.span(), paragraph.span()).isTrue();
        assertThat(sentence.span().start()).as("sentence %s after the previous one", sentence.span())
            .isGreaterThanOrEqualTo(previousSentenceEnd);
        previousSentenceEnd = sentence.span().end();
      }
    }
    assertQuotesWellFormed(article);
  }

  /**
   * The quotes and speakers of {@code article} stand in its body and refer to each other
   * correctly. Plain checks rather than AssertJ chains: a 10 MB article may hold a million quotes.
   */
  static void assertQuotesWellFormed(Article article) {
    String text = article.text();
    List<Paragraph> paragraphs = article.paragraphs();
    int speakerCount = article.speakers().size();
    boolean[] quoted = new boolean[speakerCount];
    int previousStart = -1;
    for (int i = 0; i < article.quotes().size(); i++) {
      Quote quote = article.quotes().get(i);
      String what = "quote " + i;
      Phrase content = quote.content();
      checkCovers(text, content, what + " content");
      check(!content.text().isEmpty(), () -> what + " content is empty");
      check(!isBlank(content.text().charAt(0))
              && !isBlank(content.text().charAt(content.text().length() - 1)), () ->
          what + " content " + show(content.text()) + " has blank at an end");
      check(quote.paragraph() >= 0 && quote.paragraph() < paragraphs.size(), () ->
          what + " names paragraph " + quote.paragraph() + " of " + paragraphs.size());
      Span paragraph = paragraphs.get(quote.paragraph()).span();
      check(paragraph.contains(content.span()), () -> what + " content " + content.span() + " "
          + show(content.text()) + " lies outside its paragraph " + quote.paragraph() + " "
          + paragraph);
      check(content.span().start() >= previousStart, () ->
          what + " content " + content.span() + " comes before the previous quote's");
      previousStart = content.span().start();
      quote.cue().ifPresent(cue -> {
        checkCovers(text, cue, what + " cue");
        checkInBody(paragraphs, cue.span(), what + " cue");
      });
      quote.mention().ifPresent(mention -> {
        checkCovers(text, mention, what + " mention");
        checkInBody(paragraphs, mention.span(), what + " mention");
      });
      if (quote.speaker().isPresent()) {
        int id = quote.speaker().getAsInt();
        check(id >= 0 && id < speakerCount,
            () -> what + " names speaker " + id + " of " + speakerCount);
        quoted[id] = true;
      }
    }
    for (int i = 0; i < speakerCount; i++) {
      Speaker speaker = article.speakers().get(i);
      String what = "speaker " + i;
      check(speaker.id() == i, () -> what + " has id " + speaker.id());
      check(!isBlank(speaker.name()), () -> what + " has a blank name");
      check(quoted[i], () -> what + " " + show(speaker.name()) + " is the speaker of no quote");
      int previousMention = -1;
      for (Phrase mention : speaker.mentions()) {
        checkCovers(text, mention, what + " mention");
        checkInBody(paragraphs, mention.span(), what + " mention");
        check(mention.span().start() >= previousMention, () ->
            what + " mention " + mention.span() + " comes before the previous mention");
        previousMention = mention.span().start();
      }
    }
  }

  private static void checkCovers(String text, Phrase phrase, String what) {
    Span span = phrase.span();
    check(span.start() >= 0 && span.end() <= text.length(), () ->
        what + " " + span + " lies outside the text of " + text.length());
    check(span.length() == phrase.text().length()
        && text.startsWith(phrase.text(), span.start()), () ->
        "the text under the " + what + "'s span " + span + " is not " + show(phrase.text()));
  }

  /** The span lies inside a paragraph of the body: the last one that starts at or before it. */
  private static void checkInBody(List<Paragraph> paragraphs, Span span, String what) {
    int found = -1;
    int low = 0;
    int high = paragraphs.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (paragraphs.get(middle).span().start() <= span.start()) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    check(found >= 0 && paragraphs.get(found).span().contains(span), () ->
        what + " " + span + " lies in no paragraph of the body");
  }

  private static void check(boolean holds, Supplier<String> failure) {
    if (!holds) {
      throw new AssertionError(failure.get());
    }
  }

  private static void assertCovers(String text, Span span, String elementText, String what) {
    assertThat(span.start()).as("%s %s start", what, span).isBetween(0, text.length());
    assertThat(span.end()).as("%s %s end", what, span).isBetween(span.start(), text.length());
    assertThat(text.substring(span.start(), span.end()))
        .as("the text under the %s's span %s", what, span).isEqualTo(elementText);
  }

  private static void assertTrimmedAndNotEmpty(String text, String what) {
    assertThat(text).as("%s text", what).isNotEmpty();
    assertThat(isBlank(text.charAt(0)) || isBlank(text.charAt(text.length() - 1)))
        .as("%s text %s has blank at an end", what, show(text)).isFalse();
  }

  /**
   * Blank as Unicode's White_Space property has it, plus the BOM that wire feeds carry. Java's
   * {@link Character#isWhitespace} would miss the no-break spaces.
   */
  static boolean isBlank(char c) {
    return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
        || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
  }

  static boolean isBlank(String text) {
    return text.chars().allMatch(c -> isBlank((char) c));
  }

  /** {@code text} with control, blank and surrogate characters made visible, for messages. */
  static String show(String text) {
    StringBuilder out = new StringBuilder("\"");
    int shown = Math.min(text.length(), 200);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~') {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(text.length() > shown ? "...\"" : "\"").toString();
  }

  /** The 1-based line at {@code offset} of {@code text}, lines ending at LF, CRLF or a lone CR. */
  static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column, in UTF-16 code units, at {@code offset} of {@code text}. */
  static int columnAt(String text, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
      lineStart--;
    }
    return offset - lineStart + 1;
  }
}
