package io.github.wirecopy;

import static io.github.wirecopy.QuotedCopy.AP;
import static io.github.wirecopy.QuotedCopy.REUTERS;
import static io.github.wirecopy.QuotedCopy.XINHUA;
import static io.github.wirecopy.QuotedCopy.direct;
import static io.github.wirecopy.QuotedCopy.indirect;
import static io.github.wirecopy.QuotedCopy.mixed;
import static io.github.wirecopy.QuotedCopy.parse;
import static io.github.wirecopy.QuotedCopy.said;
import static io.github.wirecopy.WireCopyArbitraries.QUOTE_MARK_STYLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.wirecopy.QuotedCopy.Said;
import io.github.wirecopy.WireCopyArbitraries.QuoteMarks;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quotation marks in every style wire copy uses open and close direct quotes; apostrophes are no
 * quotation marks; single marks inside double ones (and the reverse) nest; and a mark that never
 * closes ends its quote at the end of its paragraph, never swallowing the article.
 */
class QuoteMarkTest {

  static Stream<QuoteMarks> styles() {
    return QUOTE_MARK_STYLES.stream();
  }

  /** The double styles, which alone may run to the end of a paragraph. */
  static Stream<QuoteMarks> doubleStyles() {
    return styles().filter(marks -> !marks.single());
  }

  @ParameterizedTest
  @MethodSource("styles")
  void quoteBeforeItsAttributionInEveryMarkStyleIsDirect(QuoteMarks marks) {
    Article article = parse(XINHUA,
        marks.open() + "We will defend our legitimate interests," + marks.close()
            + " the spokesman said.");

    assertThat(said(article)).containsExactly(direct("We will defend our legitimate interests,",
        "said", "the spokesman", "the spokesman"));
  }

  @ParameterizedTest
  @MethodSource("styles")
  void quoteAfterAColonInEveryMarkStyleIsDirect(QuoteMarks marks) {
    Article article = parse(REUTERS,
        "The governor told reporters: " + marks.open()
            + "Interest rates will stay where they are for now." + marks.close());

    assertThat(said(article)).containsExactly(direct(
        "Interest rates will stay where they are for now.", "told reporters", "The governor",
        "The governor"));
  }

  @ParameterizedTest
  @MethodSource("styles")
  void quotationMarksAroundAFragmentInReportedSpeechMakeItMixed(QuoteMarks marks) {
    Article article = parse(AP,
        "Senator Maria Okafor said the spending plan was " + marks.open() + "a slow-motion disaster"
            + marks.close() + ".");

    assertThat(said(article)).containsExactly(mixed(
        "the spending plan was " + marks.open() + "a slow-motion disaster" + marks.close(), "said",
        "Senator Maria Okafor", "Maria Okafor"));
  }

