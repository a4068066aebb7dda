package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Sentence;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder rejects bad settings at once; the parser it builds keeps the settings it was given. */
class ParserBuilderTest {

  private static final String HEAD = "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- ";

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, 15})
  void maxArticleLengthBelowSixteenIsRejectedAtOnce(int length) {
    ArticleParser.Builder builder = ArticleParser.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxArticleLength(length))
        .withMessageContaining("maxArticleLength");
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 1000, Integer.MAX_VALUE})
  void maxArticleLengthIsKept(int length) {
    assertThat(ArticleParser.builder().maxArticleLength(length).build().maxArticleLength())
        .isEqualTo(length);
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 257, Integer.MAX_VALUE})
  void corpusThreadsOutsideZeroTo256AreRejectedAtOnce(int threads) {
    ArticleParser.Builder builder = ArticleParser.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.corpusThreads(threads))
        .withMessage("corpusThreads must be between 0 and 256, got " + threads);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 256})
  void corpusThreadsAreKept(int threads) {
    assertThat(ArticleParser.builder().corpusThreads(threads).build().corpusThreads())
        .isEqualTo(threads);
  }

  @Test
  void corpusIsParsedOnTheCallersThreadByDefault() {
    assertThat(ArticleParser.builder().build().corpusThreads()).isZero();
    assertThat(Wirecopy.parser().corpusThreads()).isZero();
  }

  @Test
  void defaultMaxArticleLengthIsTheLongestArticleWhoseParseFitsThisHeap() {
    int fits = ArticleParser.maxArticleLengthForHeap(Runtime.getRuntime().maxMemory());

    assertThat(ArticleParser.builder().build().maxArticleLength()).isEqualTo(fits);
    assertThat(Wirecopy.parser().maxArticleLength()).isEqualTo(fits);
  }

  @ParameterizedTest
  @ValueSource(longs = {Long.MIN_VALUE, -1, 0, 1, 16L << 20, 64L << 20, 1L << 30, Long.MAX_VALUE})
  void limitForAHeapIsOneTheBuilderTakesAndNeverOverTheDefault(long heapBytes) {
    int limit = ArticleParser.maxArticleLengthForHeap(heapBytes);

    assertThat(limit).isBetween(16, ArticleParser.DEFAULT_MAX_ARTICLE_LENGTH);
    assertThat(ArticleParser.builder().maxArticleLength(limit).build().maxArticleLength())
        .isEqualTo(limit);
  }

  @Test
  void limitForAHeapGrowsWithTheHeapUpToTheDefault() {
    int at64Mb = ArticleParser.maxArticleLengthForHeap(64L << 20);
    int at256Mb = ArticleParser.maxArticleLengthForHeap(256L << 20);
    int at1Gb = ArticleParser.maxArticleLengthForHeap(1L << 30);

    assertThat(ArticleParser.maxArticleLengthForHeap(0)).isEqualTo(16);
    assertThat(at64Mb).isGreaterThan(16).isLessThan(at256Mb);
    assertThat(at256Mb).isLessThan(at1Gb);
    assertThat(ArticleParser.maxArticleLengthForHeap(64L << 30))
        .isEqualTo(ArticleParser.DEFAULT_MAX_ARTICLE_LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "Amb.", "Lt Col", "Maj.\u00A0Gen"})
  void badAbbreviationIsRejectedAtOnce(String word) {
    ArticleParser.Builder builder = ArticleParser.builder();

    assertThatIllegalArgumentException().isThrownBy(() -> builder.addAbbreviations(List.of(word)));
  }

  @Test
  void nullAbbreviationsAreRejected() {
    ArticleParser.Builder builder = ArticleParser.builder();

    assertThatThrownBy(() -> builder.addAbbreviations(null))
        .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.addAbbreviations(Arrays.asList("Kpt", null)))
        .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
  }

  @Test
  void rejectedAbbreviationsLeaveTheBuilderUnchanged() {
    ArticleParser.Builder builder = ArticleParser.builder();
    assertThatThrownBy(() -> builder.addAbbreviations(List.of("Kpt", "bad word")))
        .isInstanceOf(IllegalArgumentException.class);

    Article article = builder.build().parse(HEAD + "Kpt. Ortega spoke. Visas resume.");

    assertThat(article.paragraphs().get(0).sentences()).hasSize(3);
  }

  @Test
  void goodAbbreviationsAreAccepted() {
    assertThatCode(() -> ArticleParser.builder().addAbbreviations(List.of("Kpt", "Maj.Gen", "Amb")))
        .doesNotThrowAnyException();
  }

  @Test
  void parserIsUnaffectedByLaterChangesToItsBuilder() {
    ArticleParser.Builder builder = ArticleParser.builder().maxArticleLength(1000);
    ArticleParser before = builder.build();

    builder.addAbbreviations(List.of("Kpt")).maxArticleLength(2000);

    String text = HEAD + "Kpt. Ortega spoke on Monday. Visas resume.";
    assertThat(before.maxArticleLength()).isEqualTo(1000);
    assertThat(before.parse(text).paragraphs().get(0).sentences()).extracting(Sentence::text)
        .containsExactly("Kpt.", "Ortega spoke on Monday.", "Visas resume.");
    assertThat(builder.build().parse(text).paragraphs().get(0).sentences()).extracting(Sentence::text)
        .containsExactly("Kpt. Ortega spoke on Monday.", "Visas resume.");
  }

  @Test
  void nullInputIsRejected() {
    ArticleParser parser = ArticleParser.builder().build();

    assertThatThrownBy(() -> parser.parse((CharSequence) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> parser.parse((Reader) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> parser.corpus((Reader) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> parser.corpus((Path) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Wirecopy.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void articleOverTheLimitIsAParseException() {
    ArticleParser parser = ArticleParser.builder().maxArticleLength(100).build();
    String text = HEAD + "Officials said the talks went well. ".repeat(3);

    assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(ArticleParseException.class)
        .hasMessageContaining("100");
    assertThatThrownBy(() -> parser.parse(new StringReader(text)))
        .isInstanceOf(ArticleParseException.class);
  }

  @Test
  void articleOfExactlyTheLimitParses() {
    String text = HEAD + "Officials said the talks went well.";
    ArticleParser parser = ArticleParser.builder().maxArticleLength(text.length()).build();

    assertThat(parser.parse(text).paragraphs()).hasSize(1);
    assertThat(parser.parse(new StringReader(text)).paragraphs()).hasSize(1);
  }

  @Test
  void articleReadFromAReaderEqualsTheArticleParsedFromItsText() {
    String text = HEAD + "Officials said the talks went well.\n\nMarkets rose 1.5 percent.\n";

    assertThat(Wirecopy.parser().parse(new StringReader(text))).isEqualTo(Wirecopy.parse(text));
  }
}
