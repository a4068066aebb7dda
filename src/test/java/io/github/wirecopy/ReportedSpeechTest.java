package io.github.wirecopy;

import static io.github.wirecopy.QuotedCopy.AP;
import static io.github.wirecopy.QuotedCopy.REUTERS;
import static io.github.wirecopy.QuotedCopy.XINHUA;
import static io.github.wirecopy.QuotedCopy.direct;
import static io.github.wirecopy.QuotedCopy.indirect;
import static io.github.wirecopy.QuotedCopy.mixed;
import static io.github.wirecopy.QuotedCopy.parse;
import static io.github.wirecopy.QuotedCopy.said;
import static io.github.wirecopy.QuotedCopy.speakerIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.wirecopy.QuotedCopy.Said;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import io.github.wirecopy.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reported speech in the patterns of news copy: the content is the reported clause, without the
 * complementizer {@code that} and without the final period; the cue the communication words; the
 * mention the words that name the source. A quoted fragment inside the clause makes it mixed;
 * verbs of thinking and feeling report no speech.
 */
class ReportedSpeechTest {

  /**
   * Stands for a mention the issue leaves open: at a participle ({@code , stressing that}) the
   * words that name the source are those of the main clause, and a parser may or may not repeat
   * them as the participle's mention.
   */
  private static final String ANY = "<any mention>";

