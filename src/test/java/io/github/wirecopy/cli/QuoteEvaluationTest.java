package io.github.wirecopy.cli;

import static io.github.wirecopy.cli.Attributions.Speech.DIRECT;
import static io.github.wirecopy.cli.Attributions.Speech.MIXED;
import static io.github.wirecopy.cli.Attributions.Speech.REPORTED;
import static io.github.wirecopy.cli.QuoteFixtures.HEADER;
import static io.github.wirecopy.cli.QuoteFixtures.article;
import static io.github.wirecopy.cli.QuoteFixtures.gold;
import static io.github.wirecopy.cli.QuoteFixtures.phrase;
import static io.github.wirecopy.cli.QuoteFixtures.quote;
import static io.github.wirecopy.cli.QuoteFixtures.span;
import static io.github.wirecopy.cli.QuoteFixtures.speaker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.wirecopy.internal.SpeechCues;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import io.github.wirecopy.model.Span;
import io.github.wirecopy.model.Speaker;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteEvaluationTest {

  /** A direct quotation of 32 characters, with text on both sides. */
  private static final String TRAM = HEADER
      + "Speaking on Monday, Ann Lee said \"the tram will run all night long\" and then left "
      + "the hall before anyone could ask her more about the fares.";
  private static final String TRAM_QUOTE = "the tram will run all night long";

  private final QuoteEvaluation evaluation = new QuoteEvaluation(SpeechCues.builtIn());

  // Half of the characters: the boundary both ways.

  @Test
  void systemQuoteWithExactlyHalfItsCharactersOnGoldIsCorrect() {
    int g = TRAM.indexOf(TRAM_QUOTE);
    add(TRAM, List.of(quoteAt(TRAM, g - 16, g + 16, QuoteKind.DIRECT)),
        gold(DIRECT, TRAM, null, null, TRAM_QUOTE));

    assertThat(evaluation.overall().correct()).isEqualTo(1);
    assertThat(evaluation.overall().falsePositives()).isZero();
    assertThat(evaluation.overall().found()).isEqualTo(1); // 16 of its 32 characters covered
  }

  @Test
  void systemQuoteWithLessThanHalfOnGoldIsAFalsePositiveAndFindsNothing() {
    int g = TRAM.indexOf(TRAM_QUOTE);
    add(TRAM, List.of(quoteAt(TRAM, g - 17, g + 15, QuoteKind.DIRECT)),
        gold(DIRECT, TRAM, null, null, TRAM_QUOTE));

    assertThat(evaluation.overall().correct()).isZero();
    assertThat(evaluation.overall().falsePositives()).isEqualTo(1);
    assertThat(evaluation.overall().found()).isZero(); // 15 of 32
    assertThat(evaluation.falsePositives()).singleElement()
        .satisfies(listed -> {
          assertThat(listed.id()).isEqualTo("a1");
          assertThat(listed.spans()).containsExactly(Span.of(g - 17, g + 15));
          assertThat(listed.kind()).isEqualTo("DIRECT");
          assertThat(listed.excerpt()).isEqualTo(TRAM.substring(g - 17, g + 15));
        });
    assertThat(evaluation.misses()).singleElement()
        .satisfies(listed -> assertThat(listed.excerpt()).isEqualTo(TRAM_QUOTE));
  }

  @Test
  void missIsListedWithItsContentOnOneLine() {
    String content = "the tram will run\n   all\u00a0night long";
    String text = HEADER + "Ann Lee said \"" + content + "\" and left.";
    add(text, List.of(), gold(DIRECT, text, null, null, content));

    assertThat(evaluation.misses()).singleElement()
        .satisfies(listed -> assertThat(listed.excerpt()).isEqualTo(TRAM_QUOTE));
  }

  @Test
  void goldHalfCoveredIsFoundEvenWhenTheQuoteCoveringItIsAFalsePositive() {
    int g = TRAM.indexOf(TRAM_QUOTE);
    // 33 characters, 16 of them on the gold: not half of the quote, but half of the gold.
    add(TRAM, List.of(quoteAt(TRAM, g + 16, g + 49, QuoteKind.DIRECT)),
        gold(DIRECT, TRAM, null, null, TRAM_QUOTE));

    assertThat(evaluation.overall().found()).isEqualTo(1);
    assertThat(evaluation.overall().correct()).isZero();
    assertThat(evaluation.overall().falsePositives()).isEqualTo(1);
  }

  @Test
  void goldIsCoveredByAllSystemQuotesTogether() {
    int g = TRAM.indexOf(TRAM_QUOTE);
    Quote first = quoteAt(TRAM, g, g + 8, QuoteKind.DIRECT);
    Quote second = quoteAt(TRAM, g + 8, g + 16, QuoteKind.DIRECT);

    add(TRAM, List.of(first),
        gold(DIRECT, TRAM, null, null, TRAM_QUOTE));
    assertThat(evaluation.overall().found()).isZero(); // 8 of 32

    QuoteEvaluation both = new QuoteEvaluation(SpeechCues.builtIn());
    both.add("a1", TRAM, Optional.of(article(TRAM, List.of(first, second), List.of())),
        List.of(gold(DIRECT, TRAM, null, null, TRAM_QUOTE)));
    assertThat(both.overall().found()).isEqualTo(1); // 16 of 32
    assertThat(both.overall().correct()).isEqualTo(2);
  }

  @Test
  void systemQuoteIsJudgedOnTheUnionOfAllGoldContent() {
    String text = HEADER + "Ann said the tram runs; Bo added fares rise.";
    // 9 characters on one quotation, 10 on the other, 11 on neither: half of 30 only together.
    Quote straddling =
        quote(QuoteKind.INDIRECT, phrase(text, "tram runs; Bo added fares rise")).build();

    add(text, List.of(straddling), gold(REPORTED, text, "Ann", "said", "the tram runs"),
        gold(REPORTED, text, "Bo", "added", "fares rise"));

    assertThat(evaluation.overall().correct()).isEqualTo(1);
  }

  @Test
  void discontinuousGoldCountsTheCharactersOfItsPiecesOnly() {
    String text = HEADER + "\"The tram,\" Ann Lee said on Monday, \"will run all night.\"";
    Attributions.Attribution discontinuous =
        gold(DIRECT, text, "Ann Lee", "said", "The tram,", "will run all night.");

    // 19 of 9 + 19 characters: found; the characters between the pieces do not count.
    add(text, List.of(quote(QuoteKind.DIRECT, phrase(text, "will run all night.")).build()),
        discontinuous);
    assertThat(evaluation.overall().found()).isEqualTo(1);

    QuoteEvaluation firstPieceOnly = new QuoteEvaluation(SpeechCues.builtIn());
    firstPieceOnly.add("a1", text, Optional.of(article(text,
            List.of(quote(QuoteKind.DIRECT, phrase(text, "The tram,")).build()), List.of())),
        List.of(discontinuous));
    assertThat(firstPieceOnly.overall().found()).isZero(); // 9 of 28
  }

  // Optional attributions.

  @Test
  void quoteOnAnOptionalAttributionIsIgnoredAndOtherMissesAreFalsePositives() {
    String text = HEADER + "The mayor believes costs will fall. Ann Lee said fares will rise.";
    List<Quote> quotes = List.of(
        quote(QuoteKind.INDIRECT, phrase(text, "costs will fall")).build(),
        quote(QuoteKind.INDIRECT, phrase(text, "fares will rise")).build(),
        quote(QuoteKind.INDIRECT, phrase(text, "The mayor believes")).build());

    add(text, quotes, gold(REPORTED, text, "The mayor", "believes", "costs will fall"),
        gold(REPORTED, text, "Ann Lee", "said", "fares will rise"));

    QuoteEvaluation.Row all = evaluation.overall();
    assertThat(evaluation.optionalCount()).isEqualTo(1);
    assertThat(all.gold()).isEqualTo(1);
    assertThat(all.found()).isEqualTo(1);
    assertThat(all.system()).isEqualTo(3);
    assertThat(all.correct()).isEqualTo(1);
    assertThat(all.ignored()).isEqualTo(1);
    assertThat(all.falsePositives()).isEqualTo(1);
    assertThat(all.precision().getAsDouble()).isEqualTo(0.5); // the ignored one not counted
  }

  @Test
  void quoteOnGoldAndOptionalContentAlikeIsCorrect() {
    String text = HEADER + "Ann Lee said fares will rise; she fears costs will too.";

    String content = "fares will rise; she fears costs will too";

    add(text, List.of(quote(QuoteKind.INDIRECT, phrase(text, content)).build()),
        gold(REPORTED, text, "Ann Lee", "said", content),
        // The optional content is over half the quote: it would make it ignored, were it not
        // correct first.
        gold(REPORTED, text, "she", "fears", "she fears costs will too"));

    assertThat(evaluation.overall().correct()).isEqualTo(1);
    assertThat(evaluation.overall().ignored()).isZero();
  }

  @Test
  void reportedSpeechIsAQuotationOnlyWithAVerbOfCommunication() {
    String text = HEADER + "Ann Lee told reporters fares will rise. Bo thinks so. Cy: yes.";

    assertThat(evaluation.isQuotation(
        gold(REPORTED, text, "Ann Lee", "told reporters", "fares will rise"))).isTrue();
    assertThat(evaluation.isQuotation(gold(REPORTED, text, "Bo", "thinks", "so"))).isFalse();
    assertThat(evaluation.isQuotation(gold(REPORTED, text, "Cy", null, "yes"))).isFalse();
    assertThat(evaluation.isQuotation(gold(DIRECT, text, "Cy", null, "yes"))).isTrue();
    assertThat(evaluation.isQuotation(gold(MIXED, text, "Bo", "thinks", "so"))).isTrue();
  }

  // Code points and UTF-16 units.

  @Test
  void goldOffsetsInCodePointsAreReadAsCharOffsetsAfterCharactersOutsideTheBmp() {
    // Twelve emoji, two chars each: gold offsets and our spans part by twelve after them.
    String text = HEADER + "\uD83D\uDE00".repeat(12) + " Ann Lee said \"the tram will run\" today.";
    Quote quote = quote(QuoteKind.DIRECT, phrase(text, "the tram will run"))
        .mention(phrase(text, "Ann Lee"))
        .build();
    Attributions.Attribution quotation = gold(DIRECT, text, "Ann Lee", "said", "the tram will run");
    assertThat(quotation.content().offsets().get(0).start())
        .isEqualTo(text.indexOf("the tram") - 12);

    add(text, List.of(quote), quotation);

    assertThat(evaluation.overall().correct()).isEqualTo(1);
    assertThat(evaluation.overall().found()).isEqualTo(1);
    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(1, 1));
  }

  @Test
  void goldOffsetOutsideTheTextIsRejected() {
    String text = HEADER + "Ann Lee said so.";
    Attributions.Attribution beyond = new Attributions.Attribution(DIRECT, Optional.empty(),
        Optional.empty(), new Attributions.Extent("so", List.of(new Attributions.Range(30, 40))));

    assertThatThrownBy(() -> add(text, List.of(), beyond))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribution 0")
        .hasMessageContaining("40");
    assertThat(evaluation.articles()).isZero();
  }

  @Test
  void articleParsedFromAnotherTextIsRejected() {
    String text = HEADER + "Ann Lee said so.";
    Article other = article(HEADER + "Bo said no.", List.of(), List.of());

    assertThatThrownBy(() -> evaluation.add("a1", text, Optional.of(other), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Speakers.

  @Test
  void speakerIsRightWhenTheMentionOverlapsTheGoldSource() {
    String text = HEADER + "\"The tram will run,\" she said.";
    Quote quote = quote(QuoteKind.DIRECT, phrase(text, "The tram will run"))
        .mention(phrase(text, "she"))
        .speaker(0)
        .build();

    add(text, List.of(quote), List.of(speaker(0, "Zed Quill")),
        gold(DIRECT, text, "she", "said", "The tram will run"));

    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(1, 1));
  }

  @Test
  void mentionThatOnlyTouchesTheGoldSourceDoesNotOverlapIt() {
    String text = HEADER + "\"The tram will run,\" she said.";
    Span she = span(text, "she");
    Quote quote = quote(QuoteKind.DIRECT, phrase(text, "The tram will run"))
        .mention(phrase(text, Span.of(she.end(), she.end() + 5))) // " said", right after "she"
        .build();

    add(text, List.of(quote), gold(DIRECT, text, "she", "said", "The tram will run"));

    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(0, 1));
    assertThat(evaluation.wrongSpeakers()).singleElement()
        .satisfies(listed -> assertThat(listed.note()).contains("\"she\"").contains("no speaker"));
  }

  @Test
  void speakerIsRightWhenItsNameSharesTheSurnameWithTheGoldSource() {
    String text = HEADER + "\"Fares will rise,\" Mrs. Lee said.";
    Quote quote = quote(QuoteKind.DIRECT, phrase(text, "Fares will rise")).speaker(0).build();

    add(text, List.of(quote), List.of(speaker(0, "Ann Lee")),
        gold(DIRECT, text, "Mrs. Lee", "said", "Fares will rise"));

    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(1, 1));
  }

  @Test
  void speakerIsWrongWhenNeitherMentionNorNameMatches() {
    String text = HEADER + "\"Fares will rise,\" the mayor said. Ann Lee left.";
    Quote quote = quote(QuoteKind.DIRECT, phrase(text, "Fares will rise"))
        .mention(phrase(text, "Ann Lee"))
        .speaker(0)
        .build();

    add(text, List.of(quote), List.of(speaker(0, "Ann Lee")),
        gold(DIRECT, text, "the mayor", "said", "Fares will rise"));

    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(0, 1));
  }

  @Test
  void quoteWithoutSpeakerOrMentionHasTheWrongSpeaker() {
    String text = HEADER + "\"Fares will rise,\" Lee said.";

    add(text, List.of(quote(QuoteKind.DIRECT, phrase(text, "Fares will rise")).build()),
        gold(DIRECT, text, "Lee", "said", "Fares will rise"));

    assertThat(evaluation.overall().found()).isEqualTo(1);
    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(0, 1));
  }

  @Test
  void speakerIsJudgedOnTheQuoteWithMostCharactersInCommon() {
    String text = HEADER
        + "Ann Lee said the tram will run all night and fares will rise. Bo Day agreed.";
    String content = "the tram will run all night and fares will rise";
    Piece longer = new Piece(text, "the tram will run all night");
    Piece shorter = new Piece(text, "fares will rise");
    List<Speaker> speakers = List.of(speaker(0, "Ann Lee"), speaker(1, "Bo Day"));

    // The longer piece (27 characters in common) names the wrong speaker.
    add(text, List.of(longer.quote(1), shorter.quote(0)), speakers,
        gold(REPORTED, text, "Ann Lee", "said", content));
    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(0, 1));

    QuoteEvaluation swapped = new QuoteEvaluation(SpeechCues.builtIn());
    swapped.add("a1", text,
        Optional.of(article(text, List.of(longer.quote(0), shorter.quote(1)), speakers)),
        List.of(gold(REPORTED, text, "Ann Lee", "said", content)));
    assertThat(swapped.speaker()).isEqualTo(new QuoteEvaluation.Ratio(1, 1));
  }

  @Test
  void amongQuotesWithAsManyCharactersInCommonTheFirstIsJudged() {
    String text = HEADER + "Ann Lee said fares rise and trams stop. Bo Day agreed.";
    List<Speaker> speakers = List.of(speaker(0, "Ann Lee"), speaker(1, "Bo Day"));
    // Ten characters in common each, none outside; the first names the wrong speaker.
    List<Quote> quotes = List.of(new Piece(text, "fares rise").quote(1),
        new Piece(text, "trams stop").quote(0));

    add(text, quotes, speakers,
        gold(REPORTED, text, "Ann Lee", "said", "fares rise and trams stop"));

    assertThat(evaluation.overall().found()).isEqualTo(1);
    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(0, 1));
  }

  @Test
  void amongQuotesWithAsManyCharactersInCommonTheTightestIsJudged() {
    String text = HEADER + "The paper said Ann Lee told staff fares rise. Bo Day agreed.";
    List<Speaker> speakers = List.of(speaker(0, "Ann Lee"), speaker(1, "The paper"));
    // A wider quote of the paper holds the whole of Ann Lee's nested one: both have the gold's
    // ten characters, and the nested one, with none outside, is judged.
    Piece wide = new Piece(text, "Ann Lee told staff fares rise");
    Piece nested = new Piece(text, "fares rise");

    add(text, List.of(wide.quote(1), nested.quote(0)), speakers,
        gold(REPORTED, text, "Ann Lee", "told", "fares rise"));

    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(1, 1));
  }

  @Test
  void goldWithoutASourceIsNotScoredForTheSpeaker() {
    String text = HEADER + "\"Fares will rise,\" it was said.";

    add(text, List.of(quote(QuoteKind.DIRECT, phrase(text, "Fares will rise")).build()),
        gold(DIRECT, text, null, "said", "Fares will rise"));

    assertThat(evaluation.overall().found()).isEqualTo(1);
    assertThat(evaluation.speaker()).isEqualTo(new QuoteEvaluation.Ratio(0, 0));
    assertThat(evaluation.speaker().value()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ann Lee            | Mrs. Lee        | true",
      "ANN LEE            | lee             | true",
      "a city spokesman   | the spokesman   | true",
      "Barack Obama Jr.   | Obama's         | true",
      "Barack Obama Jr.   | Obama\u2019s    | true",
      "Ann Lee,           | Lee             | true",
      "Tip O'Neill        | O'Neill's.      | true",
      "Nikos \u03a0\u0391\u03a0\u0391\u03a3 | \u03a0\u0391\u03a0\u0391\u03a3 | true",
      "Ann Lee            | the mayor       | false",
      "Ann Leeson         | Mrs. Lee        | false",
      "Ann Lee            | Annie Leeds     | false"})
  void surnameOrHeadNounIsTheLastWordOfOneAmongTheWordsOfTheOther(
      String name, String source, boolean shared) {
    assertThat(QuoteEvaluation.sharesSurnameOrHeadNoun(name, source)).isEqualTo(shared);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ann Lee.        | lee",
      "the spokesman,  | spokesman",
      "Obama\u2019s    | obama",
      "O'Neill's.      | neill",
      "Lee's)          | lee"})
  void lastWordSkipsTrailingPunctuationAndAPossessive(String text, String last) {
    assertThat(QuoteEvaluation.lastWord(text)).contains(last);
  }

  // Kinds, and the figures.

  @Test
  void perKindRecallCountsGoldSpeechAndPrecisionCountsSystemKind() {
    String text = HEADER + "\"The tram will run,\" Ann Lee said. She told us fares will rise.";

    add(text, List.of(quote(QuoteKind.MIXED, phrase(text, "The tram will run")).build()),
        gold(DIRECT, text, "Ann Lee", "said", "The tram will run"),
        gold(REPORTED, text, "She", "told", "fares will rise"));

    List<QuoteEvaluation.Row> rows = evaluation.rows();
    // name, gold, found, correct, ignored, false positives
    assertThat(rows).containsExactly(
        new QuoteEvaluation.Row("direct / DIRECT", 1, 1, 0, 0, 0),
        new QuoteEvaluation.Row("mixed / MIXED", 0, 0, 1, 0, 0),
        new QuoteEvaluation.Row("reported / INDIRECT", 1, 0, 0, 0, 0));
    assertThat(rows.get(0).recall()).hasValue(1.0);
    assertThat(rows.get(0).precision()).isEmpty();
    assertThat(rows.get(1).precision()).hasValue(1.0);
    assertThat(rows.get(2).recall()).hasValue(0.0);
    QuoteEvaluation.Row all = evaluation.overall();
    assertThat(all.precision()).hasValue(1.0);
    assertThat(all.recall()).hasValue(0.5);
    assertThat(all.f1().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void precisionRecallAndF1OverAnArticle() {
    String text = HEADER + "\"The tram will run,\" Ann Lee said. She told us fares will rise. "
        + "Bo Day added the \"plan is fine\" now. The bridge is old.";

    add(text, List.of(
            quote(QuoteKind.DIRECT, phrase(text, "The tram will run")).build(),
            quote(QuoteKind.INDIRECT, phrase(text, "The bridge is old")).build()),
        gold(DIRECT, text, "Ann Lee", "said", "The tram will run"),
        gold(REPORTED, text, "She", "told", "fares will rise"),
        gold(MIXED, text, "Bo Day", "added", "the \"plan is fine\" now"));

    QuoteEvaluation.Row all = evaluation.overall();
    assertThat(all.precision()).hasValue(0.5);
    assertThat(all.recall().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(all.f1().getAsDouble()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void noSystemQuotesGiveZeroF1AndNothingAtAllGivesNone() {
    assertThat(new QuoteEvaluation.Row("all", 2, 0, 0, 0, 0).f1()).hasValue(0.0);
    assertThat(new QuoteEvaluation.Row("all", 0, 0, 0, 0, 0).f1()).isEmpty();
    assertThat(new QuoteEvaluation.Row("all", 0, 0, 0, 3, 0).f1()).isEmpty(); // all ignored
  }

  @Test
  void articleThatDidNotParseMissesAllItsGold() {
    String text = HEADER + "\"Fares will rise,\" Lee said.";

    evaluation.failed("x.txt:1:1: bad");
    evaluation.add("broken", text, Optional.empty(),
        List.of(gold(DIRECT, text, "Lee", "said", "Fares will rise")));

    assertThat(evaluation.articles()).isEqualTo(1);
    assertThat(evaluation.failureCount()).isEqualTo(1);
    assertThat(evaluation.failures()).containsExactly("x.txt:1:1: bad");
    assertThat(evaluation.overall().gold()).isEqualTo(1);
    assertThat(evaluation.overall().found()).isZero();
    assertThat(evaluation.misses()).singleElement().satisfies(listed -> {
      assertThat(listed.id()).isEqualTo("broken");
      assertThat(listed.kind()).isEqualTo("direct");
      assertThat(listed.spans()).containsExactly(span(text, "Fares will rise"));
    });
  }

  private void add(String text, List<Quote> quotes, Attributions.Attribution... attributions) {
    add(text, quotes, List.of(), attributions);
  }

  private void add(String text, List<Quote> quotes, List<Speaker> speakers,
      Attributions.Attribution... attributions) {
    evaluation.add("a1", text, Optional.of(article(text, quotes, speakers)), List.of(attributions));
  }

  private static Quote quoteAt(String text, int start, int end, QuoteKind kind) {
    return quote(kind, phrase(text, Span.of(start, end))).build();
  }

  /** A stretch of reported speech that a test gives to one speaker or another. */
  private record Piece(String text, String words) {
    Quote quote(int speaker) {
      return QuoteFixtures.quote(QuoteKind.INDIRECT, phrase(text, words)).speaker(speaker).build();
    }
  }
}
