package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.wirecopy.model.Article;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and degenerate input is handled in bounded time: each case finishes within a few
 * seconds with an article or an {@link ArticleParseException}, never anything else. Quote
 * extraction is on, as by default: ten megabytes of quotation marks or of {@code said said said}
 * take no longer than other copy, bounded here against hangs (speed is benchmarked elsewhere).
 */
class PathologicalInputTest {

  private static final int TEN_MB = 10 * 1024 * 1024;
  /**
   * Generous against a loaded CI machine: a hang or quadratic time on ten megabytes runs for
   * minutes, while each case takes well under two seconds on its own (JMH measures the speed).
   */
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final String HEADER = "date 2021-01-01 ";

  private final ArticleParser parser = ArticleParser.builder().build();

  @Test
  void tenMegabytesWithoutANewlineAfterAHeader() {
    String text = fill(HEADER + "BEIJING, Jan. 1 (Xinhua) -- ", "Officials said Mr. Li met the U.S. envoy. ");

    Article article = parseWithinBound(text);

    assertThat(article.paragraphs()).hasSize(1);
  }

  @Test
  void tenMegabytesWithoutANewlineOrHeader() {
    String text = fill("", "Officials said Mr. Li met the U.S. envoy. ");

    Object result = outcomeWithinBound(text);

    assertThat(result).isInstanceOf(ArticleParseException.class);
  }

  @Test
  void hundredThousandBlankLinesAfterAHeader() {
    String text = HEADER + "BEIJING, Jan. 1 (Xinhua) --" + "\n".repeat(100_000) + "Officials met.";

    Article article = parseWithinBound(text);

    assertThat(article.paragraphs()).extracting(p -> p.text()).containsExactly("Officials met.");
  }

  @Test
  void hundredThousandWhitespaceLinesBetweenParagraphs() {
    String text = HEADER + "Officials met." + " \t\r\n".repeat(100_000) + "Markets rose.";

    Article article = parseWithinBound(text);

    assertThat(article.paragraphs()).hasSize(2);
  }

  /**
   * Words read back from a cue to the paragraph's first token, and one before it looked at: a
   * paragraph that opens with {@code To} once made the look at the word before it fail.
   */
  @ParameterizedTest
  @ValueSource(strings = {"To date officials said the plan worked.", "To officials said it.",
      "Going to officials said it."})
  void wordsReadBackToTheParagraphsStart(String paragraph) {
    Article article = parseWithinBound(HEADER + "BEIJING, Jan. 1 (Xinhua) -- Officials met.\n\n"
        + paragraph);

    assertThat(article.paragraphs()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "\uDC00", "\uDFFF\uD800", "a\uDBFF. ", "\uD83D\uDE00"})
  void surrogatesPairedOrNot(String unit) {
    String text = fill(HEADER, unit);

    Object result = outcomeWithinBound(text);

    assertThat(result).isInstanceOfAny(Article.class, ArticleParseException.class);
  }

  @Test
  void unpairedSurrogatesBetweenSentences() {
    String text = HEADER + "Officials met.\uD800 Markets rose. \uDC00Prices fell.\n\n\uDBFF";

    Object result = outcomeWithinBound(text);

    assertThat(result).isInstanceOfAny(Article.class, ArticleParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\n", "\r\n", "\t", "\u00A0", "\uFEFF", " \t\n\u00A0\r"})
  void onlyWhitespaceIsAParseException(String unit) {
    String text = fill("", unit);

    Object result = outcomeWithinBound(text);

    assertThat(result).isInstanceOf(ArticleParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "\"", "(", ")", "-", "—", "/", ",", "?", "…", "A. ", "Mr. ", "a.", "U.S. ",
      "(Xinhua) ", "1.", "' "})
  void tenMegabytesOfOneMarkAfterAHeader(String unit) {
    String text = fill(HEADER, unit);

    Object result = outcomeWithinBound(text);

    assertThat(result).isInstanceOfAny(Article.class, ArticleParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "\"", "("})
  void tenMegabytesOfOneMarkWithoutHeader(String unit) {
    Object result = outcomeWithinBound(fill("", unit));

    assertThat(result).isInstanceOf(ArticleParseException.class);
  }

  @Test
  void tenMegabyteLineOfRepeatedHeaders() {
    String text = fill("", HEADER);

    Object result = outcomeWithinBound(text);

    assertThat(result).isInstanceOfAny(Article.class, ArticleParseException.class);
  }

  @Test
  void tenMegabyteLineOfRepeatedHeadersAsACorpusIsOneArticle() {
    String text = fill("", HEADER);

    List<CorpusEntry> entries = assertTimeoutPreemptively(BOUND, () -> readCorpus(text));

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).offset()).isZero();
  }

