package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Dateline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every dateline form the agencies use gives its text, place, date and agency. */
class DatelineTest {

  private static final String BODY = "Officials said talks would resume next week.";

  /** A dateline under a header date, and the fields it must give. */
  record Form(
      String header, String dateline, String text, String location, List<String> places,
      String date, String agency) {

    String article() {
      return "date " + header + " " + dateline + " " + BODY;
    }

    @Override
    public String toString() {
      return dateline;
    }
  }

  static Stream<Form> forms() {
    return Stream.of(
        new Form("2021-01-12", "BEIJING, Jan. 11 (Xinhua) --", "BEIJING, Jan. 11 (Xinhua)",
            "BEIJING", List.of("BEIJING"), "2021-01-11", "Xinhua"),
        new Form("2019-04-04", "UNITED NATIONS, April 3 (Xinhua) --",
            "UNITED NATIONS, April 3 (Xinhua)", "UNITED NATIONS", List.of("UNITED NATIONS"),
            "2019-04-03", "Xinhua"),
        new Form("2020-01-02", "BRISBANE, Australia, Jan. 1(Xinhua) --",
            "BRISBANE, Australia, Jan. 1(Xinhua)", "BRISBANE, Australia", List.of("BRISBANE"),
            "2020-01-01", "Xinhua"),
        new Form("2021-03-05", "CANBERRA (Xinhua) --", "CANBERRA (Xinhua)",
            "CANBERRA", List.of("CANBERRA"), null, "Xinhua"),
        new Form("2018-08-11", "NEW YORK, Aug 10 (Reuters) -", "NEW YORK, Aug 10 (Reuters)",
            "NEW YORK", List.of("NEW YORK"), "2018-08-10", "Reuters"),
        new Form("1987-02-26", "NEW YORK, Feb 26 -", "NEW YORK, Feb 26",
            "NEW YORK", List.of("NEW YORK"), "1987-02-26", null),
        new Form("2022-03-04", "KYIV/KHARKIV, Ukraine, March 3 (Reuters) -",
            "KYIV/KHARKIV, Ukraine, March 3 (Reuters)", "KYIV/KHARKIV, Ukraine",
            List.of("KYIV", "KHARKIV"), "2022-03-03", "Reuters"),
        new Form("2023-06-01", "WASHINGTON (AP) —", "WASHINGTON (AP)",
            "WASHINGTON", List.of("WASHINGTON"), null, "AP"),
        new Form("2023-06-01", "SPRINGFIELD, Ill. (AP) —", "SPRINGFIELD, Ill. (AP)",
            "SPRINGFIELD, Ill.", List.of("SPRINGFIELD"), null, "AP"),
        new Form("2023-06-01", "SEOUL, South Korea (AP) —", "SEOUL, South Korea (AP)",
            "SEOUL, South Korea", List.of("SEOUL"), null, "AP"),
        new Form("2015-04-02", "KUALA LUMPUR, April 1 (AFP) -", "KUALA LUMPUR, April 1 (AFP)",
            "KUALA LUMPUR", List.of("KUALA LUMPUR"), "2015-04-01", "AFP"),
        new Form("2016-01-20", "Jan. 19 (UPI) --", "Jan. 19 (UPI)",
            null, List.of(), "2016-01-19", "UPI"),
        new Form("2020-05-05", "(Bloomberg) --", "(Bloomberg)",
            null, List.of(), null, "Bloomberg"),
        new Form("2019-10-17", "New Delhi, Oct 16 (PTI)", "New Delhi, Oct 16 (PTI)",
            "New Delhi", List.of("New Delhi"), "2019-10-16", "PTI"),
        new Form("2020-11-24", "SEOUL, Nov. 24 (Yonhap) --", "SEOUL, Nov. 24 (Yonhap)",
            "SEOUL", List.of("SEOUL"), "2020-11-24", "Yonhap"),
        new Form("2020-01-22", "MOSCOW, January 21. /TASS/.", "MOSCOW, January 21. /TASS/",
            "MOSCOW", List.of("MOSCOW"), "2020-01-21", "TASS"),
        new Form("2021-07-07", "Madrid (dpa) -", "Madrid (dpa)",
            "Madrid", List.of("Madrid"), null, "dpa"),
        new Form("2020-03-02", "AMSTERDAM, 2 March -", "AMSTERDAM, 2 March",
            "AMSTERDAM", List.of("AMSTERDAM"), "2020-03-02", null));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void datelineFormGivesItsFields(Form form) {
    Dateline dateline = datelineOf(form.article());

    assertThat(dateline.text()).as("text").isEqualTo(form.text());
    assertThat(dateline.location()).as("location").isEqualTo(Optional.ofNullable(form.location()));
    assertThat(dateline.places()).as("places").isEqualTo(form.places());
    assertThat(dateline.date()).as("date")
        .isEqualTo(Optional.ofNullable(form.date()).map(LocalDate::parse));
    assertThat(dateline.agency()).as("agency").isEqualTo(Optional.ofNullable(form.agency()));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void datelineSpanCoversItsTextInTheArticle(Form form) {
    Article article = Wirecopy.parse(form.article());
    Dateline dateline = article.dateline().orElseThrow();

    assertThat(article.textAt(dateline.span())).isEqualTo(dateline.text());
    assertThat(dateline.span().start()).isEqualTo(form.article().indexOf(form.dateline()));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void firstParagraphStartsRightAfterTheSeparator(Form form) {
    Article article = Wirecopy.parse(form.article());

    assertThat(article.paragraphs()).hasSize(1);
    assertThat(article.paragraphs().get(0).text()).isEqualTo(BODY);
    assertThat(article.paragraphs().get(0).span().start())
        .isEqualTo(form.article().indexOf(form.dateline()) + form.dateline().length() + 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--", "-", "—", "–"})
  void eachSeparatorEndsTheDateline(String separator) {
    String text = "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) " + separator + " " + BODY;

    Article article = Wirecopy.parse(text);

    assertThat(article.dateline().orElseThrow().text()).isEqualTo("BEIJING, Jan. 11 (Xinhua)");
    assertThat(article.paragraphs().get(0).text()).isEqualTo(BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--", "-", "—", "–"})
  void eachSeparatorEndsADatelineWithoutAgency(String separator) {
    Dateline dateline = datelineOf("date 1987-02-27 NEW YORK, Feb 26 " + separator + " " + BODY);

    assertThat(dateline.text()).isEqualTo("NEW YORK, Feb 26");
    assertThat(dateline.location()).contains("NEW YORK");
    assertThat(dateline.date()).contains(LocalDate.of(1987, 2, 26));
    assertThat(dateline.agency()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "2021-01-12, Jan. 11,      2021-01-11",
    "2021-01-12, Jan 11,       2021-01-11",
    "2021-01-12, January 11,   2021-01-11",
    "2021-09-10, Sept. 9,      2021-09-09",
    "2021-09-10, Sep. 9,       2021-09-09",
    "2021-09-10, September 9,  2021-09-09",
    "2021-02-27, Feb. 26,      2021-02-26",
    "2021-08-03, Aug 3,        2021-08-03",
    "2021-12-02, Dec. 1,       2021-12-01",
    "2021-03-02, 2 March,      2021-03-02",
    "2021-10-17, 16 October,   2021-10-16",
  })
  void monthFormsGiveTheDate(String header, String written, String expected) {
    Dateline dateline = datelineOf("date " + header + " LONDON, " + written + " (Reuters) - " + BODY);

    assertThat(dateline.date()).contains(LocalDate.parse(expected));
    assertThat(dateline.location()).contains("LONDON");
  }

  @Test
  void dayFirstDateWithoutAgencyGivesPlaceAndDate() {
    Dateline dateline = datelineOf("date 2020-03-02 AMSTERDAM, 2 March - " + BODY);

    assertThat(dateline.text()).isEqualTo("AMSTERDAM, 2 March");
    assertThat(dateline.location()).contains("AMSTERDAM");
    assertThat(dateline.date()).contains(LocalDate.of(2020, 3, 2));
  }

  /** Of the years around the header's, the one that puts the dateline's date nearest it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // header   | dateline                       | resolved
    "2021-01-01 | SYDNEY, Dec. 31 (Xinhua) --    | 2020-12-31",
    "2020-12-31 | WELLINGTON, Jan. 1 (Xinhua) -- | 2021-01-01",
    "2024-03-01 | TOKYO, Feb. 29 (Kyodo) --      | 2024-02-29",
    "2023-03-01 | TOKYO, Feb. 29 (Kyodo) --      | 2024-02-29",
    "2021-07-02 | SYDNEY, Jan. 1 (Xinhua) --     | 2021-01-01",
    "2021-07-03 | SYDNEY, Jan. 1 (Xinhua) --     | 2022-01-01",
  })
  void datelineDateTakesTheYearNearestTheHeader(String header, String written, String resolved) {
    Dateline dateline = datelineOf("date " + header + " " + written + " " + BODY);

    assertThat(dateline.date()).contains(LocalDate.parse(resolved));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NEW YORK, Narch 2 -", "NEW YORK, Narch 2 (Reuters) -"})
  void misspeltMonthKeepsThePlaceAndLeavesTheDateEmpty(String written) {
    String text = "date 2021-03-03 " + written + " " + BODY;

    Article article = Wirecopy.parse(text);

    Dateline dateline = article.dateline().orElseThrow();
    assertThat(dateline.location()).contains("NEW YORK");
    assertThat(dateline.places()).containsExactly("NEW YORK");
    assertThat(dateline.date()).isEmpty();
    assertThat(article.paragraphs()).extracting(p -> p.text()).containsExactly(BODY);
  }

  @Test
  void articleWithoutDatelineHasNoneAndItsBodyStartsAfterTheHeaderDate() {
    String text = "date 2021-01-12 " + BODY;

    Article article = Wirecopy.parse(text);

    assertThat(article.dateline()).isEmpty();
    assertThat(article.paragraphs()).hasSize(1);
    assertThat(article.paragraphs().get(0).text()).isEqualTo(BODY);
    assertThat(article.paragraphs().get(0).span().start()).isEqualTo("date 2021-01-12 ".length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The United Nations (UN) said on Monday it would send more aid to the region.",
    "The company - which employs 2,300 people - said profit rose 3.5 percent.",
    "Residents (who declined to give their names) said the ferry had stopped running.",
    "Exports rose 4.1 percent in March - the fastest pace in two years.",
  })
  void proseAfterTheHeaderIsNotADateline(String body) {
    Article article = Wirecopy.parse("date 2021-01-12 " + body);

    assertThat(article.dateline()).isEmpty();
    assertThat(article.paragraphs()).extracting(p -> p.text()).containsExactly(body);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "UNITED  NATIONS, April 3 (Xinhua) --            | UNITED NATIONS",
    "UNITED\u00A0NATIONS, April 3 (Xinhua) --        | UNITED NATIONS",
    "UNITED\tNATIONS, April 3 (Xinhua) --            | UNITED NATIONS",
    "KUALA   LUMPUR, April 1 (AFP) -                  | KUALA LUMPUR",
    "SEOUL,  South  Korea (AP) —                     | SEOUL, South Korea",
  })
  void locationHasItsWhitespaceNormalised(String written, String location) {
    String text = "date 2019-04-04 " + written.strip() + " " + BODY;

    Dateline dateline = datelineOf(text);

    assertThat(dateline.location()).contains(location);
    assertThat(dateline.text()).isEqualTo(written.strip().substring(0, written.strip().lastIndexOf(' ')));
  }

  @Test
  void placesOfSeveralWordsWithDoubleSpacesAreSplitAndNormalised() {
    String text = "date 2022-03-04 RIO  DE  JANEIRO/SAO  PAULO, Brazil, March 3 (Reuters) - " + BODY;

    Dateline dateline = datelineOf(text);

    assertThat(dateline.places()).containsExactly("RIO DE JANEIRO", "SAO PAULO");
    assertThat(dateline.location()).contains("RIO DE JANEIRO/SAO PAULO, Brazil");
  }

  /** Older financial wire copy sets its datelines loosely; each of these still gives the fields. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // written                                  | location             | date       | agency | body starts with
    "TULSA, June 2- Example Cos said            | TULSA                | 1987-06-02 | -      | Example Cos",
    "CHICAGO, March 4, - Grain prices rose      | CHICAGO              | 1987-03-04 | -      | Grain prices",
    "COLUMBIA, Md. March 3 - Crab catches fell  | COLUMBIA, Md.        | 1987-03-03 | -      | Crab catches",
    "DETROIT June 18 - Car sales rose           | DETROIT              | 1987-06-18 | -      | Car sales",
    "WASHINGTON, March 12, Reuter - A judge     | WASHINGTON           | 1987-03-12 | Reuter | A judge",
    "OMAHA, Neb. March 11, Reuter - Cattle rose | OMAHA, Neb.          | 1987-03-11 | Reuter | Cattle rose",
    "KANSAS CITY, Mo. - March 13 - The company  | KANSAS CITY, Mo.     | 1987-03-13 | -      | The company",
    "peoria, april 7 - barrow prices rose       | peoria               | 1987-04-07 | -      | barrow prices",
    "****LONDON, March 5 - Sugar prices fell    | ****LONDON           | 1987-03-05 | -      | Sugar prices",
    "CHICAGO, April - Employment rose           | CHICAGO              | -          | -      | Employment rose",
    "BOSTON, March 187 - The utility said       | BOSTON               | -          | -      | The utility",
    "ROSEMONT, Ill., Macrh 31 - The firm said   | ROSEMONT, Ill.       | -          | -      | The firm",
    "SEATTLE, Marchg 2 - The firm said          | SEATTLE              | 1987-03-02 | -      | The firm",
  })
  void looselySetFinancialDatelinesStillGiveTheirFields(
      String written, String location, String date, String agency, String bodyStart) {
    Article article = Wirecopy.parse("date 1987-03-04 " + written + " and more.");

    Dateline dateline = article.dateline().orElseThrow();
    assertThat(dateline.location()).contains(location);
    assertThat(dateline.date()).isEqualTo(Optional.ofNullable(date).map(LocalDate::parse));
    assertThat(dateline.agency()).isEqualTo(Optional.ofNullable(agency));
    assertThat(article.paragraphs().get(0).text()).startsWith(bodyStart);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SMITH--John Arthur, 98, of Springfield, died on Friday.",
    "WHEAT-based products rose in March.",
    "Prices rose 3.5 pct in March 3 - 4 weeks of trading.",
  })
  void namesAndHyphensRunIntoTheTextAreNoDateline(String body) {
    Article article = Wirecopy.parse("date 1987-03-04 " + body);

    assertThat(article.dateline()).isEmpty();
  }

  private static Dateline datelineOf(String text) {
    return Wirecopy.parse(text).dateline()
        .orElseThrow(() -> new AssertionError("no dateline found in " + ArticleInvariants.show(text)));
  }
}
