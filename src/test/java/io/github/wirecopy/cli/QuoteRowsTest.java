package io.github.wirecopy.cli;

import static io.github.wirecopy.cli.QuoteFixtures.phrase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import io.github.wirecopy.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteRowsTest {

  private static final String TEXT = " date 2021-03-05 OSLO, March 4 (Xinhua) -- \"We will build "
      + "it, and soon,\" Mayor Ana Ruiz said on Thursday.\n"
      + "She called the plan \"a bold step\"\nfor the city.\n\n"
      + "Work starts in May.";

  /** Structure from the parser (header, dateline, paragraphs); quotes and speaker by hand. */
  private static Article article() {
    Article parsed = ArticleParser.builder().extractQuotes(false).build().parse(TEXT);
    Speaker ruiz = Speaker.builder()
        .id(0)
        .name("Ana Ruiz")
        .title("Mayor")
        .addMentions(phrase(TEXT, "Ana Ruiz"), phrase(TEXT, "She"))
        .build();
    Quote direct = Quote.builder()
        .kind(QuoteKind.DIRECT)
        .content(phrase(TEXT, "We will build it, and soon,"))
        .cue(phrase(TEXT, "said"))
        .speaker(0)
        .mention(phrase(TEXT, "Ana Ruiz"))
        .paragraph(0)
        .build();
    Quote mixed = Quote.builder()
        .kind(QuoteKind.MIXED)
        .content(phrase(TEXT, "the plan \"a bold step\"\nfor the city"))
        .cue(phrase(TEXT, "called"))
        .speaker(0)
        .mention(phrase(TEXT, "She"))
        .paragraph(0)
        .build();
    Quote unattributed = Quote.builder()
        .kind(QuoteKind.INDIRECT)
        .content(phrase(TEXT, "Work starts in May"))
        .paragraph(1)
        .build();
    // Speakers first: an article checks that its quotes name speakers it has.
    return parsed.withSpeakers(ruiz).withQuotes(direct, mixed, unattributed);
  }

  @Test
  void oneRowPerQuoteWithSourceDatePlaceSpeakerKindCueAndContent() {
    List<List<String>> rows = QuoteRows.of("in/wire.txt", 4, article());

    assertThat(rows).containsExactly(
        List.of("in/wire.txt", "4", "2021-03-05", "OSLO", "Ana Ruiz", "DIRECT", "said",
            "We will build it, and soon,"),
        List.of("in/wire.txt", "4", "2021-03-05", "OSLO", "Ana Ruiz", "MIXED", "called",
            "the plan \"a bold step\"\nfor the city"),
        List.of("in/wire.txt", "4", "2021-03-05", "OSLO", "", "INDIRECT", "",
            "Work starts in May"));
  }

  @Test
  void rowsAreEscapedAsRfc4180Records() {
    List<List<String>> rows = QuoteRows.of("in/wire.txt", 4, article());

    assertThat(Csv.record(rows.get(0))).isEqualTo(
        "in/wire.txt,4,2021-03-05,OSLO,Ana Ruiz,DIRECT,said,\"We will build it, and soon,\"\r\n");
    assertThat(Csv.record(rows.get(1))).isEqualTo(
        "in/wire.txt,4,2021-03-05,OSLO,Ana Ruiz,MIXED,called,"
            + "\"the plan \"\"a bold step\"\"\nfor the city\"\r\n");
    assertThat(Csv.record(QuoteRows.HEADER))
        .isEqualTo("file,article,date,place,speaker,kind,cue,quote\r\n");
  }

  @Test
  void articleWithoutDatelineHasAnEmptyPlace() {
    String text = " date 2021-03-05 \"No,\" he said.";
    Article article = ArticleParser.builder().extractQuotes(false).build().parse(text)
        .withQuotes(Quote.builder().kind(QuoteKind.DIRECT).content(phrase(text, "No,"))
            .paragraph(0).build());

    assertThat(QuoteRows.of("-", 0, article)).containsExactly(
        List.of("-", "0", "2021-03-05", "", "", "DIRECT", "", "No,"));
  }

  @Test
  void articleWithoutQuotesHasNoRows() {
    Article article = ArticleParser.builder().extractQuotes(false).build().parse(TEXT);

    assertThat(QuoteRows.of("in/wire.txt", 0, article)).isEmpty();
  }
}
