package io.github.wirecopy;

import static io.github.wirecopy.QuotedCopy.AP;
import static io.github.wirecopy.QuotedCopy.REUTERS;
import static io.github.wirecopy.QuotedCopy.XINHUA;
import static io.github.wirecopy.QuotedCopy.mentionTexts;
import static io.github.wirecopy.QuotedCopy.parse;
import static io.github.wirecopy.QuotedCopy.speakerIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.Speaker;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mentions of a source resolve into one speaker: a title is kept apart from the name, a
 * short name ({@code Xi}, {@code Sunak}, {@code Wu}) joins the full one, Chinese and Korean
 * names are read family name first, a pronoun goes to the most salient compatible source before
 * it (never an organisation for he or she), a description joins the named source it was used
 * of, and an unnamed source is named by its fullest description. A speaker's mentions are every
 * mention of it: names anywhere in the article, and pronouns and descriptions at its quotes.
 */
class SpeakerResolutionTest {

  /** A source as copy introduces it, and the name and title its speaker must get. */
  record Titled(String written, String name, Optional<String> title) {
    @Override
    public String toString() {
      return written;
    }
  }

  static Stream<Titled> titledNames() {
    return Stream.of(
        new Titled("Prime Minister Rishi Sunak", "Rishi Sunak", Optional.of("Prime Minister")),
        new Titled("Foreign Minister Wang Yi", "Wang Yi", Optional.of("Foreign Minister")),
        new Titled("Vice Premier Wu Yi", "Wu Yi", Optional.of("Vice Premier")),
        new Titled("Premier Li Qiang", "Li Qiang", Optional.of("Premier")),
        new Titled("Senator Maria Okafor", "Maria Okafor", Optional.of("Senator")),
        new Titled("Ambassador Zhang Jun", "Zhang Jun", Optional.of("Ambassador")),
        new Titled("Secretary-General Antonio Guterres", "Antonio Guterres",
            Optional.of("Secretary-General")),
        new Titled("Bank of Japan governor Yasuo Matsushita", "Yasuo Matsushita",
            Optional.of("Bank of Japan governor")),
        new Titled("Chancellor of the Exchequer Nigel Lawson", "Nigel Lawson",
            Optional.of("Chancellor of the Exchequer")),
        new Titled("Secretary of State George Shultz", "George Shultz",
            Optional.of("Secretary of State")),
        new Titled("Under-Secretary of State Nicholas Burns", "Nicholas Burns",
            Optional.of("Under-Secretary of State")),
        new Titled("Maria Okafor", "Maria Okafor", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("titledNames")
  void titleBeforeANameIsKeptApartFromIt(Titled source) {
    Article article = parse(REUTERS, source.written() + " said the talks had been constructive.");

    assertThat(article.speakers()).hasSize(1);
    Speaker speaker = article.speakers().get(0);
    assertThat(speaker.name()).isEqualTo(source.name());
    assertThat(speaker.title()).isEqualTo(source.title());
    assertThat(mentionTexts(speaker)).containsExactly(source.written());
  }

  @Test
  void nationalityBeforeATitleLeavesTheNameWhole() {
    Article article = parse(XINHUA,
        "Chinese President Xi Jinping said China would open its door wider.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Xi Jinping");
    assertThat(article.speakers().get(0).title().orElseThrow()).endsWith("President");
  }

  /** A source introduced in full, the short name copy uses for it later, and its full name. */
  record ShortName(String full, String later, String name) {
    @Override
    public String toString() {
      return later + " of " + full;
    }
  }

  static Stream<ShortName> shortNames() {
    return Stream.of(
        new ShortName("Chinese President Xi Jinping", "Xi", "Xi Jinping"),
        new ShortName("Vice Premier Wu Yi", "Wu", "Wu Yi"),
        new ShortName("Prime Minister Rishi Sunak", "Sunak", "Rishi Sunak"),
        new ShortName("Premier Li Qiang", "Li", "Li Qiang"),
        new ShortName("South Korean President Yoon Suk Yeol", "Yoon", "Yoon Suk Yeol"),
        new ShortName("North Korean leader Kim Jong Un", "Kim", "Kim Jong Un"),
        new ShortName("Senator Maria Okafor", "Okafor", "Maria Okafor"));
  }

  @ParameterizedTest
  @MethodSource("shortNames")
  void shortNameLaterInTheArticleIsTheSameSpeaker(ShortName source) {
    Article article = parse(XINHUA,
        source.full() + " said the two sides had agreed to meet again.",
        source.later() + " added that the meeting would take place in the autumn.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers()).hasSize(1);
    Speaker speaker = article.speakers().get(0);
    assertThat(speaker.name()).isEqualTo(source.name());
    assertThat(mentionTexts(speaker)).containsExactly(source.full(), source.later());
    assertThat(article.quotes().get(1).mention().orElseThrow().text()).isEqualTo(source.later());
  }

  @Test
  void fullNameGivenInNarrationNamesTheSpeakerQuotedByShortName() {
    Article article = parse(XINHUA,
        "Chinese President Xi Jinping arrived in Paris on Monday for a state visit.",
        "\"China and France can do great things together,\" Xi said.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Xi Jinping");
    assertThat(mentionTexts(article.speakers().get(0)))
        .anySatisfy(mention -> assertThat(mention).endsWith("Xi Jinping"))
        .endsWith("Xi");
  }

  @Test
  void twoPeopleSharingAFamilyNameStayTwoSpeakers() {
    Article article = parse(XINHUA,
        "North Korean leader Kim Jong Un said the country would bolster its defences.",
        "His sister Kim Yo Jong said the drills were a provocation.",
        "Kim Jong Un added that talks were off.");

    assertThat(speakerIds(article)).containsExactly(0, 1, 0);
    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Kim Jong Un", "Kim Yo Jong");
  }

  @Test
  void pronounResolvesToTheSourceBeforeIt() {
    Article article = parse(AP,
        "Senator Maria Okafor said the bill would pass. She added that the vote would come next "
            + "week.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.quotes().get(1).mention().orElseThrow().text()).isEqualTo("She");
    assertThat(mentionTexts(article.speakers().get(0)))
        .containsExactly("Senator Maria Okafor", "She");
  }

  @Test
  void pronounResolvesToTheMostRecentPersonBeforeIt() {
    Article article = parse(AP,
        "Senator Maria Okafor said the bill would pass.",
        "Governor Tom Reyes said the bill would fail.",
        "He added that he would veto it.");

    assertThat(speakerIds(article)).containsExactly(0, 1, 1);
    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Maria Okafor", "Tom Reyes");
  }

  /** {@code one of the Ns} is a person, {@code two of the Ns} a group. */
  @Test
  void oneOfManyIsAPersonAndSomeOfThemAGroup() {
    Article article = parse(AP,
        "One of the officials said the bill would pass. He added that it had support.",
        "Two of the senators said the bill would fail. They added that it lacked support.");

    assertThat(speakerIds(article)).containsExactly(0, 0, 1, 1);
  }

  @Test
  void personalPronounSkipsAnOrganisationForTheLastPerson() {
    Article article = parse(AP,
        "Senator Maria Okafor said the bill would pass.",
        "The Senate press office said the vote would come next week.",
        "She added that she was confident of the numbers.");

    assertThat(speakerIds(article)).containsExactly(0, 1, 0);
    assertThat(article.speakers().get(0).name()).isEqualTo("Maria Okafor");
  }

  @Test
  void personalPronounNeverResolvesToAnOrganisation() {
    Article article = parse(REUTERS,
        "The ministry said the decision was final. He said he would appeal against it.");

    assertThat(article.quotes()).hasSize(2);
    Quote second = article.quotes().get(1);
    assertThat(second.mention().map(Phrase::text)).contains("He");
    assertThat(second.speaker()).isEmpty();
    assertThat(article.speakers()).hasSize(1);
    assertThat(mentionTexts(article.speakers().get(0))).containsExactly("The ministry");
  }

  @Test
  void itResolvesToAnOrganisation() {
    Article article = parse(REUTERS,
        "The ministry said the decision was final. It added that no appeal would be heard.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(mentionTexts(article.speakers().get(0))).containsExactly("The ministry", "It");
  }

  /**
   * Names that end with a company's legal form or word, that are acronyms, or initials joined by
   * {@code and}, name no person.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Kroger Co", "Siemens AG",
      "Standard Oil", "Coniston Partners", "The OECD", "OPEC", "S and P", "The Bank of England"})
  void itResolvesToAnOrganisationNamedByItsName(String name) {
    Article article = parse(REUTERS,
        name + " said output rose in March. It added that prices would hold.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(mentionTexts(article.speakers().get(0))).endsWith("It");
  }

  /**
   * Copy names a person in full before it shortens the name, so a source first named by one word
   * may be an organisation: {@code it} may refer to it, and so may {@code he}.
   */
  @Test
  void itAndHeMayBothResolveToASourceFirstNamedByOneWord() {
    Article company = parse(REUTERS,
        "GenCorp said it would build a new plant. It said completion is expected in 1988.");
    Article person = parse(REUTERS,
        "Reagan said the talks had failed. He said a new round would start in May.");

    assertThat(speakerIds(company)).containsExactly(0, 0);
    assertThat(speakerIds(person)).containsExactly(0, 0);
  }

  @Test
  void itDoesNotResolveToAPersonNamedInFull() {
    Article article = parse(REUTERS,
        "Y. Hojoh said the cost was high. It said the system would be delayed.");

    assertThat(article.quotes()).hasSize(2);
    assertThat(article.quotes().get(1).speaker()).isEmpty();
  }

  @Test
  void personalPronounNeverResolvesToAnAcronym() {
    Article article = parse(REUTERS,
        "The talks ended on Friday, the official news agency APS said. He said a deal was near.");

    assertThat(article.quotes()).hasSize(2);
    assertThat(article.quotes().get(1).speaker()).isEmpty();
  }

  @Test
  void romanNumeralEndsAPersonsName() {
    Article article = parse(AP,
        "Brent Bozell III said the party had changed. He added that voters had noticed.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers().get(0).name()).isEqualTo("Brent Bozell III");
  }

  /** A word that opens a sentence is no part of a name given in the narration. */
  @Test
  void nameInTheNarrationLeavesOutTheWordThatOpensItsSentence() {
    Article article = parse(REUTERS,
        "Li said the plan had failed. Yesterday Li met the minister. But Li left early.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Li");
  }

  /** Nor is a preposition or a participle that opens the sentence. */
  @ParameterizedTest
  @ValueSource(strings = {"Despite", "Amid", "Among", "Using", "Noting"})
  void nameInTheNarrationLeavesOutThePrepositionOrParticipleThatOpensItsSentence(String opener) {
    Article article = parse(AP,
        "Cruz said the race was close.",
        opener + " Ted Cruz's remarks, the party met.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Ted Cruz");
  }

  /** A time before or after a source is no part of its mention nor of its name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Last week Heinz said profit rose. | Heinz | Heinz",
      "Late last month Social Affairs minister Louw de Graaf said the plan would go ahead."
          + " | Social Affairs minister Louw de Graaf | Louw de Graaf",
      "The House Armed Services Committee last night said the bill would pass."
          + " | The House Armed Services Committee | House Armed Services Committee",
      "The committee late last night said the bill would pass. | The committee | The committee",
      "RNC spokesman Sean Spicer on Thursday evening said the party was not in crisis."
          + " | RNC spokesman Sean Spicer | Sean Spicer",
      "On Friday night exporters said they had heard of the closure. | exporters | exporters",
      "Late Thursday night Acme Corp said it would appeal. | Acme Corp | Acme Corp"})
  void timeBesideASourceIsNoPartOfIt(String paragraph, String mention, String name) {
    Article article = parse(REUTERS, paragraph);

    assertThat(article.quotes()).extracting(quote -> quote.mention().map(Phrase::text))
        .containsExactly(Optional.of(mention));
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(name);
  }

  /** A company quoted by its short name is named by its name with its legal form. */
  @Test
  void companyNameInTheNarrationNamesTheSpeakerQuotedByItsShortName() {
    Article article = parse(REUTERS,
        "Siemens said profit rose 10 percent. Shares of Standard Oil Co and Siemens AG fell "
            + "in Frankfurt.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Siemens AG");
    assertThat(mentionTexts(article.speakers().get(0))).containsExactly("Siemens",
        "Siemens AG");
  }

  /** Another company of the same family in the narration does not rename the speaker. */
  @Test
  void companyWithALegalFormKeepsItsNameBesideAnotherOfItsFamily() {
    Article article = parse(REUTERS,
        "Exxon Corp said profit rose. Exxon Capital Corp sold bonds on Monday. Exxon said "
            + "sales were flat.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers().get(0).name()).isEqualTo("Exxon Corp");
  }

  @Test
  void theyResolvesToAGroup() {
    Article article = parse(REUTERS,
        "Officials said the talks were useful. They added that a deal was close.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(mentionTexts(article.speakers().get(0))).containsExactly("Officials", "They");
  }

  @Test
  void organisationIsNamedWithoutATitle() {
    Article article = parse(XINHUA, "The Foreign Ministry said the visit would go ahead.");

    assertThat(article.speakers()).hasSize(1);
    Speaker speaker = article.speakers().get(0);
    assertThat(speaker.title()).isEmpty();
    assertThat(speaker.name()).endsWith("Foreign Ministry");
  }

  /**
   * An organisation is named by all its words: what it is of or for ({@code Bank of England}),
   * the partners of a firm ({@code Oppenheimer and Co}), the words on both sides of an {@code
   * and} inside its name ({@code Securities and Exchange Commission}), a word that copy wrote in
   * lower case before the legal form ({@code J.C. Penney co Inc}), a word opened by a digit
   * ({@code 3Com Corp}), initials ({@code Nova Sales U.S.A. Inc}).
   */
  @ParameterizedTest
  @ValueSource(strings = {"Bank of England", "International Committee of the Red Cross",
      "Ministry of Trade and Industry", "Hospital Corp of America",
      "Center for Responsive Politics", "Organisation for Economic Cooperation and Development",
      "Hollywood Chamber of Commerce", "State Bank of India", "Standard and Poor's Corp",
      "Oppenheimer and Co", "Goodyear Tire and Rubber Co", "J.C. Penney co Inc",
      "Jacobs Engineering group Inc", "Securities and Exchange Commission",
      "Harper and Row Publishers Inc", "Valley Federal Savings and Loan Association",
      "3Com Corp", "3M Co", "Nova Sales U.S.A. Inc", "C.O.M.B. Co", "Exxon Co U.S.A."})
  void organisationIsNamedByAllItsWords(String name) {
    Article article = parse(REUTERS, "The " + name + " said the outlook had improved.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(name);
  }

  @Test
  void organisationsOfTwoCountriesStayTwoSpeakers() {
    Article article = parse(REUTERS,
        "The Bank of England said rates would hold.",
        "The Bank of France said they would rise.",
        "The bank said the franc was stable.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Bank of England", "Bank of France");
    assertThat(speakerIds(article)).containsExactly(0, 1, 1);
  }

  @Test
  void placeAnOrganisationIsOfIsNoMentionOfIt() {
    Article article = parse(REUTERS,
        "The Bank of England said rates would hold.",
        "Traders in England said the pound was stable.",
        "The Bank of England is independent.");

    assertThat(mentionTexts(article.speakers().get(0)))
        .containsExactly("The Bank of England", "Bank of England");
  }

  /**
   * A firm named by its partners keeps the commas between them; a word that opens the clause or
   * a time before a comma is none of them, nor is a company of a list.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Goldman, Sachs and Co said the offering was priced. | Goldman, Sachs and Co",
      "Merrill Lynch, Pierce, Fenner and Smith Inc said the notes sold out."
          + " | Merrill Lynch, Pierce, Fenner and Smith Inc",
      "In Chicago, Sears, Roebuck and Co said sales rose. | Sears, Roebuck and Co",
      "Earlier, Smith and Co said it had no comment. | Smith and Co",
      "Acme Corp, Smith and Co said the talks went on. | Smith and Co"})
  void firmNamedByPartnersSetOffByCommasIsNamedWhole(String paragraph, String name) {
    Article article = parse(REUTERS, paragraph);

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(name);
  }

  /** A second company or person after "and" is no partner of a firm. */
  @ParameterizedTest
  @ValueSource(strings = {"GM and Ford Motor Co", "Mazda Corp and Ford Motor Co", "Li and Wang"})
  void sourceAfterAndIsNoPartnerOfAFirm(String subject) {
    Article article = parse(REUTERS, subject + " said sales fell.");

    assertThat(article.speakers()).extracting(Speaker::name).doesNotContain(subject);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme Corp", "Standard Oil", "Investors Savings Bank"})
  void theCompanyIsTheCompanyNamedLast(String company) {
    Article article = parse(REUTERS,
        company + " said profit rose 10 percent.",
        "The company said sales would grow this year.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(mentionTexts(article.speakers().get(0))).containsExactly(company, "The company");
  }

  /** "The parent company" names another company; a newspaper or a ministry is no company. */
  @ParameterizedTest
  @ValueSource(strings = {"Acme Corp said profit rose. The parent company said sales would grow.",
      "The Wall Street Journal said Acme would be sold. The company said it had no comment.",
      "The Commerce Department said exports rose. The company said sales would grow."})
  void theCompanyIsNoOtherSourceNamedBefore(String paragraph) {
    Article article = parse(REUTERS, paragraph);

    assertThat(speakerIds(article)).containsExactly(0, 1);
  }

  /**
   * Two organisations joined by {@code and} are not named as one: the name ends before the
   * {@code and}, and the speaker is the first.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The Bank of New York and Mellon Financial | Bank of New York",
      "The Economic Commission for Latin America and the Caribbean"
          + " | Economic Commission for Latin America",
      "The Bank of England and Bank of France | Bank of England"})
  void nameOfAnOrganisationEndsAtAnotherJoinedToIt(String written, String name) {
    Article article = parse(REUTERS, written + " said the outlook had improved.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(name);
  }

  /** A title joined to an organisation by "of the" is the description of the person named. */
  @Test
  void personDescribedByAnOfficeOfAnOrganisationKeepsTheName() {
    Article article = parse(AP,
        "Ana Reyes, executive director of the House Majority PAC, said the party would hold on.",
        "Li Wei, director of the Foreign Trade Institute, ITI, said exports would rise.",
        "Rep. Carl Hale (D-Ohio), chairman of the House Energy and Commerce Committee, said he "
            + "would hold hearings.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Ana Reyes", "Li Wei", "Carl Hale");
  }

  /** A share of an organisation's members is the source, not the organisation. */
  @Test
  void shareOfAnOrganisationIsNoOfficeOfIt() {
    Article article = parse(REUTERS,
        "A majority of the Senate Agriculture Committee urged the president to act.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("A majority of the Senate Agriculture Committee");
  }

  /** A plural of people capitalized at the start of a sentence is a description, no name. */
  @Test
  void pluralOfPeopleOpeningTheSentenceIsNoName() {
    Article article = parse(AP, "Members of Congress said the bill would pass.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Members of Congress");
  }

  /** Shares of a poll with other numbers are other people, whatever the noun they share. */
  @Test
  void sharesOfAPollWithOtherNumbersAreOtherSpeakers() {
    Article article = parse(AP,
        "Just 16 percent of Democratic registered voters say they dislike her.",
        "Nine in 10 Democratic registered voters say she could win.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(
        "Just 16 percent of Democratic registered voters",
        "Nine in 10 Democratic registered voters");
    assertThat(parse(AP, "One in three said the party does not care and one in four said it "
        + "was hostile.").speakers()).extracting(Speaker::name)
        .containsExactly("One in three", "one in four");
  }

  /** Only a title joins a title by "of the": not "the laws of the General Agreement". */
  @Test
  void nounBeforeOfTheIsNoOfficeOfTheWordsAfterIt() {
    Article article = parse(REUTERS,
        "Any move would leave the bloc no option but to react, according to the laws of the "
            + "General Agreement on Tariffs and Trade.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("the laws of the General Agreement on Tariffs and Trade");
  }

  /**
   * The words after an office's "for" are no name of their own ({@code Textiles Ana Reyes}):
   * where the office cannot be told from the name, the speaker is named by the whole phrase.
   */
  @Test
  void officeForAFieldIsNamedWithTheWholePhrase() {
    Article article = parse(REUTERS,
        "Minister of State for Textiles Ana Reyes said exports would rise.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Minister of State for Textiles Ana Reyes");
  }

  /** An organisation of a person's, joined by "of", does not rename the person. */
  @Test
  void organisationNamedAfterASpeakerDoesNotRenameThem() {
    Article article = parse(AP,
        "Obama said the economy was growing.",
        "Obama's Council of Economic Advisers published a report.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Obama");
  }

  /** A source whose joined name leaves no source is read as though the name ended at "for". */
  @Test
  void companyNamedForAnotherOneIsStillASource() {
    Article article = parse(REUTERS,
        "Alpha Trust for Beta Corp shares said its units would be listed on Monday.");

    assertThat(article.quotes()).hasSize(1);
    assertThat(article.quotes().get(0).mention().orElseThrow().text())
        .isEqualTo("Alpha Trust for Beta Corp shares");
  }

  /** A company's name in the narration with its legal form before "of" renames the speaker. */
  @Test
  void companyNameWithAPlaceInTheNarrationNamesTheSpeaker() {
    Article article = parse(REUTERS,
        "Electronic Mail Corp of America has completed its financing.",
        "Electronic said the lenders include two banks.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Electronic Mail Corp of America");
  }

  /** Initials keep their last period where it ends the sentence too; a web address does not. */
  @Test
  void initialsEndingTheNameKeepTheirPeriod() {
    Article initials = parse(REUTERS, "The U.S. said it would reexamine the issue.");
    Article address = parse(REUTERS,
        "The clashes killed 12 people, according to Tchadinfos.com.");

    assertThat(initials.speakers()).extracting(Speaker::name).containsExactly("U.S.");
    assertThat(address.speakers()).extracting(Speaker::name).containsExactly("Tchadinfos.com");
  }

  /**
   * Initials before a name in the narration give the speaker its full name; initials that name a
   * place, ending a sentence before the name, do not; nor is a party and state an initials' name.
   */
  @Test
  void initialsInTheNarrationAreAPartOfTheNameTheyOpen() {
    Article firm = parse(REUTERS,
        "Hutton said the offer was fair.",
        "Shares of E.F. Hutton rose on the news.");
    Article place = parse(REUTERS,
        "Silas said the plan would help.",
        "Exports went to the U.S. Silas said prices would rise.");
    Article party = parse(AP,
        "The plan was proposed by Rep. John LaFalce, D-N.Y., who said it would help.");

    assertThat(firm.speakers()).extracting(Speaker::name).containsExactly("E.F. Hutton");
    assertThat(place.speakers()).extracting(Speaker::name).containsExactly("Silas");
    assertThat(party.speakers()).extracting(Speaker::name).doesNotContain("D-N.Y.");
  }

  /** A legal form alone, where copy's spelling hides the rest of a name, is no other company. */
  @Test
  void legalFormAloneIsNoShortNameOfACompany() {
    Article article = parse(REUTERS, "Acme Co said profit rose. Joule' Co said sales fell.");

    assertThat(speakerIds(article)).containsExactly(0, 1);
    assertThat(article.speakers().get(0).name()).isEqualTo("Acme Co");
  }

  /** Only a legal form keeps a lower-case word in the name before it. */
  @Test
  void lowerCaseWordBeforeANameIsNoPartOfIt() {
    Article article = parse(REUTERS, "Reuters correspondent John Smith said the town was quiet.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("John Smith");
  }

  @Test
  void personOfAFirmIsThePerson() {
    Article article = parse(REUTERS, "John Sullivan of Dean Witter said rates would hold.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("John Sullivan");
  }

  @Test
  void dayAfterANameIsNoPartOfIt() {
    Article inNarration = parse(AP,
        "Rice said the talks would go on.",
        "Secretary of State Condoleezza Rice Monday met the envoy.");
    Article atTheQuote = parse(AP,
        "Speaker Jim Wright said the bill would pass.",
        "Wright Thursday renewed his call for relief and announced his support for the plan.");

    assertThat(inNarration.speakers()).extracting(Speaker::name)
        .containsExactly("Condoleezza Rice");
    assertThat(atTheQuote.speakers()).extracting(Speaker::name).containsExactly("Jim Wright");
    assertThat(speakerIds(atTheQuote)).containsExactly(0, 0);
  }

  @Test
  void descriptionLinksToTheNamedSourceItDescribes() {
    Article article = parse(XINHUA,
        "Foreign Ministry spokesman Liu Jianchao said China opposed the move.",
        "The spokesman said Beijing would respond firmly.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    Speaker speaker = article.speakers().get(0);
    assertThat(speaker.name()).isEqualTo("Liu Jianchao");
    assertThat(mentionTexts(speaker))
        .containsExactly("Foreign Ministry spokesman Liu Jianchao", "The spokesman");
  }

  @Test
  void descriptionLinksToTheNamedSourceItsAppositionDescribes() {
    Article article = parse(XINHUA,
        "Liu Jianchao, spokesman for the Foreign Ministry, said China opposed the move.",
        "The spokesman added that Beijing would respond firmly.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Liu Jianchao");
    assertThat(article.quotes().get(0).mention().orElseThrow().text()).isEqualTo("Liu Jianchao");
  }

  @Test
  void descriptionsOfDifferentPeopleWithOneHeadNounStayTwoSpeakers() {
    Article article = parse(REUTERS,
        "The German envoy said talks would resume in the spring.",
        "The French envoy said no date had been agreed.");

    assertThat(speakerIds(article)).containsExactly(0, 1);
    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("The German envoy", "The French envoy");
  }

  /** The names after a head noun qualify it as those before it do. */
  @Test
  void descriptionsQualifiedByDifferentNamesAfterTheHeadStayTwoSpeakers() {
    Article twoOffices = parse(REUTERS,
        "A spokesman for the Federal Banking Supervisory Office said it was following the case.",
        "The Bundesbank spokesman said the bank had not been told.");
    Article oneOffice = parse(REUTERS,
        "A spokesman for the Foreign Ministry said the talks would resume.",
        "The Foreign Ministry spokesman said no date had been set.",
        "The spokesman said the envoy would travel on Monday.");

    assertThat(speakerIds(twoOffices)).containsExactly(0, 1);
    assertThat(speakerIds(oneOffice)).containsExactly(0, 0, 0);
  }

  @Test
  void unnamedSourceIsNamedByItsFullestDescription() {
    Article article = parse(XINHUA,
        "China opposed the move, a Foreign Ministry spokesman said.",
        "The spokesman said Beijing would respond firmly.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    Speaker speaker = article.speakers().get(0);
    assertThat(speaker.name()).isEqualTo("a Foreign Ministry spokesman");
    assertThat(speaker.title()).isEmpty();
    assertThat(mentionTexts(speaker)).containsExactly("a Foreign Ministry spokesman",
        "The spokesman");
  }

  @Test
  void unnamedSourceKeepsItsFullestDescriptionWhenAShorterOneComesFirst() {
    Article article = parse(REUTERS,
        "The official said the border would stay closed.",
        "A senior Interior Ministry official said the measure was temporary.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("A senior Interior Ministry official");
  }

  @Test
  void mentionsIncludeTheNameWhereverTheArticleGivesIt() {
    Article article = parse(XINHUA,
        "Chinese President Xi Jinping said China would open its door wider.",
        "Xi arrived in Paris on Monday, his first visit in five years.",
        "\"China and France can do great things together,\" Xi said.");

    assertThat(article.speakers()).hasSize(1);
    Speaker speaker = article.speakers().get(0);
    assertThat(mentionTexts(speaker))
        .containsExactly("Chinese President Xi Jinping", "Xi", "Xi");
    assertThat(speaker.mentions().get(1).span().start())
        .isEqualTo(article.paragraphs().get(1).span().start());
  }

  @Test
  void mentionsIncludeTheNameWithAPossessiveOrInCapitals() {
    Article article = parse(AP,
        "Governor Ana Reyes said the budget would pass.",
        "Reyes\u2019s office and REYES supporters gathered on Friday.",
        "Reyes's aides declined to comment.");

    assertThat(mentionTexts(article.speakers().get(0)))
        .containsExactly("Governor Ana Reyes", "Reyes", "REYES", "Reyes");
  }

  @Test
  void mentionsIncludePronounsAndDescriptionsAtQuotes() {
    Article article = parse(REUTERS,
        "Foreign Ministry spokesman Liu Jianchao said China opposed the move.",
        "He added that Beijing would respond firmly. The spokesman said the embassy had lodged "
            + "a protest.");

    assertThat(speakerIds(article)).containsExactly(0, 0, 0);
    assertThat(mentionTexts(article.speakers().get(0))).containsExactly(
        "Foreign Ministry spokesman Liu Jianchao", "He", "The spokesman");
  }

  @Test
  void aMentionThatStartsWhereALongerOneStartsGivesWayToIt() {
    // Two mentions start at the first word: the source phrase and the word "Critics" alone.
    // The longer is kept, and one place gives one mention.
    Article article = parse(AP,
        "Critics of the plan said it would cost jobs.",
        "Critics said the vote should wait.");

    assertThat(article.speakers()).hasSize(1);
    assertThat(mentionTexts(article.speakers().get(0)))
        .containsExactly("Critics of the plan", "Critics");
  }

  @Test
  void peopleWhoAreQuotedAreSpeakersAndOthersAreNot() {
    Article article = parse(AP,
        "Governor Tom Reyes met Senator Maria Okafor on Friday.",
        "Okafor said the meeting had gone well.");

    assertThat(article.speakers()).hasSize(1);
    assertThat(article.speakers().get(0).name()).endsWith("Okafor");
    assertThat(article.speakers()).noneMatch(s -> s.name().contains("Reyes"));
  }

  @Test
  void everyQuoteOfAnArticleNamesItsSpeakerById() {
    Article article = parse(XINHUA,
        "Premier Li Qiang said the economy was stable.",
        "\"We will protect investors,\" said Foreign Minister Wang Yi.",
        "Li added that more jobs would be created.");

    List<Integer> ids = speakerIds(article);
    assertThat(ids).containsExactly(0, 1, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Li Qiang", "Wang Yi");
  }
}