  @Test
  void commaOutsideGermanAndFrenchMarksIsOutsideTheContent() {
    Article article = parse(XINHUA,
        "\u201EWir sind bereit\u201C, the German envoy said. \u00ABNous sommes pr\u00EAts\u00BB, "
            + "the French envoy said.");

    assertThat(said(article)).extracting(Said::kind, Said::content, Said::cue, Said::mention)
        .containsExactly(
            tuple(QuoteKind.DIRECT, "Wir sind bereit", "said", "the German envoy"),
            tuple(QuoteKind.DIRECT, "Nous sommes pr\u00EAts", "said", "the French envoy"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Kim's party and the WPK's leaders looked back on the '90s",
      "The WPK\u2019s congress and Kim\u2019s speech looked back on the \u201990s",
      "The band played rock 'n' roll until the players' bus left",
      "The band played rock \u2019n\u2019 roll until the players\u2019 bus left",
      "Their fans' chants and the coaches' whistles filled the stadium",
      "It's the country's biggest rally since the '80s, and they didn't stop"})
  void apostrophesInsideADirectQuoteAreNoQuotationMarks(String words) {
    Article article = parse(AP, "\u201C" + words + ",\u201D the reporter said.");

    assertThat(said(article)).containsExactly(
        direct(words + ",", "said", "the reporter", "the reporter"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\u2018Kim's party looked back on the '90s,\u2019|Kim's party looked back on the '90s,",
      "'Kim's party looked back on the '90s,'|Kim's party looked back on the '90s,",
      "\u2018Nobody here wants rock 'n' roll at the ceremony,\u2019|Nobody here wants rock 'n' "
          + "roll at the ceremony,",
      "'Nobody here wants rock 'n' roll at the ceremony,'|Nobody here wants rock 'n' roll at "
          + "the ceremony,",
      "\u2018Nobody here wants rock \u2019n\u2019 roll at the ceremony,\u2019|Nobody here wants "
          + "rock \u2019n\u2019 roll at the ceremony,"})
  void apostrophesInsideSingleQuotationMarksCloseNothing(String line) {
    String quoted = line.substring(0, line.indexOf('|'));
    String content = line.substring(line.indexOf('|') + 1);
    Article article = parse(REUTERS, quoted + " the organiser said.");

    assertThat(said(article)).containsExactly(
        direct(content, "said", "the organiser", "the organiser"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Kim's party and the WPK's leaders looked back on the '90s",
      "The WPK\u2019s congress and Kim\u2019s speech looked back on the \u201990s",
      "The band played rock 'n' roll until the players' bus left",
      "The band played rock \u2019n\u2019 roll until the players\u2019 bus left",
      "It's the country's biggest rally since the '80s, and they didn't stop"})
  void apostrophesInReportedSpeechAreNoQuotationMarks(String words) {
    Article article = parse(XINHUA, words + ", officials said.");

    assertThat(said(article)).containsExactly(indirect(words, "said", "officials", "officials"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The WPK's congress opened on Monday, and Kim's speech lasted three hours.",
      "The WPK\u2019s congress opened on Monday, and Kim\u2019s speech lasted three hours.",
      "Fans of '90s rock 'n' roll filled the players' stand on Sunday.",
      "Fans of \u201990s rock \u2019n\u2019 roll filled the players\u2019 stand on Sunday."})
  void apostrophesInNarrationMakeNoQuote(String paragraph) {
    Article article = parse(XINHUA, paragraph);

    assertThat(article.quotes()).isEmpty();
    assertThat(article.speakers()).isEmpty();
  }

  @Test
  void possessiveCurlyApostropheAfterAPluralIsPartOfTheSourceAfterADirectQuote() {
    Article article = parse(AP,
        "\u201CIt is a fair deal for every member,\u201D the players\u2019 union said.");

    assertThat(said(article)).containsExactly(direct("It is a fair deal for every member,", "said",
        "the players\u2019 union", "the players\u2019 union"));
  }

  @Test
  void possessiveStraightApostropheAfterAPluralIsPartOfTheSourceBeforeACue() {
    Article article = parse(AP, "The players' union said the vote would be held on Friday.");

    assertThat(said(article)).containsExactly(indirect("the vote would be held on Friday", "said",
        "The players' union", "The players' union"));
  }

  @Test
  void singleMarksInsideDoubleOnesStayInsideTheQuote() {
    Article article = parse(REUTERS,
        "\"Our position is 'firm but fair' and it will not change,\" the minister said.");

    assertThat(said(article)).containsExactly(direct(
        "Our position is 'firm but fair' and it will not change,", "said", "the minister",
        "the minister"));
  }

  @Test
  void nestedQuoteIsPartOfItsEnclosingQuoteAndNoQuoteOfItsOwn() {
    Article article = parse(AP,
        "\u201CHe told me, \u2018We will never give up,\u2019 and I believed him,\u201D the coach "
            + "said.");

    assertThat(said(article)).containsExactly(direct(
        "He told me, \u2018We will never give up,\u2019 and I believed him,", "said", "the coach",
        "the coach"));
  }

  @Test
  void doubleMarksInsideSingleOnesStayInsideTheQuote() {
    Article article = parse(REUTERS,
        "The union leader said: \u2018The members have voted, and the \u201Cfinal offer\u201D is "
            + "rejected.\u2019");

    assertThat(said(article)).containsExactly(direct(
        "The members have voted, and the \u201Cfinal offer\u201D is rejected.", "said",
        "The union leader", "The union leader"));
  }

  @Test
  void scareQuotesAroundAPhraseInNarrationMakeNoQuote() {
    Article article = parse(XINHUA, "The so-called \"peace plan\" was rejected on Monday.");

    assertThat(article.quotes()).isEmpty();
  }

  /** The title of a work after a possessive or a noun of works is no quote, said near it or not. */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"It is nonsense,\" Li said on NBC's \"Sunday Ledger.\"",
      "The host of the TV show \"Harbor Lights\" said it is nonsense.",
      "She wrote in her memoir, \"Paper Roads.\" It is nonsense, she said."})
  void titleOfAWorkIsNoQuote(String paragraph) {
    Article article = parse(AP, paragraph);

    assertThat(article.quotes()).extracting(quote -> quote.content().text())
        .noneMatch(content -> content.startsWith("Sunday") || content.startsWith("Harbor")
            || content.startsWith("Paper"))
        .anyMatch(content -> content.contains("nonsense"));
  }

  /**
   * A title that ends at the comma before the subject is no quote of the speaker's where a clause
   * follows the cue: the clause is what was said.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "In a new episode of \"The Harwick Hour,\" the mayor said she wanted to cut the levy.",
      "Appearing on the show \"Harwick Tonight,\" Reyes said she wanted to cut the levy."})
  void titleBeforeTheSubjectLeavesWhatWasSaidAfterTheCue(String paragraph) {
    Article article = parse(AP, paragraph);

    assertThat(article.quotes()).extracting(quote -> quote.content().text())
        .containsExactly("she wanted to cut the levy");
  }

  /** A headline or a book with its author's name after it is a title, whatever its case. */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"Port workers vote to end the strike,\" by Anna Reyes. It is nonsense, she said.",
      "One of his recent reads, \"A Season of Salt,\" by M.J. Harlan, about the fishing fleets, "
          + "drove that point home.",
      "According to \"The Fishers: Three Generations\" by Anna Reyes, it is nonsense."})
  void titleWithItsAuthorIsNoQuote(String paragraph) {
    Article article = parse(AP, paragraph);

    assertThat(article.quotes()).extracting(quote -> quote.content().text())
        .noneMatch(content -> content.startsWith("Port") || content.startsWith("A Season")
            || content.startsWith("The Fishers"));
  }

