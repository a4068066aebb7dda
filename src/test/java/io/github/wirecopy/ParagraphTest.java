package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Sentence;
import io.github.wirecopy.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The body splits into paragraphs at blank lines; each paragraph is a run of non-blank lines,
 * trimmed, and the first starts right after the dateline's separator.
 */
class ParagraphTest {

  private static final String HEAD = "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- ";

  @Test
  void blankLineSeparatesParagraphs() {
    Article article = Wirecopy.parse(
        HEAD + "Officials met on Monday.\n\nThey agreed on a plan.\n\nMarkets rose.");

    assertThat(article.paragraphs()).extracting(Paragraph::text)
        .containsExactly("Officials met on Monday.", "They agreed on a plan.", "Markets rose.");
  }

  @Test
  void sentenceThatIsItsWholeParagraphSharesTheParagraphsText() {
    // Most paragraphs of wire copy are one sentence; sharing spares a copy of most of the body.
    Article article = Wirecopy.parse(HEAD + "Officials met on Monday.\n\nMarkets rose. Bonds fell.");

    Paragraph whole = article.paragraphs().get(0);
    assertThat(whole.sentences().get(0).text()).isSameAs(whole.text());
    assertThat(whole.sentences().get(0).span()).isSameAs(whole.span());
    Paragraph two = article.paragraphs().get(1);
    assertThat(two.sentences()).extracting(Sentence::text)
        .containsExactly("Markets rose.", "Bonds fell.");
  }

  @Test
  void linesWithoutBlankLineBetweenThemAreOneParagraph() {
    String paragraph = "Officials met on Monday\nand agreed on a plan.\nMarkets rose.";

    Article article = Wirecopy.parse(HEAD + paragraph);

    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(paragraph);
    assertThat(article.paragraphs().get(0).sentences()).extracting(Sentence::text)
        .containsExactly("Officials met on Monday\nand agreed on a plan.", "Markets rose.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n\n", "\n\n\n\n", "\n   \n", "\n\t \n", "\n\u00A0\n", "\r\n\r\n", "\r\r",
      "\r\n \r\n\r\n"})
  void blankLinesOfAnyKindSeparateParagraphs(String blank) {
    String text = HEAD + "Officials met on Monday." + blank + "Markets rose.";

    Article article = Wirecopy.parse(text);

    assertThat(article.paragraphs()).extracting(Paragraph::text)
        .containsExactly("Officials met on Monday.", "Markets rose.");
    ArticleInvariants.assertWellFormed(article, text);
  }

  @Test
  void firstParagraphStartsRightAfterTheSeparator() {
    String text = HEAD + "Officials met on Monday.";

    Paragraph first = Wirecopy.parse(text).paragraphs().get(0);

    assertThat(first.span()).isEqualTo(Span.of(HEAD.length(), text.length()));
  }

  @Test
  void firstParagraphOnTheLineAfterTheDatelineStartsThere() {
    String text = "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) --\nOfficials met on Monday.";

    Article article = Wirecopy.parse(text);

    assertThat(article.dateline().orElseThrow().location()).contains("BEIJING");
    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly("Officials met on Monday.");
  }

  @Test
  void paragraphTextsAreTrimmed() {
    String text = HEAD + "Officials met on Monday.   \n \n\t  Markets rose.\t \n\n";

    Article article = Wirecopy.parse(text);

    assertThat(article.paragraphs()).extracting(Paragraph::text)
        .containsExactly("Officials met on Monday.", "Markets rose.");
    assertThat(article.paragraphs().get(1).span().start()).isEqualTo(text.indexOf("Markets"));
  }

  @Test
  void paragraphSpansCoverTheirTextAndHoldTheirSentences() {
    String text = HEAD + "Officials met on Monday. They agreed.\n\n\"It is a record,\" he said. Shares rose.";

    Article article = Wirecopy.parse(text);

    assertThat(article.paragraphs()).hasSize(2);
    ArticleInvariants.assertWellFormed(article, text);
  }

  @Test
  void articleWithHeaderAndDatelineOnlyHasNoParagraphs() {
    Article article = Wirecopy.parse("date 2021-01-12 BEIJING, Jan. 11 (Xinhua) --\n\n");

    assertThat(article.dateline()).isPresent();
    assertThat(article.paragraphs()).isEmpty();
  }

  @Test
  void spansCountUtf16CodeUnits() {
    String first = "Visitors posted \uD83D\uDE00 and \uD83C\uDF89 from 北京.";
    String text = HEAD + first + "\n\nThe \uD835\uDC00 index rose.";

    Article article = Wirecopy.parse(text);

    assertThat(article.paragraphs()).extracting(Paragraph::text)
        .containsExactly(first, "The \uD835\uDC00 index rose.");
    Span second = article.paragraphs().get(1).span();
    assertThat(second.start()).isEqualTo(text.indexOf("The "));
    assertThat(second.end()).isEqualTo(text.length());
    ArticleInvariants.assertWellFormed(article, text);
  }

  @Test
  void wordDateAtTheStartOfABodyLineWithoutAnIsoDateStaysInTheParagraph() {
    String paragraph = "Officials set the\ndate of the vote for March.";

    Article article = Wirecopy.parse(HEAD + paragraph);

    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(paragraph);
  }
}
