package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever the input, {@code parse} returns an article or throws {@link ArticleParseException},
 * and nothing else: an article whose every span lies in bounds and covers its element's text, or
 * an exception whose line and column describe its offset.
 */
class AnyInputProperties {

  private final ArticleParser parser = ArticleParser.builder().build();

  @Property
  void anyUnicodeTextGivesWellFormedArticleOrParseException(@ForAll("unicodeTexts") String text) {
    assertArticleOrParseException(text);
  }

  @Property
  void anyWireLikeTextGivesWellFormedArticleOrParseException(@ForAll("wireLikeTexts") String text) {
    assertArticleOrParseException(text);
  }

  /**
   * Generated quoting copy with a few edits in its body: a mark, cue, comma, pronoun or line break
   * put in, a stretch cut out, or a stretch repeated. Copy as broken as real copy is, where the
   * quote finder's look-backs and look-aheads meet the edges of what they expect.
   */
  @Property(tries = 300)
  void editedQuotingCopyGivesWellFormedArticleOrParseException(
      @ForAll("editedQuotingCopy") String text) {
    assertArticleOrParseException(text);
  }

  private void assertArticleOrParseException(String text) {
    Article article;
    try {
      article = parser.parse(text);
    } catch (ArticleParseException e) {
      assertLocated(e, text);
      return;
    }
    ArticleInvariants.assertWellFormed(article, text);
  }

  private static void assertLocated(ArticleParseException e, String text) {
    // The parser turns its own defects into this exception too; they are not bad input.
    assertThat(e.originalMessage()).as("message of %s", ArticleInvariants.show(text))
        .doesNotStartWith("internal error");
    assertThat(e.offset()).as("offset").isBetween(0L, (long) text.length());
    int offset = (int) e.offset();
    assertThat(e.line()).as("line of offset %d", offset).isEqualTo(ArticleInvariants.lineAt(text, offset));
    assertThat(e.column()).as("column of offset %d", offset)
        .isEqualTo(ArticleInvariants.columnAt(text, offset));
  }

  @Provide
  Arbitrary<String> unicodeTexts() {
    return Combinators.combine(
            Arbitraries.of("", "", "date 2021-01-12 ", " date 1999-12-31\n", "date 2021-01-12 BEIJING, "),
            Arbitraries.strings().all().ofMaxLength(300))
        .as((start, rest) -> start + rest);
  }

  @Provide
  Arbitrary<String> editedQuotingCopy() {
    Arbitrary<String> pieces = Arbitraries.of(
        "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "``", "''", ",", ".",
        ":", ";", "?", "(", ")", "\n", "\n\n", " -- ", "\u2014", " said ", " said.", ", said ",
        " told ", " added that ", " who said ", " according to ", " as saying ", " called \"",
        " he ", " she ", " that ", " the ", " of ", "'s", " Mr. ", " U.S. ", " spokesman ",
        ", he added, ", " asked not to be named ", " percent of those polled said ");
    Arbitrary<Edit> edits = Combinators.combine(Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 2), pieces, Arbitraries.integers().between(1, 60),
            Arbitraries.integers().between(1, 12))
        .as(Edit::new);
    return Combinators.combine(WireCopyArbitraries.quotingArticles(), edits.list().ofMaxSize(8))
        .as((article, list) -> {
          StringBuilder text = new StringBuilder(article.text());
          for (Edit edit : list) {
            edit.apply(text, article.bodyStart());
          }
          return text.toString();
        });
  }

  /**
   * One edit of a text's body at a fraction of its length: {@code piece} put in, {@code length}
   * characters cut out, or that many characters repeated {@code times} times.
   */
  private record Edit(double where, int kind, String piece, int length, int times) {

    void apply(StringBuilder text, int bodyStart) {
      if (text.length() <= bodyStart) {
        return;
      }
      int at = bodyStart + (int) (where * (text.length() - bodyStart));
      int end = Math.min(text.length(), at + length);
      switch (kind) {
        case 0 -> text.insert(at, piece);
        case 1 -> text.delete(at, end);
        default -> text.insert(at, text.substring(at, end).repeat(times));
      }
    }
  }

  /** Texts made of the pieces wire copy is made of, and of the characters that trip parsers. */
  @Provide
  Arbitrary<String> wireLikeTexts() {
    Arbitrary<String> fragments = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(List.of(
            "date", "date ", " ", "  ", "\t", "2021-01-12", "2021-02-30", "0", "7", "12", "-", "--",
            "—", "–", "(", ")", "\"", "“", "”", "'", "\n", "\r", "\r\n", "\n\n", "\u00A0", "\uFEFF",
            "\u2028", "\u0085", ".", "...", "…", "?", "!", ",", "/", "/TASS/", "Mr.", "Jan.",
            "Sept.", "U.S.", "No. 1", "3.5", "$1.2 bln", "J. K.", "A", "a", "The", "BEIJING",
            "NEW YORK", "(Xinhua)", "(AP)", "Ukraine", "said"))),
        Tuple.of(1, Arbitraries.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uDE00\uD83D")),
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(3)));
    Arbitrary<String> starts = Arbitraries.of(
        "", "date 2021-01-12 ", "date 2021-01-12", " date 2021-01-01\r\n", "\uFEFFdate 2020-12-31\t",
        "date 2021-02-30 ", "\n\n");
    return Combinators.combine(starts, fragments.list().ofMaxSize(80))
        .as((start, pieces) -> start + String.join("", pieces));
  }
}