  /** One paragraph of copy and every quote it must give. */
  record Report(String what, String header, String paragraph, List<Said> quotes) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Report> reports() {
    return Stream.of(
        new Report("X said CONTENT", XINHUA,
            "Foreign Minister Wang Yi said China is ready to deepen cooperation with its "
                + "neighbours.",
            List.of(indirect("China is ready to deepen cooperation with its neighbours", "said",
                "Foreign Minister Wang Yi", "Wang Yi"))),
        new Report("X said that CONTENT", XINHUA,
            "Foreign Minister Wang Yi said that China is ready to deepen cooperation with its "
                + "neighbours.",
            List.of(indirect("China is ready to deepen cooperation with its neighbours", "said",
                "Foreign Minister Wang Yi", "Wang Yi"))),
        new Report("X said on DAY that CONTENT", REUTERS,
            "Ambassador Zhang Jun said on Tuesday that the council must act without delay.",
            List.of(indirect("the council must act without delay", "said",
                "Ambassador Zhang Jun", "Zhang Jun"))),
        new Report("CONTENT, X said.", XINHUA,
            "The economy will grow by about 5 percent this year, Premier Li Qiang said.",
            List.of(indirect("The economy will grow by about 5 percent this year", "said",
                "Premier Li Qiang", "Li Qiang"))),
        new Report("CONTENT, said X, TITLE.", XINHUA,
            "The economy will grow by about 5 percent this year, said Li Qiang, the Chinese "
                + "premier.",
            List.of(indirect("The economy will grow by about 5 percent this year", "said",
                "Li Qiang", "Li Qiang"))),
        new Report("CONTENT, a spokesman said.", REUTERS,
            "China opposed the move, a Foreign Ministry spokesman said.",
            List.of(indirect("China opposed the move", "said", "a Foreign Ministry spokesman",
                "a Foreign Ministry spokesman"))),
        new Report("X told reporters that CONTENT", REUTERS,
            "Prime Minister Rishi Sunak told reporters that the election would be held in the "
                + "second half of the year.",
            List.of(indirect("the election would be held in the second half of the year",
                "told reporters", "Prime Minister Rishi Sunak", "Rishi Sunak"))),
        new Report("X told Y CONTENT", XINHUA,
            "Ambassador Zhang Jun told Xinhua the council must act without delay.",
            List.of(indirect("the council must act without delay", "told Xinhua",
                "Ambassador Zhang Jun", "Zhang Jun"))),
        new Report("According to X, CONTENT", XINHUA,
            "According to Chinese President Xi Jinping, the two countries should respect each "
                + "other's core interests.",
            List.of(indirect("the two countries should respect each other's core interests",
                "According to", "Chinese President Xi Jinping", "Xi Jinping"))),
        new Report("CONTENT, according to X", XINHUA,
            "The two countries should respect each other's core interests, according to Chinese "
                + "President Xi Jinping.",
            List.of(indirect("The two countries should respect each other's core interests",
                "according to", "Chinese President Xi Jinping", "Xi Jinping"))),
        new Report("CONTENT, according to DATA with a participle", XINHUA,
            "Exports rose 18 percent in December, according to official data released on "
                + "Monday.",
            List.of(indirect("Exports rose 18 percent in December", "according to",
                "official data", "official data"))),
        new Report("According to PLURAL NOUN, CONTENT", AP,
            "According to media reports, the talks will resume in March.",
            List.of(indirect("the talks will resume in March", "According to", "media reports",
                "media reports"))),
        new Report("CONTENT, according to SOURCES close to Y", REUTERS,
            "Output rose 4 percent, according to sources close to the ministry.",
            List.of(indirect("Output rose 4 percent", "according to", "sources", "sources"))),
        new Report("CONTENT according to X, without a comma", AP,
            "The storm killed 388 people according to the Red Cross.",
            List.of(indirect("The storm killed 388 people", "according to", "the Red Cross",
                "Red Cross"))),
        new Report("According to him, CONTENT", XINHUA,
            "Ambassador Zhang Jun said the council met on Monday. According to him, the council "
                + "must act without delay.",
            List.of(indirect("the council met on Monday", "said", "Ambassador Zhang Jun",
                    "Zhang Jun"),
                indirect("the council must act without delay", "According to", "him",
                    "Zhang Jun"))),
        new Report("X <TICKER> said CONTENT", REUTERS,
            "Beecham Group Plc <BHAM.L> said its subsidiary launched a new drug.",
            List.of(indirect("its subsidiary launched a new drug", "said", "Beecham Group Plc",
                "Beecham Group Plc"))),
        new Report("<COMPANY> said CONTENT", REUTERS,
            "<Parlux Fragrances Inc> said it completed the offering of 420,000 units.",
            List.of(indirect("it completed the offering of 420,000 units", "said",
                "Parlux Fragrances Inc", "Parlux Fragrances Inc"))),
        new Report("CONTENT, the daily said", XINHUA,
            "The plan will fail, the daily said.",
            List.of(indirect("The plan will fail", "said", "the daily", "the daily"))),
        new Report("CONTENT, state press said Friday", AP,
            "The city plans to bid for the World Cup, state press said Friday.",
            List.of(indirect("The city plans to bid for the World Cup", "said", "state press",
                "state press"))),
        new Report("CONTENT, COMPANY'S said", REUTERS,
            "Bad loans rose to 7.7 percent in June, Moody's said.",
            List.of(indirect("Bad loans rose to 7.7 percent in June", "said", "Moody's",
                "Moody's"))),
        new Report("X Co. said Monday CONTENT", AP,
            "Daewoo Motors Co. said Monday it would open two plants.",
            List.of(indirect("it would open two plants", "said", "Daewoo Motors Co.",
                "Daewoo Motors Co"))),
        new Report("CONTENT, a senior US official said here Sunday", XINHUA,
            "The country wants a peaceful transition, a senior US official said here Sunday.",
            List.of(indirect("The country wants a peaceful transition", "said",
                "a senior US official", "a senior US official"))),
        new Report("X said here Thursday that CONTENT", XINHUA,
            "Wang said here Thursday that China will adhere to the path of peace.",
            List.of(indirect("China will adhere to the path of peace", "said", "Wang", "Wang"))),
        new Report("CONTENT with a charge (accused of), X said", AP,
            "A millionaire accused of selling arms has been missing for weeks, press reports "
                + "said Tuesday.",
            List.of(indirect("A millionaire accused of selling arms has been missing for weeks",
                "said", "press reports", "press reports"))),
        new Report("X asked THE HEAD OF Y to CONTENT", XINHUA,
            "King Abdullah asked the head of national security to form a cabinet.",
            List.of(indirect("to form a cabinet", "asked", "King Abdullah", "Abdullah"))),
        new Report("CONTENT, GROUP here said Monday", XINHUA,
            "The regime promoted 123 new generals, monitors here said Monday.",
            List.of(indirect("The regime promoted 123 new generals", "said", "monitors",
                "monitors"))),
        new Report("The Sunday NEWSPAPER said CONTENT", AP,
            "The Sunday Telegraph said a jailed dissident had named a colonel.",
            List.of(indirect("a jailed dissident had named a colonel", "said",
                "The Sunday Telegraph", "Sunday Telegraph"))),
        new Report("NATIONALITY television said that CONTENT", AP,
            "Croatian television said that the party would get nine seats.",
            List.of(indirect("the party would get nine seats", "said", "Croatian television",
                "Croatian television"))),
        new Report("PLURAL OF ORGANISATIONS said CONTENT", AP,
            "Polling firms said the ruling party will win a sweeping victory.",
            List.of(indirect("the ruling party will win a sweeping victory", "said",
                "Polling firms", "Polling firms"))),
        new Report("X said this NOUN ...: no adverbial", REUTERS,
            "Officials said this structure was likely to change.",
            List.of(indirect("this structure was likely to change", "said", "Officials",
                "Officials"))),
        new Report("PLURAL OF AGENTS said CONTENT", REUTERS,
            "Coffee exporters said the quotas would end.",
            List.of(indirect("the quotas would end", "said", "Coffee exporters",
                "Coffee exporters"))),
        new Report("A and B'S said CONTENT", REUTERS,
            "Standard and Poor's said it lowered its rating on the debt.",
            List.of(indirect("it lowered its rating on the debt", "said", "Standard and Poor's",
                "Standard and Poor's"))),
        new Report("X said in a statement CONTENT", REUTERS,
            "Nissan said in a statement it hopes to sell 250 vehicles a month.",
            List.of(indirect("it hopes to sell 250 vehicles a month", "said", "Nissan",
                "Nissan"))),
        new Report("X said ADVERBIAL CONTENT, without that", REUTERS,
            "Kim said in the past the government had pressed banks to lend.",
            List.of(indirect("in the past the government had pressed banks to lend", "said",
                "Kim", "Kim"))),
        new Report("X called Y \"Z\"", AP,
            "Sen. Marco Rubio called the statement \u201Coffensive and outlandish.\u201D",
            List.of(mixed("the statement \u201Coffensive and outlandish.\u201D", "called",
                "Sen. Marco Rubio", "Marco Rubio"))),
        new Report("X called Y \"Z\" and said CONTENT", AP,
            "Graham called both candidates \"crazy\" and said the party is bound to lose.",
            List.of(mixed("both candidates \"crazy\"", "called", "Graham", "Graham"),
                indirect("the party is bound to lose", "said", "Graham", "Graham"))),
        new Report("X called A LONG OBJECT \"Z\"", AP,
            "Bolton called the ignorance of solid advice from seasoned military commanders "
                + "\"disrespectful.\"",
            List.of(mixed("the ignorance of solid advice from seasoned military commanders "
                + "\"disrespectful.\"", "called", "Bolton", "Bolton"))),
        new Report("On DAY X said CONTENT", XINHUA,
            "On Tuesday Foreign Minister Wang Yi said the talks were useful.",
            List.of(indirect("the talks were useful", "said", "Foreign Minister Wang Yi",
                "Wang Yi"))),
        new Report("X was quoted as saying CONTENT", REUTERS,
            "Finance Minister Kenji Sato was quoted as saying the yen had weakened too fast.",
            List.of(indirect("the yen had weakened too fast", "quoted as saying",
                "Finance Minister Kenji Sato", "Kenji Sato"))),
        new Report("X added that", XINHUA,
            "Premier Li Qiang added that the government would cut red tape for small firms.",
            List.of(indirect("the government would cut red tape for small firms", "added",
                "Premier Li Qiang", "Li Qiang"))),
        new Report("X noted that", XINHUA,
            "Premier Li Qiang noted that exports rose in the first quarter.",
            List.of(indirect("exports rose in the first quarter", "noted", "Premier Li Qiang",
                "Li Qiang"))),
        new Report("X stressed that", XINHUA,
            "Premier Li Qiang stressed that the reform must go on.",
            List.of(indirect("the reform must go on", "stressed", "Premier Li Qiang",
                "Li Qiang"))),
        new Report("X stated that", XINHUA,
            "Premier Li Qiang stated that the budget deficit would narrow.",
            List.of(indirect("the budget deficit would narrow", "stated", "Premier Li Qiang",
                "Li Qiang"))),
        new Report("X announced that", AP,
            "The ministry announced that the border would reopen on Monday.",
            List.of(indirect("the border would reopen on Monday", "announced", "The ministry",
                "The ministry"))),
        new Report("X called for", XINHUA,
            "Foreign Minister Wang Yi called for an immediate ceasefire in the region.",
            List.of(indirect("an immediate ceasefire in the region", "called for",
                "Foreign Minister Wang Yi", "Wang Yi"))),
        new Report("a statement called for", XINHUA,
            "The joint statement called for an end to the fighting.",
            List.of(indirect("an end to the fighting", "called for", "The joint statement",
                "The joint statement"))),
        new Report("X expressed the hope that", XINHUA,
            "Foreign Minister Wang Yi expressed the hope that the talks would bring lasting peace.",
            List.of(indirect("the talks would bring lasting peace", "expressed the hope",
                "Foreign Minister Wang Yi", "Wang Yi"))),
        new Report("X pointed out that", XINHUA,
            "Foreign Minister Wang Yi pointed out that the two economies are closely linked.",
            List.of(indirect("the two economies are closely linked", "pointed out",
                "Foreign Minister Wang Yi", "Wang Yi"))),
        new Report("X reiterated that", XINHUA,
            "Foreign Minister Wang Yi reiterated that China's position on the issue has not "
                + "changed.",
            List.of(indirect("China's position on the issue has not changed", "reiterated",
                "Foreign Minister Wang Yi", "Wang Yi"))),
        new Report("X warned that", REUTERS,
            "The central bank warned that inflation could stay high for longer.",
            List.of(indirect("inflation could stay high for longer", "warned",
                "The central bank", "The central bank"))),
        new Report("X denied that", AP,
            "The company denied that it had misled its customers.",
            List.of(indirect("it had misled its customers", "denied", "The company",
                "The company"))),
        new Report("X confirmed that", AP,
            "The police confirmed that two people had been arrested.",
            List.of(indirect("two people had been arrested", "confirmed", "The police",
                "The police"))),
        new Report("X said A, stressing that B", XINHUA,
            "Premier Li Qiang said the economy was stable, stressing that more jobs must be "
                + "created.",
            List.of(
                indirect("the economy was stable", "said", "Premier Li Qiang", "Li Qiang"),
                indirect("more jobs must be created", "stressing", ANY, "Li Qiang"))),
        new Report("Noting that A, X said B", XINHUA,
            "Noting that exports fell in May, Premier Li Qiang said the outlook remained "
                + "positive.",
            List.of(
                indirect("exports fell in May", "Noting", ANY, "Li Qiang"),
                indirect("the outlook remained positive", "said", "Premier Li Qiang",
                    "Li Qiang"))),
        new Report("This, said X, is ...", AP,
            "This, said Clements, is the best result the club has had in a decade.",
            List.of(indirect("This, said Clements, is the best result the club has had in a "
                + "decade", "said", "Clements", "Clements"))),
        new Report("The plan, said the minister, would ...", REUTERS,
            "The plan, said the minister, would be ready by June.",
            List.of(indirect("The plan, said the minister, would be ready by June", "said",
                "the minister", "the minister"))),
        new Report("The plan, X said, would ...", REUTERS,
            "The plan, Okafor said, would be ready by June.",
            List.of(indirect("The plan, Okafor said, would be ready by June", "said", "Okafor",
                "Okafor"))),
        new Report("X said the plan was \"FRAGMENT\".", AP,
            "Senator Maria Okafor said the plan was \"a disaster\".",
            List.of(mixed("the plan was \"a disaster\"", "said", "Senator Maria Okafor",
                "Maria Okafor"))),
        new Report("The two X said CONTENT", REUTERS,
            "The two firms said the terms of the facility would be reviewed.",
            List.of(indirect("the terms of the facility would be reviewed", "said",
                "The two firms", "The two firms"))),
        new Report("CONTENT, X Corp. said", REUTERS,
            "The terms were not disclosed, Exxon Corp. said.",
            List.of(indirect("The terms were not disclosed", "said", "Exxon Corp.",
                "Exxon Corp"))),
        new Report("... Corp. X said CONTENT, one sentence", REUTERS,
            "It sold the smelter to Columbia Aluminium Corp. Comalco said the sale would cut its "
                + "losses.",
            List.of(indirect("the sale would cut its losses", "said", "Comalco", "Comalco"))),
        new Report("X, who asked not to be named, said CONTENT", REUTERS,
            "One trader, who asked not to be named, said prices would fall.",
            List.of(indirect("prices would fall", "said", "One trader", "One trader"))),
        new Report("PASSIVE CUE, X said", REUTERS,
            "No date has been mentioned, the delegates said.",
            List.of(indirect("No date has been mentioned", "said", "the delegates",
                "the delegates"))),
        new Report("X told Y CONTENT, Ns said: the outer report holds the inner", REUTERS,
            "Cuba told operators they would not receive March shipments, traders said.",
            List.of(
                indirect("Cuba told operators they would not receive March shipments", "said",
                    "traders", "traders"),
                indirect("they would not receive March shipments", "told operators", "Cuba",
                    "Cuba"))),
        new Report("CONTENT, A and B Ns said", REUTERS,
            "A strike disrupted transport, port and union officials said.",
            List.of(indirect("A strike disrupted transport", "said", "port and union officials",
                "port and union officials"))),
        new Report("... A and X said CONTENT, where A is no modifier", REUTERS,
            "Icahn dropped his bid to take Trans World Airlines Inc <TWA> private and Dart Group "
                + "Corp said it abandoned its plans.",
            List.of(indirect("it abandoned its plans", "said", "Dart Group Corp",
                "Dart Group Corp"))),
        new Report("CONTENT, INITIALS and INITIALS said", REUTERS,
            "The outlook for the debt is stable, D and P said.",
            List.of(indirect("The outlook for the debt is stable", "said", "D and P",
                "D and P"))),
        new Report("X Corp, said CONTENT: a comma between subject and verb", REUTERS,
            "Nynex Corp, said the rates would rise.",
            List.of(indirect("the rates would rise", "said", "Nynex Corp", "Nynex Corp"))),
        new Report("CONTENT, X of Y Co Ltd, said.", REUTERS,
            "Output will rise, Shigeki Matsumoto of Nikko Securities Co Ltd, said.",
            List.of(indirect("Output will rise", "said",
                "Shigeki Matsumoto of Nikko Securities Co Ltd", "Shigeki Matsumoto"))),
        new Report("Ns polled by X said CONTENT", REUTERS,
            "Economists polled by Reuters said M-1 would be flat.",
            List.of(indirect("M-1 would be flat", "said", "Economists polled by Reuters",
                "Economists polled by Reuters"))),
        new Report("... by X, who said CONTENT: the agent of a passive", REUTERS,
            "His remarks were supported by Fiat chairman Giovanni Agnelli, who said he hoped for "
                + "a new coalition.",
            List.of(indirect("he hoped for a new coalition", "said", "who",
                "Giovanni Agnelli"))),
        new Report("CONTENT, the aide to X said.", REUTERS,
            "Nothing will sail through, the aide to Lyng said.",
            List.of(indirect("Nothing will sail through", "said", "the aide to Lyng",
                "the aide to Lyng"))),
        new Report("CONTENT, Senate staff said.", REUTERS,
            "The loan rates will fall, Senate staff said.",
            List.of(indirect("The loan rates will fall", "said", "Senate staff",
                "Senate staff"))),
        new Report("CONTENT, said X here DAY when ...", XINHUA,
            "The two countries should deepen cooperation, said Chinese President Hu Jintao here "
                + "Tuesday when meeting his visiting counterpart.",
            List.of(indirect("The two countries should deepen cooperation", "said",
                "Chinese President Hu Jintao", "Hu Jintao"))),
        new Report("CONTENT, one of the Ns said", AP,
            "The force will be based in Tirana, one of the military experts said.",
            List.of(indirect("The force will be based in Tirana", "said",
                "one of the military experts", "one of the military experts"))),
        new Report("All three of the Ns have said CONTENT", AP,
            "All three of the potential buyers have said the paper would benefit.",
            List.of(indirect("the paper would benefit", "said",
                "All three of the potential buyers", "All three of the potential buyers"))),
        new Report("Ns at PLACE said CONTENT", AP,
            "Palestinian medics at the Rafidia hospital said the teenager was inside his home.",
            List.of(indirect("the teenager was inside his home", "said",
                "Palestinian medics at the Rafidia hospital",
                "Palestinian medics at the Rafidia hospital"))),
        new Report("The N issued by X said CONTENT", AP,
            "The press release issued by the Istanbul police said an operation was carried out.",
            List.of(indirect("an operation was carried out", "said",
                "The press release issued by the Istanbul police",
                "The press release issued by the Istanbul police"))),
        new Report("TITLE NAME bin NAME al-NAME said CONTENT", AP,
            "Energy Minister Mohammad bin Dhaen al-Hamli said OPEC was likely to cut output.",
            List.of(indirect("OPEC was likely to cut output", "said",
                "Energy Minister Mohammad bin Dhaen al-Hamli", "Mohammad bin Dhaen al-Hamli"))),
        new Report("N, which X said CONTENT, VERB: the relative clause is the content", AP,
            "The attack, which officials said killed 12 people, was condemned.",
            List.of(indirect("killed 12 people", "said", "officials", "officials"))),
        new Report("the N, which X said CONTENT, ...: the relative clause ends at its comma",
            AP,
            "Officials blamed the drought, which experts said had cut the harvest by half, for "
                + "the rise.",
            List.of(indirect("had cut the harvest by half", "said", "experts", "experts"))),
        new Report("what X said CONTENT, a list in the content", AP,
            "Clubs adapted to what analyst Ana Reyes said is growing demand for pools, parks "
                + "and dining.",
            List.of(indirect("is growing demand for pools, parks and dining", "said",
                "analyst Ana Reyes", "Ana Reyes"))),
        new Report("N with whom X said CONTENT, said CONTENT", REUTERS,
            "The Bass group, which did not name the people with whom it said it has had talks, "
                + "said it plans to continue evaluating Taft.",
            List.of(indirect("it has had talks", "said", "it", "The Bass group"),
                indirect("it plans to continue evaluating Taft", "said", "The Bass group",
                    "The Bass group"))),
        new Report("X said the N, which Y said CONTENT, was ...: a report inside a report", AP,
            "Senator Hale said the plan, which the minister said would cut taxes, was wrong.",
            List.of(indirect("the plan, which the minister said would cut taxes, was wrong",
                    "said", "Senator Hale", "Hale"),
                indirect("would cut taxes", "said", "the minister", "the minister"))),
        new Report("May said CONTENT: a name spelled as a modal", REUTERS,
            "Sales rose 3.5 pct. May said it plans to open 11 stores.",
            List.of(indirect("it plans to open 11 stores", "said", "May", "May"))),
        new Report("X Can Inc said CONTENT", REUTERS,
            "Heekin Can Inc said it plans to build a plant.",
            List.of(indirect("it plans to build a plant", "said", "Heekin Can Inc",
                "Heekin Can Inc"))),
        new Report("The U.S. Will tell N that CONTENT: a modal capitalized after an "
            + "abbreviation", REUTERS,
            "The U.S. Will tell its partners that it expects a deficit cut.",
            List.of(indirect("it expects a deficit cut", "tell its partners", "The U.S.",
                "U.S."))),
        new Report("Ns in May said CONTENT", REUTERS,
            "Officials in May said the plant would close.",
            List.of(indirect("the plant would close", "said", "Officials in May",
                "Officials in May"))),
        new Report("X's May 26 N said CONTENT: a month inside a subject", REUTERS,
            "Harcourt's May 26 announcement said the conversion price would be adjusted.",
            List.of(indirect("the conversion price would be adjusted", "said",
                "Harcourt's May 26 announcement", "Harcourt's May 26 announcement"))),
        new Report("N pct said CONTENT", REUTERS,
            "Only nine pct expected output to fall, while 47 pct said production would remain "
                + "unchanged.",
            List.of(indirect("production would remain unchanged", "said", "47 pct", "47 pct"))),
        new Report("NUMBER NUMBER pct of Ns said CONTENT", REUTERS,
            "Thirty five pct of those polled said their opinion of him had gone down.",
            List.of(indirect("their opinion of him had gone down", "said",
                "Thirty five pct of those polled", "Thirty five pct of those polled"))),
        new Report("... at N pct and Ns said CONTENT: a share joins no subject", REUTERS,
            "The bonds were priced at 96 stg pct and dealers said the supplies were sold out.",
            List.of(indirect("the supplies were sold out", "said", "dealers", "dealers"))),
        new Report("CONTENT with a share inside a clause, said X", REUTERS,
            "The program, which would let farmers still receive 92 pct of their payment, would "
                + "be used most in high risk areas, said Keith Collins, director of the "
                + "economics staff.",
            List.of(indirect("The program, which would let farmers still receive 92 pct of "
                + "their payment, would be used most in high risk areas", "said",
                "Keith Collins", "Keith Collins"))),
        new Report("Former Ns said CONTENT", AP,
            "Former employees said she would stay at the office past midnight.",
            List.of(indirect("she would stay at the office past midnight", "said",
                "Former employees", "Former employees"))),
        new Report("CONTENT with a report in it, said X: the outer source reports it whole",
            REUTERS,
            "Of companies polled, 60 pct predicted a drop in profits, said Keidanren economist "
                + "Kazuyuki Kinbara.",
            List.of(indirect("Of companies polled, 60 pct predicted a drop in profits", "said",
                    "Keidanren economist Kazuyuki Kinbara", "Kazuyuki Kinbara"),
                indirect("a drop in profits", "predicted", "60 pct", "60 pct"))),
        new Report("CONTENT with a clause between commas, said X: no apposition", XINHUA,
            "Models will be stored in a database that scholars, libraries and universities "
                + "will be able to use, said the national newspaper.",
            List.of(indirect("Models will be stored in a database that scholars, libraries "
                + "and universities will be able to use", "said", "the national newspaper",
                "the national newspaper"))),
        new Report("Ns, while ..., said CONTENT: an adverbial clause between commas", REUTERS,
            "Some put the volume at 300,000 tonnes, but others, while agreeing a heavy volume "
                + "had been taken, said less was involved.",
            List.of(indirect("less was involved", "said", "others", "others"))),
        new Report("X said the N, said to be ..., VERB: a participle inside the content", AP,
            "Analysts said the firm, said to be for sale, would cut jobs.",
            List.of(indirect("the firm, said to be for sale, would cut jobs", "said",
                "Analysts", "Analysts"))),
        new Report("Ns, claiming CONTENT, said CONTENT: the participle's content ends at the "
            + "verb", REUTERS,
            "Relief workers on the ground, claiming the outbreak is containable, said there was "
                + "no such risk.",
            List.of(indirect("the outbreak is containable", "claiming",
                    "Relief workers on the ground", "Relief workers on the ground"),
                indirect("there was no such risk", "said", "Relief workers on the ground",
                    "Relief workers on the ground"))),
        new Report("The N gave ... and said CONTENT: an irregular past after the subject",
            REUTERS,
            "The central bank gave its approval and said banks should be allowed to hold "
                + "insurers.",
            List.of(indirect("banks should be allowed to hold insurers", "said",
                "The central bank", "The central bank"))),
        new Report("CONTENT, Ns familiar with N said", REUTERS,
            "The deal was near, sources familiar with the talks said.",
            List.of(indirect("The deal was near", "said", "sources familiar with the talks",
                "sources familiar with the talks"))),
        new Report("Ns familiar with N said CONTENT", REUTERS,
            "Traders familiar with the opinion said the ruling noted a possible cut.",
            List.of(indirect("the ruling noted a possible cut", "said",
                "Traders familiar with the opinion", "Traders familiar with the opinion"))),
        new Report("CONTENT, said sole underwriter X", REUTERS,
            "The issue is priced at par, said sole underwriter UBS Securities Inc.",
            List.of(indirect("The issue is priced at par", "said",
                "sole underwriter UBS Securities Inc", "UBS Securities Inc"))),
        new Report("A N by X said CONTENT: a writing and its author", REUTERS,
            "A draft report by ministry experts said faulty repairs caused the crash. It said "
                + "inspections were lax.",
            List.of(indirect("faulty repairs caused the crash", "said",
                    "A draft report by ministry experts", "A draft report by ministry experts"),
                indirect("inspections were lax", "said", "It",
                    "A draft report by ministry experts"))),
        new Report("The <X> said CONTENT", REUTERS,
            "The <American Stock Exchange> said it has listed Red Lion Inns LP.",
            List.of(indirect("it has listed Red Lion Inns LP", "said", "American Stock Exchange",
                "American Stock Exchange"))),
        new Report("X <TICKER>, a N, said CONTENT", REUTERS,
            "Brooklyn Union Gas <BU>, a New York gas utility company, said it will try to limit "
                + "rate hikes.",
            List.of(indirect("it will try to limit rate hikes", "said", "Brooklyn Union Gas",
                "Brooklyn Union Gas"))),
        new Report("X (ABBREVIATION) <TICKER>, a N, said CONTENT", REUTERS,
            "Den Norske Creditbank (DNC) <NCBO.OL>, Norway's biggest commercial bank, said it "
                + "boosted its profits.",
            List.of(indirect("it boosted its profits", "said", "Den Norske Creditbank (DNC)",
                "Den Norske Creditbank"))),
        new Report("CONTENT, <X>, a N, said.", REUTERS,
            "Droughts in Asia are being linked to El Nino, <Accu-Weather Inc>, a commercial "
                + "weather forecasting service, said.",
            List.of(indirect("Droughts in Asia are being linked to El Nino", "said",
                "Accu-Weather Inc", "Accu-Weather Inc"))),
        new Report("CONTENT, <X> said.", REUTERS,
            "Sales rose 5 pct, <Parlux Fragrances Inc> said.",
            List.of(indirect("Sales rose 5 pct", "said", "Parlux Fragrances Inc",
                "Parlux Fragrances Inc"))),
        new Report("CONTENT, X, TITLE of <Y>, a N of Z <TICKER>, said.", REUTERS,
            "Investment is rising fast, Charles Lillis, associate director of <Merrill Lynch "
                + "Europe Ltd>, a subsidiary of Merrill Lynch and Co Inc <MER.N>, said.",
            List.of(indirect("Investment is rising fast", "said", "Charles Lillis",
                "Charles Lillis"))),
        new Report("X too said CONTENT", REUTERS,
            "Later in the week, Mulford too said there was no target for the dollar.",
            List.of(indirect("there was no target for the dollar", "said", "Mulford",
                "Mulford"))),
        new Report("X, PARTY-STATE., said CONTENT", REUTERS,
            "Chairman Fernand Germain, D-R.I., said he would ask the office for a study.",
            List.of(indirect("he would ask the office for a study", "said",
                "Chairman Fernand Germain", "Fernand Germain"))),
        new Report("X (Y) said CONTENT: the mention keeps its closing bracket", AP,
            "Sen. Rand Paul (R-Ky.) said the bill would fail.",
            List.of(indirect("the bill would fail", "said", "Sen. Rand Paul (R-Ky.)",
                "Rand Paul"))),
        new Report("X on DAY said CONTENT", XINHUA,
            "The UN refugee agency on Thursday said it was putting off the start of "
                + "repatriation.",
            List.of(indirect("it was putting off the start of repatriation", "said",
                "The UN refugee agency", "The UN refugee agency"))),
        new Report("Aides to TITLE X said CONTENT: the aides, not X", AP,
            "Aides to Prime Minister Ariel Sharon said the party has split.",
            List.of(indirect("the party has split", "said",
                "Aides to Prime Minister Ariel Sharon", "Aides to Prime Minister Ariel Sharon"))),
        new Report("CONTENT, said He X, a N: a surname spelled as a pronoun", XINHUA,
            "The fog was thick, said He Lifu, a meteorologist.",
            List.of(indirect("The fog was thick", "said", "He Lifu", "He Lifu"))),
        new Report("CONTENT, said N Will X: a given name spelled as a modal", REUTERS,
            "Why not invest in Australia, said Lloyds Bank chief economist Will Buttrose.",
            List.of(indirect("Why not invest in Australia", "said",
                "Lloyds Bank chief economist Will Buttrose", "Will Buttrose"))),
        new Report("\"...,\" said al-X: a name's particle after the cue", XINHUA,
            "\"Then they started grabbing people,\" said al-Motaie.",
            List.of(direct("Then they started grabbing people,", "said", "al-Motaie",
                "al-Motaie"))),
        new Report("CONTENT, said Ns with N: a plural of people after the cue", XINHUA,
            "The cub was never named, said zoologists with the Chengdu base.",
            List.of(indirect("The cub was never named", "said",
                "zoologists with the Chengdu base", "zoologists with the Chengdu base"))),
        new Report("In PLACE, CLAUSE, said X.: the clause is no apposition", XINHUA,
            "In Berlin, Mubarak would meet Merkel, said Awwad.",
            List.of(indirect("In Berlin, Mubarak would meet Merkel", "said", "Awwad",
                "Awwad"))),
        new Report("CONTENT, Ns and a N said.", XINHUA,
            "Calm was restored after an hour, witnesses and an AFP reporter said.",
            List.of(indirect("Calm was restored after an hour", "said",
                "witnesses and an AFP reporter", "witnesses and an AFP reporter"))),
        new Report("... to X and the N said CONTENT: no object joins the subject", REUTERS,
            "Aid flows to Israel and the United States said it was rising.",
            List.of(indirect("it was rising", "said", "the United States", "United States"))),
        new Report("CLAUSE and the N said CONTENT: no clause joins the subject", REUTERS,
            "Output rose in February and the Fed said production was strong.",
            List.of(indirect("production was strong", "said", "the Fed", "Fed"))),
        new Report("\"...,\" armed forces spokesman, X, told N.: no verb before the noun", XINHUA,
            "\"We have deployed 16,000 troops,\" armed forces spokesman, Colonel Anisur Rahman, "
                + "told AFP.",
            List.of(direct("We have deployed 16,000 troops,", "told AFP",
                "armed forces spokesman, Colonel Anisur Rahman", "Anisur Rahman"))),
        new Report("X, TITLE of N do N, said CONTENT", REUTERS,
            "Wolfgang Sauer, president of Volkswagen do Brasil, said the government had created "
                + "a crisis.",
            List.of(indirect("the government had created a crisis", "said", "Wolfgang Sauer",
                "Wolfgang Sauer"))),
        new Report("X, asked whether ..., said CONTENT", REUTERS,
            "Treasury Secretary James Baker, asked whether he was concerned about the decline, "
                + "said he was not worried.",
            List.of(indirect("he was not worried", "said", "Treasury Secretary James Baker",
                "James Baker"))),
        new Report("\"...,\" said X at N held ... there: an adverbial after the source", XINHUA,
            "\"We will enable them to contribute,\" said Badawi at a press conference held with "
                + "Malaysian reporters there.",
            List.of(direct("We will enable them to contribute,", "said", "Badawi", "Badawi"))),
        new Report("CONTENT, said X in a letter to TITLE Y", XINHUA,
            "The ties will worsen, said Syria's foreign ministry in a letter to UN Secretary "
                + "General Kofi Annan.",
            List.of(indirect("The ties will worsen", "said", "Syria's foreign ministry",
                "Syria's foreign ministry"))),
        new Report("CONTENT, said X in reply to ...: a long adverbial after the source", REUTERS,
            "Cost of the planes totaled about 30 mln dlrs, said a spokesman for the airline in "
                + "reply to a query from reporters at the annual meeting of the shareholders.",
            List.of(indirect("Cost of the planes totaled about 30 mln dlrs", "said",
                "a spokesman for the airline", "a spokesman for the airline"))),
        new Report("CONTENT, said Ns at X: the source holds its preposition", REUTERS,
            "The talks went well, said analysts at Nomura.",
            List.of(indirect("The talks went well", "said", "analysts at Nomura",
                "analysts at Nomura"))),
        new Report("CONTENT, X, TITLE of Y (ABBREVIATION), said in PLACE on DAY", XINHUA,
            "The deal was signed, Zhou Jiping, deputy general manager of the China National "
                + "Petroleum Corporation (CNPC), said in Beijing on Thursday.",
            List.of(indirect("The deal was signed", "said", "Zhou Jiping", "Zhou Jiping"))),
        new Report("CONTENT, X (PARTY-STATE), said: a stray comma after the brackets", AP,
            "The bill will pass, Gov. Tom Hale (R-Ohio), said.",
            List.of(indirect("The bill will pass", "said", "Gov. Tom Hale (R-Ohio)",
                "Tom Hale"))),
        new Report("CONTENT, Ns and Ns of N said DAY", AP,
            "The killing was planned, defense lawyers and relatives of the men said Thursday.",
            List.of(indirect("The killing was planned", "said",
                "defense lawyers and relatives of the men",
                "defense lawyers and relatives of the men"))),
        new Report("\"...,\" N and N TITLE X said", XINHUA,
            "\"Help will go to the ones needing it most,\" post and telecommunications director "
                + "general Gatot Dewobroto said on ElShinta radio.",
            List.of(direct("Help will go to the ones needing it most,", "said",
                "post and telecommunications director general Gatot Dewobroto",
                "Gatot Dewobroto"))),
        new Report("what Ns and Ns describe as CONTENT", AP,
            "Protesters denounced what Western governments and human rights groups describe as "
                + "abusive rule.",
            List.of(indirect("as abusive rule", "describe", "Western governments and human rights "
                + "groups", "Western governments and human rights groups"))),
        new Report("... are Ns and Ns said CONTENT: people after a verb join no subject", REUTERS,
            "Both Malaysia and Indonesia are low cost producers and traders said they could last "
                + "out low prices.",
            List.of(indirect("they could last out low prices", "said", "traders", "traders"))),
        new Report("CONTENT, the N (ABBREVIATION), said.: a stray comma after the brackets",
            REUTERS,
            "A total of 126,031 tonnes was sold, provisional results show, the Home Grown "
                + "Cereals Authority (HGCA), said.",
            List.of(indirect("A total of 126,031 tonnes was sold, provisional results show",
                "said", "the Home Grown Cereals Authority (HGCA)",
                "Home Grown Cereals Authority"))),
        new Report("X, who ... (...), said CONTENT: a name's apposition ending in brackets", AP,
            "Li, who has led the firm since 1990 (when it was founded), said the firm would "
                + "grow.",
            List.of(indirect("the firm would grow", "said", "Li", "Li"))),
        new Report("CONTENT, where ... (N), said X.: a clause with brackets is no apposition",
            XINHUA,
            "Most victims were villagers from Simenzhou, where families have each been paid "
                + "220,000 yuan (25,425 dollars), said Li.",
            List.of(indirect("Most victims were villagers from Simenzhou, where families have "
                + "each been paid 220,000 yuan (25,425 dollars", "said", "Li", "Li"))),
        new Report("Many have said CONTENT: a quantifier alone", AP,
            "Many have said the poll gap will narrow.",
            List.of(indirect("the poll gap will narrow", "said", "Many", "Many"))),
        new Report("Most said CONTENT: a quantifier alone before the cue", AP,
            "Most said the poll gap will narrow.",
            List.of(indirect("the poll gap will narrow", "said", "Most", "Most"))),
        new Report("X VERBED N and said CONTENT: the first content ends at the second cue",
            XINHUA,
            "Beijing reiterated its position and said talks would resume in May.",
            List.of(indirect("its position", "reiterated", "Beijing", "Beijing"),
                indirect("talks would resume in May", "said", "Beijing", "Beijing"))),
        new Report("X said CONTENT and warned that CONTENT: any cue with 'that' after 'and'", AP,
            "Observers said little had changed and warned that the truce was fragile.",
            List.of(indirect("little had changed", "said", "Observers", "Observers"),
                indirect("the truce was fragile", "warned", "Observers", "Observers"))),
        new Report("While ..., Ns said CONTENT and warned that CONTENT: the main clause's subject",
            AP,
            "While officials praised the talks, observers said little had changed and warned "
                + "that the truce was fragile.",
            List.of(indirect("little had changed", "said", "observers", "observers"),
                indirect("the truce was fragile", "warned", "observers", "observers"))),
        new Report("PARTICIPLE ..., X VERBED ... and said CONTENT: a participle opens no subject",
            AP,
            "Having lost the vote, Tanaka thanked his staff and said he would stay on.",
            List.of(indirect("he would stay on", "said", "Tanaka", "Tanaka"))),
        new Report("The N N TITLE X VERBED ... but said CONTENT: a description before the name",
            AP,
            "The regional party chairman Tom Hale declined to name the delegates but said one "
                + "backs the governor.",
            List.of(indirect("one backs the governor", "said",
                "The regional party chairman Tom Hale", "Tom Hale"))),
        new Report("The N's N VERBED ... and said CONTENT: a possessive subject", REUTERS,
            "The bank's chief economist played down the risk and said rates would stay low.",
            List.of(indirect("rates would stay low", "said", "The bank's chief economist",
                "The bank's chief economist"))),
        new Report("X, APPOSITION, on DAY VERBED ... and said CONTENT", XINHUA,
            "Ana Reyes, the country's trade minister, on Friday welcomed the deal and said "
                + "exports would rise.",
            List.of(indirect("exports would rise", "said", "Ana Reyes", "Ana Reyes"))),
        new Report("X for his part said CONTENT: an aside between subject and verb", AP,
            "Reid for his part said he would back the bill.",
            List.of(indirect("he would back the bill", "said", "Reid", "Reid"))),
        new Report("... a N who said CONTENT: a relative clause that ends its sentence", AP,
            "Police questioned a man who said he saw the attack.",
            List.of(indirect("he saw the attack", "said", "who", "a man"))),
        new Report("The Ns, who said CONTENT, VERBED: a relative clause between commas", AP,
            "The voters, who said the economy was weak, stayed home.",
            List.of(indirect("the economy was weak", "said", "who", "The voters"))),
        new Report("... a N who said CONTENT, saying CONTENT: the participle is the clause's",
            AP,
            "The mayor refused to pay an architect who said he was owed money, saying the work "
                + "was poor.",
            List.of(indirect("he was owed money", "said", "who", "an architect"),
                indirect("the work was poor", "saying", "The mayor", "The mayor"))),
        new Report("X said CONTENT and Y said CONTENT: the first content ends at the second",
            XINHUA,
            "Li said the talks went well and Wang said the deal was near.",
            List.of(indirect("the talks went well", "said", "Li", "Li"),
                indirect("the deal was near", "said", "Wang", "Wang"))),
        new Report("N in M said CONTENT: the share of a poll", AP,
            "Two in three said they are less likely to vote.",
            List.of(indirect("they are less likely to vote", "said", "Two in three",
                "Two in three"))),
        new Report("More than N in M Ns said CONTENT: a bounded share of a poll", AP,
            "More than six in 10 voters said the campaign had gone on too long.",
            List.of(indirect("the campaign had gone on too long", "said",
                "More than six in 10 voters", "More than six in 10 voters"))),
        new Report("N out of M Ns in a poll said CONTENT", AP,
            "Nine out of 10 economists in the survey said growth would slow.",
            List.of(indirect("growth would slow", "said",
                "Nine out of 10 economists in the survey",
                "Nine out of 10 economists in the survey"))),
        new Report("More than N percent of Ns say CONTENT; N pct said CONTENT", REUTERS,
            "More than 60 percent of voters say taxes are too high and 12 pct said they are too "
                + "low.",
            List.of(indirect("taxes are too high", "say", "More than 60 percent of voters",
                "More than 60 percent of voters"),
                indirect("they are too low", "said", "12 pct", "12 pct"))),
        new Report("X said CONTENT and also said CONTENT", XINHUA,
            "Xi said China is ready and also said it will help.",
            List.of(indirect("China is ready", "said", "Xi", "Xi"),
                indirect("it will help", "said", "Xi", "Xi"))),
        new Report("The NAME N's N VERBED N and said CONTENT: a possessive after a name", REUTERS,
            "The US government's envoy on trade predicted a deal and said talks would go on.",
            List.of(indirect("a deal", "predicted", "The US government's envoy on trade",
                "The US government's envoy on trade"),
                indirect("talks would go on", "said", "The US government's envoy on trade",
                    "The US government's envoy on trade"))),
        new Report("While ..., Ns on N said CONTENT and warned that CONTENT: past the "
            + "dependent clause's verb", AP,
            "While officials praised the talks, observers on both sides said little had changed "
                + "and warned that the truce was fragile.",
            List.of(indirect("little had changed", "said", "observers on both sides",
                "observers on both sides"),
                indirect("the truce was fragile", "warned", "observers on both sides",
                    "observers on both sides"))),
        new Report("Though X VERBED N and said CONTENT: a dependent clause that runs on to the cue",
            AP,
            "Though she praised the judge and said he deserved a hearing.",
            List.of(indirect("he deserved a hearing", "said", "she", null))),
        new Report("X in contrast said CONTENT: an aside between subject and verb", AP,
            "Rahimi in contrast said the count was fair.",
            List.of(indirect("the count was fair", "said", "Rahimi", "Rahimi"))),
        new Report("N for USA Today said CONTENT: a name that ends in Today", AP,
            "A reporter for USA Today said the plan failed.",
            List.of(indirect("the plan failed", "said", "A reporter for USA Today",
                "A reporter for USA Today"))),
        new Report("X said CONTENT about a N who said CONTENT, adding CONTENT: the participle "
            + "goes on with the main clause", AP,
            "The mayor said he would not pay an architect who said he was owed money, adding "
                + "that the work was poor.",
            List.of(indirect("he would not pay an architect who said he was owed money", "said",
                "The mayor", "The mayor"),
                indirect("he was owed money", "said", "who", "an architect"),
                indirect("the work was poor", "adding", "The mayor", "The mayor"))),
        new Report("X VERBED N, which Ns said CONTENT, saying CONTENT: the participle is the "
            + "clause's", AP,
            "He dropped the plan, which aides said would cut costs, saying it was too slow.",
            List.of(indirect("would cut costs", "said", "aides", "aides"),
                indirect("it was too slow", "saying", "He", null))),
        new Report("The N's N, who VERBED CONTENT, VERBED ..., saying CONTENT: a relative clause "
            + "about the subject", AP,
            "The party's veteran leader, who has called for new elections, launched an attack "
                + "on Monday, saying the vote was rigged.",
            List.of(indirect("new elections", "called for", "who", "The party's veteran leader"),
                indirect("the vote was rigged", "saying", "who",
                    "The party's veteran leader"))),
        new Report("A N who VERBED ... said CONTENT: a relative clause inside the subject",
            REUTERS,
            "An official who asked not to be named said the talks had failed.",
            List.of(indirect("the talks had failed", "said", "An official", "An official"))),
        new Report("CONTENT, a N who VERBED ... told X: a relative clause before an outer cue",
            REUTERS,
            "The talks failed, a diplomat who spoke on condition of anonymity told Reuters.",
            List.of(indirect("The talks failed", "told Reuters", "a diplomat", "a diplomat"))),
        new Report("They who VERBED said CONTENT: a pronoun before the relative clause", AP,
            "They who waited said the firm was weak.",
            List.of(indirect("the firm was weak", "said", "They", null))),
        new Report("CONTENT with Ns who VERBED ..., said X: the relative clause is the content's",
            XINHUA,
            "The bus hit students and teachers who were on their way to school, said Nan Li, a "
                + "police spokesman.",
            List.of(indirect("The bus hit students and teachers who were on their way to school",
                "said", "Nan Li", "Nan Li"))),
        new Report("Anyone who VERBED ... must be VERBED, said X: the relative clause is the "
            + "content's", XINHUA,
            "Anyone who sold the eggs must be prosecuted, said the ministry.",
            List.of(indirect("Anyone who sold the eggs must be prosecuted", "said",
                "the ministry", "the ministry"))),
        new Report("Ns who VERBED ... could add N, X said: no verb known in the relative clause",
            REUTERS,
            "Farmers who reorganize their farms could add billions to the cost, the office said.",
            List.of(indirect("Farmers who reorganize their farms could add billions to the cost",
                "said", "the office", "the office"))),
        new Report("Ns who VERBED their N said CONTENT", AP,
            "People who lost their homes said the aid came late.",
            List.of(indirect("the aid came late", "said", "People", "People"))),
        new Report("X VERBED Ns who said CONTENT: a relative clause that reports a bare clause",
            AP,
            "He interviewed voters who said the plan failed.",
            List.of(indirect("the plan failed", "said", "who", "voters"))),
        new Report("However, most said CONTENT: a quantifier alone after an opening", REUTERS,
            "However, most said this had not occurred.",
            List.of(indirect("this had not occurred", "said", "most", "most"))),
        new Report("X said by VERBING ..., CONTENT: a gerund after 'by' opens the content",
            REUTERS,
            "It said by rendering the invoice, the broker enabled the deal.",
            List.of(indirect("by rendering the invoice, the broker enabled the deal", "said",
                "It", null))),
        new Report("According to a long N VERBED for X and Y, CONTENT: a source past the longest "
            + "phrase, up to its comma", AP,
            "According to early results of exit polls conducted for the news agency and "
                + "television networks, eight in 10 voters feel angry.",
            List.of(indirect("eight in 10 voters feel angry", "According to",
                "early results of exit polls", "early results of exit polls"))),
        new Report("CONTENT according to a long N VERBED for ..., X said: a long source ends at "
            + "its comma in mid-sentence too", REUTERS,
            "Prices rose according to early results of surveys conducted for the agency and the "
                + "networks of the region, analysts said.",
            List.of(indirect("Prices rose", "according to", "early results of surveys",
                    "early results of surveys"),
                indirect("Prices rose according to early results of surveys conducted for "
                + "the agency and the networks of the region", "said", "analysts", "analysts"))),
        new Report("Ns and Ns both said CONTENT: a quantifier after the subject", XINHUA,
            "The unions and the employers both said the talks failed.",
            List.of(indirect("the talks failed", "said", "The unions and the employers",
                "The unions and the employers"))),
        new Report("X, a N with Y said CONTENT: an apposition whose closing comma is left out",
            REUTERS,
            "John Smith, an analyst with Merrill Lynch said the crop will be lower.",
            List.of(indirect("the crop will be lower", "said", "John Smith", "John Smith"))),
        new Report("\"...,\" X, TITLE of Y said: an apposition without its comma after a quotation",
            XINHUA,
            "\"Prices will fall,\" Ana Reyes, head of the mission said.",
            List.of(direct("Prices will fall,", "said", "Ana Reyes", "Ana Reyes"))),
        new Report("In PLACE, a N with Y said CONTENT: a place is no name before an apposition",
            REUTERS,
            "In Tokyo, an analyst with Nomura said the crop will be lower.",
            List.of(indirect("the crop will be lower", "said", "an analyst with Nomura",
                "an analyst with Nomura"))),
        new Report("X, TITLE of Y said, \"...\": the comma before a quotation sets nothing off",
            XINHUA,
            "Li Wei, head of the mission said, \"We will stay.\"",
            List.of(direct("We will stay.", "said", "Li Wei", "Li Wei"))),
        new Report("PARTICIPLE ... in PLACE, the N said CONTENT: nor a phrase that ends in a name",
            REUTERS,
            "Speaking at a lecture in Tokyo, the bank governor said the recovery was firm.",
            List.of(indirect("the recovery was firm", "said", "the bank governor",
                "the bank governor"))),
        new Report("Rather, a N said CONTENT: nor a sentence adverb", AP,
            "Rather, a senior senator said the plan would fail.",
            List.of(indirect("the plan would fail", "said", "a senior senator",
                "a senior senator"))),
        new Report("X, a N said, CONTENT: a source set off inside its content (one span)", AP,
            "Li, a top aide said, is confident of a win.",
            List.of(indirect("Li, a top aide said, is confident of a win", "said", "a top aide",
                "a top aide"))),
        new Report("Earlier, a N for Y said CONTENT: nor an adverb", REUTERS,
            "Earlier, an attorney for the firm said the suit was filed.",
            List.of(indirect("the suit was filed", "said", "an attorney for the firm",
                "an attorney for the firm"))),
        new Report("CONTENT since last June, a N said.: nor the content's last name", XINHUA,
            "Prices rose steadily since last June, a party official said.",
            List.of(indirect("Prices rose steadily since last June", "said", "a party official",
                "a party official"))),
        new Report("..., X, the N said CONTENT: nor a name inside the sentence", XINHUA,
            "Met at the airport by the president and his wife, Dagmar, the pontiff said the talks "
                + "went well.",
            List.of(indirect("the talks went well", "said", "the pontiff", "the pontiff"))),
        new Report("CONTENT by X, a N said.: nor the content's last name", XINHUA,
            "The talks were chaired by Li Wei, a party official said.",
            List.of(indirect("The talks were chaired by Li Wei", "said", "a party official",
                "a party official"))),
        new Report("X, the N of Y said CONTENT: a definite description as the apposition", XINHUA,
            "Zhou Li, the commercial counselor of the embassy said the fair would open in May.",
            List.of(indirect("the fair would open in May", "said", "Zhou Li", "Zhou Li"))),
        new Report("COMPANY Inc, a unit of COMPANY Corp said CONTENT", REUTERS,
            "Acme Electronics Inc, a unit of Acme Corp said the plant would close.",
            List.of(indirect("the plant would close", "said", "Acme Electronics Inc",
                "Acme Electronics Inc"))),
        new Report("Nevertheless, Ns said CONTENT: a group is no apposition to an adverb", REUTERS,
            "Nevertheless, officials said the plan would fail.",
            List.of(indirect("the plan would fail", "said", "officials", "officials"))),
        new Report("Most Ns going to the N in PLACE say CONTENT: a participle after the noun",
            AP,
            "Most voters going to the polls in five states say they want change.",
            List.of(indirect("they want change", "say", "Most voters going to the polls in "
                + "five states", "Most voters going to the polls in five states"))),
        new Report("Ns were responding to a N who noted that CONTENT: a progressive, no "
            + "participle after a noun", AP,
            "Officials were responding to a questioner who noted that the plan had failed.",
            List.of(indirect("the plan had failed", "noted", "who", "a questioner"))),
        new Report("CONTENT N according to X, who said CONTENT: 'according' is no participle",
            REUTERS,
            "The quake killed 388 people according to the Red Cross, who said the toll would "
                + "rise.",
            List.of(indirect("The quake killed 388 people", "according to", "the Red Cross",
                "Red Cross"),
                indirect("the toll would rise", "said", "who", "Red Cross"))),
        new Report("Asked ..., X said no: an answer of one word", AP,
            "Asked if he was bullied, the candidate said no.",
            List.of(indirect("no", "said", "the candidate", "the candidate"))),
        new Report("N in N ADJ PARTICIPLE Ns say CONTENT: a participle after an adjective is no "
            + "verb", AP,
            "Nine in 10 Democratic registered voters say they think she could win.",
            List.of(indirect("they think she could win", "say",
                "Nine in 10 Democratic registered voters",
                "Nine in 10 Democratic registered voters"))),
        new Report("X did something, then says CONTENT: a verb coordinated after a comma", AP,
            "Kasich offered the man a job, then says he will welcome advice.",
            List.of(indirect("he will welcome advice", "says", "Kasich", "Kasich"))),
        new Report("Ns that have done something say CONTENT: a relative clause opened by that",
            AP,
            "Progressive organizations that have endorsed him say superdelegates should wait.",
            List.of(indirect("superdelegates should wait", "say", "Progressive organizations",
                "Progressive organizations"))),
        new Report("the N of the N to the N said CONTENT: 'to' inside the subject", XINHUA,
            "The head of the delegation to the forum said the exercises should stop.",
            List.of(indirect("the exercises should stop", "said",
                "The head of the delegation to the forum",
                "The head of the delegation to the forum"))),
        new Report("X however said CONTENT", AP,
            "Carter however said he would welcome the talks.",
            List.of(indirect("he would welcome the talks", "said", "Carter", "Carter"))),
        new Report("..., with N percent saying CONTENT: a share is the participle's subject", AP,
            "Voters see her as more prepared, with 50 percent saying she is ready.",
            List.of(indirect("she is ready", "saying", "50 percent", "50 percent"))),
        new Report("X did something by saying that CONTENT", AP,
            "Trump drew criticism last week by saying that the judge could not be impartial.",
            List.of(indirect("the judge could not be impartial", "saying", "Trump", "Trump"))),
        new Report("X did something while saying that CONTENT", AP,
            "Bolton praised the record while saying that the speech was weak.",
            List.of(indirect("the speech was weak", "saying", "Bolton", "Bolton"))),
        new Report("The N ministry did something, saying CONTENT: the organisation's noun after "
            + "a title's word", REUTERS,
            "The finance ministry made moves to calm markets, saying it would act.",
            List.of(indirect("it would act", "saying", "The finance ministry",
                "The finance ministry"))),
        new Report("At least a dozen Ns told X CONTENT: a quantity and the words that bound it",
            AP,
            "At least a dozen members of Congress told reporters she thinks the House is within "
                + "reach.",
            List.of(indirect("she thinks the House is within reach", "told reporters",
                "At least a dozen members of Congress", "At least a dozen members of Congress"))),
        new Report("At least N Ns said CONTENT: 'At' is the bound's, no preposition", AP,
            "At least 12 members said the vote was close.",
            List.of(indirect("the vote was close", "said", "At least 12 members",
                "At least 12 members"))),
        new Report("CONTENT, according to X - an aside: a dash ends the source", AP,
            "The plan would raise $1.1 trillion, according to the Tax Policy Center - half a "
                + "point of output.",
            List.of(indirect("The plan would raise $1.1 trillion", "according to",
                "the Tax Policy Center", "Tax Policy Center"))),
        new Report("X \u2014 an aside \u2014 says CONTENT: an aside set off by dashes", AP,
            "Jason Sims \u2014 a teacher from Mount Pleasant \u2014 says he made a decision.",
            List.of(indirect("he made a decision", "says", "Jason Sims", "Jason Sims"))),
        new Report("Ns privy to the N say CONTENT", AP,
            "Multiple sources privy to the negotiations say it is the fault of the leaders.",
            List.of(indirect("it is the fault of the leaders", "say",
                "Multiple sources privy to the negotiations",
                "Multiple sources privy to the negotiations"))),
        new Report("X added, however, that CONTENT: an adverb set off before the content", REUTERS,
            "Volcker added, however, that new legislation is needed.",
            List.of(indirect("new legislation is needed", "added", "Volcker", "Volcker"))),
        new Report("X, AGE, of PLACE, STATE, says CONTENT: an apposition of four commas", AP,
            "Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming.",
            List.of(indirect("her biggest concern is global warming", "says", "Brianne Stone",
                "Brianne Stone"))),
        new Report("Ns in the next two Ns said CONTENT: an adjective between determiners", AP,
            "Insiders in the next two states said it is important.",
            List.of(indirect("it is important", "said", "Insiders in the next two states",
                "Insiders in the next two states"))),
        new Report("Ns PARTICIPLE on the N say CONTENT: a participle after the head", AP,
            "People briefed on the situation say the governor must decide.",
            List.of(indirect("the governor must decide", "say", "People briefed on the situation",
                "People briefed on the situation"))),
        new Report("..., most of them said CONTENT", AP,
            "Until the shutdown, most of them said they had loved working there.",
            List.of(indirect("they had loved working there", "said", "most of them",
                "most of them"))),
        new Report("X, who did something and said CONTENT, did something: the relative clause's "
            + "report ends at its comma", AP,
            "Sanders, who endorsed Canova and said he would campaign with him, did not show up.",
            List.of(indirect("he would campaign with him", "said", "who", "Sanders"))),
        new Report("X said CONTENT with a longer quoted fragment", REUTERS,
            "Governor Anna Brightwell said the bank would do \u201Cwhatever it takes to bring "
                + "prices down\u201D this year.",
            List.of(mixed("the bank would do \u201Cwhatever it takes to bring prices down\u201D "
                + "this year", "said", "Governor Anna Brightwell", "Anna Brightwell"))));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void reportedSpeechGivesItsClauseCueAndSource(Report report) {
    Article article = parse(report.header(), report.paragraph());

    assertThat(said(article)).containsExactlyElementsOf(expected(report.quotes(), said(article)));
  }

