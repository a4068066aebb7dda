package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Dateline;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Sentence;
import io.github.wirecopy.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON form of the model: field names as documented, ISO dates, empty optionals left out,
 * and every value read back equal to the one written.
 */
class JsonTest {

  private static final String FULL =
      "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- Officials met on Monday. They agreed.\n\n"
          + "Markets rose 1.5 percent.\n";

  private final ObjectMapper mapper = Wirecopy.objectMapper();

  @Test
  void articleFieldsAreDateDatelineParagraphsQuotesSpeakersAndText() throws Exception {
    JsonNode json = toTree(Wirecopy.parse(FULL));

    assertThat(fieldNames(json)).containsExactly(
        "date", "dateline", "paragraphs", "quotes", "speakers", "text");
    assertThat(json.get("text").asText()).isEqualTo(FULL);
  }

  @Test
  void datelineFieldsAreTextLocationPlacesDateAgencyAndSpan() throws Exception {
    JsonNode dateline = toTree(Wirecopy.parse(FULL)).get("dateline");

    assertThat(fieldNames(dateline))
        .containsExactlyInAnyOrder("text", "location", "places", "date", "agency", "span");
    assertThat(dateline.get("text").asText()).isEqualTo("BEIJING, Jan. 11 (Xinhua)");
    assertThat(dateline.get("location").asText()).isEqualTo("BEIJING");
    assertThat(dateline.get("places").isArray()).isTrue();
    assertThat(dateline.get("places").get(0).asText()).isEqualTo("BEIJING");
    assertThat(dateline.get("agency").asText()).isEqualTo("Xinhua");
  }

  @Test
  void paragraphAndSentenceFieldsAreTextSpanAndSentences() throws Exception {
    JsonNode paragraph = toTree(Wirecopy.parse(FULL)).get("paragraphs").get(0);

    assertThat(fieldNames(paragraph)).containsExactlyInAnyOrder("text", "span", "sentences");
    assertThat(paragraph.get("text").asText()).isEqualTo("Officials met on Monday. They agreed.");
    JsonNode sentence = paragraph.get("sentences").get(1);
    assertThat(fieldNames(sentence)).containsExactlyInAnyOrder("text", "span");
    assertThat(sentence.get("text").asText()).isEqualTo("They agreed.");
  }

  @Test
  void spanFieldsAreStartAndEndAsNumbers() throws Exception {
    Article article = Wirecopy.parse(FULL);
    JsonNode span = toTree(article).get("paragraphs").get(1).get("span");

    assertThat(fieldNames(span)).containsExactlyInAnyOrder("start", "end");
    assertThat(span.get("start").isInt()).isTrue();
    assertThat(span.get("start").asInt()).isEqualTo(FULL.indexOf("Markets"));
    assertThat(span.get("end").asInt()).isEqualTo(FULL.indexOf("percent.") + "percent.".length());
  }

  @Test
  void datesAreIsoStrings() throws Exception {
    JsonNode json = toTree(Wirecopy.parse(FULL));

    assertThat(json.get("date").isTextual()).isTrue();
    assertThat(json.get("date").asText()).isEqualTo("2021-01-12");
    assertThat(json.get("dateline").get("date").isTextual()).isTrue();
    assertThat(json.get("dateline").get("date").asText()).isEqualTo("2021-01-11");
  }

  @Test
  void absentLocationAndDateAreLeftOut() throws Exception {
    JsonNode dateline = toTree(Wirecopy.parse("date 2020-05-05 (Bloomberg) -- Oil fell.")).get("dateline");

    assertThat(fieldNames(dateline)).doesNotContain("location", "date").contains("agency", "text", "span");
  }

  @Test
  void absentAgencyIsLeftOut() throws Exception {
    JsonNode dateline = toTree(Wirecopy.parse("date 1987-02-26 NEW YORK, Feb 26 - Shares rose.")).get("dateline");

    assertThat(fieldNames(dateline)).doesNotContain("agency").contains("location", "date");
  }

  @Test
  void absentDatelineIsLeftOutButEmptyListsAreWritten() throws Exception {
    JsonNode json = toTree(Wirecopy.parse("date 2021-01-12 Officials met on Monday."));

    // Lists are always present, so that every article has the same shape for consumers.
    assertThat(fieldNames(json))
        .containsExactlyInAnyOrder("date", "paragraphs", "quotes", "speakers", "text");
    assertThat(json.get("quotes").isArray()).isTrue();
    assertThat(json.get("quotes")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    FULL,
    "date 2020-05-05 (Bloomberg) -- Oil fell.",
    "date 1987-02-26 NEW YORK, Feb 26 - Shares rose.",
    "date 2021-01-12 Officials met on Monday.",
    "date 2021-01-12",
    "\uFEFF date 2022-03-04 KYIV/KHARKIV, Ukraine, March 3 (Reuters) - Shelling \uD83D\uDE00 went on.\r\n",
  })
  void articleReadsBackEqualToTheOneWritten(String text) throws Exception {
    Article article = Wirecopy.parse(text);

    String json = mapper.writeValueAsString(article);

    assertThat(mapper.readValue(json, Article.class)).isEqualTo(article);
  }

  @Test
  void everyModelValueReadsBackEqual() throws Exception {
    Article article = Wirecopy.parse(FULL);
    Dateline dateline = article.dateline().orElseThrow();
    Paragraph paragraph = article.paragraphs().get(0);
    Sentence sentence = paragraph.sentences().get(0);

    assertThat(roundTrip(dateline, Dateline.class)).isEqualTo(dateline);
    assertThat(roundTrip(paragraph, Paragraph.class)).isEqualTo(paragraph);
    assertThat(roundTrip(sentence, Sentence.class)).isEqualTo(sentence);
    assertThat(roundTrip(sentence.span(), Span.class)).isEqualTo(sentence.span());
  }

  @Test
  void handWrittenJsonWithoutOptionalsReadsAsArticle() throws Exception {
    String json = "{\"date\":\"2020-05-05\","
        + "\"dateline\":{\"text\":\"(Bloomberg)\",\"places\":[],\"agency\":\"Bloomberg\","
        + "\"span\":{\"start\":16,\"end\":27}},"
        + "\"paragraphs\":[{\"text\":\"Oil fell.\",\"span\":{\"start\":31,\"end\":40},"
        + "\"sentences\":[{\"text\":\"Oil fell.\",\"span\":{\"start\":31,\"end\":40}}]}],"
        + "\"text\":\"date 2020-05-05 (Bloomberg) -- Oil fell.\"}";

    Article article = mapper.readValue(json, Article.class);

    assertThat(article).isEqualTo(Wirecopy.parse("date 2020-05-05 (Bloomberg) -- Oil fell."));
    assertThat(article.date()).isEqualTo(LocalDate.of(2020, 5, 5));
    assertThat(article.dateline().orElseThrow().location()).isEmpty();
    assertThat(article.dateline().orElseThrow().date()).isEmpty();
  }

  @Test
  void eachObjectMapperIsAFreshCopy() throws Exception {
    ObjectMapper indenting = Wirecopy.objectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Article article = Wirecopy.parse(FULL);

    assertThat(indenting.writeValueAsString(article)).contains("\n");
    assertThat(Wirecopy.objectMapper().writeValueAsString(article)).doesNotContain("\n  ");
  }

  private JsonNode toTree(Object value) throws Exception {
    return mapper.readTree(mapper.writeValueAsString(value));
  }

  private <T> T roundTrip(T value, Class<T> type) throws Exception {
    return mapper.readValue(mapper.writeValueAsString(value), type);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