  @Test
  void hundredThousandHeadersOnTheirOwnLinesAsACorpus() {
    String text = "date 2021-01-01\n".repeat(100_000);

    List<CorpusEntry> entries = assertTimeoutPreemptively(BOUND, () -> readCorpus(text));

    assertThat(entries).hasSize(100_000).allMatch(CorpusEntry::isParsed);
    assertThat(entries.get(99_999).line()).isEqualTo(100_000);
  }

  @Test
  void hundredThousandBlankLinesAsACorpusGiveNoEntries() {
    List<CorpusEntry> entries = assertTimeoutPreemptively(BOUND, () -> readCorpus("\n".repeat(100_000)));

    assertThat(entries).isEmpty();
  }

  @Test
  void tenMegabytesWithoutANewlineAsACorpus() {
    String text = fill(HEADER, "Officials said Mr. Li met the U.S. envoy. ");

    List<CorpusEntry> entries = assertTimeoutPreemptively(BOUND, () -> readCorpus(text));

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).isParsed()).isTrue();
  }

  @Test
  void longDatelineLikeRunIsNoDateline() {
    String text = fill(HEADER, "BEIJING, ") + " (Xinhua) -- Officials met.";

    Object result = outcomeWithinBound(text);

    assertThat(result).isInstanceOfAny(Article.class, ArticleParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"", "\u201C", "\u2019", "\u00AB", "\u201E", "``", "\"\n\n",
      "\"\u201C\u2018\u00AB\u201E`'", "\"A,\" he said, \"B.\" ",
      "Kim's '90s rock 'n' roll players' "})
  void tenMegabytesOfQuotationMarksAfterAHeader(String unit) {
    String text = fill(HEADER + "BEIJING, Jan. 1 (Xinhua) -- ", unit);

    Article article = parseWithinBound(text);

    assertThat(article.paragraphs()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"said ", "said. ", "He said. ", "Xi said that ", "said Xi, ",
      "according to ", "quoted by Xinhua as saying ", "stressing that ", "said\n\n",
      "Chinese President Xi Jinping said Xi said he said ", "(Xinhua) said ) ",
      "Li and the aide said ", "the plan, which he said would fail, ",
      "while the aide met them and said they met and warned that ", "a man who said he met ",
      "Beijing reiterated it and said ", ", asked whether a, which b", "when asked about ",
      "he was asked if ", ", asked by reporters whether a", "trade, sports, said Hale, ",
      "\"A,\" Hale was quoted as saying. ", "Minister of Health and Population Ana Reyes said ",
      "\"A,\" said holidaymaker Ana Reyes in a statement. ", "Asked if a b a spokesman said "})
  void tenMegabytesOfSpeechCuesAfterAHeader(String unit) {
    String text = fill(HEADER + "BEIJING, Jan. 1 (Xinhua) -- ", unit);

    Article article = parseWithinBound(text);

    assertThat(article.paragraphs()).isNotEmpty();
  }

  /**
   * Sources joined by {@code and} before one cue ({@code Li and the Aide and the Aide ... said}):
   * the source before each {@code and} is read once, not by a reading that nests as deep as the
   * chain is long.
   */
  @Test
  void chainOfSourcesJoinedByAndBeforeOneCue() {
    String text = fill(HEADER + "BEIJING, Jan. 1 (Xinhua) -- Li", " and the Aide")
        + " said the talks went on.";

    Article article = parseWithinBound(text);

    assertThat(article.paragraphs()).isNotEmpty();
  }

  /**
   * One sentence of attributions, each after a clause that holds the claim before it: a source
   * reporting a clause whole does not reach back over the reports before it, so the quotes'
   * contents stay within twice the text instead of growing with its square.
   */
  @ParameterizedTest
  @ValueSource(strings = {", the company said, adding that a dividend was unlikely",
      ", the firm said, adding, that a dividend was unlikely",
      ", according to the report, adding that the plan may fail",
      ", the company said, saying that prices may rise"})
  void tenMegabytesOfAttributionsChainedInOneSentence(String unit) {
    String text = fill(HEADER + "BEIJING, Jan. 1 (Xinhua) -- The plan may work", unit) + ".";

    Article article = parseWithinBound(text);

    assertThat(article.quotes()).hasSizeGreaterThan(100_000);
    long quoted = article.quotes().stream().mapToLong(q -> q.content().text().length()).sum();
    assertThat(quoted).isLessThanOrEqualTo(2L * text.length());
  }

  /**
   * Marks at an edge of reported content are trimmed but for brackets whose partners the
   * content holds: a run of brackets there is counted once, not once for each bracket trimmed.
   * Closing brackets end the content of the second cue, opening ones open it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "]|, an aide said.|the plan may work", ")|, an aide said.|the plan may work",
      "] )|, an aide said.|the plan may work", "[| in May, an aide said.|in May",
      "(| in May, an aide said.|in May", "( [| in May, an aide said.|in May"})
  void tenMegabytesOfBracketsAtAnEdgeOfReportedContent(String unit, String end, String content) {
    String text = fill(HEADER + "BEIJING, Jan. 1 (Xinhua) -- The board said the plan may work",
        unit) + end;

    Article article = parseWithinBound(text);

    assertThat(article.quotes()).extracting(q -> q.content().text()).contains(content);
  }

  @Test
  void tenMegabytesOfOneQuoteRunOverParagraphs() {
    String text = fill(HEADER + "BEIJING, Jan. 1 (Xinhua) -- Premier Han Qiu said:\n\n",
        "\"We will go on with the reform.\n\n");

    Article article = parseWithinBound(text);

    assertThat(article.quotes()).hasSizeGreaterThan(100_000);
  }

  @Test
  void unbalancedMarkBeforeTenMegabytesOfParagraphsEndsAtItsOwnParagraph() {
    String text = fill(HEADER + "\"This quotation mark is never closed.\n\n",
        "Officials said the talks went on.\n\n");

    Article article = parseWithinBound(text);

    long reported = article.quotes().stream()
        .filter(q -> q.content().text().equals("the talks went on")).count();
    assertThat(reported).isEqualTo(article.paragraphs().size() - 1);
  }

  @Test
  void tenMegabytesOfDistinctSpeakers() {
    StringBuilder text = new StringBuilder(TEN_MB + 100).append(HEADER);
    for (int i = 0; text.length() < TEN_MB; i++) {
      text.append("Minister ").append(inventedName(i)).append(" Kalo said the talks were useful. ")
          .append(inventedName(i)).append(" added that a deal was close.\n\n");
    }

    Article article = parseWithinBound(text.toString());

    assertThat(article.speakers()).hasSizeGreaterThan(10_000);
  }

  @Test
  void tenMegabytesOfPronounsAfterOneSpeaker() {
    String text = fill(HEADER + "Premier Han Qiu said the plan was working. ",
        "He added that the plan was on track. ");

    Article article = parseWithinBound(text);

    assertThat(article.speakers()).hasSize(1);
  }

  /** A capitalized invented word, different for every {@code i}: {@code Zoa}, {@code Zob}, ... */
  private static String inventedName(int i) {
    StringBuilder name = new StringBuilder("Zo");
    do {
      name.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return name.toString();
  }

  private List<CorpusEntry> readCorpus(String text) {
    try (Stream<CorpusEntry> entries = parser.corpus(new StringReader(text))) {
      return entries.toList();
    }
  }

  private Article parseWithinBound(String text) {
    Object result = outcomeWithinBound(text);
    assertThat(result).isInstanceOf(Article.class);
    return (Article) result;
  }

  /**
   * The article, or the parse exception, that {@code text} gives within the time bound; anything
   * else fails the test, as does an article that breaks the invariants of every article.
   */
  private Object outcomeWithinBound(String text) {
    Object result = assertTimeoutPreemptively(BOUND, () -> {
      try {
        return parser.parse(text);
      } catch (ArticleParseException e) {
        return e;
      }
    });
    if (result instanceof Article article) {
      ArticleInvariants.assertWellFormed(article, text);
    } else {
      assertThat(((ArticleParseException) result).originalMessage()).doesNotStartWith("internal error");
    }
    return result;
  }

  /** {@code start}, then {@code unit} repeated to ten megabytes. */
  private static String fill(String start, String unit) {
    StringBuilder text = new StringBuilder(TEN_MB + unit.length()).append(start);
    while (text.length() < TEN_MB) {
      text.append(unit);
    }
    return text.toString();
  }
}