  /** The expected quotes, each {@link #ANY} mention replaced by the one found at that quote. */
  private static List<Said> expected(List<Said> expected, List<Said> found) {
    List<Said> result = new ArrayList<>(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Said quote = expected.get(i);
      if (ANY.equals(quote.mention())) {
        String mention = i < found.size() ? found.get(i).mention() : null;
        quote = new Said(quote.kind(), quote.content(), quote.cue(), mention, quote.speaker());
      }
      result.add(quote);
    }
    return result;
  }

  /**
   * A quotation that ends its sentence ({@code ... "a show."}) leaves the next sentence its own
   * content where a clause follows the cue; where none does, the attribution is the quotation's,
   * as copy sometimes puts a period for its comma.
   */
  @Test
  void sentenceAfterAQuotationWithItsOwnClauseReportsThatClause() {
    Article own = parse(AP, "Critics call the rallies \"a show.\" She says he is unfit to serve.");
    Article typo = parse(XINHUA, "\"We will win.\" Kibwana said in an interview with reporters.");

    assertThat(said(own)).extracting(Said::kind, Said::content, Said::mention)
        .contains(tuple(QuoteKind.INDIRECT, "he is unfit to serve", "She"));
    assertThat(said(typo)).containsExactly(
        direct("We will win.", "said", "Kibwana", "Kibwana"));
  }

