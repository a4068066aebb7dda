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
