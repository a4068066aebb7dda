package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Sentence;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paragraphs of news copy split into the sentences a reader sees: periods of abbreviations,
 * initials, decimals and amounts end none, and quotes and brackets stay with their sentence.
 */
class SentenceSplittingTest {

  private static final String HEAD = "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- ";

  /** A paragraph and the sentences it must split into. */
  record Split(String what, String paragraph, List<String> sentences) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Split> splits() {
    return Stream.of(
        new Split("month abbreviation before a day",
            "Talks began on Jan. 5 in Geneva. Officials said they were cordial.",
            List.of("Talks began on Jan. 5 in Geneva.", "Officials said they were cordial.")),
        new Split("Sept. before a day",
            "The vote was moved to Sept. 14 after a court ruling. Turnout is expected to be low.",
            List.of("The vote was moved to Sept. 14 after a court ruling.",
                "Turnout is expected to be low.")),
        new Split("U.S. mid-sentence",
            "The U.S. delegation arrived on Monday. It met trade officials in the afternoon.",
            List.of("The U.S. delegation arrived on Monday.",
                "It met trade officials in the afternoon.")),
        new Split("U.S. before a capitalised noun",
            "A U.S. Treasury official said the talks were useful. No deal was reached.",
            List.of("A U.S. Treasury official said the talks were useful.", "No deal was reached.")),
        new Split("titles before names",
            "Mr. Li met Gen. Wang in Beijing on Tuesday. They discussed border security.",
            List.of("Mr. Li met Gen. Wang in Beijing on Tuesday.", "They discussed border security.")),
        new Split("a joining word capitalized after a dotted abbreviation",
            "Trade between the U.K. And Peru grew. A pact made by the U.K. To cut levies held.",
            List.of("Trade between the U.K. And Peru grew.",
                "A pact made by the U.K. To cut levies held.")),
        new Split("a title after a hyphenated prefix",
            "The gap between Hale and then-Sen. Tom Reyes was narrow. It grew in May.",
            List.of("The gap between Hale and then-Sen. Tom Reyes was narrow.", "It grew in May.")),
        new Split("No. before a number",
            "The ceremony was held at No. 1 conference hall. It lasted an hour.",
            List.of("The ceremony was held at No. 1 conference hall.", "It lasted an hour.")),
        new Split("No. opening a sentence",
            "The draw was made on Friday. No. 1 seed Kalu faces a qualifier.",
            List.of("The draw was made on Friday.", "No. 1 seed Kalu faces a qualifier.")),
        new Split("amount ending a sentence before a name",
            "Profit rose to $1.2 bln. Kalu Holdings owns half of the company.",
            List.of("Profit rose to $1.2 bln.", "Kalu Holdings owns half of the company.")),
        new Split("percentage ending a sentence",
            "Shares of Example Corp rose 2.5 pct. Dealers cited strong demand.",
            List.of("Shares of Example Corp rose 2.5 pct.", "Dealers cited strong demand.")),
        new Split("Inc. mid-sentence",
            "Example Inc. said on Monday that profit rose. Its shares gained 4 percent.",
            List.of("Example Inc. said on Monday that profit rose.", "Its shares gained 4 percent.")),
        new Split("initials",
            "J. K. Rowling's new book sold well in its first week. The publisher was pleased.",
            List.of("J. K. Rowling's new book sold well in its first week.",
                "The publisher was pleased.")),
        new Split("initials that are also words",
            "A. A. Okafor won the vote by a wide margin. I. M. Kalu came second.",
            List.of("A. A. Okafor won the vote by a wide margin.", "I. M. Kalu came second.")),
        new Split("initial I before a surname",
            "R. I. Sanni chaired the meeting. Delegates approved the budget.",
            List.of("R. I. Sanni chaired the meeting.", "Delegates approved the budget.")),
        new Split("decimals",
            "Growth slowed to 3.5 percent in the quarter. Economists had expected 3.8 percent.",
            List.of("Growth slowed to 3.5 percent in the quarter.",
                "Economists had expected 3.8 percent.")),
        new Split("amounts",
            "The company raised $1.2 bln in the offering. It plans to build two plants.",
            List.of("The company raised $1.2 bln in the offering.", "It plans to build two plants.")),
        new Split("ellipsis ending a sentence",
            "The meeting lasted 3.5 hours... Officials said it was productive.",
            List.of("The meeting lasted 3.5 hours...", "Officials said it was productive.")),
        new Split("ellipsis inside a sentence",
            "He paused... and then read out the figures. The hall fell silent.",
            List.of("He paused... and then read out the figures.", "The hall fell silent.")),
        new Split("unicode ellipsis ending a sentence",
            "Rescuers kept digging… Two more survivors were found at dawn.",
            List.of("Rescuers kept digging…", "Two more survivors were found at dawn.")),
        new Split("period inside closing quotes",
            "Liu said the country would \"keep to the plan.\" He said growth would recover.",
            List.of("Liu said the country would \"keep to the plan.\"",
                "He said growth would recover.")),
        new Split("curly quotes",
            "The minister called it “a turning point.” Critics disagreed.",
            List.of("The minister called it “a turning point.”", "Critics disagreed.")),
        new Split("quoted sentence followed by another",
            "\"We will not make sharp turns,\" Liu told a forum. \"It is a record.\"",
            List.of("\"We will not make sharp turns,\" Liu told a forum.", "\"It is a record.\"")),
        new Split("question inside quotes before its speaker",
            "\"Why now?\" he asked. Nobody answered.",
            List.of("\"Why now?\" he asked.", "Nobody answered.")),
        new Split("parentheses inside a sentence",
            "The ministry (which declined to comment) issued a statement. Its spokesman was absent.",
            List.of("The ministry (which declined to comment) issued a statement.",
                "Its spokesman was absent.")),
        new Split("sentence inside parentheses",
            "Prices rose 2.5 percent. (The figure was revised later.) Officials did not explain.",
            List.of("Prices rose 2.5 percent.", "(The figure was revised later.)",
                "Officials did not explain.")),
        new Split("question and exclamation marks",
            "Who will pay for it? Nobody knows! The budget is due on Friday.",
            List.of("Who will pay for it?", "Nobody knows!", "The budget is due on Friday.")),
        new Split("sentence ending in a number",
            "The plant opened in 2019. It employs 2,300 people.",
            List.of("The plant opened in 2019.", "It employs 2,300 people.")),
        new Split("sentence across a line break",
            "Officials said the plan\nwould be approved. Shares rose.",
            List.of("Officials said the plan\nwould be approved.", "Shares rose.")),
        new Split("single sentence without a final period",
            "Officials said the plan would be approved",
            List.of("Officials said the plan would be approved")));
  }

