package io.github.wirecopy;

import static io.github.wirecopy.QuotedCopy.AP;
import static io.github.wirecopy.QuotedCopy.REUTERS;
import static io.github.wirecopy.QuotedCopy.XINHUA;
import static io.github.wirecopy.QuotedCopy.direct;
import static io.github.wirecopy.QuotedCopy.indirect;
import static io.github.wirecopy.QuotedCopy.mixed;
import static io.github.wirecopy.QuotedCopy.parse;
import static io.github.wirecopy.QuotedCopy.said;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Speaker;
import org.junit.jupiter.api.Test;

/**
 * Attribution read from the context of a quote rather than from a cue beside it: speech nested in
 * reported speech, a quotation inside a sentence without a cue, a name or a subject that
 * introduces a quotation with a colon, and any past-tense verb right beside a quotation.
 */
class AttributionContextTest {

  @Test
  void speechNestedInReportedSpeechIsAQuoteOfItsOwnSource() {
    Article article = parse(REUTERS,
        "The minister told investigators she was advised to keep the accounts apart, the "
            + "newspaper reported on Thursday.");

    assertThat(said(article)).containsExactly(
        indirect("The minister told investigators she was advised to keep the accounts apart",
            "reported", "the newspaper", "the newspaper"),
        indirect("she was advised to keep the accounts apart", "told investigators",
            "The minister", "The minister"));
  }

  @Test
  void quotationInASentenceWithoutACueIsTakenAsTheSubjectsWords() {
    Article article = parse(AP,
        "The union marched through the capital on Friday behind a banner against \"any deal "
            + "that cuts our pensions.\"");

    assertThat(said(article)).containsExactly(direct(
        "any deal that cuts our pensions.", null, "The union", "The union"));
  }

  /**
   * A subject that no forward reading takes ({@code The US government's envoy}) is read back from
   * the sentence's first verb, where that verb is one of its own: not {@code is}, nor after a
   * number, nor a participle ({@code Following purported threats}).
   */
  @Test
  void quotationWithoutACueTakesTheSubjectOfTheFirstVerbWhereItActs() {
    Article acts = parse(AP,
        "The US government's envoy hailed the vote as \"a new beginning for all of us\" on "
            + "Monday.");
    Article is = parse(AP, "The theme of the forum is \"open doors for all of us\" this year.");
    Article number = parse(REUTERS,
        "1986 figures restated for \"the new accounting for employee pensions\" in March.");

    assertThat(said(acts)).containsExactly(direct("a new beginning for all of us", null,
        "The US government's envoy", "The US government's envoy"));
    assertThat(said(is)).containsExactly(direct("open doors for all of us", null, null, null));
    assertThat(said(number)).containsExactly(
        direct("the new accounting for employee pensions", null, null, null));
    Article participle = parse(AP,
        "Following purported threats to \"ruin the wedding of the whole nation\", the parties "
            + "met.");
    assertThat(said(participle)).containsExactly(
        direct("ruin the wedding of the whole nation", null, null, null));
  }

  /**
   * "Asked whether ..." opens a clause of its own: the participle is no subject. With no comma,
   * the answer's source and cue end the question.
   */
  @Test
  void askedOpeningASentenceIsNoSubject() {
    Article article = parse(REUTERS,
        "Asked if the board would vote soon to settle the dispute over the terms of the merger "
            + "-- agreed in outline in the spring -- Harkness replied \"We consider the loyalty of "
            + "our staff more pressing.\"");

    assertThat(article.quotes()).extracting(quote -> quote.content().text()).containsExactly(
        "if the board would vote soon to settle the dispute over the terms of the merger -- "
            + "agreed in outline in the spring",
        "We consider the loyalty of our staff more pressing.");
    assertThat(article.speakers()).extracting(Speaker::name).doesNotContain("Asked");
  }

  @Test
  void participleAfterAClauseWithoutACueTakesItsSubject() {
    Article article = parse(AP,
        "The union went into overdrive on Friday, urging members to reject \"any deal that "
            + "cuts our pensions.\"");

    assertThat(said(article)).containsExactly(mixed(
        "members to reject \"any deal that cuts our pensions.\"", "urging", "The union",
        "The union"));
  }

  @Test
  void subjectEndingAParagraphWithAColonIntroducesTheQuoteThatFollows() {
    Article article = parse(XINHUA,
        "Vice Premier Lu Fang then turned to the delegates:",
        "\"Our ports will stay open to every trading partner.\"");

    assertThat(said(article)).containsExactly(direct(
        "Our ports will stay open to every trading partner.", null, null, "Lu Fang"));
  }

  @Test
  void nameAndColonBeforeAQuotationAttributeIt() {
    Article article = parse(AP,
        "Ready for the weekend \u2014 Dana Whitfield: \"The talks will go on until Sunday.\"");

    assertThat(said(article)).containsExactly(direct(
        "The talks will go on until Sunday.", ":", "Dana Whitfield", "Dana Whitfield"));
  }

  @Test
  void moreFromBeforeANameAndColonIsNoPartOfTheName() {
    Article article = parse(AP,
        "Turnout ran high all along - More from Lena Ortiz and Paul Dunmore: \"The counts "
            + "confirm it.\"");

    assertThat(said(article)).containsExactly(direct(
        "The counts confirm it.", ":", "Lena Ortiz and Paul Dunmore", "Paul Dunmore"));
  }

  @Test
  void quotationEndingAnOpeningPhraseIsNoQuote() {
    Article article = parse(AP,
        "In his \"Harbour Notes,\" Tom Hale wrote that the port must grow.",
        "Ana Reyes said the port would shrink. On the quay she hails \"a harvest like no other "
            + "in living memory,\" and leaves.");

    assertThat(said(article)).containsExactly(
        indirect("the port must grow", "wrote", "Tom Hale", "Tom Hale"),
        indirect("the port would shrink", "said", "Ana Reyes", "Ana Reyes"),
        direct("a harvest like no other in living memory,", null, "Ana Reyes", "Ana Reyes"));
  }

  @Test
  void dashAndNameAfterAQuotationSignIt() {
    Article article = parse(AP,
        "\u201CThe levy hurts every small farm.\u201D\u2015 Tomas Reyes\n"
            + "\u201CWe will march again in May.\u201D \u2014 Ana Okafor, a nurse in Dunmore.");

    assertThat(said(article)).containsExactly(
        direct("The levy hurts every small farm.", "\u2015", "Tomas Reyes", "Tomas Reyes"),
        direct("We will march again in May.", "\u2014", "Ana Okafor", "Ana Okafor"));
  }

  @Test
  void anyPastTenseVerbBesideAQuotationAttributesIt() {
    Article article = parse(AP,
        "\"We are not going anywhere,\" Senator Ruth Amberly countered.",
        "Outside, the protesters chanted \"Hands off our parks.\"");

    assertThat(said(article)).containsExactly(
        direct("We are not going anywhere,", "countered", "Senator Ruth Amberly",
            "Ruth Amberly"),
        direct("Hands off our parks.", "chanted", "the protesters", "the protesters"));
  }
}
