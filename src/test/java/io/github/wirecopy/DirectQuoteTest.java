package io.github.wirecopy;

import static io.github.wirecopy.QuotedCopy.AP;
import static io.github.wirecopy.QuotedCopy.REUTERS;
import static io.github.wirecopy.QuotedCopy.XINHUA;
import static io.github.wirecopy.QuotedCopy.direct;
import static io.github.wirecopy.QuotedCopy.parse;
import static io.github.wirecopy.QuotedCopy.said;
import static io.github.wirecopy.QuotedCopy.speakerIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.wirecopy.QuotedCopy.Said;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import io.github.wirecopy.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Direct quotes: the content is what stands inside the quotation marks (punctuation set inside
 * them included, the marks themselves not), the cue the communication words, the mention the
 * words naming the source at the quote. A quote split by its attribution gives two quotes of one
 * speaker; a quote run over several paragraphs gives one quote per paragraph, all of the speaker
 * named anywhere in the run.
 */
class DirectQuoteTest {

  @Test
  void quoteBeforeSourceAndCue() {
    Article article = parse(XINHUA,
        "\"We will not make sharp turns in economic policy,\" Premier Han Qiu said.");

    assertThat(said(article)).containsExactly(direct(
        "We will not make sharp turns in economic policy,", "said", "Premier Han Qiu",
        "Han Qiu"));
  }

  @Test
  void quoteBeforeCueAndSource() {
    Article article = parse(XINHUA,
        "\"China firmly opposes any form of interference,\" said Foreign Ministry spokesman Zhou "
            + "Haoran.");

    assertThat(said(article)).containsExactly(direct(
        "China firmly opposes any form of interference,", "said",
        "Foreign Ministry spokesman Zhou Haoran", "Zhou Haoran"));
  }

  @Test
  void quoteBeforeCueAndASourceOpeningWithLowerCaseWordsBeforeItsTitle() {
    Article article = parse(AP,
        "\"The crowd just kept on coming,\" said national police chief Rafael Ondarra.");

    assertThat(said(article)).containsExactly(direct("The crowd just kept on coming,", "said",
        "national police chief Rafael Ondarra", "Rafael Ondarra"));
  }

  /** A role the title words do not list: one to three lower-case words before a full name. */
  @ParameterizedTest
  @ValueSource(strings = {"holidaymaker", "fellow midfielder", "third-grader", "opposition MP",
      "19-year-old nursing student"})
  void quoteBeforeCueAndASourceOpeningWithALowerCaseRole(String role) {
    Article article = parse(AP, "\"The water was warm all week,\" said " + role
        + " Ines Cordova.");

    assertThat(said(article)).containsExactly(direct("The water was warm all week,", "said",
        role + " Ines Cordova", "Ines Cordova"));
  }

  /** The mention ends with the name; an adverbial after it is not the source's. */
  @ParameterizedTest
  @ValueSource(strings = {"in a statement", "at a news conference in Lima", "on leaving the court",
      "in his speech"})
  void quoteBeforeCueSourceAndAnAdverbial(String adverbial) {
    Article article = parse(AP,
        "\"We expect a ruling by June,\" said lawyer Ana Quiroga " + adverbial + ".");

    assertThat(said(article)).containsExactly(direct("We expect a ruling by June,", "said",
        "lawyer Ana Quiroga", "Ana Quiroga"));
  }

  /** After a common noun, an occasion of speech is no part of the source. */
  @ParameterizedTest
  @ValueSource(strings = {"in a statement", "in an exclusive interview", "at a news conference"})
  void quoteBeforeCueDescriptionAndAnOccasion(String occasion) {
    Article article = parse(REUTERS, "\"Buyers are scarce,\" said the ministry " + occasion + ".");

    assertThat(said(article)).containsExactly(direct("Buyers are scarce,", "said",
        "the ministry", "the ministry"));
  }

  /** A preposition after a common noun opens the source's own phrase: its place of work. */
  @Test
  void quoteBeforeCueAndASourceWithAPlaceOfWork() {
    Article article = parse(REUTERS, "\"Buyers are scarce,\" said a dealer at a Tokyo bank.");

    assertThat(said(article)).containsExactly(direct("Buyers are scarce,", "said",
        "a dealer at a Tokyo bank", "a dealer at a Tokyo bank"));
  }

  /** Lower-case words before a title open a source only after a word of speech. */
  @Test
  void quoteBeforeSourceAndCueWhereTheSourceOpensWithAPastForm() {
    Article article = parse(AP,
        "\"We have sent 2,400 soldiers to the coast,\" armed forces spokesman Colonel Idris "
            + "Maloba told AFP.");

    assertThat(said(article)).containsExactly(direct("We have sent 2,400 soldiers to the coast,",
        "told AFP", "armed forces spokesman Colonel Idris Maloba", "Idris Maloba"));
  }