  /**
   * Without a cue, words in title case that end no sentence are a name: of a work, a slogan or a
   * thing, whatever stands before them.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Reyes, who starred in \"Harbor Lights,\" \"Salt and Stone\" and \"The Long Tide,\" "
          + "returns to the stage this week.",
      "Hundreds of marchers wore \"Save the Old Pier Now\" shirts on Sunday.",
      "The magazine named the mayor its \"Person of the Week\" for 2031."})
  void titleCaseWordsWithoutACueAreNoQuote(String paragraph) {
    Article article = parse(AP, paragraph);

    assertThat(article.quotes()).isEmpty();
  }

  /** Title case makes no name of a quotation that ends a sentence. */
  @Test
  void titleCaseWordsThatEndASentenceAreAQuote() {
    Article article = parse(AP, "The crowd roared back: \"We Want Reyes!\"");

    assertThat(article.quotes()).extracting(quote -> quote.content().text())
        .containsExactly("We Want Reyes!");
  }

  /** Title case makes no name of a quotation with a cue. */
  @Test
  void titleCaseWordsWithACueAreAQuote() {
    Article article = parse(AP, "\"Harbor Lights Forever,\" Reyes said.");

    assertThat(said(article)).containsExactly(
        direct("Harbor Lights Forever,", "said", "Reyes", "Reyes"));
  }

  /** A programme after the listener of "told" is the listener's, not the content. */
  @Test
  void programmeAfterTheListenerIsNoPartOfTheContent() {
    Article article = parse(AP,
        "Halvorsen told ABC's \"Sunrise Hour\" that he would stay in the contest.");

    assertThat(said(article)).containsExactly(indirect("he would stay in the contest",
        "told ABC's \"Sunrise Hour\"", "Halvorsen", "Halvorsen"));
  }

  @ParameterizedTest
  @MethodSource("doubleStyles")
  void unbalancedMarkEndsItsQuoteAtTheEndOfItsParagraph(QuoteMarks marks) {
    Article article = parse(REUTERS,
        "The envoy said: " + marks.open() + "Talks are over and nothing will change that",
        "Markets fell sharply on Monday, traders said.",
        "Oil prices rose for a third day.");

    assertThat(said(article)).containsExactly(
        direct("Talks are over and nothing will change that", "said", "The envoy", "The envoy"),
        indirect("Markets fell sharply on Monday", "said", "traders", "traders"));
    assertThat(article.quotes()).extracting(Quote::paragraph).containsExactly(0, 1);
  }

  @Test
  void unbalancedMarkInReportedSpeechEndsItsQuoteAtTheEndOfItsParagraph() {
    Article article = parse(REUTERS,
        "The envoy said the deal was \"dead and buried. Talks will not resume.",
        "Markets fell sharply on Monday, traders said.");

    assertThat(article.quotes()).hasSize(2);
    Quote first = article.quotes().get(0);
    assertThat(first.kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(first.paragraph()).isZero();
    assertThat(first.content().text())
        .startsWith("the deal was").endsWith("Talks will not resume.");
    assertThat(said(article).get(1))
        .isEqualTo(indirect("Markets fell sharply on Monday", "said", "traders", "traders"));
  }

  @Test
  void unbalancedMarkSwallowsNeitherTheNextParagraphNorTheRestOfTheArticle() {
    Article article = parse(XINHUA,
        "\"This sentence opens a quote and never closes it, the analyst said.",
        "The next paragraph is plain narration about the markets.",
        "Premier Han Qiu said the economy was stable.");

    assertThat(said(article)).extracting(Said::content).containsExactly(
        "This sentence opens a quote and never closes it, the analyst said.",
        "the economy was stable");
    assertThat(article.quotes()).extracting(Quote::paragraph).containsExactly(0, 2);
  }

  @Test
  void strayClosingMarkAloneMakesNoQuote() {
    Article article = parse(AP, "Officials met on Monday.\" The talks ran late into the night.");

    assertThat(article.quotes()).isEmpty();
  }
}
