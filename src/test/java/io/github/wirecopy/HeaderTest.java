package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code date YYYY-MM-DD} header: read through the odd characters of agency feeds, and
 * reported with its position when it is missing or names no real date.
 */
class HeaderTest {

  private static final String DATELINE = "BEIJING, Jan. 11 (Xinhua) -- ";
  private static final String FIRST = "Officials said the plan was working.";
  private static final String SECOND = "Markets rose 1.5 percent.";

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", " \t ", "\u00A0", "\n", "\n\n  ", "\r\n\t"})
  void headerIsReadWithOrWithoutLeadingWhitespace(String lead) {
    Article article = Wirecopy.parse(lead + "date 2021-01-12 " + DATELINE + FIRST);

    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 1, 12));
    assertThat(article.dateline()).isPresent();
    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(FIRST);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uFEFF", "\uFEFF ", "\uFEFF\n"})
  void byteOrderMarkBeforeTheHeaderIsTolerated(String lead) {
    String text = lead + "date 2021-01-12 " + DATELINE + FIRST;

    Article article = Wirecopy.parse(text);

    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 1, 12));
    assertThat(article.text()).isEqualTo(text);
    assertThat(article.paragraphs().get(0).span().start()).isEqualTo(text.indexOf(FIRST));
    ArticleInvariants.assertWellFormed(article, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void lineEndsOfEveryKindSeparateParagraphs(String lineEnd) {
    String text = "date 2021-01-12 " + DATELINE + FIRST + lineEnd + lineEnd + SECOND + lineEnd;

    Article article = Wirecopy.parse(text);

    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(FIRST, SECOND);
    ArticleInvariants.assertWellFormed(article, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void headerAloneOnItsLineIsFollowedByTheBody(String lineEnd) {
    String text = "date 2021-01-12" + lineEnd + FIRST + lineEnd + lineEnd + SECOND;

    Article article = Wirecopy.parse(text);

    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 1, 12));
    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(FIRST, SECOND);
  }

  @Test
  void tabsAroundTheHeaderDateAreTolerated() {
    String text = "\tdate\t2021-01-12\t" + DATELINE + FIRST + "\n\n\t" + SECOND;

    Article article = Wirecopy.parse(text);

    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 1, 12));
    assertThat(article.dateline().orElseThrow().location()).contains("BEIJING");
    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(FIRST, SECOND);
  }

  @Test
  void noBreakSpacesAroundTheHeaderDateAreTolerated() {
    String text = "\u00A0date\u00A02021-01-12\u00A0" + DATELINE + FIRST + "\n\u00A0\n" + SECOND;

    Article article = Wirecopy.parse(text);

    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 1, 12));
    assertThat(article.dateline().orElseThrow().agency()).contains("Xinhua");
    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(FIRST, SECOND);
  }

  @Test
  void trailingWhitespaceIsLeftOutOfParagraphs() {
    String text = "date 2021-01-12   \n" + FIRST + "  \t\n \n" + SECOND + " \u00A0 \n  \n\t";

    Article article = Wirecopy.parse(text);

    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(FIRST, SECOND);
    ArticleInvariants.assertWellFormed(article, text);
  }

  @Test
  void headerAloneGivesArticleWithoutDatelineOrParagraphs() {
    Article article = Wirecopy.parse("date 2021-01-12\n");

    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 1, 12));
    assertThat(article.dateline()).isEmpty();
    assertThat(article.paragraphs()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "BEIJING, Jan. 11 (Xinhua) -- Officials said the plan was working.",
    "",
    "dated 2021-01-12 Officials said the plan was working.",
    "2021-01-12 Officials said the plan was working.",
  })
  void missingHeaderIsReportedAtLineOneColumnOne(String text) {
    ArticleParseException e = catchThrowableOfType(ArticleParseException.class, () -> Wirecopy.parse(text));

    assertThat(e).as("exception for %s", text).isNotNull();
    assertThat(e.getMessage()).isEqualTo("expected \"date YYYY-MM-DD\" at line 1, column 1");
    assertThat(e.originalMessage()).isEqualTo("expected \"date YYYY-MM-DD\"");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.offset()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "date 2021-1-12 Officials said.",
    "date 21-01-12 Officials said.",
    "date 2021/01/12 Officials said.",
    "date January 12, 2021 Officials said.",
    "date2021-01-12 Officials said.",
    "date 2021-01-123 Officials said.",
  })
  void malformedHeaderDateIsAParseExceptionOnTheFirstLine(String text) {
    ArticleParseException e = catchThrowableOfType(ArticleParseException.class, () -> Wirecopy.parse(text));

    assertThat(e).as("exception for %s", text).isNotNull();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).endsWith(" at line 1, column " + e.column());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2021-02-30", "2019-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-06-00",
  })
  void nonexistentHeaderDateIsReportedAtTheDate(String date) {
    String text = "date " + date + " " + DATELINE + FIRST;

    ArticleParseException e = catchThrowableOfType(ArticleParseException.class, () -> Wirecopy.parse(text));

    assertThat(e).as("exception for %s", date).isNotNull();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(6);
    assertThat(e.offset()).isEqualTo(5);
    assertThat(e.getMessage()).contains(date).endsWith(" at line 1, column 6");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'  '           | 1 | 8  | 7",
    "'\t'           | 1 | 7  | 6",
    "'\n\n'         | 3 | 6  | 7",
    "'\r\n\r\n'     | 3 | 6  | 9",
    "'\r\r '        | 3 | 7  | 8",
    "'\uFEFF'       | 1 | 7  | 6",
  })
  void nonexistentHeaderDateAfterLeadingWhitespaceIsReportedAtItsLineAndColumn(
      String lead, int line, int column, long offset) {
    String text = lead + "date 2021-02-30 " + DATELINE + FIRST;

    ArticleParseException e = catchThrowableOfType(ArticleParseException.class, () -> Wirecopy.parse(text));

    assertThat(e).isNotNull();
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.offset()).as("offset").isEqualTo(offset);
    assertThat(text.substring((int) e.offset())).startsWith("2021-02-30");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'date 2021-01-13 Markets rose.'      | 1",
    "'  date 2021-01-13 Markets rose.'    | 3",
    "'\tdate 2021-01-13'                  | 2",
  })
  void secondHeaderInOneArticleIsAParseExceptionAtItsLine(String second, int column) {
    String text = "date 2021-01-12 " + DATELINE + FIRST + "\n\n" + second + "\n";

    ArticleParseException e = catchThrowableOfType(ArticleParseException.class, () -> Wirecopy.parse(text));

    assertThat(e).as("exception for a second header").isNotNull();
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.offset()).isEqualTo(text.indexOf("date 2021-01-13"));
  }

  @Test
  void secondHeaderDirectlyOnTheNextLineIsAParseException() {
    String text = "date 2021-01-12 " + DATELINE + FIRST + "\r\ndate 2021-01-13 " + SECOND;

    ArticleParseException e = catchThrowableOfType(ArticleParseException.class, () -> Wirecopy.parse(text));

    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void secondHeaderRightAfterAHeaderAloneOnItsLineIsAParseException() {
    String text = "date 2021-01-12\n\ndate 2021-01-13 " + SECOND;

    ArticleParseException e = catchThrowableOfType(ArticleParseException.class, () -> Wirecopy.parse(text));

    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "date night plans were cancelled, officials said.",
    "dates 2021-01-13 were set for the talks.",
    "The talks were set for date 2021-01-13 by the ministry.",
  })
  void lineThatIsNoHeaderStaysInTheBody(String line) {
    String text = "date 2021-01-12 " + DATELINE + FIRST + "\n\n" + line;

    Article article = Wirecopy.parse(text);

    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(FIRST, line);
  }
}
