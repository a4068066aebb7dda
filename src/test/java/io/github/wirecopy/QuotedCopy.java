package io.github.wirecopy;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import io.github.wirecopy.model.Speaker;
import java.util.List;
import java.util.Optional;

/**
 * Example wire copy for the quote tests, and a plain view of the quotes a parser finds in it.
 * Every sentence given to these methods in the tests is written for them, in the manner of
 * Xinhua, Reuters and AP copy; none is taken from a real article.
 */
final class QuotedCopy {

  /** A Xinhua header and dateline: {@code BEIJING, March 5 (Xinhua) --}. */
  static final String XINHUA = "date 2021-03-05 BEIJING, March 5 (Xinhua) -- ";

  /** A Reuters header and dateline: {@code LONDON, June 14 (Reuters) -}. */
  static final String REUTERS = "date 2022-06-14 LONDON, June 14 (Reuters) - ";

  /** An AP header and dateline: {@code WASHINGTON (AP) —}. */
  static final String AP = "date 2023-06-01 WASHINGTON (AP) \u2014 ";

  private static final ArticleParser PARSER = ArticleParser.builder().build();

  private QuotedCopy() {}

  /** The article of {@code header} and the paragraphs, one blank line between each two. */
  static String text(String header, String... paragraphs) {
    return header + String.join("\n\n", paragraphs) + "\n";
  }

  /** Parses the copy with the default parser and checks the invariants of every article. */
  static Article parse(String header, String... paragraphs) {
    return parse(PARSER, header, paragraphs);
  }

  /** Parses the copy with {@code parser} and checks the invariants of every article. */
  static Article parse(ArticleParser parser, String header, String... paragraphs) {
    String text = text(header, paragraphs);
    Article article = parser.parse(text);
    ArticleInvariants.assertWellFormed(article, text);
    return article;
  }

  /**
   * A quote as the tests state it: its kind, its words, and the words of its cue, of the mention
   * at it and of its speaker's name, each null where the quote has none.
   */
  record Said(QuoteKind kind, String content, String cue, String mention, String speaker) {

    @Override
    public String toString() {
      return kind + " [" + content + "] cue=" + show(cue) + " mention=" + show(mention)
          + " speaker=" + show(speaker);
    }

    private static String show(String words) {
      return words == null ? "-" : "[" + words + "]";
    }
  }

  static Said direct(String content, String cue, String mention, String speaker) {
    return new Said(QuoteKind.DIRECT, content, cue, mention, speaker);
  }

  static Said indirect(String content, String cue, String mention, String speaker) {
    return new Said(QuoteKind.INDIRECT, content, cue, mention, speaker);
  }

  static Said mixed(String content, String cue, String mention, String speaker) {
    return new Said(QuoteKind.MIXED, content, cue, mention, speaker);
  }

  /** The article's quotes, in order, as {@link Said} values. */
  static List<Said> said(Article article) {
    return article.quotes().stream()
        .map(quote -> new Said(quote.kind(), quote.content().text(), words(quote.cue()),
            words(quote.mention()), speakerName(article, quote)))
        .toList();
  }

  /** The name of the quote's speaker, or null where it has none. */
  static String speakerName(Article article, Quote quote) {
    return speaker(article, quote).map(Speaker::name).orElse(null);
  }

  /** The quote's speaker, where it has one. */
  static Optional<Speaker> speaker(Article article, Quote quote) {
    return quote.speaker().isPresent()
        ? Optional.of(article.speakers().get(quote.speaker().getAsInt()))
        : Optional.empty();
  }

  /** The texts of a speaker's mentions, in order. */
  static List<String> mentionTexts(Speaker speaker) {
    return speaker.mentions().stream().map(Phrase::text).toList();
  }

  /** The quotes' speaker ids, -1 for a quote without one. */
  static List<Integer> speakerIds(Article article) {
    return article.quotes().stream().map(q -> q.speaker().orElse(-1)).toList();
  }

  private static String words(Optional<Phrase> phrase) {
    return phrase.map(Phrase::text).orElse(null);
  }
}
