package io.github.wirecopy;

import static io.github.wirecopy.QuotedCopy.AP;
import static io.github.wirecopy.QuotedCopy.REUTERS;
import static io.github.wirecopy.QuotedCopy.XINHUA;
import static io.github.wirecopy.QuotedCopy.direct;
import static io.github.wirecopy.QuotedCopy.indirect;
import static io.github.wirecopy.QuotedCopy.mentionTexts;
import static io.github.wirecopy.QuotedCopy.parse;
import static io.github.wirecopy.QuotedCopy.said;
import static io.github.wirecopy.QuotedCopy.speakerIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.QuotedCopy.Said;
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
 * short name ({@code Zhao}, {@code Marlowe}, {@code Lu}) joins the full one, Chinese and Korean
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
        new Titled("Prime Minister Helen Marlowe", "Helen Marlowe", Optional.of("Prime Minister")),
        new Titled("Foreign Minister Gao Ren", "Gao Ren", Optional.of("Foreign Minister")),
        new Titled("Vice Premier Lu Fang", "Lu Fang", Optional.of("Vice Premier")),
        new Titled("Premier Han Qiu", "Han Qiu", Optional.of("Premier")),
        new Titled("Senator Maria Okafor", "Maria Okafor", Optional.of("Senator")),
        new Titled("Ambassador Peng Xiaodong", "Peng Xiaodong", Optional.of("Ambassador")),
        new Titled("Secretary-General Lucia Ferreira", "Lucia Ferreira",
            Optional.of("Secretary-General")),
        new Titled("Bank of Japan governor Tadashi Morioka", "Tadashi Morioka",
            Optional.of("Bank of Japan governor")),
        new Titled("Chancellor of the Exchequer Edmund Hale", "Edmund Hale",
            Optional.of("Chancellor of the Exchequer")),
        new Titled("Secretary of State Walter Brandt", "Walter Brandt",
            Optional.of("Secretary of State")),
        new Titled("Under-Secretary of State Clara Mendel", "Clara Mendel",
            Optional.of("Under-Secretary of State")),
        new Titled("Democrat Maria Okafor", "Maria Okafor", Optional.of("Democrat")),
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
        "Chinese President Zhao Mingde said China would open its door wider.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Zhao Mingde");
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
        new ShortName("Chinese President Zhao Mingde", "Zhao", "Zhao Mingde"),
        new ShortName("Vice Premier Lu Fang", "Lu", "Lu Fang"),
        new ShortName("Prime Minister Helen Marlowe", "Marlowe", "Helen Marlowe"),
        new ShortName("Premier Han Qiu", "Han", "Han Qiu"),
        new ShortName("South Korean President Choi Min Seok", "Choi", "Choi Min Seok"),
        new ShortName("North Korean envoy Ri Chol Hwan", "Ri", "Ri Chol Hwan"),
        new ShortName("Senator Maria Okafor", "Okafor", "Maria Okafor"));
  }

  @ParameterizedTest
  @MethodSource("shortNames")
  void shortNameLaterInTheArticleIsTheSameSpeaker(ShortName source) {
    Article article = parse(XINHUA,
        source.full() + " said the two delegations would hold a second round.",
        source.later() + " added that the venue was still to be chosen.");

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
        "Chinese President Zhao Mingde arrived in Paris on Monday for a state visit.",
        "\"China and France can do great things together,\" Zhao said.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Zhao Mingde");
    assertThat(mentionTexts(article.speakers().get(0)))
        .anySatisfy(mention -> assertThat(mention).endsWith("Zhao Mingde"))
        .endsWith("Zhao");
  }

  @Test
  void twoPeopleSharingAFamilyNameStayTwoSpeakers() {
    Article article = parse(XINHUA,
        "Union leader Kim Min Ho said the shipyard strike would go on.",
        "His sister Kim Eun Ji said the pay offer was an insult.",
        "Kim Min Ho added that talks were off.");

    assertThat(speakerIds(article)).containsExactly(0, 1, 0);
    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Kim Min Ho", "Kim Eun Ji");
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

  /** People counted above one are a group, though no list knows their noun: not a "he". */
  @Test
  void countedPeopleAreNoAntecedentOfHe() {
    Article article = parse(AP,
        "Three longtime denizens of the valley told reporters they would stay.",
        "\"We will not leave,\" he said.");

    assertThat(speakerIds(article)).containsExactly(0, -1);
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

  /**
   * An office in {@code -man} tells a gender only where the name tells none ({@code chairman
   * Susan Okafor} is a woman), and the words after the given name tell none ({@code Kelly} is a
   * surname here).
   */
  @Test
  void genderIsToldByTheGivenNameBeforeAnOfficeAndNotBySurnames() {
    Article chairwoman = parse(REUTERS,
        "Board chairman Susan Okafor said rates would hold. She added that loans would grow.");
    Article surname = parse(AP,
        "Maria Okafor said the bill would pass.",
        "Geoffrey Kelly said the bill would fail. He added that he would vote against it.");

    assertThat(speakerIds(chairwoman)).containsExactly(0, 0);
    assertThat(speakerIds(surname)).containsExactly(0, 1, 1);
  }

  /**
   * Where names are joined, the words of the first person tell nothing of the second's gender:
   * {@code Mark} says nothing of Mary Reyes, the source of the joined names.
   */
  @Test
  void genderOfJoinedNamesIsToldByTheNameOfTheirSource() {
    Article article = parse(REUTERS,
        "Mark Dunmore and Mary Reyes said the plan would fail. She added that the vote was close.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Mary Reyes");
  }

  /**
   * The asker of a question in the passive speaks it, but stays in the background: the one asked
   * answers, and a pronoun after it goes on with the source before it.
   */
  @Test
  void askerOfAQuestionIsNoAntecedentOfAPronoun() {
    Article article = parse(AP,
        "Reyes said the vote was close. Asked by Hale whether there would be a recount, he said "
            + "no.");

    assertThat(said(article)).containsExactly(
        indirect("the vote was close", "said", "Reyes", "Reyes"),
        indirect("whether there would be a recount", "Asked", "Hale", "Hale"),
        indirect("no", "said", "he", "Reyes"));
  }

  /**
   * A question its source leaves open ({@code would not say whether}) or a thing not told
   * ({@code did not disclose the terms}) is no quote, but the source is the one the text goes on
   * with.
   */
  @ParameterizedTest
  @ValueSource(strings = {"would not say whether talks had begun", "did not disclose the terms"})
  void sourceWhoLeavesAQuestionOpenIsStillTheAntecedentOfAPronoun(String silence) {
    Article article = parse(AP,
        "Reyes said the talks were over. Hale " + silence + ". \"We will see,\" he said.");

    assertThat(said(article)).containsExactly(
        indirect("the talks were over", "said", "Reyes", "Reyes"),
        direct("We will see,", "said", "he", "Hale"));
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
   * {@code and}, name no person; nor do descriptions headed by a noun of companies or writings.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Harlow Co", "Brandt AG",
      "Northfield Oil", "Ashgrove Partners", "The OECD", "OPEC", "S and P", "AT and T",
      "The Bank of England", "Ashgrove Associates L.P.", "Dalvane Oy", "Harlow KGaA",
      "Four Rivers Hotels", "Stanfield Works", "The United States", "The airline", "The utility",
      "The circular", "<Harlow Business Brokers>", "The state news agency Harlo",
      "Harlow Information Services", "The Harlow Power Project", "The Harlow Sailing Society"})
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
        "Dalvane said it would build a new plant. It said the work would end in 1988.");
    Article person = parse(REUTERS,
        "Hollister said the talks had failed. He said a new round would start in May.");

    assertThat(speakerIds(company)).containsExactly(0, 0);
    assertThat(speakerIds(person)).containsExactly(0, 0);
  }

  /** A broadcaster, unlike a news agency, may be a person. */
  @Test
  void heResolvesToAPersonNamedAfterBroadcaster() {
    Article article = parse(AP,
        "Veteran broadcaster Tomas Reyes said ratings rose in March. He added that the show would "
            + "go on.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers().get(0).name()).isEqualTo("Tomas Reyes");
  }

  @Test
  void itDoesNotResolveToAPersonNamedInFull() {
    Article article = parse(REUTERS,
        "R. Okuda said the cost was high. It said the system would be delayed.");

    assertThat(article.quotes()).hasSize(2);
    assertThat(article.quotes().get(1).speaker()).isEmpty();
  }

  @Test
  void personalPronounNeverResolvesToAnAcronym() {
    Article article = parse(REUTERS,
        "The strike ended on Sunday, the official news agency MRA said. He said pay talks would "
            + "follow.");

    assertThat(article.quotes()).hasSize(2);
    assertThat(article.quotes().get(1).speaker()).isEmpty();
  }

  /**
   * A pronoun that no source before it resolves goes to the subject of its own clause before it,
   * or of the sentence before, before its quotation where one comes first: copy names a person
   * or an organisation as the subject of what they did, then quotes them by pronoun.
   */
  @Test
  void pronounWithNoSourceBeforeItResolvesToTheSubjectBeforeIt() {
    Article sameSentence = parse(REUTERS,
        "Tomas Reyes, who heads the Harwick Grain Board, declined to give figures for the year, "
            + "but he said sales rose.");
    Article sentenceBefore = parse(REUTERS,
        "The Harlow Water Board raised its rates on Monday.",
        "It said the increase would pay for new pipes.");
    Article pastAnAdverbial = parse(AP,
        "Former film star Ana Okafor on Monday attacked the city council over its plan.",
        "In an open letter she said the plan was cruel.");
    Article beforeThat = parse(AP,
        "Judge Tomas Reyes, speaking for the panel, held that the old levy stood.",
        "\"The levy stands. Voters deserve a fair hearing,\" he said.");

    assertThat(said(sameSentence)).containsExactly(
        indirect("sales rose", "said", "he", "Tomas Reyes"));
    assertThat(said(sentenceBefore)).containsExactly(
        indirect("the increase would pay for new pipes", "said", "It", "Harlow Water Board"));
    assertThat(said(pastAnAdverbial)).containsExactly(
        indirect("the plan was cruel", "said", "she", "Ana Okafor"));
    assertThat(said(beforeThat)).containsExactly(
        direct("The levy stands. Voters deserve a fair hearing,", "said", "he", "Tomas Reyes"));
    assertThat(mentionTexts(sentenceBefore.speakers().get(0)))
        .containsExactly("The Harlow Water Board", "It");
  }

  /**
   * The subject before a pronoun may be that of a passive where it is a person; and where the
   * subject of the pronoun's own sentence is of another sort, the sentence before may hold the
   * antecedent.
   */
  @Test
  void pronounResolvesToAPersonInThePassiveOrPastASubjectOfAnotherSort() {
    Article passive = parse(AP,
        "The minister for fisheries, Ulla Harwick, was scheduled to sail on Friday. She said "
            + "the trip was called off without a reason.");
    Article anotherSort = parse(REUTERS,
        "Traders saw light runs of hogs at the yards.",
        "Packer interest is likely to rise this week, they said.");

    assertThat(said(passive)).containsExactly(indirect(
        "the trip was called off without a reason", "said", "She", "Ulla Harwick"));
    assertThat(said(anotherSort)).containsExactly(indirect(
        "Packer interest is likely to rise this week", "said", "they", "Traders"));
  }

  /**
   * A person the copy brings in by name as the subject of a sentence is the antecedent of a
   * {@code he} or {@code she} that opens the next one, or follows only its own quotation there,
   * before a speaker quoted earlier.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "He said the work was far from done.",
      "\"The work is far from done,\" he said."})
  void personNamedAsTheSubjectOfTheSentenceBeforeIsTheAntecedent(String pronounSentence) {
    Article article = parse(AP,
        "Mayor Tom Hale said the pier would reopen in May.",
        "Harbour master Paul Reyes toured the site on Monday. " + pronounSentence);

    assertThat(said(article)).extracting(Said::speaker).containsExactly("Tom Hale", "Paul Reyes");
  }

  /** The subject of the sentence before is read past a relative clause set off after it. */
  @Test
  void personNamedBeforeARelativeClauseIsTheAntecedent() {
    Article article = parse(AP,
        "Mayor Tom Hale said the pier would reopen in May.",
        "Harbour master Paul Reyes, who toured the site on Monday, was blunt. \"The work is far "
            + "from done,\" he said.");

    assertThat(said(article)).extracting(Said::speaker).containsExactly("Tom Hale", "Paul Reyes");
  }

  /**
   * ... but not a subject of another gender, a run of capitals that tells no person, a
   * description, nor the subject of a sentence that reports speech: the pronoun goes on with
   * the speaker before.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Harbour master Maria Reyes toured the site on Monday.",
      "Sandy Hook was quiet on Monday.",
      "The harbour master toured the site on Monday.",
      "The Harwick Democrat, a senator from Dunmore, toured the site on Monday.",
      "Harbour master Paul Reyes wanted the work to go faster, Hale added."})
  void subjectThatIsNoNamedPersonOfThePronounLeavesItWithTheSpeakerBefore(String sentenceBefore) {
    Article article = parse(AP,
        "Mayor Tom Hale said the pier would reopen in May.",
        sentenceBefore + " He said the work was far from done.");

    assertThat(said(article)).last().extracting(Said::speaker).isEqualTo("Tom Hale");
  }

  /**
   * A name of another gender than the pronoun's is no antecedent even where its surname is that
   * of a speaker the pronoun could stand for: the name is of another person.
   */
  @Test
  void nameOfAnotherGenderSharingASpeakersSurnameIsNoAntecedent() {
    Article article = parse(AP,
        "\"Prices will rise,\" Reyes said. He added that the port was busy.",
        "Mayor Tom Hale said the pier would reopen in May.",
        "Maria Reyes toured the site on Monday. He said the work was far from done.");

    assertThat(said(article)).last().extracting(Said::speaker).isEqualTo("Tom Hale");
  }

  /**
   * ... but no thing in the passive: {@code it} after {@code Holdings must be disclosed} stays
   * without an antecedent.
   */
  @Test
  void pronounDoesNotResolveToAThingInThePassive() {
    Article article = parse(REUTERS,
        "Holdings of over 25 pct must be disclosed.",
        "\"There is no reason to tighten the rules,\" it said.");

    assertThat(said(article)).containsExactly(
        direct("There is no reason to tighten the rules,", "said", "it", null));
  }

  /**
   * {@code he} or {@code she} opening a clause joined by {@code but} or {@code and} goes to the
   * person named as the subject of the clause it is joined to, before a more recent speaker; a
   * subject that describes ({@code The mill owner}, {@code The Harwick Democrat}) leaves the
   * pronoun to the speakers, since it may be a person named before by other words.
   */
  @Test
  void pronounAfterAConjunctionResolvesToTheNamedSubjectOfItsSentence() {
    String quoted = "\"Prices will rise,\" said Tomas Okafor, a Harwick trader.";
    Article named = parse(REUTERS, quoted,
        "Marc Dunmore toured the mill in May, but he said the harvest would hold.",
        "\"We have seen worse,\" he said.");
    Article described = parse(REUTERS, quoted,
        "The mill owner toured the mill in May, but he said the harvest would hold.");
    Article capitalized = parse(REUTERS, quoted,
        "The Harwick Democrat toured the mill in May, but he said the harvest would hold.");

    assertThat(said(named)).extracting(Said::speaker)
        .containsExactly("Tomas Okafor", "Marc Dunmore", "Marc Dunmore");
    assertThat(said(described)).extracting(Said::speaker)
        .containsExactly("Tomas Okafor", "Tomas Okafor");
    assertThat(said(capitalized)).extracting(Said::speaker)
        .containsExactly("Tomas Okafor", "Tomas Okafor");
  }

  /**
   * A surname alone as the subject is a person's where the copy gave it earlier after a given
   * name or a title, and that given name tells the gender the pronoun must agree with.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Maria | Maria Okafor", "Thomas | "})
  void surnameAloneBeforeAPronounIsAPersonWhereTheCopyGaveItInFull(String givenName,
      String speaker) {
    Article article = parse(REUTERS,
        givenName + " Okafor toured the plant on Monday.",
        "The plant employs 400 people.",
        "Okafor praised the workers. She said the plant would stay open.");

    assertThat(said(article)).containsExactly(
        indirect("the plant would stay open", "said", "She", speaker));
  }

  /**
   * ... but not to a subject of another sort: a thing described as a person by its determiner,
   * a name of one word that may be a company's for {@code she}, a word opening a sentence that
   * is read as a name for {@code it}, an organisation for {@code they}; nor to a man for {@code
   * she}.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The debate ended late in the night. | She",
      "Harwick raised its prices. | She",
      "Tensions rose in the city. | It",
      "The ministry raised its prices. | They",
      "Mr. Reyes praised the plan. | She"})
  void pronounDoesNotResolveToASubjectOfAnotherSort(String sentenceBefore, String pronoun) {
    Article article = parse(AP, sentenceBefore, pronoun + " said the vote would wait.");

    assertThat(said(article)).containsExactly(
        indirect("the vote would wait", "said", pronoun, null));
  }

  @Test
  void romanNumeralEndsAPersonsName() {
    Article article = parse(AP,
        "Walter Hensley III said the party had changed. He added that voters had noticed.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers().get(0).name()).isEqualTo("Walter Hensley III");
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
        "Varga said the race was close.",
        opener + " Nora Varga's remarks, the party met.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Nora Varga");
  }

  /** A time before or after a source is no part of its mention nor of its name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Last week Kessler said profit rose. | Kessler | Kessler",
      "Late last month Public Works minister Joost de Vlieger said the dyke repairs would start."
          + " | Public Works minister Joost de Vlieger | Joost de Vlieger",
      "The House Coastal Waters Committee last night said the measure would pass."
          + " | The House Coastal Waters Committee | House Coastal Waters Committee",
      "The committee late last night said the bill would pass. | The committee | The committee",
      "Indeed, a Dunmore appeals court this morning said the levy was void."
          + " | a Dunmore appeals court | a Dunmore appeals court",
      "CTU spokesman Leon Marsh on Tuesday evening said the union was not split."
          + " | CTU spokesman Leon Marsh | Leon Marsh",
      "On Friday night importers said they had been warned of the strike. | importers | importers",
      "Late Thursday night Acme Corp said it would appeal. | Acme Corp | Acme Corp",
      "On March 3 Acme Corp said it would appeal. | Acme Corp | Acme Corp"})
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
        "Brandt said profit rose 10 percent. Shares of Northfield Oil Co and Brandt AG fell "
            + "in Frankfurt.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Brandt AG");
    assertThat(mentionTexts(article.speakers().get(0))).containsExactly("Brandt",
        "Brandt AG");
  }

  /** Another company of the same family in the narration does not rename the speaker. */
  @Test
  void companyWithALegalFormKeepsItsNameBesideAnotherOfItsFamily() {
    Article article = parse(REUTERS,
        "Corvane Corp said profit rose. Corvane Capital Corp sold bonds on Monday. Corvane said "
            + "sales were flat.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers().get(0).name()).isEqualTo("Corvane Corp");
  }

  /**
   * A people named in the plural ({@code Harwickians}) is a group: {@code he} after it goes on
   * with the person before it, and {@code they} goes to it; a short surname such as {@code
   * Evans} stays a person's.
   */
  @Test
  void peopleNamedInThePluralAreAGroup() {
    Article people = parse(AP,
        "The mayor of Harwick complained about the levy. Harwickians say they admire the mayor. "
            + "\"We are told lies,\" he said. They added that the levy would go.");
    Article surname = parse(AP, "Evans said the levy was unfair. He added that it would go.");

    assertThat(speakerIds(people)).containsExactly(0, 1, 0, 1);
    assertThat(speakerIds(surname)).containsExactly(0, 0);
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
   * the partners of a firm ({@code Whitcombe and Co}), the words on both sides of an {@code
   * and} inside its name ({@code Securities and Exchange Commission}), a word that copy wrote in
   * lower case before the legal form ({@code R.T. Dalby co Inc}), a word opened by a digit
   * ({@code 7Link Corp}), initials ({@code Corvo Sales U.S.A. Inc}).
   */
  @ParameterizedTest
  @ValueSource(strings = {"Bank of England", "International Committee of the Silver Cross",
      "Ministry of Trade and Industry", "Veterinary Corp of America",
      "Center for Civic Budgeting", "Organisation for Rural Housing and Development",
      "Bayside Chamber of Commerce", "State Bank of India", "Barrow and Lane's Corp",
      "Whitcombe and Co", "Lakeshore Tire and Rubber Co", "R.T. Dalby co Inc",
      "Marsden Engineering group Inc", "Securities and Exchange Commission",
      "Ashby and Crane Publishers Inc", "Ridgeline Federal Savings and Loan Association",
      "7Link Corp", "6R Co", "Corvo Sales U.S.A. Inc", "T.R.I.M. Co", "Marvale Co U.S.A.",
      "Academy of Coastal Arts and Sciences", "Society for Rural Savings"})
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
      "Harwood, Blythe and Co said the offering was priced. | Harwood, Blythe and Co",
      "Whitby, Crane, Dorsey and Hale Inc said the notes sold out."
          + " | Whitby, Crane, Dorsey and Hale Inc",
      "In Chicago, Marston, Pell and Co said sales rose. | Marston, Pell and Co",
      "Earlier, Smith and Co said it had no comment. | Smith and Co",
      "Acme Corp, Smith and Co said the talks went on. | Smith and Co"})
  void firmNamedByPartnersSetOffByCommasIsNamedWhole(String paragraph, String name) {
    Article article = parse(REUTERS, paragraph);

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(name);
  }

  /**
   * A possessive before a person or a unit names whom they belong to, not their name; but a
   * possessive inside an organisation's name, of people in general or of an office is a word of
   * the name.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Harlow Radio's Ana Reyes said the vote was close. | Ana Reyes",
      "Dunmore Bank's Okafor said the vote was close. | Okafor",
      "Harwick's Okafor said the vote was close. | Okafor",
      "Harlow Corp's Dunmore Airlines said fares would rise. | Dunmore Airlines",
      "Moody's Investors Service announced a cut in the rating. | Moody's Investors Service",
      "People's Daily said the harvest was good. | People's Daily",
      "Children's Play Centers said sales rose. | Children's Play Centers",
      "The Governor's Special Envoy said the talks went on. | Governor's Special Envoy",
      "Harwick's Minister said the talks went on. | Harwick's Minister"})
  void possessiveBeforeANameNamesItsOwner(String paragraph, String name) {
    Article article = parse(REUTERS, paragraph);

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(name);
  }

  @Test
  void surnameAfterItsOwnersPossessiveLinksToTheFullName() {
    Article article = parse(REUTERS,
        "Analyst Ana Reyes of Harlow Bank follows the mill.",
        "Harlow Bank's Reyes said the mill would close.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Ana Reyes");
  }

  /** A second company or person after "and" is no partner of a firm. */
  @ParameterizedTest
  @ValueSource(strings = {"TMC and Orwell Motor Co", "Kaito Corp and Orwell Motor Co",
      "Li and Wang"})
  void sourceAfterAndIsNoPartnerOfAFirm(String subject) {
    Article article = parse(REUTERS, subject + " said sales fell.");

    assertThat(article.speakers()).extracting(Speaker::name).doesNotContain(subject);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme Corp", "Northfield Oil", "Investors Mutual Savings Bank"})
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
      "The Bank of North Dover and Kessel Financial | Bank of North Dover",
      "The Economic Commission for West Africa and the Sahel"
          + " | Economic Commission for West Africa",
      "The Bank of England and Bank of France | Bank of England"})
  void nameOfAnOrganisationEndsAtAnotherJoinedToIt(String written, String name) {
    Article article = parse(REUTERS, written + " said the outlook had improved.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(name);
  }

  /** A title joined to an organisation by "of the" is the description of the person named. */
  @Test
  void personDescribedByAnOfficeOfAnOrganisationKeepsTheName() {
    Article article = parse(AP,
        "Ana Reyes, executive director of the Lakeview Action PAC, said the party would hold on.",
        "Li Wei, director of the Foreign Trade Research Institute, FTRI, said exports would rise.",
        "Rep. Carl Hale (D-Ohio), chairman of the House Shipping and Commerce Committee, said he "
            + "would hold hearings.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Ana Reyes", "Li Wei", "Carl Hale");
  }

  /** A share of an organisation's members is the source, not the organisation. */
  @Test
  void shareOfAnOrganisationIsNoOfficeOfIt() {
    Article article = parse(REUTERS,
        "A majority of the Senate Fisheries Committee urged the governor to act.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("A majority of the Senate Fisheries Committee");
  }

  /** People of a named person's are the source, not the person: not {@code Ana Reyes}. */
  @Test
  void pluralOfPeopleBeforeATitledNameIsTheSource() {
    Article article = parse(AP,
        "By a wide margin, supporters of President Ana Reyes say the vote was fair.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("supporters of President Ana Reyes");
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
        "Just 22 percent of Republican primary voters say they back the levy.",
        "Eight in 10 Republican primary voters say it should be dropped.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(
        "Just 22 percent of Republican primary voters",
        "Eight in 10 Republican primary voters");
    assertThat(parse(AP, "One in three said the council does not listen and one in four said "
        + "it was hostile.").speakers()).extracting(Speaker::name)
        .containsExactly("One in three", "one in four");
  }

  /** Only a title joins a title by "of the": not "the laws of the Northern Agreement". */
  @Test
  void nounBeforeOfTheIsNoOfficeOfTheWordsAfterIt() {
    Article article = parse(REUTERS,
        "Such a levy would force the port board to respond, according to the laws of the "
            + "Northern Agreement on Ports and Shipping.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("the laws of the Northern Agreement on Ports and Shipping");
  }

  /**
   * The words after an office's "for" are no name of their own ({@code Tin Ana Reyes}): where
   * the office cannot be told from the name, the speaker is named by the whole phrase.
   */
  @Test
  void officeForAFieldIsNamedWithTheWholePhrase() {
    Article article = parse(REUTERS,
        "Minister of State for Tin Ana Reyes said exports would rise.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Minister of State for Tin Ana Reyes");
  }

  /**
   * Where the office's name ends at a word of offices or organisations, a bracket, an acronym or
   * a common noun, the name is the words after it, the office the speaker's title; a title there
   * is another person's, whom an unnamed source speaks for.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Minister of Health and Population Ana Reyes | Ana Reyes",
      "Deputy Minister of Ports and Social Security Liu Bo | Liu Bo",
      "Minister of Mines and Energy Suparto | Suparto",
      "Head of the Harlow Peace Secretariat Ana Reyes | Ana Reyes",
      "Chief of the Harlow Energy Agency (HEA) Ana Reyes | Ana Reyes",
      "President of HNPP Ana Maria Reyes | Ana Maria Reyes",
      "Secretary of the company Ana Reyes | Ana Reyes",
      "The Governor of the Reserve Fund of Harlow | The Governor of the Reserve Fund of Harlow",
      "A spokesman for brokers Harlow Capel | A spokesman for brokers Harlow Capel",
      "The aide of Harlovian President Ana Reyes | The aide of Harlovian President Ana Reyes"})
  void officeOfAnOrganisationBeforeANameIsTheTitle(String written, String name) {
    Article article = parse(XINHUA, written + " said the clinics would open in May.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(name);
  }

  /** A digest opens each of its stories with a dateline, which is no part of the source. */
  @Test
  void datelineOpeningAParagraphOfADigestIsNoPartOfTheSource() {
    Article article = parse(REUTERS, "Harlow Corp said its sales rose.",
        "NEW YORK - Carver Mills Inc said it would close two plants.");

    assertThat(article.quotes()).extracting(quote -> quote.mention().map(Phrase::text))
        .containsExactly(Optional.of("Harlow Corp"), Optional.of("Carver Mills Inc"));
    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Harlow Corp", "Carver Mills Inc");
  }

  /** A line break ends a run of capitalized words: a heading's last word is no part of a name. */
  @Test
  void headingBeforeANameOnTheNextLineIsNoPartOfIt() {
    Article article = parse(AP, "\"We will win,\" said Reyes.",
        "Why the Vote Was Lost\nAna Reyes spoke at the rally.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Ana Reyes");
  }

  /** An organisation of a person's, joined by "of", does not rename the person. */
  @Test
  void organisationNamedAfterASpeakerDoesNotRenameThem() {
    Article article = parse(AP,
        "Marlowe said the economy was growing.",
        "Marlowe's Council of Farm Advisers published a report.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Marlowe");
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
        "Digital Freight Corp of America has closed its financing.",
        "Digital said the lenders were two regional banks.");

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Digital Freight Corp of America");
  }

  /** Initials keep their last period where it ends the sentence too; a web address does not. */
  @Test
  void initialsEndingTheNameKeepTheirPeriod() {
    Article initials = parse(REUTERS, "The U.S. said it planned to review the tariff request.");
    Article address = parse(REUTERS,
        "The floods displaced 340 people, according to Dunefront.com.");

    assertThat(initials.speakers()).extracting(Speaker::name).containsExactly("U.S.");
    assertThat(address.speakers()).extracting(Speaker::name).containsExactly("Dunefront.com");
  }

  /**
   * Initials before a name in the narration give the speaker its full name; initials that name a
   * place, ending a sentence before the name, do not; nor is a party and state an initials' name.
   */
  @Test
  void initialsInTheNarrationAreAPartOfTheNameTheyOpen() {
    Article firm = parse(REUTERS,
        "Pruett said the offer was fair.",
        "Shares of K.L. Pruett rose on the news.");
    Article place = parse(REUTERS,
        "Dunmore said the plan would help.",
        "Exports went to the U.S. Dunmore said prices would rise.");
    Article party = parse(AP,
        "The fund was proposed by Rep. Ellen Carver, D-N.Y., who said the fund would save jobs.");

    assertThat(firm.speakers()).extracting(Speaker::name).containsExactly("K.L. Pruett");
    assertThat(place.speakers()).extracting(Speaker::name).containsExactly("Dunmore");
    assertThat(party.speakers()).extracting(Speaker::name).containsExactly("Ellen Carver");
  }

  /**
   * A description that opens with an indefinite determiner introduces someone new, not the named
   * source its noun was said of; with {@code the} it is that source.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"It is a fair price,\" said one analyst.|Tom Hale,one analyst",
      "Another analyst said the price was fair.|Tom Hale,Another analyst",
      "An analyst said the price was fair.|Tom Hale,An analyst",
      "The analyst said the price was fair.|Tom Hale"})
  void indefiniteDescriptionIsNoNamedSourceOfTheSameNoun(String second, String speakers) {
    Article article = parse(REUTERS,
        "Tom Hale, an analyst with Harlow Trust, said prices would rise.", second);

    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly(speakers.split(","));
  }

  /**
   * A {@code who} after a name and its apposition is the name's, wherever the name stands; after
   * a list, or after a description and then a name, it is the last name's.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The plan drew praise from Lena Ortiz, a nurse at the county hospital, who said it would "
          + "shorten waiting lists.|Lena Ortiz",
      "The plan was drafted by Sen. Tom Hale, R-Ohio, who said it would shorten waiting lists."
          + "|Tom Hale",
      "Guests included Lee Park, Tom Hale and Lena Ortiz, who said it would shorten waiting "
          + "lists.|Lena Ortiz",
      "It was announced by the mayor's new chief of staff, Lena Ortiz, who said it would shorten "
          + "waiting lists.|Lena Ortiz"})
  void whoAfterANameAndItsAppositionIsTheNames(String paragraph, String speaker) {
    Article article = parse(AP, paragraph);

    assertThat(article.quotes()).extracting(quote -> quote.content().text())
        .containsExactly("it would shorten waiting lists");
    assertThat(article.speakers().get(article.quotes().get(0).speaker().getAsInt()).name())
        .isEqualTo(speaker);
  }

  /** A legal form alone, where copy's spelling hides the rest of a name, is no other company. */
  @Test
  void legalFormAloneIsNoShortNameOfACompany() {
    Article article = parse(REUTERS, "Acme Co said profit rose. Marlo' Co said sales fell.");

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
    Article article = parse(REUTERS, "John Sullivan of Marsh Whitley said rates would hold.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("John Sullivan");
  }

  @Test
  void dayAfterANameIsNoPartOfIt() {
    Article inNarration = parse(AP,
        "Brandt said the talks would go on.",
        "Secretary of State Helga Brandt Monday met the envoy.");
    Article atTheQuote = parse(AP,
        "Speaker Owen Pritchard said the bill would pass.",
        "Pritchard Thursday renewed his call for lower fees and announced his backing for the "
            + "plan.");

    assertThat(inNarration.speakers()).extracting(Speaker::name)
        .containsExactly("Helga Brandt");
    assertThat(atTheQuote.speakers()).extracting(Speaker::name).containsExactly("Owen Pritchard");
    assertThat(speakerIds(atTheQuote)).containsExactly(0, 0);
  }

  @Test
  void descriptionLinksToTheNamedSourceItDescribes() {
    Article article = parse(XINHUA,
        "Foreign Ministry spokesman Zhou Haoran said China opposed the move.",
        "The spokesman said Beijing would respond firmly.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    Speaker speaker = article.speakers().get(0);
    assertThat(speaker.name()).isEqualTo("Zhou Haoran");
    assertThat(mentionTexts(speaker))
        .containsExactly("Foreign Ministry spokesman Zhou Haoran", "The spokesman");
  }

  @Test
  void descriptionLinksToTheNamedSourceItsAppositionDescribes() {
    Article article = parse(XINHUA,
        "Zhou Haoran, spokesman for the Foreign Ministry, said China opposed the move.",
        "The spokesman added that Beijing would respond firmly.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Zhou Haoran");
    assertThat(article.quotes().get(0).mention().orElseThrow().text()).isEqualTo("Zhou Haoran");
  }

  /**
   * A description with a preposition in it, then a person's name set off by commas: the name is
   * the speaker's, and the description names them later; but a name of one word may be the
   * organisation of the description's noun, or a place, and is not taken.
   */
  @Test
  void nameSetOffAfterADescriptionWithAPrepositionIsTheSpeakers() {
    Article named = parse(XINHUA,
        "The head delegate to the forum, Park Min-jun, said that sanctions must be lifted.",
        "The head delegate added that the forum would go on.");
    Article company = parse(REUTERS,
        "Up to five people were lost, a spokesman for the builders, Harlowbridge, said.");
    Article place = parse(AP, "A woman in Harwick, Dunmore, said the levy was too high.");

    assertThat(speakerIds(named)).containsExactly(0, 0);
    assertThat(named.speakers()).extracting(Speaker::name).containsExactly("Park Min-jun");
    assertThat(company.speakers()).extracting(Speaker::name)
        .containsExactly("a spokesman for the builders");
    assertThat(place.speakers()).extracting(Speaker::name).containsExactly("A woman in Harwick");
  }

  /**
   * {@code Jr} and {@code Sr} tell no one apart by themselves: two people whose names end in
   * {@code Jr} stay two, each named in full; and a name that adds a suffix to a speaker's full
   * name is another person's ({@code His father, Duncan Reyes Sr.}).
   */
  @Test
  void suffixOfANameNamesNoOneByItself() {
    Article twoJuniors = parse(REUTERS,
        "Adm. Tom B. Reyes Jr., who leads the fleet, makes no apologies.",
        "Admiral Reyes said the fleet was ready.",
        "The chairman of the joint staff, Gen. Ana F. Okafor Jr., said the budget was tight.");
    Article father = parse(AP,
        "Reps. Ana Collins and Duncan Reyes on Wednesday backed the plan.",
        "Reyes told reporters that he liked the levy.",
        "His father, Duncan Reyes Sr., once ran for the seat.");

    assertThat(twoJuniors.speakers()).extracting(Speaker::name)
        .containsExactly("Tom B. Reyes Jr", "Ana F. Okafor Jr");
    assertThat(mentionTexts(twoJuniors.speakers().get(0))).contains("Tom B. Reyes Jr");
    assertThat(father.speakers()).extracting(Speaker::name).containsExactly("Duncan Reyes");
    assertThat(mentionTexts(father.speakers().get(0))).doesNotContain("Duncan Reyes Sr");
  }

  @Test
  void tickerInsideACompanysNameIsNoPartOfTheSpeakersName() {
    Article article = parse(REUTERS,
        "Harwick <HWK.L> Plc said it would sell its mills. Harwick said talks had ended.");

    assertThat(speakerIds(article)).containsExactly(0, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Harwick Plc");
  }

  /**
   * Initials in brackets are an aside inside a source that goes on with a title or a name; a
   * company's name keeps them, as they tell it from its parent.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Harwick Grain Board (HGB) chairman Tomas Reyes said | Tomas Reyes",
      "The Harwick Grain Board (HGB) chairman, Tomas Reyes, said | Tomas Reyes",
      "Dunmore Capital (Europe) Ltd said | Dunmore Capital (Europe) Ltd",
      "The Harwick Grain Board (HGB) said | Harwick Grain Board",
      "The Dunmore Congress (R) party said | Dunmore Congress"})
  void initialsInBracketsAreAnAsideInsideTheSource(String subject, String name) {
    Article article = parse(REUTERS, subject + " exports would fall.");

    assertThat(article.speakers()).extracting(Speaker::name).containsExactly(name);
  }

  /** A possessive written after a company's name in brackets opens the source with it. */
  @Test
  void ownerInAngleBracketsBeforeAPossessiveOpensTheSource() {
    Article article = parse(REUTERS,
        "<Harwick Industries Inc>'s Dunmore Can unit said it bought a mill in Tolland.");

    assertThat(article.quotes()).extracting(quote -> quote.mention().orElseThrow().text())
        .containsExactly("<Harwick Industries Inc>'s Dunmore Can unit");
  }

  /**
   * {@code another} sets a person apart from those of the same noun before, and {@code one}
   * alone is one more person of a group; a description with {@code the} after them is the last.
   */
  @Test
  void anotherOfTheSameNounIsANewSpeaker() {
    Article article = parse(REUTERS,
        "\"Rates will fall,\" one dealer said.",
        "\"They will rise,\" another dealer said. The dealer added that trade was thin.");

    assertThat(speakerIds(article)).containsExactly(0, 1, 1);
    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("one dealer", "another dealer");
  }

  @Test
  void eachOneAloneIsANewSpeaker() {
    Article article = parse(REUTERS,
        "Dealers were divided. \"Rates will fall,\" one said. \"They will rise,\" said another.",
        "\"Nobody knows,\" one said.");

    assertThat(speakerIds(article)).containsExactly(0, 1, 2);
    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("one", "another", "one");
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
        "A spokesman for the Federal Cartel Office said it was looking into the merger.",
        "The Bundesbank spokesman said its board had not been asked.");
    Article oneOffice = parse(REUTERS,
        "A spokesman for the Foreign Ministry said the talks would resume.",
        "The Foreign Ministry spokesman said the date was not yet fixed.",
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
        "Chinese President Zhao Mingde said China would open its door wider.",
        "Zhao arrived in Paris on Monday, his first visit in five years.",
        "\"China and France can do great things together,\" Zhao said.");

    assertThat(article.speakers()).hasSize(1);
    Speaker speaker = article.speakers().get(0);
    assertThat(mentionTexts(speaker))
        .containsExactly("Chinese President Zhao Mingde", "Zhao", "Zhao");
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
        "Foreign Ministry spokesman Zhou Haoran said China opposed the move.",
        "He added that Beijing would respond firmly. The spokesman said the embassy had lodged "
            + "a protest.");

    assertThat(speakerIds(article)).containsExactly(0, 0, 0);
    assertThat(mentionTexts(article.speakers().get(0))).containsExactly(
        "Foreign Ministry spokesman Zhou Haoran", "He", "The spokesman");
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
        "Premier Han Qiu said the economy was stable.",
        "\"We will protect investors,\" said Foreign Minister Gao Ren.",
        "Han added that more jobs would be created.");

    List<Integer> ids = speakerIds(article);
    assertThat(ids).containsExactly(0, 1, 0);
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Han Qiu", "Gao Ren");
  }
}
