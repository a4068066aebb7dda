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
import org.junit.jupiter.params.provider.CsvSource;
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
            "Foreign Minister Lin Feng said China is ready to deepen cooperation with its "
                + "neighbours.",
            List.of(indirect("China is ready to deepen cooperation with its neighbours", "said",
                "Foreign Minister Lin Feng", "Lin Feng"))),
        new Report("X said that CONTENT", XINHUA,
            "Foreign Minister Lin Feng said that China is ready to deepen cooperation with its "
                + "neighbours.",
            List.of(indirect("China is ready to deepen cooperation with its neighbours", "said",
                "Foreign Minister Lin Feng", "Lin Feng"))),
        new Report("X said on DAY that CONTENT", REUTERS,
            "Ambassador Guo Tao said on Tuesday that the council must act without delay.",
            List.of(indirect("the council must act without delay", "said",
                "Ambassador Guo Tao", "Guo Tao"))),
        new Report("CONTENT, X said.", XINHUA,
            "The economy will grow by about 5 percent this year, Premier Han Wei said.",
            List.of(indirect("The economy will grow by about 5 percent this year", "said",
                "Premier Han Wei", "Han Wei"))),
        new Report("CONTENT, said X, TITLE.", XINHUA,
            "The economy will grow by about 5 percent this year, said Han Wei, the Chinese "
                + "premier.",
            List.of(indirect("The economy will grow by about 5 percent this year", "said",
                "Han Wei", "Han Wei"))),
        new Report("CONTENT, said X, N of N: a role without a determiner ends the sentence",
            REUTERS,
            "Grain prices may ease before the harvest, said Ana Reyes, editor of Harwick Grain "
                + "Week.",
            List.of(indirect("Grain prices may ease before the harvest", "said", "Ana Reyes",
                "Ana Reyes"))),
        new Report("CONTENT, said X, ADJ N N in N: words before the role's noun", REUTERS,
            "Freight rates will stay firm, said Tomas Okafor, freight market analyst in "
                + "Dunmore.",
            List.of(indirect("Freight rates will stay firm", "said", "Tomas Okafor",
                "Tomas Okafor"))),
        new Report("CONTENT, said X, N for N: a source's noun that is no title", REUTERS,
            "Rates will rise, said Tomas Okafor, lobbyist for the Harwick growers.",
            List.of(indirect("Rates will rise", "said", "Tomas Okafor", "Tomas Okafor"))),
        new Report("A ADJ X N VERBED N and said CONTENT: the noun ends the subject of both verbs",
            REUTERS,
            "A top Dunmore banker called for new rules and said rates would rise.",
            List.of(indirect("new rules", "called for", "A top Dunmore banker",
                "A top Dunmore banker"),
                indirect("rates would rise", "said", "A top Dunmore banker",
                    "A top Dunmore banker"))),
        new Report("The X N X has been ... but wrote that CONTENT: a source's noun before a name",
            AP,
            "The Harwick Daily columnist Ana Reyes has been critical of the levy but on Tuesday "
                + "wrote that it was fair.",
            List.of(indirect("it was fair", "wrote", "The Harwick Daily columnist Ana Reyes",
                "Ana Reyes"))),
        new Report("CONTENT, said X, N of N, after N: an adverbial after the apposition", REUTERS,
            "Grain prices may ease, said Ana Reyes, head of the board, after a meeting in "
                + "Dunmore.",
            List.of(indirect("Grain prices may ease", "said", "Ana Reyes", "Ana Reyes"))),
        new Report("CONTENT, said X, N of X, where ...: a clause of place after the apposition",
            XINHUA,
            "Two mills will close, said Tomas Okafor, mayor of Harwick, where the mills stand.",
            List.of(indirect("Two mills will close", "said", "Tomas Okafor", "Tomas Okafor"))),
        new Report("CONTENT, a N to Ns said: a text and whom it is for", REUTERS,
            "The levy will end, a letter to shareholders said.",
            List.of(indirect("The levy will end", "said", "a letter to shareholders",
                "a letter to shareholders"))),
        new Report("The N to be VERBED ... said CONTENT: an infinitive after a text's noun",
            REUTERS,
            "The report to be released on Monday said the mill will close.",
            List.of(indirect("the mill will close", "said", "The report", "The report"))),
        new Report("CONTENT, a spokesman said.", REUTERS,
            "China opposed the move, a Foreign Ministry spokesman said.",
            List.of(indirect("China opposed the move", "said", "a Foreign Ministry spokesman",
                "a Foreign Ministry spokesman"))),
        new Report("X told reporters that CONTENT", REUTERS,
            "Prime Minister Elena Marsh told reporters that the referendum would take place "
                + "before the winter recess.",
            List.of(indirect("the referendum would take place before the winter recess",
                "told reporters", "Prime Minister Elena Marsh", "Elena Marsh"))),
        new Report("X told Y CONTENT", XINHUA,
            "Ambassador Guo Tao told Xinhua the council must act without delay.",
            List.of(indirect("the council must act without delay", "told Xinhua",
                "Ambassador Guo Tao", "Guo Tao"))),
        new Report("According to X, CONTENT", XINHUA,
            "According to Chinese President Zhao Mingde, the two countries should respect each "
                + "other's core interests.",
            List.of(indirect("the two countries should respect each other's core interests",
                "According to", "Chinese President Zhao Mingde", "Zhao Mingde"))),
        new Report("CONTENT, according to X", XINHUA,
            "The two countries should respect each other's core interests, according to Chinese "
                + "President Zhao Mingde.",
            List.of(indirect("The two countries should respect each other's core interests",
                "according to", "Chinese President Zhao Mingde", "Zhao Mingde"))),
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
            "Cement sales rose 4 percent, according to sources close to leading producers.",
            List.of(indirect("Cement sales rose 4 percent", "according to", "sources",
                "sources"))),
        new Report("CONTENT according to X, without a comma", AP,
            "The cyclone destroyed 640 homes according to the Red Cross.",
            List.of(indirect("The cyclone destroyed 640 homes", "according to", "the Red Cross",
                "Red Cross"))),
        new Report("According to him, CONTENT", XINHUA,
            "Ambassador Guo Tao said the council met on Monday. According to him, the council "
                + "must act without delay.",
            List.of(indirect("the council met on Monday", "said", "Ambassador Guo Tao",
                    "Guo Tao"),
                indirect("the council must act without delay", "According to", "him",
                    "Guo Tao"))),
        new Report("X <TICKER> said CONTENT", REUTERS,
            "Harwick Group Plc <HWK.L> said its subsidiary opened a new laboratory.",
            List.of(indirect("its subsidiary opened a new laboratory", "said", "Harwick Group Plc",
                "Harwick Group Plc"))),
        new Report("<COMPANY> said CONTENT", REUTERS,
            "<Brindle Candles Inc> said it finished placing 315,000 units with investors.",
            List.of(indirect("it finished placing 315,000 units with investors", "said",
                "Brindle Candles Inc", "Brindle Candles Inc"))),
        new Report("X <TICKER> TITLE NAME said CONTENT: a ticker inside the subject", REUTERS,
            "Sales will rise, Harwick Group Plc <HWK.L> treasurer Fred Ostrander said.",
            List.of(indirect("Sales will rise", "said",
                "Harwick Group Plc <HWK.L> treasurer Fred Ostrander", "Fred Ostrander"))),
        new Report("<COMPANY> TITLE NAME said CONTENT: the bracket opens the subject", REUTERS,
            "<Brindle Candles Inc> managing director Ana Reyes said sales rose.",
            List.of(indirect("sales rose", "said",
                "<Brindle Candles Inc> managing director Ana Reyes", "Ana Reyes"))),
        new Report("a X <TICKER> spokesman said CONTENT", REUTERS,
            "A Harwick Group Plc <HWK.L> spokesman said sales rose.",
            List.of(indirect("sales rose", "said", "A Harwick Group Plc <HWK.L> spokesman",
                "A Harwick Group Plc <HWK.L> spokesman"))),
        new Report("A group led by X said CONTENT: a participle and its agent", REUTERS,
            "A consortium led by Portland banker Tom Reyes said it now holds a fifth of Harwick.",
            List.of(indirect("it now holds a fifth of Harwick", "said",
                "A consortium led by Portland banker Tom Reyes",
                "A consortium led by Portland banker Tom Reyes"))),
        new Report("CONTENT, X said in ... (a long adverbial to the sentence's end)", XINHUA,
            "The levy is a fair start, Reyes said in a note to the mayors of the valley towns on "
                + "the eve of the autumn cattle fair in Dunmore.",
            List.of(indirect("The levy is a fair start", "said", "Reyes", "Reyes"))),
        new Report("CONTENT, Ns said: a plural of agents in -eurs", REUTERS,
            "Harwick could attract a higher bid, Wall Street arbitrageurs said.",
            List.of(indirect("Harwick could attract a higher bid", "said",
                "Wall Street arbitrageurs", "Wall Street arbitrageurs"))),
        new Report("Ns have said CONTENT: a plural of agents in -men", REUTERS,
            "Local businessmen have said the currency has reached a crisis level.",
            List.of(indirect("the currency has reached a crisis level", "said",
                "Local businessmen", "Local businessmen"))),
        new Report("CONTENT, TITLE and TITLE NAME said: two offices of one person", REUTERS,
            "Sales rose, vice president and treasurer Fred Ostrander said.",
            List.of(indirect("Sales rose", "said", "vice president and treasurer Fred Ostrander",
                "Fred Ostrander"))),
        new Report("CONTENT, X told Ns.: a plural listener ends the clause", REUTERS,
            "Harwick expects earnings to rise, chairman Tom Reyes told analysts.",
            List.of(indirect("Harwick expects earnings to rise", "told analysts",
                "chairman Tom Reyes", "Tom Reyes"))),
        new Report("X told Ns CONTENT: a plural listener before the clause's subject", REUTERS,
            "Tom Reyes told analysts earnings would rise.",
            List.of(indirect("earnings would rise", "told analysts", "Tom Reyes", "Tom Reyes"))),
        new Report("X asked Ns in ... to CONTENT: the listener of a request stays", REUTERS,
            "The treasury asked lenders in late 1992 to hold more capital.",
            List.of(indirect("lenders in late 1992 to hold more capital", "asked",
                "The treasury", "The treasury"))),
        new Report("CONTENT, X said, and VERBED ...: the source's next act is its own", XINHUA,
            "Such growth will bring more traffic jams, the bank said, and urged cities to plan "
                + "ahead.",
            List.of(indirect("Such growth will bring more traffic jams", "said", "the bank",
                    "the bank"),
                indirect("cities to plan ahead", "urged", "the bank", "the bank"))),
        new Report("X said by YEAR, CONTENT: a time after by is no agent", REUTERS,
            "Analysts said by 1995, exports of pears could double.",
            List.of(indirect("exports of pears could double", "said", "Analysts",
                "Analysts"))),
        new Report("X said in a statement CONTENT: the clause's subject after the statement",
            REUTERS,
            "The bureau said in a statement farm incomes fell by a tenth in the spring.",
            List.of(indirect("farm incomes fell by a tenth in the spring", "said",
                "The bureau", "The bureau"))),
        new Report("X said over N ... came CONTENT: a past that only a clause takes", REUTERS,
            "The company said over 500 mln dlrs of its losses came from commercial lines.",
            List.of(indirect("over 500 mln dlrs of its losses came from commercial lines", "said",
                "The company", "The company"))),
        new Report("X did not say on which ...: a question left open after a preposition",
            XINHUA,
            "The judges did not say on which date the ferry inquiry opens.",
            List.of()),
        new Report("CONTENT, said X, who VERBED ...: a relative clause's verb is not the clause's",
            XINHUA,
            "The team included 15 farmers, 10 nurses, three teachers, one cook and a driver, said "
                + "Okafor, who came to the town in 1971 looking for work and opened a school.",
            List.of(indirect("The team included 15 farmers, 10 nurses, three teachers, one cook "
                + "and a driver", "said", "Okafor", "Okafor"))),
        new Report("CONTENT, the X said. reuter: the agency's sign-off after the period", REUTERS,
            "Harwick Corp has received a 60 mln dlr contract, the Navy said. reuter",
            List.of(indirect("Harwick Corp has received a 60 mln dlr contract", "said",
                "the Navy", "Navy"))),
        new Report("The N who VERBED ... said CONTENT: the subject before its relative clause",
            AP,
            "The senator who started weeks of loud debate with her plan for a second dam on the "
                + "river said Friday that she expected the vote to pass.",
            List.of(indirect("she expected the vote to pass", "said",
                "The senator", "The senator"))),
        new Report("A N fined for ... said CONTENT: the subject before its participle", XINHUA,
            "A clerk fined for late filings after missing a deadline said she had never been "
                + "warned.",
            List.of(indirect("she had never been warned", "said", "A clerk", "A clerk"))),
        new Report("Earlier this month X said CONTENT: a time before the subject", REUTERS,
            "Earlier this week deputy mayor Tom Reyes said Harwick needed a new ferry.",
            List.of(indirect("Harwick needed a new ferry", "said",
                "deputy mayor Tom Reyes", "Tom Reyes"))),
        new Report("X said earlier this year that CONTENT: a time before the content", REUTERS,
            "The minister said earlier this week that the ferry fares would hold.",
            List.of(indirect("the ferry fares would hold", "said", "The minister",
                "The minister"))),
        new Report("CONTENT, the daily said", XINHUA,
            "The plan will fail, the daily said.",
            List.of(indirect("The plan will fail", "said", "the daily", "the daily"))),
        new Report("CONTENT, state press said Friday", AP,
            "The city plans to bid for the World Cup, state press said Friday.",
            List.of(indirect("The city plans to bid for the World Cup", "said", "state press",
                "state press"))),
        new Report("CONTENT, COMPANY'S said", REUTERS,
            "Unpaid leases climbed to 4.9 percent in March, Kendall's said.",
            List.of(indirect("Unpaid leases climbed to 4.9 percent in March", "said", "Kendall's",
                "Kendall's"))),
        new Report("X Co. said Monday CONTENT", AP,
            "Hanbit Motors Co. said Monday it will hire 800 workers.",
            List.of(indirect("it will hire 800 workers", "said", "Hanbit Motors Co.",
                "Hanbit Motors Co"))),
        new Report("CONTENT, a senior US official said here Sunday", XINHUA,
            "The port deal can still be saved, a senior US official said here Sunday.",
            List.of(indirect("The port deal can still be saved", "said",
                "a senior US official", "a senior US official"))),
        new Report("X said here Thursday that CONTENT", XINHUA,
            "Tang said here Thursday that Beijing will keep its steel tariffs unchanged.",
            List.of(indirect("Beijing will keep its steel tariffs unchanged", "said", "Tang",
                "Tang"))),
        new Report("CONTENT with a charge (accused of), X said", AP,
            "A jeweller accused of smuggling gold has not been seen for weeks, press reports "
                + "said Tuesday.",
            List.of(indirect("A jeweller accused of smuggling gold has not been seen for weeks",
                "said", "press reports", "press reports"))),
        new Report("X asked THE HEAD OF Y to CONTENT", XINHUA,
            "King Tavita asked the head of customs to lead an inquiry.",
            List.of(indirect("to lead an inquiry", "asked", "King Tavita", "Tavita"))),
        new Report("CONTENT, GROUP here said Monday", XINHUA,
            "The junta retired 37 veteran generals, monitors here said Monday.",
            List.of(indirect("The junta retired 37 veteran generals", "said", "monitors",
                "monitors"))),
        new Report("The Sunday NEWSPAPER said CONTENT", AP,
            "The Sunday Courier said a convicted smuggler had named two accomplices.",
            List.of(indirect("a convicted smuggler had named two accomplices", "said",
                "The Sunday Courier", "Sunday Courier"))),
        new Report("NATIONALITY television said that CONTENT", AP,
            "Slovenian television said that the ferry strike had ended.",
            List.of(indirect("the ferry strike had ended", "said", "Slovenian television",
                "Slovenian television"))),
        new Report("PLURAL OF ORGANISATIONS said CONTENT", AP,
            "Polling firms said the opposition will take most rural seats.",
            List.of(indirect("the opposition will take most rural seats", "said",
                "Polling firms", "Polling firms"))),
        new Report("X said this NOUN ...: no adverbial", REUTERS,
            "Officials said this structure was likely to change.",
            List.of(indirect("this structure was likely to change", "said", "Officials",
                "Officials"))),
        new Report("PLURAL OF AGENTS said CONTENT", REUTERS,
            "Tea exporters said the levies would be lifted.",
            List.of(indirect("the levies would be lifted", "said", "Tea exporters",
                "Tea exporters"))),
        new Report("A and B'S said CONTENT", REUTERS,
            "Marsh and Kiley's said it raised its outlook for the bonds.",
            List.of(indirect("it raised its outlook for the bonds", "said", "Marsh and Kiley's",
                "Marsh and Kiley's"))),
        new Report("X'S also said CONTENT: an adverb between a company in 's and its verb",
            REUTERS,
            "Kendall's also said it raised its outlook for the bonds.",
            List.of(indirect("it raised its outlook for the bonds", "said", "Kendall's",
                "Kendall's"))),
        new Report("X'S earlier announced N ..., S said.: after earlier, no verb of the company",
            REUTERS,
            "Kendall's earlier announced sale of its mills will go ahead, a spokesman said.",
            List.of(indirect("Kendall's earlier announced sale of its mills will go ahead", "said",
                "a spokesman", "a spokesman"))),
        new Report("X said in a statement CONTENT", REUTERS,
            "Corvell said in a statement it aims to export 90 tractors a month.",
            List.of(indirect("it aims to export 90 tractors a month", "said", "Corvell",
                "Corvell"))),
        new Report("X said ADVERBIAL CONTENT, without that", REUTERS,
            "Ortiz said in the past the regulator had forced lenders to merge.",
            List.of(indirect("in the past the regulator had forced lenders to merge", "said",
                "Ortiz", "Ortiz"))),
        new Report("X called Y \"Z\"", AP,
            "Sen. Dana Whitlock called the memo \u201Creckless and insulting.\u201D",
            List.of(mixed("the memo \u201Creckless and insulting.\u201D", "called",
                "Sen. Dana Whitlock", "Dana Whitlock"))),
        new Report("X called Y \"Z\" and said CONTENT", AP,
            "Ostrander called both nominees \"unready\" and said the party is headed for defeat.",
            List.of(mixed("both nominees \"unready\"", "called", "Ostrander", "Ostrander"),
                indirect("the party is headed for defeat", "said", "Ostrander", "Ostrander"))),
        new Report("X called A LONG OBJECT \"Z\"", AP,
            "Lindahl called the dismissal of sound counsel from experienced flood engineers "
                + "\"careless.\"",
            List.of(mixed("the dismissal of sound counsel from experienced flood engineers "
                + "\"careless.\"", "called", "Lindahl", "Lindahl"))),
        new Report("X called Y a \"Q,\" an \"R,\" \"S\" and \"T\": one quote of the whole list",
            AP,
            "Hale called Reyes a \"bully,\" an \"outsider,\" \"unready\" and \"unfit.\"",
            List.of(mixed("Reyes a \"bully,\" an \"outsider,\" \"unready\" and \"unfit.\"",
                "called", "Hale", "Hale"))),
        new Report("X called Y \"Q\" for N: the phrase on what was called", AP,
            "Reyes called the vote a \"turning point\" for the growers' union.",
            List.of(mixed("the vote a \"turning point\" for the growers' union", "called", "Reyes",
                "Reyes"))),
        new Report("X called Y \"Q\" for N of ABBREVIATION: the phrase goes on past its period",
            AP,
            "Hale called him a \"liar\" for insisting on the accounts of Sept. 11.",
            List.of(mixed("him a \"liar\" for insisting on the accounts of Sept. 11", "called",
                "Hale", "Hale"))),
        new Report("X called Y a \"Q\" who VERBED: a relative clause on what was called", AP,
            "Hale called Reyes a \"liar\" who had \"misled\" the board and the town.",
            List.of(mixed("Reyes a \"liar\" who had \"misled\" the board and the town", "called",
                "Hale", "Hale"))),
        new Report("X called Y \"Q\" because CLAUSE: the clause is no part of what was called",
            AP,
            "Hale called the talks a \"farce\" because the board had left.",
            List.of(mixed("the talks a \"farce\"", "called", "Hale", "Hale"))),
        new Report("X, who calls Y a \"Q,\" said CONTENT: a comma inside the marks ends what was "
            + "called", AP,
            "Hale, who calls Reyes a \"bully,\" said he would leave.",
            List.of(mixed("Reyes a \"bully,\"", "calls", "who", "Hale"),
                indirect("he would leave", "said", "Hale", "Hale"))),
        new Report("calling Y \"Q.\" SENTENCE: a period inside the marks ends what was called",
            AP,
            "Hale made a call for an end to the levies, calling them \"corporate welfare.\" Reyes "
                + "has long backed the levies.",
            List.of(mixed("them \"corporate welfare.\"", "calling", "Hale", "Hale"))),
        new Report("X said CONTENT and that N were told CONTENT: a cue in the passive is no "
            + "other source", REUTERS,
            "Hale said the mill had been sold and that the workers were told nothing.",
            List.of(indirect("the mill had been sold and that the workers were told nothing",
                "said", "Hale", "Hale"))),
        new Report("X said N, which VERB, is VERBED: the relative clause's comma does not end it",
            REUTERS,
            "Harlow said the cost of the plant, which would employ 50 workers, is estimated at 20 "
                + "million dollars.",
            List.of(indirect("the cost of the plant, which would employ 50 workers, is estimated "
                + "at 20 million dollars", "said", "Harlow", "Harlow"))),
        new Report("X said CONTENT and Y was quoted as saying CONTENT: the quoted source speaks",
            REUTERS,
            "Reyes said the mill would close and Hale was quoted as saying the town would suffer.",
            List.of(indirect("the mill would close", "said", "Reyes", "Reyes"),
                indirect("the town would suffer", "quoted as saying", "Hale", "Hale"))),
        new Report("X said at N in PLACE, STATE, that CONTENT: the state is the place's", AP,
            "Hale said Thursday at a meeting in Dunmore, Ohio, that the mill would close.",
            List.of(indirect("the mill would close", "said", "Hale", "Hale"))),
        new Report("X said in PLACE, STATE, CONTENT: a state of two words, no that", AP,
            "Hale said in Salem, New Jersey, the mill would close.",
            List.of(indirect("the mill would close", "said", "Hale", "Hale"))),
        new Report("CONTENT, X told ADJECTIVE LISTENERS.: the listeners' word is no content",
            REUTERS,
            "Profits will grow, Tom Hale told financial analysts.",
            List.of(indirect("Profits will grow", "told financial analysts", "Tom Hale",
                "Tom Hale"))),
        new Report("X told ADJECTIVE LISTENERS CONTENT", REUTERS,
            "Tom Hale told visiting reporters the plant would close.",
            List.of(indirect("the plant would close", "told visiting reporters", "Tom Hale",
                "Tom Hale"))),
        new Report("X said A, the N states and B would VERB: a noun in -s spelled as a cue",
            REUTERS,
            "Hale said Peru, the Gulf states and Chile would grow.",
            List.of(indirect("Peru, the Gulf states and Chile would grow", "said", "Hale",
                "Hale"))),
        new Report("X said A and B have maintained N: names joined by and, no other source",
            XINHUA,
            "Hale said Peru and Chile have maintained close ties.",
            List.of(indirect("Peru and Chile have maintained close ties", "said", "Hale",
                "Hale"))),
        new Report("CONTENT, X said without elaborating.: how the source spoke is no content",
            REUTERS,
            "Profit will rise this year, Harlow said without elaborating.",
            List.of(indirect("Profit will rise this year", "said", "Harlow", "Harlow"))),
        new Report("X said CONTENT, without giving details.", REUTERS,
            "Hale said the mill would close in May, without giving details.",
            List.of(indirect("the mill would close in May", "said", "Hale", "Hale"))),
        new Report("X said without elaborating that CONTENT", REUTERS,
            "Hale said without elaborating that the mill would close.",
            List.of(indirect("the mill would close", "said", "Hale", "Hale"))),
        new Report("X said CONTENT, without VERBING N: a gerund of no telling stays in the content",
            REUTERS,
            "Hale said the town would build the school, without raising taxes.",
            List.of(indirect("the town would build the school, without raising taxes", "said",
                "Hale", "Hale"))),
        new Report("CONTENT, X told ADJECTIVE MEDIUM.: the medium's word is no content",
            REUTERS,
            "The mill will close, Hale told army radio.",
            List.of(indirect("The mill will close", "told army radio", "Hale", "Hale"))),
        new Report("X warned against the N of N: a preposition opens no listener", REUTERS,
            "Reyes warned against the spread of fear in the town.",
            List.of(indirect("against the spread of fear in the town", "warned", "Reyes",
                "Reyes"))),
        new Report("However, X said ADVERBIAL, \"Q\": the adverb alone is no content", AP,
            "However, the council said on Thursday, \"We have never backed the plan.\"",
            List.of(direct("We have never backed the plan.", "said", "the council",
                "the council"))),
        new Report("Ns who VERB ..., PREP N or PREP N, said CONTENT: an adverbial set off after "
            + "the relative clause", AP,
            "Farmers who have met the mayor over the years, at markets or at fairs, said she "
                + "listened well.",
            List.of(indirect("she listened well", "said", "Farmers", "Farmers"))),
        new Report("On DAY X said CONTENT", XINHUA,
            "On Tuesday Foreign Minister Lin Feng said the talks were useful.",
            List.of(indirect("the talks were useful", "said", "Foreign Minister Lin Feng",
                "Lin Feng"))),
        new Report("ADVERB X said CONTENT", REUTERS,
            "Later Harlow Radio said the trial results were mixed.",
            List.of(indirect("the trial results were mixed", "said", "Harlow Radio",
                "Harlow Radio"))),
        new Report("X ADVERB said CONTENT", REUTERS,
            "The minister nonetheless said the trial results were mixed.",
            List.of(indirect("the trial results were mixed", "said", "The minister",
                "The minister"))),
        new Report("CONTENT, X said as ROLE", REUTERS,
            "Harlow Corp plans a bond of 60 mln stg, Carver Bank said as lead manager.",
            List.of(indirect("Harlow Corp plans a bond of 60 mln stg", "said", "Carver Bank",
                "Carver Bank"))),
        new Report("X said as many as CONTENT", REUTERS,
            "Ostrander said as many as 40 people were hurt.",
            List.of(indirect("as many as 40 people were hurt", "said", "Ostrander",
                "Ostrander"))),
        new Report("X VERBED, telling LISTENER that CONTENT", REUTERS,
            "Ostrander visited the port, telling reporters that the strike was over.",
            List.of(indirect("the strike was over", "telling", "Ostrander", "Ostrander"))),
        new Report("X VERBED, telling LISTENER to CONTENT", REUTERS,
            "Ostrander visited the port, telling Harlow chip makers to cut output.",
            List.of(indirect("Harlow chip makers to cut output", "telling", "Ostrander",
                "Ostrander"))),
        new Report("X told A MEETING OF ORGANISATION that CONTENT", REUTERS,
            "Ostrander told a meeting of the Harlow Growers Union that prices would rise.",
            List.of(indirect("prices would rise", "told a meeting of the Harlow Growers Union",
                "Ostrander", "Ostrander"))),
        new Report("CONTENT, X told A BODY of PLACE", REUTERS,
            "Prices will rise, Ostrander told the lower chamber of the Harlow assembly.",
            List.of(indirect("Prices will rise", "told the lower chamber of the Harlow assembly",
                "Ostrander", "Ostrander"))),
        new Report("X told A CONFERENCE OF PEOPLE CONTENT", REUTERS,
            "Ostrander told a conference of local farmers the levy would be dropped.",
            List.of(indirect("the levy would be dropped", "told a conference of local farmers",
                "Ostrander", "Ostrander"))),
        new Report("X urged LISTENER not to CONTENT: the negation is the content's", REUTERS,
            "The board urged both clubs not to contest the result in court.",
            List.of(indirect("not to contest the result in court", "urged",
                "The board", "The board"))),
        new Report("X was quoted as saying CONTENT", REUTERS,
            "Finance Minister Kenji Sato was quoted as saying the yen had weakened too fast.",
            List.of(indirect("the yen had weakened too fast", "quoted as saying",
                "Finance Minister Kenji Sato", "Kenji Sato"))),
        new Report("CONTENT, X was quoted as saying", REUTERS,
            "The yen had weakened too fast, Finance Minister Kenji Sato was quoted as saying.",
            List.of(indirect("The yen had weakened too fast", "quoted as saying",
                "Finance Minister Kenji Sato", "Kenji Sato"))),
        new Report("OPENING, Y quoted X as saying, CONTENT: the adverb alone is no content",
            REUTERS,
            "However, the agency quoted officials as saying, the bank would hold its rates.",
            List.of(indirect("the bank would hold its rates", "quoted officials as saying",
                "the agency", "the agency"))),
        new Report("X maintained A CLAIM IN A NOUN", REUTERS,
            "Ostrander maintained his innocence throughout the trial.",
            List.of(indirect("his innocence throughout the trial", "maintained", "Ostrander",
                "Ostrander"))),
        new Report("X maintained CONTENT", REUTERS,
            "Ostrander maintained the allocations were far too high.",
            List.of(indirect("the allocations were far too high", "maintained", "Ostrander",
                "Ostrander"))),
        new Report("\"...,\" X said, adding that Y VERBED \"...\"", REUTERS,
            "\"Rates will hold,\" Ostrander told reporters, adding that the fund still expected "
                + "\"a soft landing.\"",
            List.of(direct("Rates will hold,", "told reporters", "Ostrander", "Ostrander"),
                mixed("the fund still expected \"a soft landing.\"", "adding", "Ostrander",
                    "Ostrander"))),
        new Report("X said CONTENT, to which Y VERBED: \"...\"", REUTERS,
            "Ostrander said the plan was sound, to which Reyes interjected: \"It is not.\"",
            List.of(mixed("the plan was sound, to which Reyes interjected: \"It is not.\"",
                "said", "Ostrander", "Ostrander"),
                direct("It is not.", "interjected", "Reyes", "Reyes"))),
        new Report("X added that", XINHUA,
            "Premier Han Wei added that the government would cut red tape for small firms.",
            List.of(indirect("the government would cut red tape for small firms", "added",
                "Premier Han Wei", "Han Wei"))),
        new Report("X noted that", XINHUA,
            "Premier Han Wei noted that exports rose in the first quarter.",
            List.of(indirect("exports rose in the first quarter", "noted", "Premier Han Wei",
                "Han Wei"))),
        new Report("X stressed that", XINHUA,
            "Premier Han Wei stressed that the reform must go on.",
            List.of(indirect("the reform must go on", "stressed", "Premier Han Wei",
                "Han Wei"))),
        new Report("X stated that", XINHUA,
            "Premier Han Wei stated that the budget deficit would narrow.",
            List.of(indirect("the budget deficit would narrow", "stated", "Premier Han Wei",
                "Han Wei"))),
        new Report("X announced that", AP,
            "The ministry announced that the border would reopen on Monday.",
            List.of(indirect("the border would reopen on Monday", "announced", "The ministry",
                "The ministry"))),
        new Report("X called for", XINHUA,
            "Foreign Minister Lin Feng called for an immediate ceasefire in the region.",
            List.of(indirect("an immediate ceasefire in the region", "called for",
                "Foreign Minister Lin Feng", "Lin Feng"))),
        new Report("a statement called for", XINHUA,
            "The joint statement called for a halt to the shelling.",
            List.of(indirect("a halt to the shelling", "called for", "The joint statement",
                "The joint statement"))),
        new Report("X expressed the hope that", XINHUA,
            "Foreign Minister Lin Feng expressed the hope that the talks would bring lasting peace.",
            List.of(indirect("the talks would bring lasting peace", "expressed the hope",
                "Foreign Minister Lin Feng", "Lin Feng"))),
        new Report("X pointed out that", XINHUA,
            "Foreign Minister Lin Feng pointed out that the two economies are closely linked.",
            List.of(indirect("the two economies are closely linked", "pointed out",
                "Foreign Minister Lin Feng", "Lin Feng"))),
        new Report("X reiterated that", XINHUA,
            "Foreign Minister Lin Feng reiterated that China's position on the issue has not "
                + "changed.",
            List.of(indirect("China's position on the issue has not changed", "reiterated",
                "Foreign Minister Lin Feng", "Lin Feng"))),
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
            "Premier Han Wei said the economy was stable, stressing that more jobs must be "
                + "created.",
            List.of(
                indirect("the economy was stable", "said", "Premier Han Wei", "Han Wei"),
                indirect("more jobs must be created", "stressing", ANY, "Han Wei"))),
        new Report("Noting that A, X said B", XINHUA,
            "Noting that exports fell in May, Premier Han Wei said the outlook remained "
                + "positive.",
            List.of(
                indirect("exports fell in May", "Noting", ANY, "Han Wei"),
                indirect("the outlook remained positive", "said", "Premier Han Wei",
                    "Han Wei"))),
        new Report("This, said X, is ...", AP,
            "This, said Clements, is the best result the club has had in a decade.",
            List.of(indirect("This, said Clements, is the best result the club has had in a "
                + "decade", "said", "Clements", "Clements"))),
        new Report("The N, said X, has VERBED every N ...: a verb before a source's noun goes on",
            REUTERS,
            "The levy, said Reyes, has angered every farmer in Dunmore.",
            List.of(indirect("The levy, said Reyes, has angered every farmer in Dunmore", "said",
                "Reyes", "Reyes"))),
        new Report("The N, said X, in her view, is ...: the content goes on past an adverbial", AP,
            "The levy, said Reyes, in her view, is the worst of the decade.",
            List.of(indirect("The levy, said Reyes, in her view, is the worst of the decade",
                "said", "Reyes", "Reyes"))),
        new Report("The plan, said the minister, would ...", REUTERS,
            "The plan, said the minister, would be ready by June.",
            List.of(indirect("The plan, said the minister, would be ready by June", "said",
                "the minister", "the minister"))),
        new Report("The N, X said, AUX VERB.: two words after an auxiliary go on", REUTERS,
            "The mill, Hale said, would close.",
            List.of(indirect("The mill, Hale said, would close", "said", "Hale", "Hale"))),
        new Report("The plan, X said, would ...", REUTERS,
            "The plan, Okafor said, would be ready by June.",
            List.of(indirect("The plan, Okafor said, would be ready by June", "said", "Okafor",
                "Okafor"))),
        new Report("X said the plan was \"FRAGMENT\".", AP,
            "Senator Maria Okafor said the plan was \"a disaster\".",
            List.of(mixed("the plan was \"a disaster\"", "said", "Senator Maria Okafor",
                "Maria Okafor"))),
        new Report("The two X said CONTENT", REUTERS,
            "The two firms said the date of the merger would be moved.",
            List.of(indirect("the date of the merger would be moved", "said",
                "The two firms", "The two firms"))),
        new Report("CONTENT, X Corp. said", REUTERS,
            "The price was not revealed, Calloway Corp. said.",
            List.of(indirect("The price was not revealed", "said", "Calloway Corp.",
                "Calloway Corp"))),
        new Report("... Corp. X said CONTENT, one sentence", REUTERS,
            "It sold the mine to Ridgeway Copper Corp. Tasmet said the sale would trim its "
                + "debt.",
            List.of(indirect("the sale would trim its debt", "said", "Tasmet", "Tasmet"))),
        new Report("X, who asked not to be named, said CONTENT", REUTERS,
            "One trader, who asked not to be named, said wheat prices would ease.",
            List.of(indirect("wheat prices would ease", "said", "One trader", "One trader"))),
        new Report("PASSIVE CUE, X said", REUTERS,
            "No date has been mentioned, the delegates said.",
            List.of(indirect("No date has been mentioned", "said", "the delegates",
                "the delegates"))),
        new Report("X told Y CONTENT, Ns said: the outer report holds the inner", REUTERS,
            "Peru told buyers they would not get April cargoes, traders said.",
            List.of(
                indirect("Peru told buyers they would not get April cargoes", "said",
                    "traders", "traders"),
                indirect("they would not get April cargoes", "told buyers", "Peru",
                    "Peru"))),
        new Report("CONTENT, A and B Ns said", REUTERS,
            "A walkout halted the ferries, dock and union officials said.",
            List.of(indirect("A walkout halted the ferries", "said", "dock and union officials",
                "dock and union officials"))),
        new Report("... A and X said CONTENT, where A is no modifier", REUTERS,
            "Halvorsen dropped his bid to take Northgate Airlines Inc <NGA> private and Selwyn "
                + "Group Corp said it shelved its own offer.",
            List.of(indirect("it shelved its own offer", "said", "Selwyn Group Corp",
                "Selwyn Group Corp"))),
        new Report("CONTENT, INITIALS and INITIALS said", REUTERS,
            "The outlook for the debt is stable, D and P said.",
            List.of(indirect("The outlook for the debt is stable", "said", "D and P",
                "D and P"))),
        new Report("X Corp, said CONTENT: a comma between subject and verb", REUTERS,
            "Telvana Corp, said the fees would rise.",
            List.of(indirect("the fees would rise", "said", "Telvana Corp", "Telvana Corp"))),
        new Report("CONTENT, X of Y Co Ltd, said.", REUTERS,
            "Exports will slow, Hiroki Tanabe of Kaede Securities Co Ltd, said.",
            List.of(indirect("Exports will slow", "said",
                "Hiroki Tanabe of Kaede Securities Co Ltd", "Hiroki Tanabe"))),
        new Report("Ns polled by X said CONTENT", REUTERS,
            "Analysts polled by Reuters said M-3 would rise slightly.",
            List.of(indirect("M-3 would rise slightly", "said", "Analysts polled by Reuters",
                "Analysts polled by Reuters"))),
        new Report("... by X, who said CONTENT: the agent of a passive", REUTERS,
            "His proposal was backed by Velora chairman Bruno Castagna, who said he hoped for a "
                + "quick vote.",
            List.of(indirect("he hoped for a quick vote", "said", "who",
                "Bruno Castagna"))),
        new Report("CONTENT, the aide to X said.", REUTERS,
            "Nothing will pass quickly, the aide to Harrow said.",
            List.of(indirect("Nothing will pass quickly", "said", "the aide to Harrow",
                "the aide to Harrow"))),
        new Report("CONTENT, Senate staff said.", REUTERS,
            "The grain subsidy will shrink, Senate staff said.",
            List.of(indirect("The grain subsidy will shrink", "said", "Senate staff",
                "Senate staff"))),
        new Report("CONTENT, said X here DAY when ...", XINHUA,
            "The two countries should widen their fishing accord, said Chilean President Tomas "
                + "Arancibia here Tuesday when meeting a trade delegation from Peru.",
            List.of(indirect("The two countries should widen their fishing accord", "said",
                "Chilean President Tomas Arancibia", "Tomas Arancibia"))),
        new Report("CONTENT, one of the Ns said", AP,
            "The depot will be built near Skopje, one of the naval experts said.",
            List.of(indirect("The depot will be built near Skopje", "said",
                "one of the naval experts", "one of the naval experts"))),
        new Report("All three of the Ns have said CONTENT", AP,
            "All three of the rival bidders have said the mill would stay open.",
            List.of(indirect("the mill would stay open", "said",
                "All three of the rival bidders", "All three of the rival bidders"))),
        new Report("Ns at PLACE said CONTENT", AP,
            "Bolivian medics at the San Rafael clinic said the miner had been trapped overnight.",
            List.of(indirect("the miner had been trapped overnight", "said",
                "Bolivian medics at the San Rafael clinic",
                "Bolivian medics at the San Rafael clinic"))),
        new Report("The N issued by X said CONTENT", AP,
            "The press release issued by Porto police said three suspects were detained.",
            List.of(indirect("three suspects were detained", "said",
                "The press release issued by Porto police",
                "The press release issued by Porto police"))),
        new Report("TITLE NAME bin NAME al-NAME said CONTENT", AP,
            "Energy Minister Yousef bin Hamad al-Qassar said OPEC would keep output steady.",
            List.of(indirect("OPEC would keep output steady", "said",
                "Energy Minister Yousef bin Hamad al-Qassar", "Yousef bin Hamad al-Qassar"))),
        new Report("N, which X said CONTENT, VERB: the relative clause is the content", AP,
            "The attack, which officials said killed 12 people, was condemned.",
            List.of(indirect("killed 12 people", "said", "officials", "officials"))),
        new Report("the N, which X said CONTENT, ...: the relative clause ends at its comma",
            AP,
            "Officials blamed the drought, which experts said had cut the harvest by half, for "
                + "the rise.",
            List.of(indirect("had cut the harvest by half", "said", "experts", "experts"))),
        new Report("what X said CONTENT, a list in the content", AP,
            "Hotels adjusted to what analyst Lena Ward said is rising interest in spas, gyms "
                + "and rooftop bars.",
            List.of(indirect("is rising interest in spas, gyms and rooftop bars", "said",
                "analyst Lena Ward", "Lena Ward"))),
        new Report("N with whom X said CONTENT, said CONTENT", REUTERS,
            "The Orlov group, which did not name the investors with whom it said it has held "
                + "meetings, said it intends to keep studying Marlin.",
            List.of(indirect("it has held meetings", "said", "it", "The Orlov group"),
                indirect("it intends to keep studying Marlin", "said", "The Orlov group",
                    "The Orlov group"))),
        new Report("X said the N, which Y said CONTENT, was ...: a report inside a report", AP,
            "Senator Hale said the plan, which the minister said would cut taxes, was wrong.",
            List.of(indirect("the plan, which the minister said would cut taxes, was wrong",
                    "said", "Senator Hale", "Hale"),
                indirect("would cut taxes", "said", "the minister", "the minister"))),
        new Report("May said CONTENT: a name spelled as a modal", REUTERS,
            "Profit fell 2.1 pct. May said it intends to add 14 outlets.",
            List.of(indirect("it intends to add 14 outlets", "said", "May", "May"))),
        new Report("X Can Inc said CONTENT", REUTERS,
            "Ardmore Can Inc said it intends to open a warehouse.",
            List.of(indirect("it intends to open a warehouse", "said", "Ardmore Can Inc",
                "Ardmore Can Inc"))),
        new Report("Ns have long VERBED that CONTENT: long between auxiliary and verb", AP,
            "Harbour pilots have long argued that the channel is too shallow for tankers.",
            List.of(indirect("the channel is too shallow for tankers", "argued",
                "Harbour pilots", "Harbour pilots"))),
        new Report("X has long said CONTENT", AP,
            "Mayor Ana Reyes has long said she will back whoever wins the vote.",
            List.of(indirect("she will back whoever wins the vote", "said", "Mayor Ana Reyes",
                "Ana Reyes"))),
        new Report("\"...,\" Long said: a name spelled as long", REUTERS,
            "\"The offer undervalues the firm,\" Long said.",
            List.of(direct("The offer undervalues the firm,", "said", "Long", "Long"))),
        new Report("The U.S. Will tell N that CONTENT: a modal capitalized after an "
            + "abbreviation", REUTERS,
            "The U.S. Will tell its creditors that it wants slower repayments.",
            List.of(indirect("it wants slower repayments", "tell its creditors", "The U.S.",
                "U.S."))),
        new Report("Ns in May said CONTENT", REUTERS,
            "Officials in May said the plant would close.",
            List.of(indirect("the plant would close", "said", "Officials in May",
                "Officials in May"))),
        new Report("X's May 26 N said CONTENT: a month inside a subject", REUTERS,
            "Belmont's May 14 announcement said the exercise price would be lowered.",
            List.of(indirect("the exercise price would be lowered", "said",
                "Belmont's May 14 announcement", "Belmont's May 14 announcement"))),
        new Report("N pct said CONTENT", REUTERS,
            "Only six pct expected sales to rise, while 38 pct said demand would stay flat.",
            List.of(indirect("demand would stay flat", "said", "38 pct", "38 pct"))),
        new Report("NUMBER NUMBER pct of Ns said CONTENT", REUTERS,
            "Forty six pct of those polled said the reforms had helped.",
            List.of(indirect("the reforms had helped", "said",
                "Forty six pct of those polled", "Forty six pct of those polled"))),
        new Report("NUMBER NUMBER pct ... said CONTENT: a second number word that is a determiner",
            REUTERS,
            "Forty two pct of those polled said the reforms had helped.",
            List.of(indirect("the reforms had helped", "said",
                "Forty two pct of those polled", "Forty two pct of those polled"))),
        new Report("... at N pct and Ns said CONTENT: a share joins no subject", REUTERS,
            "The loan stock was priced at 97 stg pct and dealers said demand was firm.",
            List.of(indirect("demand was firm", "said", "dealers", "dealers"))),
        new Report("CONTENT with a share inside a clause, said X", REUTERS,
            "The scheme, which would let growers still keep 85 pct of their subsidy, would "
                + "be applied mainly in flood prone valleys, said Martin Ekwall, director of the "
                + "planning staff.",
            List.of(indirect("The scheme, which would let growers still keep 85 pct of "
                + "their subsidy, would be applied mainly in flood prone valleys", "said",
                "Martin Ekwall", "Martin Ekwall"))),
        new Report("Former Ns said CONTENT", AP,
            "Former employees said she would often eat lunch at her desk.",
            List.of(indirect("she would often eat lunch at her desk", "said",
                "Former employees", "Former employees"))),
        new Report("CONTENT with a report in it, said X: the outer source reports it whole",
            REUTERS,
            "Of firms surveyed, 55 pct predicted a rise in wages, said Meiwa economist "
                + "Rie Hamasaki.",
            List.of(indirect("Of firms surveyed, 55 pct predicted a rise in wages", "said",
                    "Meiwa economist Rie Hamasaki", "Rie Hamasaki"),
                indirect("a rise in wages", "predicted", "55 pct", "55 pct"))),
        new Report("CONTENT with a clause between commas, said X: no apposition", XINHUA,
            "Maps will be kept in an archive that teachers, museums and colleges may consult "
                + "freely, said the national newspaper.",
            List.of(indirect("Maps will be kept in an archive that teachers, museums and "
                + "colleges may consult freely", "said", "the national newspaper",
                "the national newspaper"))),
        new Report("Ns, while ..., said CONTENT: an adverbial clause between commas", REUTERS,
            "Some put the haul at 45,000 crates, but others, while agreeing a large catch "
                + "had been landed, said the figure was lower.",
            List.of(indirect("the figure was lower", "said", "others", "others"))),
        new Report("X said the N, said to be ..., VERB: a participle inside the content", AP,
            "Analysts said the firm, said to be for sale, would cut jobs.",
            List.of(indirect("the firm, said to be for sale, would cut jobs", "said",
                "Analysts", "Analysts"))),
        new Report("Ns, claiming CONTENT, said CONTENT: the participle's content ends at the "
            + "verb", REUTERS,
            "Aid workers in the camps, claiming the fever is contained, said the danger had "
                + "passed.",
            List.of(indirect("the fever is contained", "claiming",
                    "Aid workers in the camps", "Aid workers in the camps"),
                indirect("the danger had passed", "said", "Aid workers in the camps",
                    "Aid workers in the camps"))),
        new Report("The N gave ... and said CONTENT: an irregular past after the subject",
            REUTERS,
            "The central bank gave its blessing and said lenders may own stakes in brokers.",
            List.of(indirect("lenders may own stakes in brokers", "said",
                "The central bank", "The central bank"))),
        new Report("CONTENT, Ns familiar with N said", REUTERS,
            "The merger was close, sources familiar with the talks said.",
            List.of(indirect("The merger was close", "said", "sources familiar with the talks",
                "sources familiar with the talks"))),
        new Report("Ns familiar with N said CONTENT", REUTERS,
            "Dealers familiar with the judgment said the ruling noted a likely delay.",
            List.of(indirect("the ruling noted a likely delay", "said",
                "Dealers familiar with the judgment", "Dealers familiar with the judgment"))),
        new Report("CONTENT, said sole underwriter X", REUTERS,
            "The notes carry a 7.25 pct coupon, said sole underwriter Caldwell Securities Inc.",
            List.of(indirect("The notes carry a 7.25 pct coupon", "said",
                "sole underwriter Caldwell Securities Inc", "Caldwell Securities Inc"))),
        new Report("A N by X said CONTENT: a writing and its author", REUTERS,
            "A draft report by safety experts said a cracked axle derailed the train. It said "
                + "checks had been skipped.",
            List.of(indirect("a cracked axle derailed the train", "said",
                    "A draft report by safety experts", "A draft report by safety experts"),
                indirect("checks had been skipped", "said", "It",
                    "A draft report by safety experts"))),
        new Report("The <X> said CONTENT", REUTERS,
            "The <Midland Stock Exchange> said it has admitted Pinecrest Lodges LP.",
            List.of(indirect("it has admitted Pinecrest Lodges LP", "said",
                "Midland Stock Exchange", "Midland Stock Exchange"))),
        new Report("X <TICKER>, a N, said CONTENT", REUTERS,
            "Hollis Valley Gas <HVG>, a Vermont heating utility company, said it will seek "
                + "smaller tariff increases.",
            List.of(indirect("it will seek smaller tariff increases", "said", "Hollis Valley Gas",
                "Hollis Valley Gas"))),
        new Report("X (ABBREVIATION) <TICKER>, a N, said CONTENT", REUTERS,
            "Den Vestlandske Sparebank (DVS) <DVSB.OL>, Norway's third largest savings bank, "
                + "said it raised its dividend.",
            List.of(indirect("it raised its dividend", "said", "Den Vestlandske Sparebank (DVS)",
                "Den Vestlandske Sparebank"))),
        new Report("CONTENT, <X>, a N, said.", REUTERS,
            "Frost damage in the coffee belt is spreading north, <Corrigan Climate Inc>, a "
                + "private crop forecasting service, said.",
            List.of(indirect("Frost damage in the coffee belt is spreading north", "said",
                "Corrigan Climate Inc", "Corrigan Climate Inc"))),
        new Report("CONTENT, <X> said.", REUTERS,
            "Orders rose 7 pct, <Pelham Lighting Inc> said.",
            List.of(indirect("Orders rose 7 pct", "said", "Pelham Lighting Inc",
                "Pelham Lighting Inc"))),
        new Report("CONTENT, X, TITLE of <Y>, a N of Z <TICKER>, said.", REUTERS,
            "Demand for the notes is strong, Martin Okoye, associate director of <Fenwick Clay "
                + "Europe Ltd>, a subsidiary of Fenwick Clay and Co Inc <FWC.N>, said.",
            List.of(indirect("Demand for the notes is strong", "said", "Martin Okoye",
                "Martin Okoye"))),
        new Report("X too said CONTENT", REUTERS,
            "Later in the week, Brannigan too said there was no deadline for the bids.",
            List.of(indirect("there was no deadline for the bids", "said", "Brannigan",
                "Brannigan"))),
        new Report("X, PARTY-STATE., said CONTENT", REUTERS,
            "Chairman Walter Brisco, D-N.J., said he would ask the agency for an audit.",
            List.of(indirect("he would ask the agency for an audit", "said",
                "Chairman Walter Brisco", "Walter Brisco"))),
        new Report("X (Y) said CONTENT: the mention keeps its closing bracket", AP,
            "Sen. Dana Whitfield (R-Ind.) said the bill would stall.",
            List.of(indirect("the bill would stall", "said", "Sen. Dana Whitfield (R-Ind.)",
                "Dana Whitfield"))),
        new Report("X on DAY said CONTENT", XINHUA,
            "The UN food agency on Thursday said seed deliveries to the north would be held "
                + "back.",
            List.of(indirect("seed deliveries to the north would be held back", "said",
                "The UN food agency", "The UN food agency"))),
        new Report("Aides to TITLE X said CONTENT: the aides, not X", AP,
            "Aides to Prime Minister Elena Varga said the coalition has held.",
            List.of(indirect("the coalition has held", "said",
                "Aides to Prime Minister Elena Varga", "Aides to Prime Minister Elena Varga"))),
        new Report("CONTENT, said He X, a N: a surname spelled as a pronoun", XINHUA,
            "The rice crop was small, said He Jianming, an agronomist.",
            List.of(indirect("The rice crop was small", "said", "He Jianming", "He Jianming"))),
        new Report("CONTENT, said N Will X: a given name spelled as a modal", REUTERS,
            "Why not buy Canadian bonds, said Harlow Bank chief economist Will Tennant.",
            List.of(indirect("Why not buy Canadian bonds", "said",
                "Harlow Bank chief economist Will Tennant", "Will Tennant"))),
        new Report("\"...,\" said al-X: a name's particle after the cue", XINHUA,
            "\"Then the water started rising,\" said al-Nasiri.",
            List.of(direct("Then the water started rising,", "said", "al-Nasiri",
                "al-Nasiri"))),
        new Report("CONTENT, said Ns with N: a plural of people after the cue", XINHUA,
            "The bridge was never finished, said engineers with the Lanzhou project.",
            List.of(indirect("The bridge was never finished", "said",
                "engineers with the Lanzhou project", "engineers with the Lanzhou project"))),
        new Report("In PLACE, CLAUSE, said X.: the clause is no apposition", XINHUA,
            "In Vienna, Okonjo would meet Lindqvist, said Farouk.",
            List.of(indirect("In Vienna, Okonjo would meet Lindqvist", "said", "Farouk",
                "Farouk"))),
        new Report("CONTENT, Ns and a N said.", XINHUA,
            "The fire was out by noon, residents and an AFP reporter said.",
            List.of(indirect("The fire was out by noon", "said",
                "residents and an AFP reporter", "residents and an AFP reporter"))),
        new Report("... to X and the N said CONTENT: no object joins the subject", REUTERS,
            "Grain ships go to Egypt and the United States said supply was ample.",
            List.of(indirect("supply was ample", "said", "the United States", "United States"))),
        new Report("CLAUSE and the N said CONTENT: no clause joins the subject", REUTERS,
            "Exports slowed in April and the Fed said demand was weak.",
            List.of(indirect("demand was weak", "said", "the Fed", "Fed"))),
        new Report("\"...,\" armed forces spokesman, X, told N.: no verb before the noun", XINHUA,
            "\"We have sent 4,000 engineers,\" armed forces spokesman, Colonel Mahbub Karim, "
                + "told AFP.",
            List.of(direct("We have sent 4,000 engineers,", "told AFP",
                "armed forces spokesman, Colonel Mahbub Karim", "Mahbub Karim"))),
        new Report("X, TITLE of N do N, said CONTENT", REUTERS,
            "Paulo Meireles, president of Tecnoforja do Brasil, said the ministry had caused "
                + "a shortage.",
            List.of(indirect("the ministry had caused a shortage", "said", "Paulo Meireles",
                "Paulo Meireles"))),
        new Report("X, asked whether CONTENT, said CONTENT: the question is no one's named",
            REUTERS,
            "Treasury Secretary Ruth Calloway, asked whether she was troubled by the slump, "
                + "said she was not alarmed.",
            List.of(indirect("whether she was troubled by the slump", "asked", null, null),
                indirect("she was not alarmed", "said", "Treasury Secretary Ruth Calloway",
                    "Ruth Calloway"))),
        new Report("\"...,\" said X at N held ... there: an adverbial after the source", XINHUA,
            "\"We will help them to compete,\" said Rahmat at a news conference held with Thai "
                + "reporters there.",
            List.of(direct("We will help them to compete,", "said", "Rahmat", "Rahmat"))),
        new Report("CONTENT, said X in a letter to TITLE Y", XINHUA,
            "The border will stay shut, said Chad's interior ministry in a letter to Special "
                + "Envoy Anders Holm.",
            List.of(indirect("The border will stay shut", "said", "Chad's interior ministry",
                "Chad's interior ministry"))),
        new Report("CONTENT, said X in reply to ...: a long adverbial after the source", REUTERS,
            "Cost of the new cranes totaled about 12 mln dlrs, said a spokesman for the dockyard "
                + "in reply to a question from analysts at the yearly gathering of its owners.",
            List.of(indirect("Cost of the new cranes totaled about 12 mln dlrs", "said",
                "a spokesman for the dockyard", "a spokesman for the dockyard"))),
        new Report("CONTENT, said Ns at X: the source holds its preposition", REUTERS,
            "The bids were weak, said analysts at Brightwater.",
            List.of(indirect("The bids were weak", "said", "analysts at Brightwater",
                "analysts at Brightwater"))),
        new Report("CONTENT, X, TITLE of Y (ABBREVIATION), said in PLACE on DAY", XINHUA,
            "The pipeline was finished, Liang Haotian, deputy general manager of the Yunnan "
                + "Provincial Power Corporation (YPPC), said in Kunming on Thursday.",
            List.of(indirect("The pipeline was finished", "said", "Liang Haotian",
                "Liang Haotian"))),
        new Report("CONTENT, X (PARTY-STATE), said: a stray comma after the brackets", AP,
            "The bill will pass, Gov. Tom Hale (R-Ohio), said.",
            List.of(indirect("The bill will pass", "said", "Gov. Tom Hale (R-Ohio)",
                "Tom Hale"))),
        new Report("CONTENT, Ns and Ns of N said DAY", AP,
            "The arrests were unlawful, defense lawyers and families of the miners said Thursday.",
            List.of(indirect("The arrests were unlawful", "said",
                "defense lawyers and families of the miners",
                "defense lawyers and families of the miners"))),
        new Report("\"...,\" N and N TITLE X said", XINHUA,
            "\"Aid will reach the villages hit hardest,\" transport and communications director "
                + "general Bambang Suryadi said on Harmoni radio.",
            List.of(direct("Aid will reach the villages hit hardest,", "said",
                "transport and communications director general Bambang Suryadi",
                "Bambang Suryadi"))),
        new Report("what Ns and Ns describe as CONTENT", AP,
            "Villagers denounced what European governments and wildlife groups describe as "
                + "reckless mining.",
            List.of(indirect("as reckless mining", "describe", "European governments and wildlife "
                + "groups", "European governments and wildlife groups"))),
        new Report("... are Ns and Ns said CONTENT: people after a verb join no subject", REUTERS,
            "Both Ghana and Ivory Coast are large cocoa growers and dealers said they could ride "
                + "out the slump.",
            List.of(indirect("they could ride out the slump", "said", "dealers", "dealers"))),
        new Report("CONTENT, the N (ABBREVIATION), said.: a stray comma after the brackets",
            REUTERS,
            "A total of 48,210 tonnes was exported, provisional results show, the Northern "
                + "Dairy Marketing Authority (NDMA), said.",
            List.of(indirect("A total of 48,210 tonnes was exported, provisional results show",
                "said", "the Northern Dairy Marketing Authority (NDMA)",
                "Northern Dairy Marketing Authority"))),
        new Report("X, who ... (...), said CONTENT: a name's apposition ending in brackets", AP,
            "Li, who has led the firm since 1990 (when it was founded), said the firm would "
                + "grow.",
            List.of(indirect("the firm would grow", "said", "Li", "Li"))),
        new Report("CONTENT, where ... (N), said X.: a clause with brackets is no apposition",
            XINHUA,
            "Most passengers were traders from Qingshuiwan, where families have each been paid "
                + "150,000 yuan (21,700 dollars), said Li.",
            List.of(indirect("Most passengers were traders from Qingshuiwan, where families have "
                + "each been paid 150,000 yuan (21,700 dollars)", "said", "Li", "Li"))),
        new Report("Many have said CONTENT: a quantifier alone", AP,
            "Many have said the price gap will close.",
            List.of(indirect("the price gap will close", "said", "Many", "Many"))),
        new Report("Most said CONTENT: a quantifier alone before the cue", AP,
            "Most said the price gap will close.",
            List.of(indirect("the price gap will close", "said", "Most", "Most"))),
        new Report("One said CONTENT: one person of a group the copy spoke of", REUTERS,
            "One said Harlow could raise its bid.",
            List.of(indirect("Harlow could raise its bid", "said", "One", "One"))),
        new Report("CONTENT, another added: one more person of that group", REUTERS,
            "The bank may cut rates this week, another added.",
            List.of(indirect("The bank may cut rates this week", "added", "another",
                "another"))),
        new Report("one added N: a participle before a noun is no cue", REUTERS,
            "The bonus was one added benefit of the deal.",
            List.of()),
        new Report("No one said CONTENT: nobody is no source", REUTERS,
            "No one said the bank would cut rates.",
            List.of()),
        new Report("X VERBED N and said CONTENT: the first content ends at the second cue",
            XINHUA,
            "Beijing reiterated its position and said talks would resume in May.",
            List.of(indirect("its position", "reiterated", "Beijing", "Beijing"),
                indirect("talks would resume in May", "said", "Beijing", "Beijing"))),
        new Report("X said CONTENT and warned that CONTENT: any cue with 'that' after 'and'", AP,
            "Economists said little had improved and warned that the recovery was fragile.",
            List.of(indirect("little had improved", "said", "Economists", "Economists"),
                indirect("the recovery was fragile", "warned", "Economists", "Economists"))),
        new Report("While ..., Ns said CONTENT and warned that CONTENT: the main clause's subject",
            AP,
            "While ministers hailed the budget, economists said little had improved and warned "
                + "that the recovery was fragile.",
            List.of(indirect("little had improved", "said", "economists", "economists"),
                indirect("the recovery was fragile", "warned", "economists", "economists"))),
        new Report("PARTICIPLE ..., X VERBED ... and said CONTENT: a participle opens no subject",
            AP,
            "Having lost the vote, Tanaka thanked his staff and said he would stay on.",
            List.of(indirect("he would stay on", "said", "Tanaka", "Tanaka"))),
        new Report("The N N TITLE X VERBED ... but said CONTENT: a description before the name",
            AP,
            "The regional school chairman Tom Hale declined to name the donors but said one "
                + "runs a bakery.",
            List.of(indirect("one runs a bakery", "said",
                "The regional school chairman Tom Hale", "Tom Hale"))),
        new Report("The N's N VERBED ... and said CONTENT: a possessive subject", REUTERS,
            "The bank's chief economist played down the risk and said rates would stay low.",
            List.of(indirect("rates would stay low", "said", "The bank's chief economist",
                "The bank's chief economist"))),
        new Report("X, APPOSITION, on DAY VERBED ... and said CONTENT", XINHUA,
            "Ana Reyes, the country's trade minister, on Friday welcomed the deal and said "
                + "exports would rise.",
            List.of(indirect("exports would rise", "said", "Ana Reyes", "Ana Reyes"))),
        new Report("X for his part said CONTENT: an aside between subject and verb", AP,
            "Okonkwo for his part said he would oppose the merger.",
            List.of(indirect("he would oppose the merger", "said", "Okonkwo", "Okonkwo"))),
        new Report("X now says CONTENT: now between subject and verb", AP,
            "Okonkwo now says he would oppose the merger.",
            List.of(indirect("he would oppose the merger", "says", "Okonkwo", "Okonkwo"))),
        new Report("... a N who said CONTENT: a relative clause that ends its sentence", AP,
            "Police questioned a man who said he saw the attack.",
            List.of(indirect("he saw the attack", "said", "who", "a man"))),
        new Report("... VERBED with a N who said CONTENT: the object of a preposition", AP,
            "Police spoke with a man who said he saw the attack.",
            List.of(indirect("he saw the attack", "said", "who", "a man"))),
        new Report("X VERBED Ns who said CONTENT: a plural with no determiner after the verb",
            REUTERS,
            "Police questioned traders who said the market was shut.",
            List.of(indirect("the market was shut", "said", "who", "traders"))),
        new Report("X was VERBED by Ns who said CONTENT: the agent of a passive", REUTERS,
            "The plan was sharply criticized by Harwick delegates who said it would fail.",
            List.of(indirect("it would fail", "said", "who", "Harwick delegates"))),
        new Report("It was the N VERBED by X, who said CONTENT: the agent before the comma", AP,
            "It was the plan favoured by Reyes, who said it would pass.",
            List.of(indirect("it would pass", "said", "who", "Reyes"))),
        new Report("... with help from NAME, who said CONTENT: the object of a preposition, "
            + "between commas", AP,
            "It passed with help from Tom Hale, who said he expects the deal to pass.",
            List.of(indirect("he expects the deal to pass", "said", "who", "Tom Hale"))),
        new Report("... a N from NAME, who said CONTENT: who stands for no thing", AP,
            "The mayor got a letter from Ana Reyes, who said the deal was dead.",
            List.of(indirect("the deal was dead", "said", "who", "Ana Reyes"))),
        new Report("... a N VERBED by X who said CONTENT: a participle describes the noun", AP,
            "Police found a broker contacted by Harlo who said he welcomed the limits.",
            List.of(indirect("he welcomed the limits", "said", "who",
                "a broker contacted by Harlo"))),
        new Report("... a N VERBED by ORGANISATION, who said CONTENT: who is no organisation",
            AP,
            "Police found a broker contacted by Harlo News, who said he welcomed the limits.",
            List.of(indirect("he welcomed the limits", "said", "who",
                "a broker contacted by Harlo News"))),
        new Report("The Ns, who said CONTENT, VERBED: a relative clause between commas", AP,
            "The voters, who said the economy was weak, stayed home.",
            List.of(indirect("the economy was weak", "said", "who", "The voters"))),
        new Report("... a N who said CONTENT, saying CONTENT: the participle is the clause's",
            AP,
            "The mayor refused to pay a contractor who said she was owed fees, saying the job "
                + "was late.",
            List.of(indirect("she was owed fees", "said", "who", "a contractor"),
                indirect("the job was late", "saying", "The mayor", "The mayor"))),
        new Report("X said CONTENT and Y said CONTENT: the first content ends at the second",
            XINHUA,
            "Li said the talks went well and Wang said the deal was near.",
            List.of(indirect("the talks went well", "said", "Li", "Li"),
                indirect("the deal was near", "said", "Wang", "Wang"))),
        new Report("N in M said CONTENT: the share of a poll", AP,
            "Two in three said they plan to buy a car.",
            List.of(indirect("they plan to buy a car", "said", "Two in three",
                "Two in three"))),
        new Report("More than N in M Ns said CONTENT: a bounded share of a poll", AP,
            "More than six in 10 voters said the roadworks had gone on too long.",
            List.of(indirect("the roadworks had gone on too long", "said",
                "More than six in 10 voters", "More than six in 10 voters"))),
        new Report("Of ..., more than N-N percent said CONTENT: a number joined by a hyphen after "
            + "the words that bound it", AP,
            "Of those polled, more than forty-five percent said the levy was unfair.",
            List.of(indirect("the levy was unfair", "said", "more than forty-five percent",
                "more than forty-five percent"))),
        new Report("At least N percent of Ns said CONTENT: a percentage bounded by at least", AP,
            "At least 25 percent of growers said the levy was unfair.",
            List.of(indirect("the levy was unfair", "said", "At least 25 percent of growers",
                "At least 25 percent of growers"))),
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
            "Zhao said the city is ready and also said it will help.",
            List.of(indirect("the city is ready", "said", "Zhao", "Zhao"),
                indirect("it will help", "said", "Zhao", "Zhao"))),
        new Report("The NAME N's N VERBED N and said CONTENT: a possessive after a name", REUTERS,
            "The US government's envoy on trade predicted a deal and said talks would go on.",
            List.of(indirect("a deal", "predicted", "The US government's envoy on trade",
                "The US government's envoy on trade"),
                indirect("talks would go on", "said", "The US government's envoy on trade",
                    "The US government's envoy on trade"))),
        new Report("While ..., Ns on N said CONTENT and warned that CONTENT: past the "
            + "dependent clause's verb", AP,
            "While ministers hailed the budget, economists on both panels said little had "
                + "improved and warned that the recovery was fragile.",
            List.of(indirect("little had improved", "said", "economists on both panels",
                "economists on both panels"),
                indirect("the recovery was fragile", "warned", "economists on both panels",
                    "economists on both panels"))),
        new Report("Though X VERBED N and said CONTENT: a dependent clause that runs on to the cue",
            AP,
            "Though she praised the judge and said he deserved a hearing.",
            List.of(indirect("he deserved a hearing", "said", "she", null))),
        new Report("X in contrast said CONTENT: an aside between subject and verb", AP,
            "Delacroix in contrast said the count was fair.",
            List.of(indirect("the count was fair", "said", "Delacroix", "Delacroix"))),
        new Report("N for USA Today said CONTENT: a name that ends in Today", AP,
            "A columnist for USA Today said the reform failed.",
            List.of(indirect("the reform failed", "said", "A columnist for USA Today",
                "A columnist for USA Today"))),
        new Report("X said CONTENT about a N who said CONTENT, adding CONTENT: the participle "
            + "goes on with the main clause", AP,
            "The mayor said she would refuse to pay a contractor who said he was owed fees, adding "
                + "that the job was late.",
            List.of(indirect("she would refuse to pay a contractor who said he was owed fees",
                "said", "The mayor", "The mayor"),
                indirect("he was owed fees", "said", "who", "a contractor"),
                indirect("the job was late", "adding", "The mayor", "The mayor"))),
        new Report("X VERBED N, which Ns said CONTENT, saying CONTENT: the participle is the "
            + "clause's", AP,
            "He dropped the plan, which aides said would cut costs, saying it was too slow.",
            List.of(indirect("would cut costs", "said", "aides", "aides"),
                indirect("it was too slow", "saying", "He", null))),
        new Report("The N's N, who VERBED CONTENT, VERBED ..., saying CONTENT: a relative clause "
            + "about the subject", AP,
            "The guild's veteran leader, who has called for new talks, staged a walkout "
                + "on Friday, saying the offer was an insult.",
            List.of(indirect("new talks", "called for", "who", "The guild's veteran leader"),
                indirect("the offer was an insult", "saying", "who",
                    "The guild's veteran leader"))),
        new Report("A N who VERBED ... said CONTENT: a relative clause inside the subject",
            REUTERS,
            "An official who asked to remain unnamed said the audit had stalled.",
            List.of(indirect("the audit had stalled", "said", "An official", "An official"))),
        new Report("A N who VERBED that ... said CONTENT: the verb's that inside the clause",
            REUTERS,
            "An official who asked that his name be withheld said the audit had stalled.",
            List.of(indirect("the audit had stalled", "said", "An official", "An official"))),
        new Report("Ns who VERB ... say CONTENT: a verb the lexicon does not know, after who", AP,
            "Analysts who follow the steel industry say prices will rise in the spring.",
            List.of(indirect("prices will rise in the spring", "say", "Analysts", "Analysts"))),
        new Report("CONTENT, a N who VERBED ... told X: a relative clause before an outer cue",
            REUTERS,
            "The vote was delayed, a diplomat who spoke on background told Reuters.",
            List.of(indirect("The vote was delayed", "told Reuters", "a diplomat", "a diplomat"))),
        new Report("They who VERBED said CONTENT: a pronoun before the relative clause", AP,
            "They who waited said the firm was weak.",
            List.of(indirect("the firm was weak", "said", "They", null))),
        new Report("CONTENT with Ns who VERBED ..., said X: the relative clause is the content's",
            XINHUA,
            "The ferry carried students and teachers who were returning from a trip, said Gao "
                + "Ping, a police spokesman.",
            List.of(indirect("The ferry carried students and teachers who were returning from a "
                + "trip", "said", "Gao Ping", "Gao Ping"))),
        new Report("Anyone who VERBED ... must be VERBED, said X: the relative clause is the "
            + "content's", XINHUA,
            "Anyone who sold the tainted milk must be punished, said the ministry.",
            List.of(indirect("Anyone who sold the tainted milk must be punished", "said",
                "the ministry", "the ministry"))),
        new Report("Ns who VERBED ... could add N, X said: no verb known in the relative clause",
            REUTERS,
            "Builders who redesign their homes could add millions to the bill, the office said.",
            List.of(indirect("Builders who redesign their homes could add millions to the bill",
                "said", "the office", "the office"))),
        new Report("Ns who VERBED their N said CONTENT", AP,
            "People who lost their boats said the grants came late.",
            List.of(indirect("the grants came late", "said", "People", "People"))),
        new Report("X VERBED Ns who said CONTENT: a relative clause that reports a bare clause",
            AP,
            "He interviewed voters who said the bypass failed.",
            List.of(indirect("the bypass failed", "said", "who", "voters"))),
        new Report("However, most said CONTENT: a quantifier alone after an opening", REUTERS,
            "However, most said the fee had not been charged.",
            List.of(indirect("the fee had not been charged", "said", "most", "most"))),
        new Report("X said by VERBING ..., CONTENT: a gerund after 'by' opens the content",
            REUTERS,
            "It said by signing the waiver, the lender cleared the sale.",
            List.of(indirect("by signing the waiver, the lender cleared the sale", "said",
                "It", null))),
        new Report("According to a long N VERBED for X and Y, CONTENT: a source past the longest "
            + "phrase, up to its comma", AP,
            "According to early results of phone surveys conducted for the farm bureau and "
                + "regional newspapers, seven in 10 growers feel ignored.",
            List.of(indirect("seven in 10 growers feel ignored", "According to",
                "early results of phone surveys", "early results of phone surveys"))),
        new Report("CONTENT according to a long N VERBED for ..., X said: a long source ends at "
            + "its comma in mid-sentence too", REUTERS,
            "Rents fell according to early results of studies conducted for the council and the "
                + "landlords of the valley, analysts said.",
            List.of(indirect("Rents fell", "according to", "early results of studies",
                    "early results of studies"),
                indirect("Rents fell according to early results of studies conducted for "
                + "the council and the landlords of the valley", "said", "analysts", "analysts"))),
        new Report("Ns and Ns both said CONTENT: a quantifier after the subject", XINHUA,
            "The unions and the employers both said the mediation failed.",
            List.of(indirect("the mediation failed", "said", "The unions and the employers",
                "The unions and the employers"))),
        new Report("X, a N with Y said CONTENT: an apposition whose closing comma is left out",
            REUTERS,
            "Tom Reddy, an analyst with Pemberton said the harvest will be smaller.",
            List.of(indirect("the harvest will be smaller", "said", "Tom Reddy", "Tom Reddy"))),
        new Report("In a N the X said CONTENT: an opening adverbial that no comma ends", REUTERS,
            "In a statement the council said the talks had failed.",
            List.of(indirect("the talks had failed", "said", "the council", "the council"))),
        new Report("Among other Ns X said CONTENT: a name after the adverbial's noun", REUTERS,
            "Among other things Harwick said it will train the workers.",
            List.of(indirect("it will train the workers", "said", "Harwick", "Harwick"))),
        new Report("At a N last MONTH Ns said CONTENT: a subject after a month", REUTERS,
            "At a fair in Dunmore last March growers said the levy was too high.",
            List.of(indirect("the levy was too high", "said", "growers", "growers"))),
        new Report("In a N X said CONTENT: a given name spelt as a month's abbreviation", REUTERS,
            "In a statement Marc Reyes said the plan had failed.",
            List.of(indirect("the plan had failed", "said", "Marc Reyes", "Marc Reyes"))),
        new Report("Over the past N years X said CONTENT: a time in the plural before the subject",
            REUTERS,
            "Over the past five years Reyes said the firm had grown.",
            List.of(indirect("the firm had grown", "said", "Reyes", "Reyes"))),
        new Report("But in a N the X said CONTENT: a conjunction before the opening adverbial",
            REUTERS,
            "But in a statement the council said the talks had failed.",
            List.of(indirect("the talks had failed", "said", "the council", "the council"))),
        new Report("When in MONTH the X said CONTENT, MAIN: a fronted clause with an adverbial",
            REUTERS,
            "When in March the board said profits would fall, shares dropped.",
            List.of(indirect("profits would fall", "said", "the board", "the board"))),
        new Report("Until now X has said CONTENT: a conjunction that opens the adverbial itself",
            REUTERS,
            "Until now Harwick has said just that the mill was worth a look.",
            List.of(indirect("just that the mill was worth a look", "said", "Harwick",
                "Harwick"))),
        new Report("X told Y by telephone from PLACE that CONTENT: the means before the content",
            REUTERS,
            "Okafor told Reuters by telephone from Dunmore that the mill would reopen.",
            List.of(indirect("the mill would reopen", "told Reuters", "Okafor", "Okafor"))),
        new Report("CONTENT, X said by phone from PLACE.: the means ends the clause", REUTERS,
            "The mill will reopen on Monday, union spokesman Tomas Reyes said by phone from his "
                + "office.",
            List.of(indirect("The mill will reopen on Monday", "said",
                "union spokesman Tomas Reyes", "Tomas Reyes"))),
        new Report("X told Y late today CONTENT: a time of day before the content", REUTERS,
            "Okafor told Reyes early today the levy would stand.",
            List.of(indirect("the levy would stand", "told Reyes", "Okafor", "Okafor"))),
        new Report("Earlier he said that CONTENT: a pronoun after an adverb of time", AP,
            "Reyes said the vote was close. Earlier he said that the levy was too high.",
            List.of(indirect("the vote was close", "said", "Reyes", "Reyes"),
                indirect("the levy was too high", "said", "he", "Reyes"))),
        new Report("CONTENT, said a N of the Y (INITIALS).: initials lengthen no source",
            REUTERS,
            "Loans could rise again, said a deputy head of the Harlow Savings and Loan Board "
                + "(HSLB).",
            List.of(indirect("Loans could rise again", "said",
                "a deputy head of the Harlow Savings and Loan Board (HSLB)",
                "a deputy head of the Harlow Savings and Loan Board (HSLB)"))),
        new Report("X has since said that CONTENT: an adverb between the auxiliary and the cue",
            AP,
            "Reyes has since said that the levy was a mistake.",
            List.of(indirect("the levy was a mistake", "said", "Reyes", "Reyes"))),
        new Report("TITLE X, PARTY-ST., said CONTENT: a party and state that ends with a period",
            AP,
            "Rep. Ana Okafor, D-Ore., said the levy was unfair to growers.",
            List.of(indirect("the levy was unfair to growers", "said", "Rep. Ana Okafor",
                "Ana Okafor"))),
        new Report("X <TICKER> has said CONTENT: a ticker before an auxiliary", REUTERS,
            "Harwick Corp <HWK> has said the mill will close in May.",
            List.of(indirect("the mill will close in May", "said", "Harwick Corp",
                "Harwick Corp"))),
        new Report("X said that by year-end N, CONTENT: by and a time opens the content", REUTERS,
            "Reyes said that by year-end 1988, the mill will have closed.",
            List.of(indirect("by year-end 1988, the mill will have closed", "said", "Reyes",
                "Reyes"))),
        new Report("X, an PLACE, ST., N, said CONTENT: a place after an article is no name",
            REUTERS,
            "Harwick Building Systems Inc, an Aberdale, Calif., company, said it has bought "
                + "150,000 shares.",
            List.of(indirect("it has bought 150,000 shares", "said",
                "Harwick Building Systems Inc", "Harwick Building Systems Inc"))),
        new Report("X A. Y said CONTENT: the initial A is no article", AP,
            "Laurence A. Okafor said the mill would stay open.",
            List.of(indirect("the mill would stay open", "said", "Laurence A. Okafor",
                "Laurence A. Okafor"))),
        new Report("CONTENT, a N from the two Ns said.: two determiners after a preposition",
            REUTERS,
            "The levy will rise, a note from the two mayors said.",
            List.of(indirect("The levy will rise", "said", "a note from the two mayors",
                "a note from the two mayors"))),
        new Report("CONTENT, TITLE X told parliament.: a body told at the clause's end", REUTERS,
            "The grain levy will be cut next year, Finance Minister Ana Reyes told parliament.",
            List.of(indirect("The grain levy will be cut next year", "told parliament",
                "Finance Minister Ana Reyes", "Ana Reyes"))),
        new Report("CONTENT, Ns told police.: a body told in the singular", AP,
            "The car had been parked for days, neighbours told police.",
            List.of(indirect("The car had been parked for days", "told police", "neighbours",
                "neighbours"))),
        new Report("CONTENT, ADJ N and N Ns said.: a word before the words joined by and",
            REUTERS,
            "The road was closed, local farm and union officials said.",
            List.of(indirect("The road was closed", "said", "local farm and union officials",
                "local farm and union officials"))),
        new Report("A ADJ-ed X said CONTENT: a participle after an article is an adjective", AP,
            "A relieved Okafor said the levy would go.",
            List.of(indirect("the levy would go", "said", "A relieved Okafor", "Okafor"))),
        new Report("CONTENT, the X Corp. (INITIALS) said.: a legal form's period before brackets",
            REUTERS,
            "The mill will close, the Harlow Grain and Feed Corp. (HGFC) said.",
            List.of(indirect("The mill will close", "said",
                "the Harlow Grain and Feed Corp. (HGFC)", "Harlow Grain and Feed Corp"))),
        new Report("X said by late afternoon CONTENT: late and a time after by", AP,
            "Reyes said by late afternoon the polls had closed.",
            List.of(indirect("by late afternoon the polls had closed", "said", "Reyes",
                "Reyes"))),
        new Report("X said on MONTH N CONTENT: a date before the content", REUTERS,
            "The firm said on March 12 it had sold the mill.",
            List.of(indirect("it had sold the mill", "said", "The firm", "The firm"))),
        new Report("X said early Ns were ADJ, and CONTENT: a clause, no adverbial, up to the comma",
            REUTERS,
            "The Dunmore mill said early returns were strong, and it expects a record year.",
            List.of(indirect("early returns were strong, and it expects a record year", "said",
                "The Dunmore mill", "The Dunmore mill"))),
        new Report("X said in YEAR Ns were ADJ, but CONTENT: an adverbial that opens the clause",
            REUTERS,
            "The board said in 2031 sales were flat, but costs rose.",
            List.of(indirect("in 2031 sales were flat, but costs rose", "said", "The board",
                "The board"))),
        new Report("X said at least N Ns died ..., but CONTENT: a measure, no adverbial", REUTERS,
            "The Harwick news agency said at least 12 miners died in the flood, but the company "
                + "could not confirm the figure.",
            List.of(indirect("at least 12 miners died in the flood, but the company could not "
                + "confirm the figure", "said", "The Harwick news agency",
                "The Harwick news agency"))),
        new Report("X told Y in a N released as Z was ..., that CONTENT: a clause in the adverbial",
            REUTERS,
            "A group of senators told Reyes in a letter released as Okafor was in Rome, that the "
                + "levy would stand.",
            List.of(indirect("the levy would stand", "told Reyes", "A group of senators",
                "A group of senators"))),
        new Report("X said in a N which was ..., CONTENT: a relative clause in the adverbial",
            REUTERS,
            "Reyes said in a note which was sent on Monday, the levy would stand.",
            List.of(indirect("the levy would stand", "said", "Reyes", "Reyes"))),
        new Report("X did not elaborate on N, but said CONTENT: the topic is no content", REUTERS,
            "Reyes did not elaborate on the plan, but said the levy would stand.",
            List.of(indirect("the levy would stand", "said", "Reyes", "Reyes"))),
        new Report("In PLACE, Ns linked to the N said CONTENT: a past participle after the noun",
            REUTERS,
            "In Harwick, sources linked to the palace said Dunmore was preparing a new "
                + "budget.",
            List.of(indirect("Dunmore was preparing a new budget", "said",
                "sources linked to the palace", "sources linked to the palace"))),
        new Report("X, a former N loyal to Y told N that CONTENT: loyal to, a comma left out",
            XINHUA,
            "Tomas Okafor, a former minister loyal to Reyes told reporters that the levy would "
                + "stand.",
            List.of(indirect("the levy would stand", "told reporters", "Tomas Okafor",
                "Tomas Okafor"))),
        new Report("The N Ns saw N but said CONTENT: the subject of a verb no form tells",
            REUTERS,
            "The grain market analysts saw no problems in the sale but said the timing was poor.",
            List.of(indirect("the timing was poor", "said", "The grain market analysts",
                "The grain market analysts"))),
        new Report("CONTENT, the N (ACRONYM) of the N said.: brackets before the preposition",
            REUTERS,
            "Harwick will cut its budget, the Planning Unit (HPU) of the ministry said.",
            List.of(indirect("Harwick will cut its budget", "said",
                "the Planning Unit (HPU) of the ministry", "Planning Unit"))),
        new Report("CONTENT, Ns closely involved in the N said.: an adverb before the participle",
            REUTERS,
            "The sale is due this month, grain sources closely involved in the sale said.",
            List.of(indirect("The sale is due this month", "said",
                "grain sources closely involved in the sale",
                "grain sources closely involved in the sale"))),
        new Report("CONTENT, the PLACE based N NAME said.: based with no hyphen", REUTERS,
            "Demand for meal stayed strong in July, the Harwick based newsletter Grain Week said.",
            List.of(indirect("Demand for meal stayed strong in July", "said",
                "the Harwick based newsletter Grain Week", "Grain Week"))),
        new Report("X (ACRONYM) Ns sought ... and said that CONTENT: an acronym in the subject",
            REUTERS,
            "Harwick Trade Ministry (HTM) officials later sought to play down the remark and said "
                + "that the talks would go on.",
            List.of(indirect("the talks would go on", "said",
                "Harwick Trade Ministry (HTM) officials",
                "Harwick Trade Ministry (HTM) officials"))),
        new Report("The X (ACRONYM) Ns' lobbies, Y, backed ..., claiming CONTENT: a possessive",
            REUTERS,
            "The Harwick Farm Union (HFU) growers' and millers' lobbies, Agro and Milco, have "
                + "backed the plan, claiming it would not hurt shoppers.",
            List.of(indirect("it would not hurt shoppers", "claiming", "Agro", "Agro"))),
        new Report("CONTENT, he and X said.: a pronoun joined to a name", REUTERS,
            "Grain prices will ease, he and Mr. Okafor said.",
            List.of(indirect("Grain prices will ease", "said", "he and Mr. Okafor", "Okafor"))),
        new Report("CONTENT, she and another N said.: a pronoun joined to a description", AP,
            "The guard grabbed her arm, she and another reporter said.",
            List.of(indirect("The guard grabbed her arm", "said", "she and another reporter",
                "she and another reporter"))),
        new Report("CONTENT, he and others said.: a pronoun joined to a group", REUTERS,
            "The bonds still sell well, he and others said.",
            List.of(indirect("The bonds still sell well", "said", "he and others",
                "he and others"))),
        new Report("He and X said CONTENT: a pronoun opening the sentence, joined to a name",
            REUTERS,
            "Prices fell. He and Mr. Okafor said the bonds still sell well.",
            List.of(indirect("the bonds still sell well", "said", "He and Mr. Okafor",
                "Okafor"))),
        new Report("They and others said CONTENT: a pronoun opening the sentence, joined to a "
            + "group", REUTERS,
            "Prices fell. They and others said the bonds still sell well.",
            List.of(indirect("the bonds still sell well", "said", "They and others",
                "They and others"))),
        new Report("X sold it and the N said CONTENT: an object pronoun joins no source",
            REUTERS,
            "Harwick sold it and the bank said the price was fair.",
            List.of(indirect("the price was fair", "said", "the bank", "the bank"))),
        new Report("However, locals said CONTENT: locals are a group of sources", XINHUA,
            "However, locals said 10 people were hurt in the blast.",
            List.of(indirect("10 people were hurt in the blast", "said", "locals", "locals"))),
        new Report("..., but majorities in all N say CONTENT: majorities are a group", AP,
            "The plan drew support, but majorities in all four regions say they want the levy cut.",
            List.of(indirect("they want the levy cut", "say", "majorities in all four regions",
                "majorities in all four regions"))),
        new Report("Ns near the N told reporters CONTENT: near in the subject", REUTERS,
            "Residents near the dam told reporters the water had risen overnight.",
            List.of(indirect("the water had risen overnight", "told reporters",
                "Residents near the dam", "Residents near the dam"))),
        new Report("X said in the first N of MONTH he CONTENT: a pronoun after the adverbial",
            AP,
            "Reyes said in the first week of May he hopes to run again.",
            List.of(indirect("he hopes to run again", "said", "Reyes", "Reyes"))),
        new Report("But N societies said CONTENT: societies are a group of sources", REUTERS,
            "But building societies said they would not cut rates.",
            List.of(indirect("they would not cut rates", "said", "building societies",
                "building societies"))),
        new Report("X One Corp said CONTENT: a determiner between capitals is a word of the name",
            REUTERS,
            "Harwick One Corp said it has bought the Dunmore mill.",
            List.of(indirect("it has bought the Dunmore mill", "said", "Harwick One Corp",
                "Harwick One Corp"))),
        new Report("CONTENT, local radio stations said.: stations are a group of sources", REUTERS,
            "Jets struck targets east of the port, local radio stations said.",
            List.of(indirect("Jets struck targets east of the port", "said",
                "local radio stations", "local radio stations"))),
        new Report("X, a unit of Y said CONTENT: an organisation's apposition without its comma",
            REUTERS,
            "Harwick Electronics Inc, a unit of Dunmore Corp <DUNM> said a judge denied its plea.",
            List.of(indirect("a judge denied its plea", "said", "Harwick Electronics Inc",
                "Harwick Electronics Inc"))),
        new Report("\"...,\" X, TITLE of Y said: an apposition without its comma after a quotation",
            XINHUA,
            "\"Prices will fall,\" Ana Reyes, head of the mission said.",
            List.of(direct("Prices will fall,", "said", "Ana Reyes", "Ana Reyes"))),
        new Report("\"...,\" X, chief N at Y told Z.: a noun of an agent after a title's word",
            REUTERS,
            "\"The crop is in good shape,\" Tomas Reyes, chief forecaster at the Harlow Grain "
                + "Board told Reuters.",
            List.of(direct("The crop is in good shape,", "told Reuters", "Tomas Reyes",
                "Tomas Reyes"))),
        new Report("In PLACE, a N with Y said CONTENT: a place is no name before an apposition",
            REUTERS,
            "In Sydney, an analyst with Pemberton said the harvest will be smaller.",
            List.of(indirect("the harvest will be smaller", "said", "an analyst with Pemberton",
                "an analyst with Pemberton"))),
        new Report("X, TITLE of Y said, \"...\": the comma before a quotation sets nothing off",
            XINHUA,
            "Li Wei, head of the mission said, \"We will stay.\"",
            List.of(direct("We will stay.", "said", "Li Wei", "Li Wei"))),
        new Report("PARTICIPLE ... in PLACE, the N said CONTENT: nor a phrase that ends in a name",
            REUTERS,
            "Speaking at a seminar in Seoul, the bank governor said the upturn was solid.",
            List.of(indirect("the upturn was solid", "said", "the bank governor",
                "the bank governor"))),
        new Report("Rather, a N said CONTENT: nor a sentence adverb", AP,
            "Rather, a senior senator said the plan would fail.",
            List.of(indirect("the plan would fail", "said", "a senior senator",
                "a senior senator"))),
        new Report("X, a N said, CONTENT: a source set off inside its content (one span)", AP,
            "Moreno, a senior aide said, is certain of a majority.",
            List.of(indirect("Moreno, a senior aide said, is certain of a majority", "said",
                "a senior aide", "a senior aide"))),
        new Report("Earlier, a N for Y said CONTENT: nor an adverb", REUTERS,
            "Earlier, an attorney for the firm said the suit was filed.",
            List.of(indirect("the suit was filed", "said", "an attorney for the firm",
                "an attorney for the firm"))),
        new Report("CONTENT since last June, a N said.: nor the content's last name", XINHUA,
            "Membership has doubled since last June, a party spokesman said.",
            List.of(indirect("Membership has doubled since last June", "said", "a party spokesman",
                "a party spokesman"))),
        new Report("..., X, the N said CONTENT: nor a name inside the sentence", XINHUA,
            "Met at the harbour by the governor and his wife, Ingrid, the pontiff said the "
                + "visit was a joy.",
            List.of(indirect("the visit was a joy", "said", "the pontiff", "the pontiff"))),
        new Report("CONTENT by X, a N said.: nor the content's last name", XINHUA,
            "The talks were chaired by Li Wei, a party official said.",
            List.of(indirect("The talks were chaired by Li Wei", "said", "a party official",
                "a party official"))),
        new Report("X, the N of Y said CONTENT: a definite description as the apposition", XINHUA,
            "Sun Mei, the cultural counselor of the embassy said the festival would open in June.",
            List.of(indirect("the festival would open in June", "said", "Sun Mei", "Sun Mei"))),
        new Report("COMPANY Inc, a unit of COMPANY Corp said CONTENT", REUTERS,
            "Acme Electronics Inc, a unit of Acme Corp said the plant would close.",
            List.of(indirect("the plant would close", "said", "Acme Electronics Inc",
                "Acme Electronics Inc"))),
        new Report("Nevertheless, Ns said CONTENT: a group is no apposition to an adverb", REUTERS,
            "Nevertheless, officials said the plan would fail.",
            List.of(indirect("the plan would fail", "said", "officials", "officials"))),
        new Report("Most Ns going to the N in PLACE say CONTENT: a participle after the noun",
            AP,
            "Most voters going to the booths in three counties say they want lower fares.",
            List.of(indirect("they want lower fares", "say", "Most voters going to the booths in "
                + "three counties", "Most voters going to the booths in three counties"))),
        new Report("Ns were responding to a N who noted that CONTENT: a progressive, no "
            + "participle after a noun", AP,
            "Officials were responding to a reader who noted that the fund had run dry.",
            List.of(indirect("the fund had run dry", "noted", "who", "a reader"))),
        new Report("CONTENT N according to X, who said CONTENT: 'according' is no participle",
            REUTERS,
            "The flood killed 212 people according to the Red Crescent, who said the toll would "
                + "climb.",
            List.of(indirect("The flood killed 212 people", "according to", "the Red Crescent",
                "Red Crescent"),
                indirect("the toll would climb", "said", "who", "Red Crescent"))),
        new Report("Asked if CONTENT, X said no: an answer of one word", AP,
            "Asked if she was tired, the candidate said no.",
            List.of(indirect("if she was tired", "Asked", null, null),
                indirect("no", "said", "the candidate", "the candidate"))),
        new Report("N in N ADJ PARTICIPLE Ns say CONTENT: a participle after an adjective is no "
            + "verb", AP,
            "Seven in 10 Republican registered voters say they expect the levy to pass.",
            List.of(indirect("they expect the levy to pass", "say",
                "Seven in 10 Republican registered voters",
                "Seven in 10 Republican registered voters"))),
        new Report("X did something, then says CONTENT: a verb coordinated after a comma", AP,
            "Delgado offered the driver a contract, then says he will seek advice.",
            List.of(indirect("he will seek advice", "says", "Delgado", "Delgado"))),
        new Report("Ns that have done something say CONTENT: a relative clause opened by that",
            AP,
            "Local organizations that have backed him say the board should wait.",
            List.of(indirect("the board should wait", "say", "Local organizations",
                "Local organizations"))),
        new Report("Ns that have VERBED her say CONTENT: her the object, not 'her say'", AP,
            "Local organizations that have backed her say the board should wait.",
            List.of(indirect("the board should wait", "say", "Local organizations",
                "Local organizations"))),
        new Report("the N of the N to the N said CONTENT: 'to' inside the subject", XINHUA,
            "The head of the delegation to the summit said the tests should stop.",
            List.of(indirect("the tests should stop", "said",
                "The head of the delegation to the summit",
                "The head of the delegation to the summit"))),
        new Report("X however said CONTENT", AP,
            "Abernathy however said he would welcome the audit.",
            List.of(indirect("he would welcome the audit", "said", "Abernathy", "Abernathy"))),
        new Report("..., with N percent saying CONTENT: a share is the participle's subject", AP,
            "Buyers see the model as more reliable, with 45 percent saying it is better.",
            List.of(indirect("it is better", "saying", "45 percent", "45 percent"))),
        new Report("..., with NAME saying CONTENT: a name after the comma's with is the "
            + "participle's subject", AP,
            "Shares of the mill fell, with Reyes saying the plant would close.",
            List.of(indirect("the plant would close", "saying", "Reyes", "Reyes"))),
        new Report("..., with TITLE NAME calling Y \"Q\": a title with its period", AP,
            "Lawmakers were irritated by the plan, with Sen. Tom Hale calling it a \"farce.\"",
            List.of(mixed("it a \"farce.\"", "calling", "Sen. Tom Hale", "Tom Hale"))),
        new Report("X met with NAME saying CONTENT: a with after a verb opens its object", AP,
            "Hale met with Reyes saying the mill would close.",
            List.of()),
        new Report("X did something by saying that CONTENT", AP,
            "Harlan drew criticism last month by saying that the referee could not be neutral.",
            List.of(indirect("the referee could not be neutral", "saying", "Harlan", "Harlan"))),
        new Report("X did something while saying that CONTENT", AP,
            "Moreau praised the budget while saying that the forecast was weak.",
            List.of(indirect("the forecast was weak", "saying", "Moreau", "Moreau"))),
        new Report("X VERBED by VERBING CONTENT: any cue after by, with a clause", AP,
            "The council closed the session by announcing it would reopen the ferry.",
            List.of(indirect("it would reopen the ferry", "announcing", "The council",
                "The council"))),
        new Report("X told N on DAY after VERBING that CONTENT: the participle's report, not "
            + "the verb's", AP,
            "Hale told reporters on Monday after insisting that the bridge was safe.",
            List.of(indirect("the bridge was safe", "insisting", "Hale", "Hale"))),
        new Report("\"...,\" X replied, before adding that CONTENT", AP,
            "\"No comment,\" Reyes replied, before adding that she would not resign.",
            List.of(direct("No comment,", "replied", "Reyes", "Reyes"),
                indirect("she would not resign", "adding", "Reyes", "Reyes"))),
        new Report("X said CONTENT, before VERBING CONTENT: the first content ends at the comma",
            AP,
            "Hale said the plan would work, before insisting he had the votes.",
            List.of(indirect("the plan would work", "said", "Hale", "Hale"),
                indirect("he had the votes", "insisting", "Hale", "Hale"))),
        new Report("..., while X VERBED by saying that CONTENT: the subject of the verb before by",
            AP,
            "Harlow raised prices, while the unions have responded by saying that wages must "
                + "rise.",
            List.of(indirect("wages must rise", "saying", "the unions", "the unions"))),
        new Report("X VERBED, while VERBING ..., that CONTENT: a participle set off by commas",
            AP,
            "Hale stated, while testifying before the panel last week, that the bridge was "
                + "unsafe.",
            List.of(indirect("the bridge was unsafe", "stated", "Hale", "Hale"))),
        new Report("X did something, ADVERB VERBING CONTENT: an adverb before the participle", AP,
            "Hale turned tougher on the plan, eventually saying it would be a disaster.",
            List.of(indirect("it would be a disaster", "saying", "Hale", "Hale"))),
        new Report("X did something after ADVERB VERBING that CONTENT", AP,
            "Reyes changed course after initially insisting that the pier was safe.",
            List.of(indirect("the pier was safe", "insisting", "Reyes", "Reyes"))),
        new Report("X VERBED by VERBING N: no clause, no report", REUTERS,
            "The bank ended the year by reporting better than expected profits.",
            List.of()),
        new Report("X VERBED after VERBING a N that VERBED: a noun and its relative clause", AP,
            "The columnist Ana Reyes renewed the feud after writing a sharp Harlow Courier op-ed "
                + "that mocked the mayor.",
            List.of()),
        new Report("The N ministry did something, saying CONTENT: the organisation's noun after "
            + "a title's word", REUTERS,
            "The finance ministry made plans to support the currency, saying it would step in.",
            List.of(indirect("it would step in", "saying", "The finance ministry",
                "The finance ministry"))),
        new Report("At least a dozen Ns told X CONTENT: a quantity and the words that bound it",
            AP,
            "At least a dozen members of the board told reporters she thinks the merger is "
                + "within reach.",
            List.of(indirect("she thinks the merger is within reach", "told reporters",
                "At least a dozen members of the board", "At least a dozen members of the board"))),
        new Report("At least N Ns said CONTENT: 'At' is the bound's, no preposition", AP,
            "At least 12 members said the ballot was close.",
            List.of(indirect("the ballot was close", "said", "At least 12 members",
                "At least 12 members"))),
        new Report("CONTENT, according to X - an aside: a dash ends the source", AP,
            "The levy would raise $40 billion, according to the Budget Research Center - a "
                + "fifth of the deficit.",
            List.of(indirect("The levy would raise $40 billion", "according to",
                "the Budget Research Center", "Budget Research Center"))),
        new Report("X \u2014 an aside \u2014 says CONTENT: an aside set off by dashes", AP,
            "Darnell Price \u2014 a teacher from Cedar Falls \u2014 says he changed his vote.",
            List.of(indirect("he changed his vote", "says", "Darnell Price", "Darnell Price"))),
        new Report("CLAUSE - X said CONTENT: a dash ends what comes before the subject", AP,
            "Inside the depot - which looks like a barn from the road - Ines Cordova said the "
                + "crews are raising money for repairs.",
            List.of(indirect("the crews are raising money for repairs", "said", "Ines Cordova",
                "Ines Cordova"))),
        new Report("CLAUSE - N percent of Ns said CONTENT: a share after a dash", AP,
            "Rail ranks well ahead of road freight - 60 percent of shippers said rail would "
                + "handle the surge better.",
            List.of(indirect("rail would handle the surge better", "said",
                "60 percent of shippers", "60 percent of shippers"))),
        new Report("in PLACE - X said CONTENT: a place after a preposition is no part of a name",
            AP,
            "The talks were held in Dunmore - Ines Cordova said the next round is set for May.",
            List.of(indirect("the next round is set for May", "said", "Ines Cordova",
                "Ines Cordova"))),
        new Report("FIRM - FIRM board member X said CONTENT: a dash between the houses of a firm",
            REUTERS,
            "Harlow Landesbank - Nordkasse board member Ana Reyes said demand for the bonds is "
                + "strong.",
            List.of(indirect("demand for the bonds is strong", "said",
                "Harlow Landesbank - Nordkasse board member Ana Reyes", "Ana Reyes"))),
        new Report("CONTENT, lead manager FIRM - FIRM said: a firm's name after a title", REUTERS,
            "Demand for the bonds is strong, lead manager Harlow Landesbank - Nordkasse said.",
            List.of(indirect("Demand for the bonds is strong", "said",
                "lead manager Harlow Landesbank - Nordkasse", "Harlow Landesbank - Nordkasse"))),
        new Report("X - who said CONTENT - said CONTENT: a relative clause set off by dashes", AP,
            "Port chief Tomas Ruiz - who once said he would never sell the yard - said on Friday "
                + "that talks with buyers had begun.",
            List.of(indirect("he would never sell the yard", "said", "who", "Tomas Ruiz"),
                indirect("talks with buyers had begun", "said", "Port chief Tomas Ruiz",
                    "Tomas Ruiz"))),
        new Report("Ns - like X - who say CONTENT: the who stands for the Ns before the aside", AP,
            "The mayor praised developers - like builder Tomas Ruiz - who say the city is short "
                + "of homes.",
            List.of(indirect("the city is short of homes", "say", "who", "developers"))),
        new Report("PREP N on the \"QUOTE,\" X said CONTENT: a quotation in an opening phrase", AP,
            "To a question on the \"sale of port jobs,\" Ana Reyes said private contractors can "
                + "cost more than port workers.",
            List.of(indirect("private contractors can cost more than port workers", "said",
                "Ana Reyes", "Ana Reyes"))),
        new Report("In PLACE, CLAUSE \"QUOTE,\" X said: a clause after the opening phrase", AP,
            "In Dunmore, the plan is \"a disgrace,\" Ana Reyes said.",
            List.of(mixed("In Dunmore, the plan is \"a disgrace,", "said", "Ana Reyes",
                "Ana Reyes"))),
        new Report("As X put it, \"QUOTE\"", AP,
            "As the harbour master put it, \"the port is our future.\"",
            List.of(direct("the port is our future.", "put it", "the harbour master",
                "the harbour master"))),
        new Report("But as X put it, CONTENT", AP,
            "But as one trader put it, prices are simply too high.",
            List.of(indirect("prices are simply too high", "put it", "one trader",
                "one trader"))),
        new Report("CONTENT \"QUOTE,\" as X put it: the quotation before the as", AP,
            "Prices are \"simply too high,\" as one trader put it on Monday.",
            List.of(mixed("Prices are \"simply too high,", "put it", "one trader",
                "one trader"))),
        new Report("Putting it N, X said CONTENT: the manner is no report", AP,
            "Putting it more sharply, one trader said prices are too high.",
            List.of(indirect("prices are too high", "said", "one trader", "one trader"))),
        new Report("Ns privy to the N say CONTENT", AP,
            "Multiple sources privy to the review say the delay lies with the contractors.",
            List.of(indirect("the delay lies with the contractors", "say",
                "Multiple sources privy to the review",
                "Multiple sources privy to the review"))),
        new Report("X added, however, that CONTENT: an adverb set off before the content", REUTERS,
            "Castellano added, however, that new safety rules are needed.",
            List.of(indirect("new safety rules are needed", "added", "Castellano",
                "Castellano"))),
        new Report("X, AGE, of PLACE, STATE, says CONTENT: an apposition of four commas", AP,
            "Marcy Dunlap, 41, of Dothan, Ala., says her main worry is the cost of insulin.",
            List.of(indirect("her main worry is the cost of insulin", "says", "Marcy Dunlap",
                "Marcy Dunlap"))),
        new Report("Ns in the next two Ns said CONTENT: an adjective between determiners", AP,
            "Insiders in the next two provinces said the race is close.",
            List.of(indirect("the race is close", "said", "Insiders in the next two provinces",
                "Insiders in the next two provinces"))),
        new Report("Ns PARTICIPLE on the N say CONTENT: a participle after the head", AP,
            "People briefed on the plans say the governor must decide.",
            List.of(indirect("the governor must decide", "say", "People briefed on the plans",
                "People briefed on the plans"))),
        new Report("Ns PARTICIPLE for a N say CONTENT: a participle after the head", AP,
            "Local activists clamoring for a recount say the council acted too fast.",
            List.of(indirect("the council acted too fast", "say",
                "Local activists clamoring for a recount",
                "Local activists clamoring for a recount"))),
        new Report("..., most of them said CONTENT", AP,
            "Until the strike, most of them said their jobs felt secure.",
            List.of(indirect("their jobs felt secure", "said", "most of them",
                "most of them"))),
        new Report("X, who did something and said CONTENT, did something: the relative clause's "
            + "report ends at its comma", AP,
            "Whitcombe, who endorsed Marsh and said he would campaign with her, did not show up.",
            List.of(indirect("he would campaign with her", "said", "who", "Whitcombe"))),
        new Report("Many in the N said CONTENT: a quantifier and where its people are", AP,
            "Many in the audience said the mayor had earned their vote.",
            List.of(indirect("the mayor had earned their vote", "said",
                "Many in the audience", "Many in the audience"))),
        new Report("Those at the N say CONTENT", AP,
            "Those at the hearing say the vote came too late.",
            List.of(indirect("the vote came too late", "say", "Those at the hearing",
                "Those at the hearing"))),
        new Report("Ns in PLACE said CONTENT: a plural noun before the place stays the head",
            REUTERS,
            "Dealers in Oslo said the krone would hold. The dealers said demand was thin.",
            List.of(indirect("the krone would hold", "said", "Dealers in Oslo",
                "Dealers in Oslo"),
                indirect("demand was thin", "said", "The dealers", "Dealers in Oslo"))),
        new Report("X did something, and when Y did something and said CONTENT: the nearer "
            + "clause's subject", AP,
            "Some in the hall jeered, and when Hale thanked the city and said it was good to be "
                + "back, the jeers grew.",
            List.of(indirect("it was good to be back", "said", "Hale", "Hale"))),
        new Report("X did something when Y did something and asked CONTENT", AP,
            "The fans cheered when Ortiz saw a banner in the stands and asked for it to be "
                + "brought down.",
            List.of(indirect("for it to be brought down", "asked", "Ortiz", "Ortiz"))),
        new Report("X did something, but Y did something and said CONTENT", REUTERS,
            "Harlow offered five dlrs a share, but Tamsin Corp rejected the bid and said it "
                + "undervalued the firm.",
            List.of(indirect("it undervalued the firm", "said", "Tamsin Corp", "Tamsin Corp"))),
        new Report("X did something when Y does something and warned CONTENT: the present tense "
            + "is no verb of the cue's clause", AP,
            "Norland urged its neighbours to act when they meet next week and warned that the "
                + "floods would return.",
            List.of(indirect("to act when they meet next week", "urged", "Norland", "Norland"),
                indirect("the floods would return", "warned", "Norland", "Norland"))),
        new Report("X did not say when Y was VERBED but said CONTENT: a passive is no verb of "
            + "the cue's clause", XINHUA,
            "The city daily gave no details of when he was detained but said he faced two "
                + "charges.",
            List.of(indirect("he faced two charges", "said", "The city daily",
                "The city daily"))),
        new Report("When X said CONTENT, Y did something: a clause before its main clause "
            + "ends at its comma", AP,
            "When Hale said the plant would close, the town was stunned.",
            List.of(indirect("the plant would close", "said", "Hale", "Hale"))),
        new Report("N, which X said VERB 12,500 N, ...: a comma between digits ends nothing",
            AP,
            "The march, which organizers said drew 12,500 people, ended at noon.",
            List.of(indirect("drew 12,500 people", "said", "organizers", "organizers"))),
        new Report("About 9,000 Ns said CONTENT: a number with a comma opens the source",
            REUTERS,
            "About 9,000 miners at the pits said they would strike.",
            List.of(indirect("they would strike", "said", "About 9,000 miners at the pits",
                "About 9,000 miners at the pits"))),
        new Report("X, who calls N a \"Q,\" said CONTENT: a quotation that ends the aside, "
            + "its comma inside the marks", AP,
            "Hale, who calls the plan a \"farce,\" said he would vote no.",
            List.of(mixed("the plan a \"farce,\"", "calls", "who", "Hale"),
                indirect("he would vote no", "said", "Hale", "Hale"))),
        new Report("X, who calls N a \"Q\", said CONTENT: the comma outside the marks", AP,
            "Hale, who calls the plan a \"farce\", said he would vote no.",
            List.of(mixed("the plan a \"farce\"", "calls", "who", "Hale"),
                indirect("he would vote no", "said", "Hale", "Hale"))),
        new Report("X, wearing a \"Q\" pin, said CONTENT: a quotation inside the aside", AP,
            "Tom Hale, wearing a \"Vote No\" pin, said the plan would fail.",
            List.of(indirect("the plan would fail", "said", "Tom Hale", "Tom Hale"))),
        new Report("The N, which had VERBED \"Q\" for N, said CONTENT: a description before "
            + "such an aside, which reports for it as a who does", REUTERS,
            "The firm, which had projected \"heavy losses\" for the year, said it now expects a "
                + "profit.",
            List.of(mixed("\"heavy losses\" for the year", "projected", "which", "The firm"),
                indirect("it now expects a profit", "said", "The firm", "The firm"))),
        new Report("X demands, as N, that \"Q\" be set, said Y: no aside opens with that", AP,
            "The city demands, as a condition of the deal, that \"fair terms\" be set, said the "
                + "mayor.",
            List.of(mixed("The city demands, as a condition of the deal, that \"fair terms\" be "
                + "set", "said", "the mayor", "the mayor"))),
        new Report("Sen. X, R-Ohio, speaking on N, said CONTENT: a party and state is no name", AP,
            "Sen. Tom Hale, R-Ohio, speaking on television, said the mayor failed.",
            List.of(indirect("the mayor failed", "said", "Sen. Tom Hale", "Tom Hale"))),
        new Report("X, author of \"Title,\" said CONTENT: a title after its author is no quote",
            AP,
            "Ana Reyes, author of \"Quiet Rooms,\" said the press had changed.",
            List.of(indirect("the press had changed", "said", "Ana Reyes", "Ana Reyes"))),
        new Report("X's book, \"The Crash of 2031,\" predicts CONTENT: a title with a number",
            REUTERS,
            "Hale's book, \"The Crash of 2031,\" predicts that prices will slump.",
            List.of(indirect("prices will slump", "predicts", "Hale's book", "Hale's book"))),
        new Report("X said CONTENT N%: a per cent sign ends the content with its number", AP,
            "Hale said prices rose 5%.",
            List.of(indirect("prices rose 5%", "said", "Hale", "Hale"))),
        new Report("X reported $N: a currency sign opens the content", AP,
            "The casinos reported $2.17 billion in revenue.",
            List.of(indirect("$2.17 billion in revenue", "reported", "The casinos",
                "The casinos"))),
        new Report("X said CONTENT (ABBR): a closing bracket whose partner the content holds",
            REUTERS,
            "Hale said the rules hurt the Harbor Revenue Service (HRS).",
            List.of(indirect("the rules hurt the Harbor Revenue Service (HRS)", "said", "Hale",
                "Hale"))),
        new Report("(X said CONTENT): no closing bracket opened before the content", REUTERS,
            "Harlow rose (Hale said the plan would fail).",
            List.of(indirect("the plan would fail", "said", "Hale", "Hale"))),
        new Report("\"Q,\" said X, who has VERBED Y: the relative clause reports nothing "
            + "before it", AP,
            "\"We must act now,\" said Hale, who has also advised the mayor.",
            List.of(direct("We must act now,", "said", "Hale", "Hale"))),
        new Report("PHRASE, according to X, an N, was N: the account runs on through the verb "
            + "after the source", AP,
            "At the heart of the dispute, according to Tom Hale, a former envoy, was a plan to "
                + "cut fares.",
            List.of(indirect("At the heart of the dispute, according to Tom Hale, a former "
                + "envoy, was a plan to cut fares", "according to", "Tom Hale", "Tom Hale"))),
        new Report("N, according to X, VERB ...: a short subject before the source", AP,
            "The plan, according to Hale, would cost $40 million.",
            List.of(indirect("The plan, according to Hale, would cost $40 million",
                "according to", "Hale", "Hale"))),
        new Report("N, according to X, VERBED ...: a past after the source", REUTERS,
            "Sales, according to the firm, rose 12 pct.",
            List.of(indirect("Sales, according to the firm, rose 12 pct", "according to",
                "the firm", "the firm"))),
        new Report("ADVERBIAL, according to X, CONTENT: an opening that is no subject", AP,
            "In addition, according to Hale, the plan would cost $40 million.",
            List.of(indirect("the plan would cost $40 million", "according to", "Hale",
                "Hale"))),
        new Report("PHRASE, according to X, are N", AP,
            "Among the rulings at risk, according to Ms. Ortiz, are 16 on trade.",
            List.of(indirect("Among the rulings at risk, according to Ms. Ortiz, are 16 on trade",
                "according to", "Ms. Ortiz", "Ortiz"))),
        new Report("CLAUSE, according to X, and CLAUSE: a clause before the source keeps its "
            + "account", AP,
            "Prices fell in May, according to Hale, and wages rose.",
            List.of(indirect("Prices fell in May", "according to", "Hale", "Hale"))),
        new Report("X claims PRONOUN VERB: a subject pronoun opens the clause a cue spelled as "
            + "a noun reports", AP,
            "Hale claims he is owed ten million dollars.",
            List.of(indirect("he is owed ten million dollars", "claims", "Hale", "Hale"))),
        new Report("Ns warn PRONOUN VERB", REUTERS,
            "Unions warn it will cost jobs.",
            List.of(indirect("it will cost jobs", "warn", "Unions", "Unions"))),
        new Report("the N claims PRONOUN has VERBED: after a number the cue is a noun", REUTERS,
            "The board said the 300 claims it got last year would be dropped.",
            List.of(indirect("the 300 claims it got last year would be dropped", "said",
                "The board", "The board"))),
        new Report("CONTENT, X told N as PRONOUN VERB: a clause of time after the listener ends "
            + "the cue's", AP,
            "This is not about me, Hale told his aides as he worked on the speech.",
            List.of(indirect("This is not about me", "told his aides", "Hale", "Hale"))),
        new Report("X said as many as N VERBED: no clause of time", AP,
            "Hale said as many as 40 people died.",
            List.of(indirect("as many as 40 people died", "said", "Hale", "Hale"))),
        new Report("X told ADJ television on DAY that CONTENT: the medium's noun is the "
            + "listener's", AP,
            "Hale told French television on Sunday that the deal was dead.",
            List.of(indirect("the deal was dead", "told French television", "Hale", "Hale"))),
        new Report("X told NAME radio CONTENT", AP,
            "Hale told BBC radio the deal was dead.",
            List.of(indirect("the deal was dead", "told BBC radio", "Hale", "Hale"))),
        new Report("X told the N and N Commission CONTENT: a listener's name past four words",
            REUTERS,
            "Hale told the Harbor Savings and Loan Commission he had sold his shares.",
            List.of(indirect("he had sold his shares",
                "told the Harbor Savings and Loan Commission", "Hale", "Hale"))),
        new Report("X told the PLACE daily NAME that CONTENT", AP,
            "Hale told the Lima daily El Sol that the deal was dead.",
            List.of(indirect("the deal was dead", "told the Lima daily El Sol", "Hale", "Hale"))),
        new Report("X told a N of N last week: a time ends the listener", REUTERS,
            "Pay will rise 5 pct, she told the assembly last week.",
            List.of(indirect("Pay will rise 5 pct", "told the assembly last week", "she", null))),
        new Report("X told Y and Z that CONTENT: names joined inside the listener", AP,
            "Ortiz told Hale and Reyes that the deal was dead.",
            List.of(indirect("the deal was dead", "told Hale and Reyes", "Ortiz", "Ortiz"))),
        new Report("X warned the N was CONTENT: a subject and its verb after the cue, no "
            + "listener", REUTERS,
            "Dunmore warned the deficit was above target and vowed cuts in May.",
            List.of(indirect("the deficit was above target and vowed cuts in May", "warned",
                    "Dunmore", "Dunmore"),
                indirect("cuts in May", "vowed", "Dunmore", "Dunmore"))),
        new Report("X told MEDIUM correspondents that CONTENT: the medium's people, no "
            + "determiner", REUTERS,
            "Dunmore told Harlo correspondents that the mill was closed.",
            List.of(indirect("the mill was closed", "told Harlo correspondents", "Dunmore",
                "Dunmore"))),
        new Report("X told MEDIUM correspondent NAME that CONTENT: and the name of one", AP,
            "Dunmore told Harlo correspondent Ana Reyes that the mill was closed.",
            List.of(indirect("the mill was closed", "told Harlo correspondent Ana Reyes",
                "Dunmore", "Dunmore"))),
        new Report("X and Y warned CONTENT and vowed CONTENT: the joined names are the "
            + "source of both verbs", REUTERS,
            "Prices fell. Reyes and Mr. Okafor warned the deficit was above target and vowed "
                + "cuts in May.",
            List.of(indirect("the deficit was above target and vowed cuts in May", "warned",
                    "Reyes and Mr. Okafor", "Okafor"),
                indirect("cuts in May", "vowed", "Reyes and Mr. Okafor", "Okafor"))),
        new Report("X warned the N N would CONTENT: two words before the verb", REUTERS,
            "Dunmore warned the budget deficit would grow.",
            List.of(indirect("the budget deficit would grow", "warned", "Dunmore", "Dunmore"))),
        new Report("X told the N do NAME that CONTENT: do in a listener's name is no verb",
            REUTERS,
            "Reyes told the Jornal do Harwick that the mill was losing money.",
            List.of(indirect("the mill was losing money", "told the Jornal do Harwick", "Reyes",
                "Reyes"))),
        new Report("X told The N and N newspaper of PLACE on DAY that CONTENT", AP,
            "Hale told The Harbor and Bay Courier newspaper of Lima on Saturday that the vote "
                + "was close.",
            List.of(indirect("the vote was close",
                "told The Harbor and Bay Courier newspaper of Lima", "Hale", "Hale"))),
        new Report("Asked whether CONTENT, X said CONTENT: a question put by no one named",
            REUTERS,
            "Asked whether the levy would hold, Hale said it would not.",
            List.of(indirect("whether the levy would hold", "Asked", null, null),
                indirect("it would not", "said", "Hale", "Hale"))),
        new Report("Asked if N, which ..., VERB, X said no: the question runs past a relative "
            + "clause set off by commas", REUTERS,
            "Asked if the budget, which the council passed in May, would hold, Hale said no.",
            List.of(indirect("if the budget, which the council passed in May, would hold",
                    "Asked", null, null),
                indirect("no", "said", "Hale", "Hale"))),
        new Report("Asked if CONTENT X said \"Q\": no comma, the answer's source ends the "
            + "question", REUTERS,
            "Asked if the firm had plans to invest abroad a spokesman said \"Not this year.\"",
            List.of(indirect("if the firm had plans to invest abroad", "Asked", null, null),
                direct("Not this year.", "said", "a spokesman", "a spokesman"))),
        new Report("When asked about N X said, \"Q\"", AP,
            "When asked about the levy Hale said, \"It will not be today.\"",
            List.of(indirect("the levy", "asked about", null, null),
                direct("It will not be today.", "said", "Hale", "Hale"))),
        new Report("\"Q,\" X said when asked about N", AP,
            "\"We will see,\" Hale said when asked about the levy.",
            List.of(direct("We will see,", "said", "Hale", "Hale"),
                indirect("the levy", "asked about", null, null))),
        new Report("When asked by Ns whether CONTENT, X said CONTENT: the asker speaks the "
            + "question", AP,
            "When asked by reporters whether the mill would close, Hale said it would stay open.",
            List.of(indirect("whether the mill would close", "asked", "reporters", "reporters"),
                indirect("it would stay open", "said", "Hale", "Hale"))),
        new Report("Asked whether N is \"Q,\" Ns said yes: the comma inside the marks ends the "
            + "question", AP,
            "Asked whether the fare is \"fair,\" most riders said yes.",
            List.of(mixed("whether the fare is \"fair,\"", "Asked", null, null),
                indirect("yes", "said", "most riders", "most riders"))),
        new Report("X was asked if CONTENT and said CONTENT: the subject of the passive answers",
            AP,
            "Hale was asked if he would run and said he had not decided.",
            List.of(indirect("if he would run", "asked", null, null),
                indirect("he had not decided", "said", "Hale", "Hale"))),
        new Report("X called PRONOUN \"Q\": one word before the quotation is the name's too",
            AP,
            "Hale called her \"reckless\" and left the hall.",
            List.of(mixed("her \"reckless\"", "called", "Hale", "Hale"))),
        new Report("X called that \"Q\": with no word outside the marks, a direct quote", AP,
            "Campaign manager Tom Hale called that \"beyond silly.\"",
            List.of(direct("beyond silly.", "called", "Campaign manager Tom Hale", "Tom Hale"))),
        new Report("what X calls a \"Q\": a determiner before the quotation", AP,
            "The years since the crash are what Reyes calls a \"lost decade\" for the port.",
            List.of(mixed("a \"lost decade\"", "calls", "Reyes", "Reyes"))),
        new Report("X claimed responsibility for N: a claim of responsibility is a statement",
            REUTERS,
            "Rebels claimed responsibility for the blast at the depot.",
            List.of(indirect("responsibility for the blast at the depot", "claimed", "Rebels",
                "Rebels"))),
        new Report("X said NAME \"Q\": one word outside the marks, the subject of the quoted "
            + "predicate, makes a mixed quote", REUTERS,
            "Hale said Harlow \"was attracted by the price.\"",
            List.of(mixed("Harlow \"was attracted by the price.\"", "said", "Hale", "Hale"))),
        new Report("X said it \"Q\"", REUTERS,
            "Hale said it \"was a fine start for the port.\"",
            List.of(mixed("it \"was a fine start for the port.\"", "said", "Hale", "Hale"))),
        new Report("X said DAY \"Q\": a day outside the marks is no subject", REUTERS,
            "Hale said Friday \"the talks have failed.\"",
            List.of(direct("the talks have failed.", "said", "Hale", "Hale"))),
        new Report("CONTENT ending in a list, said NAME, adding that CONTENT: the list's last "
            + "item before the comma is no subject", XINHUA,
            "In recent years, the two sides boosted ties in trade, farming and sports, said Hale, "
                + "adding that contacts would grow.",
            List.of(indirect("In recent years, the two sides boosted ties in trade, farming and "
                    + "sports", "said", "Hale", "Hale"),
                indirect("contacts would grow", "adding", ANY, "Hale"))),
        new Report("N, PLACE, said NAME, a N, had VERBED: a verb after the name makes it the "
            + "content's subject", AP,
            "The report in the Lima Times, Peru, said Hale, a retired miner, had died in May.",
            List.of(indirect("Hale, a retired miner, had died in May", "said",
                "The report in the Lima Times", "The report in the Lima Times"))),
        new Report("CONTENT, a N for N <X Plc> said.: a company in brackets ends the "
            + "description", REUTERS,
            "The launch will wait a year, a spokesman for partner <Harwick Engines Plc> said.",
            List.of(indirect("The launch will wait a year", "said",
                "a spokesman for partner <Harwick Engines Plc>",
                "a spokesman for partner <Harwick Engines Plc>"))),
        new Report("CONTENT, N-er <X Ltd> said.: an agent's noun before a company in brackets",
            REUTERS,
            "The notes will pay a fixed rate, arranger <Dunmore Asia Ltd> said.",
            List.of(indirect("The notes will pay a fixed rate", "said",
                "arranger <Dunmore Asia Ltd>", "Dunmore Asia Ltd"))),
        new Report("X AG [TICKER] said CONTENT: a ticker in square brackets", REUTERS,
            "Harwick Motoren AG [HMWG.F] said its output could fall.",
            List.of(indirect("its output could fall", "said", "Harwick Motoren AG",
                "Harwick Motoren AG"))),
        new Report("CONTENT, the N and N company said.: a determiner before the words joined by "
            + "and", REUTERS,
            "The notes are due in May, the grain and timber company said.",
            List.of(indirect("The notes are due in May", "said", "the grain and timber company",
                "the grain and timber company"))),
        new Report("X reaffirmed CONTENT, U.S. Ns said.: a source at the unit's end reports "
            + "the whole, the inner claim included", REUTERS,
            "A meeting of farm agencies today reaffirmed the board's opposition to the levy, "
                + "U.S. trade officials said.",
            List.of(indirect("A meeting of farm agencies today reaffirmed the board's opposition "
                    + "to the levy", "said", "U.S. trade officials", "U.S. trade officials"),
                indirect("the board's opposition to the levy", "reaffirmed",
                    "A meeting of farm agencies", "A meeting of farm agencies"))),
        new Report("X told N CONTENT, but acknowledged CONTENT, the X said.: a claim nested in "
            + "the inner content ends with it", REUTERS,
            "Hale has told farm leaders the plan would work, but acknowledged the levy could "
                + "rise, the U.S. Grain Board said.",
            List.of(indirect("Hale has told farm leaders the plan would work, but acknowledged "
                    + "the levy could rise", "said", "the U.S. Grain Board",
                    "U.S. Grain Board"),
                indirect("the plan would work, but acknowledged the levy could rise",
                    "told farm leaders", "Hale", "Hale"),
                indirect("the levy could rise", "acknowledged", "Hale", "Hale"))),
        new Report("CONTENT, the N of a N that VERBs the Ns said.: a relative that after a "
            + "person's noun, its verb in the present", REUTERS,
            "Growers and millers agreed on a price, the head of a farm board that manages the "
                + "grain stores said.",
            List.of(indirect("Growers and millers agreed on a price", "said",
                "the head of a farm board", "the head of a farm board"))),
        new Report("CONTENT, a N for the N and N group said.: words joined by and after the "
            + "preposition of a noun of people", REUTERS,
            "The ferries will sail again on Monday, a spokeswoman for the ferry and barge union "
                + "said.",
            List.of(indirect("The ferries will sail again on Monday", "said",
                "a spokeswoman for the ferry and barge union",
                "a spokeswoman for the ferry and barge union"))),
        new Report("CONTENT, an N of N and N Ns said.: the same without a determiner", REUTERS,
            "Grain stocks will fall, an analyst of weather and crop markets said.",
            List.of(indirect("Grain stocks will fall", "said",
                "an analyst of weather and crop markets",
                "an analyst of weather and crop markets"))),
        new Report("CONTENT, a X N PARTICIPLE the Ns said.: a participle in -ing and its object "
            + "after a noun of people", REUTERS,
            "The levy will stay, a Dunmore official advising the growers said.",
            List.of(indirect("The levy will stay", "said",
                "a Dunmore official advising the growers",
                "a Dunmore official advising the growers"))),
        new Report("CONTENT, X Ns PARTICIPLE him said.: a pronoun the participle's object",
            REUTERS,
            "The minister is in Harwick to discuss grain prices, Dunmore officials accompanying "
                + "him said.",
            List.of(indirect("The minister is in Harwick to discuss grain prices", "said",
                "Dunmore officials accompanying him", "Dunmore officials accompanying him"))),
        new Report("CONTENT, a N close to her said.: a pronoun the preposition's object", AP,
            "Reyes will rethink her approach, a source close to her said.",
            List.of(indirect("Reyes will rethink her approach", "said", "a source close to her",
                "a source close to her"))),
        new Report("Ns PARTICIPLE a N with TITLE NAME called on CONTENT: the name is the "
            + "object's, not the subject's", REUTERS,
            "Harwick farm leaders attending a meeting with President Ana Reyes called on the "
                + "government to cut the levy.",
            List.of(indirect("the government to cut the levy", "called on",
                "Harwick farm leaders attending a meeting with President Ana Reyes",
                "Harwick farm leaders attending a meeting with President Ana Reyes"))),
        new Report("X was N pct in YEAR and ADJ Ns say CONTENT: a share is no noun of people",
            REUTERS,
            "The jobless rate was 6.4 pct in 2029 and local forecasters say it will be 5 pct in "
                + "2031.",
            List.of(indirect("it will be 5 pct in 2031", "say", "local forecasters",
                "local forecasters"))),
        new Report("CONTENT, PLACE N and N minister NAME said.: a name before the words joined "
            + "by and", REUTERS,
            "The pipeline will reopen in June, Dunmore mines and energy minister Tomas Okafor "
                + "said.",
            List.of(indirect("The pipeline will reopen in June", "said",
                "Dunmore mines and energy minister Tomas Okafor", "Tomas Okafor"))),
        new Report("CONTENT, NAME, N to TITLE NAME said.: a role with no determiner, its closing "
            + "comma left out", REUTERS,
            "Congress may look at the loan, Tomas Okafor, aide to Sen. Ana Reyes said.",
            List.of(indirect("Congress may look at the loan", "said", "Tomas Okafor",
                "Tomas Okafor"))),
        new Report("NAME, ADJ N N at the X said, \"QUOTE\": the same before a quotation", REUTERS,
            "Tomas Okafor, senior fellow at the Dunmore-based Harwick Grain Institute said, "
                + "\"The levy has few friends in the valley.\"",
            List.of(direct("The levy has few friends in the valley.", "said",
                "Tomas Okafor", "Tomas Okafor"))),
        new Report("CONTENT, NAME, the N of X said.: a name and its apposition without the "
            + "closing comma after the content", REUTERS,
            "Coffee output may fall this year, Tomas Reyes, the chairman of the Harwick Growers "
                + "Union said.",
            List.of(indirect("Coffee output may fall this year", "said", "Tomas Reyes",
                "Tomas Reyes"))),
        new Report("X, PARTICIPLE by NAME, said CONTENT: an aside on what another did names no "
            + "subject", REUTERS,
            "The bank, sold by Harwick Corp last year, said its profit fell.",
            List.of(indirect("its profit fell", "said", "The bank", "The bank"))),
        new Report("Ns, including NAME, said CONTENT: the group speaks, not the one it includes",
            AP,
            "Several growers, including Tomas Reyes, said the levy was unfair.",
            List.of(indirect("the levy was unfair", "said", "Several growers",
                "Several growers"))),
        new Report("X bought Y Inc, which said CONTENT: the organisation a which stands for",
            REUTERS,
            "Harwick bought Dunmore Inc, which said it would keep its staff.",
            List.of(indirect("it would keep its staff", "said", "which", "Dunmore Inc"))),
        new Report("X put out a N which said CONTENT: a text a which stands for", REUTERS,
            "The mill put out a statement which said the strike was over.",
            List.of(indirect("the strike was over", "said", "which", "a statement"))),
        new Report("X was VERBing on a N which said CONTENT: the object of a preposition",
            REUTERS,
            "Ortiz was commenting on a statement which said the strike was over.",
            List.of(indirect("the strike was over", "said", "which", "a statement"))),
        new Report("X cited a N that said CONTENT: a text a relative that stands for", AP,
            "Hale cited a study that said rents would rise.",
            List.of(indirect("rents would rise", "said", "that", "a study"))),
        new Report("A N released by X after a N of Y said CONTENT: a time inside the subject "
            + "after a text's participle", REUTERS,
            "A statement released by Reyes after a meeting of the board said growth would slow.",
            List.of(indirect("growth would slow", "said", "A statement", "A statement"))),
        new Report("A N released after N said CONTENT: a time right after the participle",
            REUTERS,
            "A farm report released after trading said cattle numbers were high.",
            List.of(indirect("cattle numbers were high", "said", "A farm report",
                "A farm report"))),
        new Report("A N VERBing in X wept after a N accused CONTENT: a clause after after keeps "
            + "its subject where no text is put out", AP,
            "A widow living in Dunmore wept after a farmer accused her of theft.",
            List.of(indirect("her of theft", "accused", "a farmer", "a farmer"))),
        new Report("CONTENT, U.S. and X officials said.: initials before and", REUTERS,
            "The levy will go, U.S. and Dunmore officials said.",
            List.of(indirect("The levy will go", "said", "U.S. and Dunmore officials",
                "U.S. and Dunmore officials"))),
        new Report("But the N and N Ns have said CONTENT: a but before the words joined by and",
            REUTERS,
            "But the wool and cotton growers have said the new levy would hurt small farms.",
            List.of(indirect("the new levy would hurt small farms", "said",
                "the wool and cotton growers", "the wool and cotton growers"))),
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
   * A quotation that ends its sentence ({@code ... "a circus."}) leaves the next sentence its own
   * content where a clause follows the cue; where none does, the attribution is the quotation's,
   * as copy sometimes puts a period for its comma.
   */
  @Test
  void sentenceAfterAQuotationWithItsOwnClauseReportsThatClause() {
    Article own = parse(AP,
        "Rivals call the fair \"a circus.\" She says the event is a waste of money.");
    Article typo = parse(XINHUA, "\"We will win.\" Wekesa said in an interview with reporters.");

    assertThat(said(own)).extracting(Said::kind, Said::content, Said::mention)
        .contains(tuple(QuoteKind.INDIRECT, "the event is a waste of money", "She"));
    assertThat(said(typo)).containsExactly(
        direct("We will win.", "said", "Wekesa", "Wekesa"));
  }

  /**
   * The words after a participle at the head of a sentence, a source and its cue among them, are
   * no content of the participle, though no comma ends them.
   */
  @Test
  void participleBeforeASourceAndItsCueReportsNothing() {
    Article article = parse(REUTERS,
        "Commenting on the debt Reyes said, \"We will pay the levy.\"");

    assertThat(said(article)).extracting(Said::cue, Said::content)
        .containsExactly(tuple("said", "We will pay the levy."));
  }

  /**
   * A long adverbial after {@code said} ends the clause only where it holds no verb: here the
   * words after it are what was said, not the adverb before the subject.
   */
  @Test
  void longAdverbialThatHoldsAClauseSaysNotWhatStandsBefore() {
    Article article = parse(REUTERS,
        "However, Reyes said in an address to the Dunmore Grain Growers Council on Monday "
            + "the planting estimate had been cut.");

    assertThat(said(article)).extracting(Said::content).isNotEmpty().doesNotContain("However");
  }

  /**
   * An adverbial set off after a relative clause gives its antecedent as the subject only before
   * a verb that reports speech, not before a participle that names a thing.
   */
  @Test
  void adverbialAfterARelativeClauseGivesNoSubjectToANamingParticiple() {
    Article article = parse(AP,
        "Boasting 9,000 growers who farm the valley, with its seat in Dunmore, called the "
            + "\"Garden of the North\" by its people, the county backs Hale.");

    assertThat(said(article)).extracting(Said::mention).doesNotContain("9,000 growers");
  }

  /** Names joined by {@code and} still end a content before a verb that reports speech. */
  @Test
  void namesJoinedByAndEndTheContentBeforeAVerbOfSpeech() {
    Article article = parse(REUTERS,
        "Li said he met Reyes and Okafor told reporters the deal was done.");

    assertThat(said(article)).extracting(Said::content).contains("he met Reyes");
  }

  /**
   * A clause in {@code -ing} set off after the subject, its closing comma left out, is no
   * subject, though a participle after a noun of people inside it describes that noun.
   */
  @Test
  void clauseInIngAfterTheSubjectIsNoSubject() {
    Article article = parse(REUTERS,
        "The council, bringing together ministers and millers of 12 countries representing the "
            + "growers said in a note it \"backs the levy in full.\"");

    assertThat(said(article)).extracting(Said::mention).containsOnly("The council");
  }

  /**
   * A cue with an object of its own at the end of a sentence reports nothing before it, though
   * a quotation ends right before its source.
   */
  @Test
  void cueWithItsOwnObjectAtTheEndReportsNothingBeforeIt() {
    Article article = parse(AP,
        "After Hale announced his candidacy with a speech that called farmers \"idle\" and "
            + "\"lazy\", actress Ana Reyes wrote a blog against him.");

    assertThat(said(article)).extracting(Said::content).noneMatch(c -> c.startsWith("After"));
  }

  /** A phrase that opens the sentence after a preposition is no subject of its verb. */
  @Test
  void statementInAnOpeningAdverbialIsNoSource() {
    Article article = parse(XINHUA,
        "In a notice on city television the council said the bridge would close at noon.");

    assertThat(said(article)).extracting(Said::mention)
        .noneMatch(mention -> mention != null && mention.contains("notice"));
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
      "President Maria Castell urged Congress to pass the bill before the holiday.|urged",
      "Secretary-General Pieter Aalders called on both sides to pass the bill before the "
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
   * whose subject is what is spoken of and not who speaks (a request in the passive included, in
   * copy most often a formality: {@code are to be asked to back}), a thing won or taken ({@code
   * claimed the title}, {@code claimed 20 lives}), a loss or a dismissal ({@code wrote off}), a
   * thing kept ({@code maintained its lead}, {@code maintained an embarrassed silence}), a thing
   * not told ({@code did not disclose the price}), a question left open ({@code did not say when}),
   * a verb whose subject names no one ({@code Neither party revealed}, {@code No group
   * has claimed}),
   * {@code according to} a measure or a standard, which says how something is done, not who says
   * it, a participle that qualifies a noun ({@code The following proposed offerings}, {@code the
   * newly reported outbreak}, {@code pledged delegates}), a plan or a forecast that {@code calls
   * for} what it provides or foresees, and a noun spelled as a cue before a relative clause
   * ({@code Great Plains states that have lost farms}).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Brandt reported from Lagos.",
      "The minister said in a letter to the board and to the prime minister's office.",
      "The chairman said in an interview during his trip to Oslo to meet investors.",
      "He was called the \"Wolf of Tarrin\" by his troops.",
      "Thirty-two people have been confirmed missing after the flood.",
      "Four climbers were reported killed in the avalanche.",
      "The plan was announced on Monday by the ministry.",
      "Bondholders are to be asked to back the swap in March.",
      "The flood claimed 20 lives in the valley.",
      "Hale did not say when the plant would reopen.",
      "Harlow would not say what the mill had cost.",
      "The firm did not disclose the price of the mill.",
      "Neither party revealed the terms of the deal.",
      "No group has claimed responsibility for the fire at the depot.",
      "Hale didn't mention the levy by name.",
      "Hale claimed the title in the 100 meters on Sunday.",
      "A fire started in the mine on Monday, claiming 34 lives.",
      "The firm wrote off 40 mln dlrs of costs.",
      "Labour maintained its lead in the polls.",
      "The envoys maintained an embarrassed silence after the vote.",
      "The bank maintains a quota on loans to builders.",
      "Pundits wrote the team off after the defeat.",
      "The trains ran according to plan.",
      "The launch went ahead, according to schedule.",
      "Prices are set according to market conditions.",
      "Bonds are graded according to their quality.",
      "Councillors were chosen according to lists compiled by the unions.",
      "The court ruled according to which the fine stands.",
      "The following proposed bond offerings were lodged last week with the regulator.",
      "The newly reported outbreak in the valley has ended.",
      "Rates under the previously announced plan stay the same.",
      "Reyes now holds some 310 pledged delegates in the race.",
      "The mill could close, a move urged by lawmakers.",
      "The plan calls for cuts in spending over three years.",
      "The median forecast called for a 4.5 pct rise in factory orders.",
      "Turnout was high in Kansas and Nebraska, Great Plains states that have lost farms.",
      "The analyst declined to comment on a Harwick Times report that the mill would close.",
      "Tom Hale put it to a vote on Monday.",
      "Prices fell again, as Hale put it in a note to staff.",
      "Rail freight could pay for the port, as Hale proposes."})
  void cueThatReportsNoWordsIsNoQuote(String paragraph) {
    Article article = parse(REUTERS, paragraph);

    assertThat(article.quotes()).isEmpty();
  }

  /**
   * An opening adverbial that no comma ends gives its subject only where a word tells where the
   * subject starts: not after a time that a clause qualifies ({@code At the moment X announced
   * ..., Y was}), nor where the adverbial runs on to the cue ({@code In a note on X said}), nor
   * after {@code between}, whose names may run on into the subject's.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "At the moment Reyes announced her plan, Hale was holding a meeting.",
      "In a note on Harwick said the award was large.",
      "Following talks here between Okafan and Harlovian officials Reyes told reporters the talks "
          + "went well."})
  void openingAdverbialWithoutAWordThatEndsItGivesNoSource(String paragraph) {
    Article article = parse(REUTERS, paragraph);

    assertThat(article.quotes()).isEmpty();
  }

  /** A place's apposition after the means of a source after its content is no content. */
  @Test
  void placeAppositionAfterTheMeansIsNoContent() {
    Article article = parse(REUTERS,
        "Talks ended Saturday, a Harwick spokesman said by telephone from Dunmore, site of the "
            + "talks.");

    assertThat(said(article)).extracting(Said::content).isNotEmpty()
        .noneMatch(content -> content.equals("site of the talks"));
  }

  /** An idiom with {@code no} before a name negates nothing: the name's report stands. */
  @Test
  void nameAfterAnIdiomWithNoStillReports() {
    Article article = parse(AP, "No wonder Hale said the vote was rigged.");

    assertThat(article.quotes()).extracting(quote -> quote.content().text())
        .containsExactly("the vote was rigged");
    assertThat(article.speakers()).extracting(Speaker::name).containsExactly("Hale");
  }

  /**
   * Where no source can be read for a cue, no quote rather than a wrong one: not a clause after
   * the cue read as its source ({@code said its export sales fell}), nor the text before a stray
   * comma read as a subject where it holds a verb, nor {@code said to be} as a report, nor an
   * adverbial after a relative pronoun ({@code which for the fifth year running has called}),
   * nor a verb's object that is a share ({@code owns 41 pct of X said}), nor a quantifier that
   * is a noun's determiner ({@code Many parts ... have been redesigned, adding}), nor words after
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
   * responded by blocking}), nor a source after {@code according to} that runs past the longest
   * phrase into a clause ({@code the authorities will raise}), nor words joined by {@code and}
   * after a word that opens a clause ({@code when a strong yen and rising freight costs}), nor
   * the antecedent of a {@code which} that a phrase without its determiner or a provision makes
   * ({@code last year's ... report}, {@code the plan, which said}).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Marchetti, said to be on leave, was not available for comment.",
      "The unit <Wexford Tiles Ltd>, said its export sales fell.",
      "Sales rose; the company earned record profits, said on Monday.",
      "Prices rose sharply in the afternoon, Ferrante, said last week the deadline would hold.",
      "The Commission, which for the fifth year running has called for limits on fishing "
          + "quotas, faces protests.",
      "The company, which owns 41 pct of Harwell Foods Plc said it named a new chief.",
      "Many parts of the engine have been redesigned, adding new sensors.",
      "Prices fell, said Li in March the firm would close.",
      "Sales fell, said the company reported in a statement there.",
      "The tariffs, announced by Secretary of State Helen Marsh in Ottawa on "
          + "Tuesday, took effect.",
      "Voters who said the economy was weak stayed home.",
      "Officials turned away migrants who had not declared their income.",
      "Shares went to investor groups who responded to the sale notice.",
      "The vote was watched by monitors who only observed the booths.",
      "The minister reminded the tenants who complain about the rent that it is the council "
          + "that pays for repairs.",
      "The union's leaders, angry at cuts imposed by the board, walked out and said talks had "
          + "failed.",
      "The board of Acme Corp, which Smith founded, met and said talks had failed.",
      "Police responded by blocking the gates.",
      "According to the statement the local authorities will soon raise the fishing quarrels "
          + "with the European Commission, and ask an envoy to visit the harbours.",
      "Delegates of the IJB (International Jute Board) are planning to leave, but "
          + "will ask an envoy to attend the talks.",
      "Despite pledges in the spring that fares would drop, the airline raised them.",
      "Having announced that he would run, the senator left the race.",
      "The senator backed the bill, but two weeks later argued that Congress should delay it.",
      "Forecasts that the currency may weaken add to pressure for a rate cut.",
      "The archive scanned the files in batches, a task that ran through May and concluded "
          + "Friday.",
      "The firm will raise its capital by adding new shares.",
      "Rainfall is scant, with only 30 pct of the districts reporting a full inch of rain.",
      "By saying that the plan would fail, the senator angered his party.",
      "The expansion will add 140 jobs at the mill.",
      "The rules of the league \u2014 Rule 12 as amended \u2014 add another step to the draft.",
      "Exports slowed when a strong yen and rising freight costs underscored the fears of "
          + "shippers.",
      "His remark echoed last year's Harwick Bank report on Dunmore, which said the levy would "
          + "hurt.",
      "The panel backed the plan, which said prices would rise."})
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
        "Exports rose 4 percent according to industry estimates, or 6 percent, according to "
            + "customs figures, the ministry said.");

    assertThat(said(article)).extracting(Said::content, Said::speaker).containsExactly(
        tuple("Exports rose 4 percent", "industry estimates"),
        tuple("Exports rose 4 percent according to industry estimates, or 6 percent, according "
            + "to customs figures", "the ministry"),
        tuple("or 6 percent", "customs figures"));
  }

  @Test
  void participleAfterAFinalAttributionIsASecondQuoteOfTheSameSpeaker() {
    Article article = parse(XINHUA,
        "The plan will fail, Premier Chen Haoran said on Friday, stressing that nobody had "
            + "listened.");

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker).containsExactly(
        tuple("The plan will fail", "said", "Chen Haoran"),
        tuple("nobody had listened", "stressing", "Chen Haoran"));
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
        "Premier Chen Haoran said on Friday the plan would fail, adding that nobody had listened.");

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker).containsExactly(
        tuple("the plan would fail", "said", "Chen Haoran"),
        tuple("nobody had listened", "adding", "Chen Haoran"));
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
  @CsvSource(delimiter = '|', value = {
      "Mayor Ana Reyes went on to say the bridge would reopen in May. | say",
      "Mayor Ana Reyes then went on to explain the bridge would reopen in May. | explain",
      "Mayor Ana Reyes has continued to insist the bridge would reopen in May. | insist",
      "Mayor Ana Reyes continues to warn that the bridge would reopen in May. | warn",
      "Mayor Ana Reyes is continuing to insist the bridge would reopen in May. | insist",
      "Mayor Ana Reyes will go on to announce that the bridge would reopen in May. | announce"})
  void infinitiveAfterAVerbOfGoingOnReportsForItsSubject(String paragraph, String cue) {
    Article article = parse(AP, paragraph);

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker).containsExactly(
        tuple("the bridge would reopen in May", cue, "Ana Reyes"));
  }

  /** A participle's agent after a time is no source read as a role and a name. */
  @Test
  void agentOfAParticipleAfterATimeIsNoSource() {
    Article article = parse(REUTERS,
        "Ortiz said the June increase, reported today by the Harlow Statistics Institute, was "
            + "acceptable.");

    assertThat(said(article)).extracting(Said::speaker).containsOnly("Ortiz");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mayor Ana Reyes has said for years that the bridge would reopen in May. | said",
      "Mayor Ana Reyes warned for the second time that the bridge would reopen in May. | warned"})
  void howLongOrHowOftenBeforeThatIsNoPartOfTheContent(String paragraph, String cue) {
    Article article = parse(AP, paragraph);

    assertThat(said(article)).extracting(Said::content, Said::cue).containsExactly(
        tuple("the bridge would reopen in May", cue));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Asked if the bridge should reopen, 72 percent said yes while 20 percent disagreed.",
      "Asked if the bridge should reopen, 72 percent said yes, and the council agreed."})
  void answerOfYesOrNoEndsAtTheWord(String paragraph) {
    Article article = parse(AP, paragraph);

    assertThat(said(article)).extracting(Said::content, Said::cue)
        .contains(tuple("yes", "said"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "After the flood, Mayor Ana Reyes said of 11 bridges in the county, eight had been"
          + " repaired. | of 11 bridges in the county, eight had been repaired",
      "After the flood, Mayor Ana Reyes said of the 40 bridges only eight had been repaired."
          + " | of the 40 bridges only eight had been repaired"})
  void ofBeforeAPartOfWhatFollowsOpensTheContent(String paragraph, String content) {
    Article article = parse(AP, paragraph);

    assertThat(said(article)).extracting(Said::content).containsExactly(content);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mayor Ana Reyes spoke at noon. She claims the bridge will reopen in May. | claims",
      "Mayor Ana Reyes spoke at noon. She forecast the bridge will reopen in May. | forecast",
      "Mayor Ana Reyes, who warns the bridge will reopen in May, spoke at noon. | warns"})
  void wordThatMayBeANounIsAVerbAfterASubjectPronoun(String paragraph, String cue) {
    Article article = parse(AP, paragraph);

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker).containsExactly(
        tuple("the bridge will reopen in May", cue, "Ana Reyes"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Her claims the bridge will reopen in May were doubted.",
      "The town calls for a new bridge grew louder in May."})
  void wordThatMayBeANounAfterAnythingElseReportsOnlyAClause(String paragraph) {
    Article article = parse(AP, paragraph);

    assertThat(article.quotes()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mayor Ana Reyes is saying the bridge would reopen in May. | saying",
      "Mayor Ana Reyes has been warning that the bridge would reopen in May. | warning",
      "Mayor Ana Reyes is also stressing that the bridge would reopen in May. | stressing",
      "Mayor Ana Reyes was quietly predicting the bridge would reopen in May. | predicting"})
  void progressiveReportsForItsSubject(String paragraph, String cue) {
    Article article = parse(AP, paragraph);

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker).containsExactly(
        tuple("the bridge would reopen in May", cue, "Ana Reyes"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "He's saying the bridge would reopen in May. | saying",
      "He's predicting that the bridge would reopen in May. | predicting",
      "He's said the bridge would reopen in May. | said"})
  void pronounContractedWithItsAuxiliaryIsTheSubject(String sentence, String cue) {
    Article article = parse(AP,
        "Mayor Ana Reyes said the town was ready. " + sentence);

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::mention, Said::speaker)
        .contains(tuple("the bridge would reopen in May", cue, "He", "Ana Reyes"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mayor Ana Reyes is ill. She's said to be resting at home.",
      "Mayor Ana Reyes is away. It's said the bridge would reopen in May.",
      "Mayor Ana Reyes and Tom Hale are away. They're said to be resting at home."})
  void pastFormAfterAContractedBeIsAPassive(String paragraph) {
    Article article = parse(AP, paragraph);

    assertThat(article.quotes()).isEmpty();
  }

  @Test
  void progressiveThatIsTheSubjectOfIsReportsNothingOfItsOwn() {
    Article article = parse(AP,
        "All we're asking is that the bridge reopen in May, Mayor Ana Reyes said.");

    assertThat(said(article)).extracting(Said::cue, Said::speaker)
        .containsExactly(tuple("said", "Ana Reyes"));
  }

  @Test
  void progressiveCallForReportsWhatIsCalledFor() {
    Article article = parse(AP, "Mayor Ana Reyes is calling for the town to repair the bridge.");

    assertThat(said(article)).extracting(Said::content, Said::cue, Said::speaker).containsExactly(
        tuple("the town to repair the bridge", "calling for", "Ana Reyes"));
  }

  @Test
  void progressiveBeforeAPrepositionTellsWhatTheSubjectWasBusyWith() {
    Article article = parse(AP,
        "Officials were commenting after reports that the bridge would close.");

    assertThat(said(article)).extracting(Said::cue).doesNotContain("commenting");
  }

  @Test
  void progressiveLeavingAQuestionOpenSaysNothing() {
    Article article = parse(AP, "Mayor Ana Reyes is not saying when the bridge will reopen.");

    assertThat(article.quotes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mayor Ana Reyes wants to say the bridge would reopen in May.",
      "Mayor Ana Reyes declined to say whether the bridge would reopen in May.",
      "Mayor Ana Reyes went on to write novels about the bridge and the town.",
      "Continuing to insist on repairs, the council closed the bridge in May."})
  void infinitiveAfterAnyOtherVerbReportsNothing(String paragraph) {
    Article article = parse(AP, paragraph);

    assertThat(article.quotes()).isEmpty();
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