  @Test
  void quotedBySomeoneAsSayingIsAttributedToTheOneQuoted() {
    Article article = parse(REUTERS,
        "Finance Minister Kenji Sato was quoted by the Nikkei newspaper as saying the yen had "
            + "weakened too fast.");

    assertThat(article.quotes()).hasSize(1);
    Quote quote = article.quotes().get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.content().text()).isEqualTo("the yen had weakened too fast");
    assertThat(quote.cue().orElseThrow().text()).startsWith("quoted").endsWith("as saying");
    assertThat(quote.mention().orElseThrow().text()).isEqualTo("Finance Minister Kenji Sato");
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Kenji Sato");
  }

  /** Verbs that take their listener or the one addressed before what is asked of them. */
  @ParameterizedTest
  @ValueSource(strings = {
      "President Joe Biden urged Congress to pass the bill before the holiday.|urged",
      "Secretary-General Antonio Guterres called on both sides to pass the bill before the "
          + "holiday.|called on"})
  void appealToSomeoneIsReportedSpeechOfTheOneAppealing(String line) {
    String paragraph = line.substring(0, line.indexOf('|'));
    String cue = line.substring(line.indexOf('|') + 1);
    Article article = parse(AP, paragraph);

    assertThat(article.quotes()).hasSize(1);
    Quote quote = article.quotes().get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.content().text()).endsWith("to pass the bill before the holiday");
    assertThat(quote.cue().orElseThrow().text()).startsWith(cue);
    assertThat(quote.mention().orElseThrow().text()).isEqualTo(paragraph.substring(0,
        paragraph.indexOf(cue) - 1));
    assertThat(article.speakers()).hasSize(1);
  }

  /**
   * Cues that report no words: an adverbial after the verb with no clause after it, a passive,
   * whose subject is what is spoken of and not who speaks, {@code according to} a measure or a
   * standard, which says how something is done, not who says it, a participle that qualifies a
   * noun ({@code The following proposed offerings}), and a plan or a forecast that {@code calls
   * for} what it provides or foresees.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Lerer reported from Los Angeles.",
      "The minister said in a letter to the committee and to the prime minister's office.",
      "The chairman said in an interview during a visit to Tokyo to talk to analysts.",
      "He was called the \"Butcher of Lyon\" by his troops.",
      "Twenty-five people have been confirmed dead in the accident.",
      "Six Palestinians were reported killed in the raid.",
      "The plan was announced on Monday by the ministry.",
      "The trains ran according to plan.",
      "The launch went ahead, according to schedule.",
      "Prices are set according to market conditions.",
      "Bonds are graded according to their quality.",
      "Councillors were chosen according to lists submitted by the parties.",
      "The court ruled according to which the fine stands.",
      "The following proposed securities offerings were filed recently with the commission.",
      "The plan calls for cuts in spending over three years.",
      "The average forecast called for a 300 mln dlr rise in the money supply."})
  void cueThatReportsNoWordsIsNoQuote(String paragraph) {
    Article article = parse(REUTERS, paragraph);

    assertThat(article.quotes()).isEmpty();
  }

  /**
   * Where no source can be read for a cue, no quote rather than a wrong one: not a clause after
   * the cue read as its source ({@code said its net profit fell}), nor the text before a stray
   * comma read as a subject where it holds a verb, nor {@code said to be} as a report, nor an
   * adverbial after a relative pronoun ({@code which for the fourth year running has called}),
   * nor a verb's object that is a share ({@code owns 58 pct of X said}), nor a quantifier that
   * is a noun's determiner ({@code Many parts ... have been changed, adding}), nor words after
   * the cue cut at an adverbial where the adverbial holds a clause ({@code said Li in March the
   * firm would close}) or the words before it a verb ({@code said the company reported in ...}),
   * nor a participle's agent after it ({@code announced by Secretary of State X}), nor a
   * relative clause inside the subject, where no word tells where the report ends ({@code Voters
   * who said ... stayed home}), nor
   * one that reports no clause ({@code migrants who had not declared their income}), nor a cue
   * in the base form after {@code but} whose subject does not open the sentence ({@code will
   * ask}, more often an intention than a report), nor the subject of a verb inside the subject
   * read for a coordinated cue ({@code cuts imposed by the board, walked out and said}, {@code
   * which Smith founded, met and said}), nor a gerund after {@code by} that is no cue ({@code
   * responded by striking}), nor a source after {@code according to} that runs past the longest
   * phrase into a clause ({@code the authorities will raise}).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Solters, said to be travelling, was not available for comment.",
      "The unit <Shell Australia Ltd>, said its net profit fell.",
      "Sales rose; the company earned record profits, said on Monday.",
      "Prices rose sharply in the afternoon, Mulford, said last week there was no target.",
      "The Commission, which for the fourth year running has called for cuts in the support "
          + "system, faces anger.",
      "The company, which owns 58 pct of Daily Telegraph Plc said it named a new chief.",
      "Many parts of the car have been changed, adding high-tech features.",
      "Prices fell, said Li in March the firm would close.",
      "Sales fell, said the company reported in a statement there.",
      "The sanctions, announced by Secretary of State Madeleine Albright in Washington on "
          + "Tuesday, took effect.",
      "Voters who said the economy was weak stayed home.",
      "Officials turned away migrants who had not declared their income.",
      "Shares went to investor groups who responded to invitations for tenders.",
      "The count was watched by monitors who only observed the counting.",
      "The envoy reminded the voters who complain about the tax that it is the state that pays "
          + "most.",
      "The union's leaders, angry at cuts imposed by the board, walked out and said talks had "
          + "failed.",
      "The board of Acme Corp, which Smith founded, met and said talks had failed.",
      "Police responded by striking the barricades.",
      "According to the statement the local authorities will soon raise the border incursions "
          + "with the United Nations, and ask an envoy to visit the zones.",
      "Delegates of the ICO (International Coffee Organization) are planning to leave, but "
          + "will ask an envoy to attend the talks.",
      "Despite pledges last year that prices would fall, the market rose.",
      "Having announced that he would run, the senator left the race.",
      "The senator backed the plan, but three days later argued that Congress should wait.",
      "Forecasts that the economy may deteriorate add to arguments for an early poll.",
      "The agency prepared the pages in batches, a process that began in May and concluded "
          + "Monday.",
      "The firm will raise its capital by adding new shares.",
      "Snow cover is scant, with only 50 pct of the areas reporting an inch of snow.",
      "By saying that the plan would fail, the senator angered his party.",
      "The move will add 300 jobs at the plant.",
      "The rules of the party \u2014 Rule 40 as written \u2014 add another number to the mix."})
  void cueWithoutAReadableSourceGivesNoQuote(String paragraph) {
    Article article = parse(REUTERS, paragraph);

    assertThat(article.quotes()).isEmpty();
  }

  /**
   * A source after its cue is no part of the next claim: each {@code according to} reports the
   * text after the source before it, and a source after them all reports the whole sentence.
   * Quotes come in the order of their content.
   */
  @Test
  void accordingToAfterAnotherReportsOnlyTheTextAfterItsSource() {
    Article article = parse(REUTERS,
        "Imports fell 3 percent according to private estimates, or 5 percent, according to "
            + "official figures, the ministry said.");

    assertThat(said(article)).extracting(Said::content, Said::speaker).containsExactly(
        tuple("Imports fell 3 percent", "private estimates"),
        tuple("Imports fell 3 percent according to private estimates, or 5 percent, according "
            + "to official figures", "the ministry"),
        tuple("or 5 percent", "official figures"));
  }

  @Test
  void participleAfterAFinalAttributionIsASecondQuoteOfTheSameSpeaker() {
    Article article = parse(XINHUA,
        "The plan will fail, Premier Li Qiang said on Friday, stressing that nobody had "
            + "listened.");

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker).containsExactly(
        tuple("The plan will fail", "said", "Li Qiang"),
        tuple("nobody had listened", "stressing", "Li Qiang"));
  }

  /**
   * A source after a clause that holds a claim reports the whole clause, the claim included; a
   * later one in the same sentence reaches back only to the end of the one before it, so that no
   * text is reported whole twice.
   */
  @Test
  void chainedFinalAttributionsReachBackOnlyToTheReportBefore() {
    Article article = parse(REUTERS,
        "Output rose, the company said, adding that prices fell, the company said, adding that "
            + "sales grew, the company said, adding that costs rose.");

    assertThat(said(article)).extracting(Said::content, Said::cue).containsExactly(
        tuple("Output rose", "said"),
        tuple("Output rose, the company said, adding that prices fell", "said"),
        tuple("prices fell", "adding"),
        tuple("adding that sales grew", "said"),
        tuple("sales grew", "adding"),
        tuple("costs rose", "adding"));
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("the company");
  }

  @Test
  void adverbialAfterTheCueWithoutThatDoesNotReachIntoAParticiple() {
    Article article = parse(XINHUA,
        "Premier Li Qiang said on Friday the plan would fail, adding that nobody had listened.");

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker).containsExactly(
        tuple("the plan would fail", "said", "Li Qiang"),
        tuple("nobody had listened", "adding", "Li Qiang"));
  }

  @Test
  void severalReportsInOneParagraphAreEachAQuote() {
    Article article = parse(REUTERS,
        "Officials said the talks were useful. They added that a deal was close. The ministry "
            + "announced that the border would reopen on Monday.");

    assertThat(said(article)).extracting(Said::content).containsExactly(
        "the talks were useful", "a deal was close", "the border would reopen on Monday");
    assertThat(speakerIds(article)).containsExactly(0, 0, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"believes", "thinks", "fears", "feels", "suspects", "doubts", "hopes",
      "assumes", "worries"})
  void mentalStateAloneIsNoQuote(String verb) {
    Article article = parse(AP, "Senator Maria Okafor " + verb + " that the plan will fail.");

    assertThat(article.quotes()).isEmpty();
    assertThat(article.speakers()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"believes", "thinks", "fears"})
  void mentalStateWithoutThatIsNoQuote(String verb) {
    Article article = parse(AP, "Senator Maria Okafor " + verb + " the plan will fail.");

    assertThat(article.quotes()).isEmpty();
  }

  @Test
  void mentalStateBesideASpeechCueLeavesOnlyTheReportedSpeech() {
    Article article = parse(REUTERS,
        "Analyst Priya Raman believes prices will rise. She said the rise would be gradual.");

    assertThat(said(article)).extracting(Said::content)
        .containsExactly("the rise would be gradual");
  }

  @Test
  void narrationWithoutACueIsNoQuote() {
    Article article = parse(XINHUA,
        "The city opened two subway lines on Monday. More will follow next year.");

    assertThat(article.quotes()).isEmpty();
    assertThat(article.speakers()).isEmpty();
  }
}
