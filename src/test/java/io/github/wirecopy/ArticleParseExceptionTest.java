package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exception says what was expected and where: {@code getMessage()} is the original message
 * followed by {@code " at line L, column C"}, with 1-based line and column and a 0-based offset.
 */
class ArticleParseExceptionTest {

  @Test
  void messageIsTheOriginalMessageFollowedByLineAndColumn() {
    ArticleParseException e = new ArticleParseException("expected \"date YYYY-MM-DD\"", 3, 7, 42);

    assertThat(e.getMessage()).isEqualTo("expected \"date YYYY-MM-DD\" at line 3, column 7");
    assertThat(e.originalMessage()).isEqualTo("expected \"date YYYY-MM-DD\"");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.offset()).isEqualTo(42);
  }

  @Test
  void isAnUncheckedException() {
    assertThat(new ArticleParseException("bad", 1, 1, 0)).isInstanceOf(RuntimeException.class);
  }

  @Test
  void offsetBeyondIntRangeIsKept() {
    long offset = 5L * Integer.MAX_VALUE;

    assertThat(new ArticleParseException("bad", 9, 1, offset).offset()).isEqualTo(offset);
  }

  @Test
  void missingHeaderGivesTheDocumentedMessage() {
    ArticleParseException e = parseFailure("Officials said the talks went well.");

    assertThat(e.getMessage()).isEqualTo("expected \"date YYYY-MM-DD\" at line 1, column 1");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'date 2021-02-30 Officials met.'                   | 1 | 6",
    "'\n\n   date 2021-02-30 Officials met.'            | 3 | 9",
    "'date 2021-01-12 Officials met.\n\ndate 2021-01-13'| 3 | 1",
  })
  void messageOfAParseFailureEndsWithItsLocation(String text, int line, int column) {
    ArticleParseException e = parseFailure(text);

    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.getMessage())
        .isEqualTo(e.originalMessage() + " at line " + line + ", column " + column);
    assertThat(e.originalMessage()).doesNotContain(" at line ");
  }

  @Test
  void failureInACorpusIsLocatedInTheCorpus() {
    String corpus = "date 2021-01-12 Officials met.\n\n\n  date 2021-04-31 Markets rose.\n";

    ArticleParseException e;
    try (Stream<CorpusEntry> entries = Wirecopy.parser().corpus(new StringReader(corpus))) {
      e = entries.skip(1).findFirst().orElseThrow().failure().orElseThrow();
    }

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(8);
    assertThat(e.offset()).isEqualTo(corpus.indexOf("2021-04-31"));
    assertThat(e.getMessage()).isEqualTo(e.originalMessage() + " at line 4, column 8");
  }

  private static ArticleParseException parseFailure(String text) {
    ArticleParseException e =
        catchThrowableOfType(ArticleParseException.class, () -> Wirecopy.parse(text));
    assertThat(e).as("parse failure for %s", ArticleInvariants.show(text)).isNotNull();
    return e;
  }
}