  @Test
  void quoteBeforeOneOrAnotherOfAGroup() {
    Article article = parse(REUTERS,
        "Dealers were divided. \"Rates will fall,\" one said. \"They will rise,\" said another.");

    assertThat(said(article)).containsExactly(
        direct("Rates will fall,", "said", "one", "one"),
        direct("They will rise,", "said", "another", "another"));
  }

  @Test
  void quoteBeforeSourceAndCueWithAListener() {
    Article article = parse(REUTERS,
        "\u201CThe bank stands ready to act if inflation stays high,\u201D Governor Anna "
            + "Brightwell told reporters.");

    assertThat(said(article)).containsExactly(direct(
        "The bank stands ready to act if inflation stays high,", "told reporters",
        "Governor Anna Brightwell", "Anna Brightwell"));
  }

  @Test
  void quoteAfterSourceCueAndColon() {
    Article article = parse(AP,
        "The sheriff said: \u201CWe have no reason to believe anyone else was involved.\u201D");

    assertThat(said(article)).containsExactly(direct(
        "We have no reason to believe anyone else was involved.", "said", "The sheriff",
        "The sheriff"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The sheriff said of the fire: \"We have no reason to believe anyone else was involved.\"",
      "The sheriff says of the fire, \"We have no reason to believe anyone else was involved.\""})
  void quoteAfterWhatTheSourceSpokeOfIsTheWholeQuote(String paragraph) {
    Article article = parse(AP, paragraph);

    assertThat(said(article)).extracting(Said::kind, Said::content, Said::mention)
        .containsExactly(tuple(QuoteKind.DIRECT,
            "We have no reason to believe anyone else was involved.", "The sheriff"));
  }

  @Test
  void quoteBeforeSourceCueAndWhatTheSourceSpokeOf() {
    Article article = parse(AP,
        "\"We have no reason to believe anyone else was involved,\" the sheriff said of the fire.");

    assertThat(said(article)).containsExactly(direct(
        "We have no reason to believe anyone else was involved,", "said", "the sheriff",
        "the sheriff"));
  }

  @Test
  void quoteEndingInAQuestionMark() {
    Article article = parse(AP, "\"Who is going to pay for all of this?\" the senator asked.");

    assertThat(said(article)).containsExactly(direct(
        "Who is going to pay for all of this?", "asked", "the senator", "the senator"));
  }

  @Test
  void quoteSplitByItsAttributionIsTwoQuotesOfOneSpeaker() {
    Article article = parse(XINHUA,
        "\"We are ready to talk,\" Foreign Minister Gao Ren said, \"but dialogue must be based on "
            + "mutual respect.\"");

    assertThat(article.quotes()).extracting(q -> q.content().text()).containsExactly(
        "We are ready to talk,", "but dialogue must be based on mutual respect.");
    assertThat(article.quotes()).allMatch(q -> q.kind() == QuoteKind.DIRECT);
    assertThat(article.quotes()).extracting(q -> q.cue().orElseThrow().text())
        .containsExactly("said", "said");
    assertThat(article.quotes().get(0).mention().orElseThrow().text())
        .isEqualTo("Foreign Minister Gao Ren");
    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Gao Ren");
  }

  @Test
  void quoteSplitByACueBeforeItsSourceIsTwoQuotesOfOneSpeaker() {
    Article article = parse(REUTERS,
        "\u201CThe figures are better than we feared,\u201D said Finance Minister Kenji Sato, "
            + "\u201Cbut the recovery is fragile.\u201D");

    assertThat(article.quotes()).extracting(q -> q.content().text()).containsExactly(
        "The figures are better than we feared,", "but the recovery is fragile.");
    assertThat(article.quotes()).allMatch(q -> q.kind() == QuoteKind.DIRECT);
    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Kenji Sato");
  }

  @Test
  void quotedSentenceAfterAnAttributedOneIsBySameSpeaker() {
    Article article = parse(AP,
        "\u201CTalks will resume next week,\u201D the envoy said. \u201CBoth sides are "
            + "committed to a settlement.\u201D");

    assertThat(article.quotes()).extracting(q -> q.content().text()).containsExactly(
        "Talks will resume next week,", "Both sides are committed to a settlement.");
    assertThat(speakerIds(article)).containsExactly(0, 0);
  }

  @Test
  void quoteIntroducedByWasQuotedAsSaying() {
    Article article = parse(REUTERS,
        "Finance Minister Kenji Sato was quoted as saying: \"The yen has weakened far too fast.\"");

    assertThat(said(article)).containsExactly(direct("The yen has weakened far too fast.",
        "quoted as saying", "Finance Minister Kenji Sato", "Kenji Sato"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " at a meeting with visiting envoys"})
  void quoteBeforeWasQuotedAsSaying(String adverbial) {
    Article article = parse(XINHUA, "\"Our ties know no limit,\" Premier Han Wei was quoted as "
        + "saying" + adverbial + ".");

    assertThat(said(article)).containsExactly(direct("Our ties know no limit,",
        "quoted as saying", "Premier Han Wei", "Han Wei"));
  }

  /** A clause of time or manner after the source: {@code as}, {@code before}, {@code when}. */
  @ParameterizedTest
  @ValueSource(strings = {"as he looked ahead to the spring fixtures", "before he left for Oslo",
      "when told of the result"})
  void quoteBeforeCueSourceAndAClauseOfTime(String clause) {
    Article article = parse(AP, "\"The squad is tired,\" said coach Ivo Marek " + clause + ".");

    assertThat(said(article)).containsExactly(direct("The squad is tired,", "said",
        "coach Ivo Marek", "Ivo Marek"));
  }

  /** A name with a lower-case particle joined to its last word. */
  @Test
  void quoteBeforeCueAndANameWithAParticle() {
    Article article = parse(AP,
        "\"He was a kind neighbour,\" said Karim al-Haddadi, a baker in Sidon.");

    assertThat(said(article)).containsExactly(direct("He was a kind neighbour,", "said",
        "Karim al-Haddadi", "Karim al-Haddadi"));
  }

  /**
   * {@code called} or {@code named} between a noun and a name gives the name of the person,
   * whose verb follows; {@code called} before a name and no verb of its own is the cue.
   */
  @ParameterizedTest
  @ValueSource(strings = {"called", "named"})
  void quoteBeforeANounCalledByANameAndTheCue(String naming) {
    Article named = parse(XINHUA,
        "\"There was no smell of gas,\" a rescued miner " + naming + " Tang told Xinhua.");
    Article calling = parse(AP, "\"A disgrace,\" the senator called Harwick policy on the levy.");

    assertThat(said(named)).containsExactly(direct("There was no smell of gas,", "told Xinhua",
        "a rescued miner " + naming + " Tang", "Tang"));
    assertThat(said(calling)).extracting(Said::cue).containsExactly("called");
  }

  /** A {@code to} after a noun of people goes on with the source after the cue. */
  @ParameterizedTest
  @ValueSource(strings = {"an adviser to the minister", "the ambassador to Harwick",
      "a trader close to the mill"})
  void quoteBeforeCueAndASourceWithToInIt(String source) {
    Article article = parse(REUTERS, "\"Prices will rise,\" said " + source + ".");
    Article notPeople = parse(AP, "Okafor, asked his reaction to the vote, said, \"We will "
        + "appeal.\"");

    assertThat(said(article)).containsExactly(direct("Prices will rise,", "said", source,
        source));
    assertThat(said(notPeople)).extracting(Said::cue, Said::mention)
        .containsExactly(tuple("said", "Okafor"));
  }

  /** The terms of speaking after the source are no part of it. */
  @ParameterizedTest
  @ValueSource(strings = {"on condition of anonymity", "on condition he not be named"})
  void quoteBeforeCueSourceAndTheTermsOfSpeaking(String terms) {
    Article article = parse(AP, "\"We will not yield,\" said one official " + terms + ".");

    assertThat(said(article)).containsExactly(direct("We will not yield,", "said",
        "one official", "one official"));
  }

  /** A name that is also a past form of a verb: {@code Rose}, not {@code rose}. */
  @Test
  void quoteBeforeCueAndANameThatIsAlsoAVerb() {
    Article article = parse(REUTERS, "\"I think the price goes up,\" said Rose.");

    assertThat(said(article)).containsExactly(direct("I think the price goes up,", "said",
        "Rose", "Rose"));
  }

  /** A description, a name and a comma before the verb: the name speaks. */
  @ParameterizedTest
  @ValueSource(strings = {"37-year-old Dutch cyclist",
      "the head of the Agency for Flood Relief and Recovery in Europe (AFRRE) "
          + "field mission to Moldova"})
  void quoteBeforeADescriptionNameAndCommaBeforeTheCue(String description) {
    Article article = parse(AP,
        "\"The road must be cleared first,\" " + description + ", Lotte Brink, said.");

    assertThat(said(article)).containsExactly(direct("The road must be cleared first,", "said",
        "Lotte Brink", "Lotte Brink"));
  }

  /** A passive whose subject is the one who speaks: the one quoted or cited. */
  @Test
  void quoteBeforeWasQuotedByAndAsSayingIsOfTheOneQuoted() {
    Article article = parse(XINHUA,
        "\"Demand for our vaccines keeps growing,\" chief executive Marta Lindgren was quoted "
            + "by the magazine as saying.");

    assertThat(said(article)).containsExactly(direct("Demand for our vaccines keeps growing,",
        "quoted", "chief executive Marta Lindgren", "Marta Lindgren"));
  }

  @Test
  void longQuoteOverParagraphsIsOneQuotePerParagraphAttributedAtTheEnd() {
    Article article = parse(XINHUA,
        "\"The first paragraph of the speech sets out what the plan will do.",
        "\"The second paragraph gives the figures behind it.",
        "\"The third one says when it starts,\" said North Korean envoy Ri Chol Hwan.");

    assertThat(said(article)).extracting(Said::kind, Said::content, Said::speaker).containsExactly(
        tuple(QuoteKind.DIRECT,
            "The first paragraph of the speech sets out what the plan will do.", "Ri Chol Hwan"),
        tuple(QuoteKind.DIRECT,
            "The second paragraph gives the figures behind it.", "Ri Chol Hwan"),
        tuple(QuoteKind.DIRECT, "The third one says when it starts,",
            "Ri Chol Hwan"));
    assertThat(article.quotes()).extracting(Quote::paragraph).containsExactly(0, 1, 2);
    assertThat(article.speakers()).hasSize(1);
    assertThat(article.quotes().get(2).mention().orElseThrow().text())
        .isEqualTo("North Korean envoy Ri Chol Hwan");
  }

  @Test
  void longQuoteOverParagraphsIsAttributedToTheSpeakerNamedInItsFirstParagraph() {
    Article article = parse(XINHUA,
        "\u201CWe will open wider,\u201D Premier Han Qiu said. \u201CTariffs on machinery will be "
            + "cut from next month.",
        "\u201CForeign firms will be treated as equals of domestic ones.",
        "\u201CInvestors are welcome.\u201D",
        "The premier spoke at a forum in Beijing.");

    assertThat(article.quotes()).extracting(q -> q.content().text()).containsExactly(
        "We will open wider,", "Tariffs on machinery will be cut from next month.",
        "Foreign firms will be treated as equals of domestic ones.", "Investors are welcome.");
    assertThat(article.quotes()).extracting(Quote::paragraph).containsExactly(0, 0, 1, 2);
    assertThat(speakerIds(article)).containsExactly(0, 0, 0, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Han Qiu");
  }

  @Test
  void longQuoteOverParagraphsIsAttributedToTheSpeakerNamedInItsMiddle() {
    Article article = parse(AP,
        "\"We did not come here to lose.",
        "\"We came to win,\" coach Dana Whitfield said. \"And we will be back next year.",
        "\"Every player gave all they had.\"");

    assertThat(article.quotes()).extracting(q -> q.content().text()).containsExactly(
        "We did not come here to lose.", "We came to win,", "And we will be back next year.",
        "Every player gave all they had.");
    assertThat(article.quotes()).extracting(Quote::paragraph).containsExactly(0, 1, 1, 2);
    assertThat(speakerIds(article)).containsExactly(0, 0, 0, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Dana Whitfield");
  }

  @Test
  void paragraphNotOpeningWithAMarkEndsALongQuote() {
    Article article = parse(REUTERS,
        "\"Prices will keep rising for months,\" analyst Priya Raman said. \"Nobody should expect "
            + "relief before the winter.",
        "Oil rose 2 percent on Monday.",
        "\"It was a quiet session,\" a fuel trader said.");

    assertThat(said(article)).extracting(Said::content, Said::speaker).containsExactly(
        tuple("Prices will keep rising for months,", "Priya Raman"),
        tuple("Nobody should expect relief before the winter.",
            "Priya Raman"),
        tuple("It was a quiet session,", "a fuel trader"));
    assertThat(article.quotes()).extracting(Quote::paragraph).containsExactly(0, 0, 2);
  }

  @Test
  void quoteIntroducedByAColonAtTheEndOfTheParagraphBeforeIsBySourceOfThatParagraph() {
    Article article = parse(XINHUA,
        "At the closing banquet, Vice Premier Lu Fang said:",
        "\"Our ports will stay open to every trading partner.\"");

    assertThat(article.quotes()).hasSize(1);
    Quote quote = article.quotes().get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(quote.content().text())
        .isEqualTo("Our ports will stay open to every trading partner.");
    assertThat(quote.paragraph()).isEqualTo(1);
    assertThat(QuotedCopy.speakerName(article, quote)).isEqualTo("Lu Fang");
  }
}
