package io.github.wirecopy;

import static io.github.wirecopy.QuotedCopy.AP;
import static io.github.wirecopy.QuotedCopy.REUTERS;
import static io.github.wirecopy.QuotedCopy.XINHUA;
import static io.github.wirecopy.QuotedCopy.indirect;
import static io.github.wirecopy.QuotedCopy.parse;
import static io.github.wirecopy.QuotedCopy.said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.wirecopy.QuotedCopy.Said;
import io.github.wirecopy.model.Article;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The builder's quote options: {@code addSpeechCues} extends the lexicon with verbs of
 * communication in all their regular inflections, for that parser alone, and rejects what is no
 * cue; {@code extractQuotes(false)} gives articles without quotes or speakers.
 */
class SpeechCueOptionsTest {

  /** Neither verb is in the built-in lexicon. */
  private static final String GRIPE = "Senator Maria Okafor griped that the plan would fail.";

  private final ArticleParser builtIn = ArticleParser.builder().build();
  private final ArticleParser withGripe =
      ArticleParser.builder().addSpeechCues(List.of("gripe")).build();

  @Test
  void verbOutsideTheBuiltInLexiconMakesNoQuote() {
    Article article = parse(builtIn, AP, GRIPE);

    assertThat(article.quotes()).isEmpty();
    assertThat(article.speakers()).isEmpty();
  }

  @Test
  void addedVerbMakesAQuote() {
    Article article = parse(withGripe, AP, GRIPE);

    assertThat(said(article)).containsExactly(
        indirect("the plan would fail", "griped", "Senator Maria Okafor", "Maria Okafor"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Senator Maria Okafor gripes that the plan will fail.|the plan will fail|gripes",
      "The plan will fail, Senator Maria Okafor griped.|The plan will fail|griped",
      "Senator Maria Okafor has griped that the plan will fail.|the plan will fail|griped",
      "Senator Maria Okafor will gripe that the plan failed.|the plan failed|gripe"})
  void addedVerbIsACueInEveryInflection(String line) {
    String[] parts = line.split("\\|");
    Article article = parse(withGripe, REUTERS, parts[0]);

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker)
        .containsExactly(tuple(parts[1], parts[2], "Maria Okafor"));
  }

  @Test
  void addedVerbAsAParticipleGoesOnWithTheSameSpeaker() {
    Article article = parse(withGripe, REUTERS,
        "Senator Maria Okafor said the vote was rushed, griping that nobody had read the bill.");

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker).containsExactly(
        tuple("the vote was rushed", "said", "Maria Okafor"),
        tuple("nobody had read the bill", "griping",
            "Maria Okafor"));
  }

  @Test
  void addedVerbMatchesInAnyCase() {
    ArticleParser parser = ArticleParser.builder().addSpeechCues(List.of("BELLOW")).build();

    Article article =
        parse(parser, AP, "Coach Dana Whitfield bellowed that the referee was blind.");

    assertThat(said(article)).extracting(Said::content, Said::cue)
        .containsExactly(tuple("the referee was blind", "bellowed"));
  }

  @Test
  void addedVerbWithAParticleIsACueOnlyWithIt() {
    ArticleParser parser = ArticleParser.builder().addSpeechCues(List.of("spell out")).build();

    Article withParticle = parse(parser, XINHUA,
        "Foreign Minister Lin Feng spelled out that the tariffs would stay in place.");
    Article withoutParticle = parse(parser, XINHUA,
        "Foreign Minister Lin Feng spelled the name of the city for reporters.");

    assertThat(said(withParticle)).containsExactly(indirect("the tariffs would stay in place",
        "spelled out", "Foreign Minister Lin Feng", "Lin Feng"));
    assertThat(withoutParticle.quotes()).isEmpty();
  }

  @Test
  void addedCuesBelongToTheirParserAlone() {
    ArticleParser.Builder builder = ArticleParser.builder();
    ArticleParser before = builder.build();
    builder.addSpeechCues(List.of("gripe"));
    ArticleParser after = builder.build();

    assertThat(parse(after, AP, GRIPE).quotes()).hasSize(1);
    assertThat(parse(before, AP, GRIPE).quotes()).isEmpty();
    assertThat(parse(ArticleParser.builder().build(), AP, GRIPE).quotes()).isEmpty();
    assertThat(Wirecopy.parse(QuotedCopy.text(AP, GRIPE)).quotes()).isEmpty();
  }

  @Test
  void addingABuiltInCueChangesNothing() {
    ArticleParser parser = ArticleParser.builder().addSpeechCues(List.of("say", "tell")).build();
    String paragraph = "Premier Han Wei said the economy was stable, and officials told reporters "
        + "that more jobs would be created.";

    assertThat(parse(parser, XINHUA, paragraph)).isEqualTo(parse(builtIn, XINHUA, paragraph));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "gripe ", " gripe", "spell  out", "gripe!", "c3po", "re-state",
      "gripe\tloudly", "spell\u00A0out"})
  void malformedCueIsRejectedAtOnce(String cue) {
    ArticleParser.Builder builder = ArticleParser.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.addSpeechCues(List.of(cue)));
  }

  @Test
  void nullCuesAreRejected() {
    ArticleParser.Builder builder = ArticleParser.builder();

    assertThatThrownBy(() -> builder.addSpeechCues(null))
        .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.addSpeechCues(Arrays.asList("gripe", null)))
        .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
  }

  @Test
  void quotesAreExtractedByDefault() {
    Article article = parse(builtIn, XINHUA, "Premier Han Wei said the economy was stable.");

    assertThat(article.quotes()).hasSize(1);
    assertThat(article.speakers()).hasSize(1);
  }

  @Test
  void withoutQuoteExtractionAnArticleHasNoQuotesOrSpeakersAndTheSameStructure() {
    ArticleParser structureOnly = ArticleParser.builder().extractQuotes(false).build();
    String[] paragraphs = {
        "\"We will not make sharp turns,\" Premier Han Wei said.",
        "Foreign Minister Lin Feng said China is ready to deepen cooperation, according to a "
            + "statement."};

    Article without = parse(structureOnly, XINHUA, paragraphs);
    Article with = parse(builtIn, XINHUA, paragraphs);

    assertThat(without.quotes()).isEmpty();
    assertThat(without.speakers()).isEmpty();
    assertThat(with.quotes()).isNotEmpty();
    assertThat(without.text()).isEqualTo(with.text());
    assertThat(without.date()).isEqualTo(with.date());
    assertThat(without.dateline()).isEqualTo(with.dateline());
    assertThat(without.paragraphs()).isEqualTo(with.paragraphs());
  }

  @Test
  void quoteExtractionCanBeSwitchedBackOn() {
    ArticleParser parser = ArticleParser.builder().extractQuotes(false).extractQuotes(true).build();

    assertThat(parse(parser, XINHUA, "Premier Han Wei said the economy was stable.").quotes())
        .hasSize(1);
  }
}