  @ParameterizedTest
  @MethodSource("splits")
  void paragraphSplitsIntoTheSentencesAReaderSees(Split split) {
    Article article = Wirecopy.parse(HEAD + split.paragraph());

    assertThat(article.paragraphs()).hasSize(1);
    assertThat(article.paragraphs().get(0).sentences()).extracting(Sentence::text)
        .containsExactlyElementsOf(split.sentences());
  }

  @ParameterizedTest
  @MethodSource("splits")
  void sentenceSpansCoverTheirTextInsideTheParagraph(Split split) {
    Article article = Wirecopy.parse(HEAD + split.paragraph());

    Paragraph paragraph = article.paragraphs().get(0);
    for (Sentence sentence : paragraph.sentences()) {
      assertThat(article.textAt(sentence.span())).isEqualTo(sentence.text());
      assertThat(paragraph.span().contains(sentence.span())).isTrue();
    }
  }

  @Test
  void sampleArticleSplitsAsWritten() {
    String text = " date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- Vice Premier Kalo Ren said on "
        + "Monday that growth would stay near 8.5 percent.\n\n"
        + "\"We will not make sharp turns,\" he told a forum. He added that Mr. Li and Gen. Wang had "
        + "met the U.S. delegation on Jan. 5.\n\n"
        + "The meeting, held at No. 1 conference hall, lasted 3.5 hours... Officials said it was "
        + "productive.\n";

    Article article = Wirecopy.parse(text);

    assertThat(article.paragraphs().stream()
            .map(p -> p.sentences().stream().map(Sentence::text).toList()))
        .containsExactly(
            List.of("Vice Premier Kalo Ren said on Monday that growth would stay near 8.5 percent."),
            List.of("\"We will not make sharp turns,\" he told a forum.",
                "He added that Mr. Li and Gen. Wang had met the U.S. delegation on Jan. 5."),
            List.of("The meeting, held at No. 1 conference hall, lasted 3.5 hours...",
                "Officials said it was productive."));
  }

  @Test
  void addedAbbreviationNoLongerEndsASentence() {
    String paragraph = "Kpt. Ortega said the consulate would reopen. Visa work resumes on Monday.";
    ArticleParser parser = ArticleParser.builder().addAbbreviations(List.of("Kpt")).build();

    Article article = parser.parse(HEAD + paragraph);

    assertThat(article.paragraphs().get(0).sentences()).extracting(Sentence::text)
        .containsExactly("Kpt. Ortega said the consulate would reopen.", "Visa work resumes on Monday.");
  }
}
