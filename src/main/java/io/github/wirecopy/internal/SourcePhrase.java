package io.github.wirecopy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A noun phrase that names the source of a quote ({@code Foreign Ministry spokesman Zhao Ming},
 * {@code the spokesman}, {@code he}), read into the parts speaker resolution needs: the name and
 * title where there is a name, the head noun of a description, the pronoun.
 */
final class SourcePhrase {

  enum Type { NAME, DESCRIPTION, PRONOUN }

  /** What a pronoun may refer to, and what a source is. */
  enum Sort { PERSON, GROUP, THING }

  static final FoldedWords PRONOUNS = FoldedWords.of("he", "she", "they", "it", "we", "i", "you");

  /** The most tokens inside brackets that a phrase passes over as an aside: {@code (R-N.Y.)}. */
  private static final int MAX_ASIDE_TOKENS = 6;

  /** Words of titles and offices; a name is the capitalized words after the last of them. */
  static final FoldedWords TITLE_WORDS = FoldedWords.of(
      "president", "vice", "prime", "minister", "secretary", "general", "spokesman",
      "spokeswoman", "spokesperson", "senator", "sen", "rep", "representative", "gov",
      "governor", "mayor", "chairman", "chairwoman", "chair", "director", "chief", "executive",
      "officer", "ceo", "head", "leader", "premier", "chancellor", "king", "queen", "prince",
      "princess", "ambassador", "envoy", "judge", "justice", "attorney", "commissioner", "deputy",
      "assistant", "undersecretary", "state", "speaker", "mr", "mrs", "ms", "miss", "dr", "prof",
      "professor", "gen", "col", "lt", "maj", "capt", "adm", "sgt", "rev", "pope", "sheikh",
      "counselor", "adviser", "advisor", "candidate", "nominee", "lawmaker", "congressman",
      "congresswoman", "councilman", "councilwoman", "councillor", "councilor", "legislator",
      "mp", "sheriff", "commander", "colonel",
      "captain", "major", "lieutenant", "sergeant", "admiral", "manager", "underwriter", "analyst",
      "economist",
      "official", "officials", "member", "founder", "owner", "president-elect", "dean",
      "coach", "pastor", "bishop", "cardinal", "rabbi", "imam", "emperor", "sultan",
      "emir", "crown", "first", "lady", "former", "senior", "acting", "democratic",
      "republican", "democrat", "spokesmen", "strategist", "pollster", "chairperson", "treasurer",
      "whip",
      "majority", "minority", "house", "senate", "foreign", "defense", "defence", "finance",
      "interior", "trade", "commerce", "health", "education", "labor", "labour", "exchequer");

  /** Head nouns of organisations, statements and documents: sources that are no person. */
  static final FoldedWords THING_HEADS = FoldedWords.of(
      "ministry", "department", "office", "agency", "committee", "council", "party",
      "government", "commission", "bank", "company", "corporation", "corp", "inc", "ltd",
      "association", "union", "court", "group", "administration", "institute", "university",
      "center", "centre", "campaign", "statement", "report", "survey", "poll", "study",
      "newspaper", "times", "post", "news", "network", "xinhua", "reuters", "afp", "ap",
      "congress", "senate", "parliament", "army", "military", "embassy", "organization",
      "organisation", "federation", "board", "authority", "firm", "house", "team", "foundation",
      "fund", "service", "media", "daily", "journal", "magazine", "website", "channel", "tv",
      "radio", "letter", "document", "communique", "declaration", "memo", "release", "data",
      "figures", "analysis", "paper", "article", "editorial", "commentary", "book",
      "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "bloomberg", "kremlin", "pentagon", "white",
      "resolution", "plan", "bill", "law", "order", "ruling", "verdict", "filing", "lawsuit",
      "complaint", "indictment", "ad", "video", "tweet", "message", "account", "blog",
      "county", "city", "state", "country", "nation", "province", "region", "school", "college",
      "police", "coalition", "alliance", "bureau", "secretariat", "cabinet", "assembly",
      "legislature", "forum", "summit", "conference", "meeting", "agreement", "treaty", "deal",
      "newsletter", "publication", "press", "television", "broadcaster", "chamber", "chambers",
      // Legal forms as heads too, for a name whose form copy writes in lower case: "Harlow
      // Soup co said".
      "co", "cos", "plc", "ag", "sa", "nv", "gmbh", "spa", "llc", "bv");

  /**
   * Words that end the names of companies and institutions, besides {@link #THING_HEADS}: common
   * nouns or words of titles, so that only a name ending with one is an organisation ({@code
   * Western Oil}, {@code Harlow Partners}, {@code the Fed}), not a description ({@code
   * systems used by ...}) nor a title ({@code Treasury Secretary Tom Hale}).
   */
  private static final FoldedWords COMPANY_NAME_ENDS = FoldedWords.of(
      "holdings", "industries", "systems", "technologies", "airlines", "airways", "motors",
      "bancorp", "partners", "trust", "mines", "mining", "resources", "communications",
      "electronics", "laboratories", "pharmaceuticals", "enterprises", "associates",
      "securities", "insurance", "exchange", "petroleum", "oil", "energy", "international",
      "brothers", "capital", "financial", "airline", "railway", "railways", "incorporated",
      "limited", "reserve", "treasury", "fed", "gas", "power", "electric", "steel", "chemical",
      "chemicals", "foods", "stores", "products", "ventures", "investments", "properties",
      "realty", "shipping", "lines", "mills", "textiles", "savings", "leasing", "software",
      "metals", "minerals", "cement", "telecom", "utilities", "development", "hotels", "works",
      "mint", "weekly", "reports", "states", "services", "project", "programme", "program",
      "society", "league", "movement", "front", "brigades", "academy", "hospital", "museum",
      "mission", "division");

  /** The legal forms that end a company's name: {@code Marlow Co}, {@code Brenner AG}. */
  static final FoldedWords LEGAL_FORMS = FoldedWords.of(
      "co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "ag",
      "sa", "nv", "gmbh", "spa", "llc", "bv", "lp", "l.p", "kgaa", "kk", "oy", "oyj", "bhd",
      "pty");

  /**
   * Nouns that, heading a description, name an organisation or a writing that {@link
   * #THING_HEADS} does not hold: {@code the airline said ... It said}. Not names' ends, as some
   * are surnames.
   */
  private static final FoldedWords ORGANISATION_NOUNS = FoldedWords.of(
      "airline", "carrier", "utility", "lender", "insurer", "retailer", "refinery",
      "brokerage", "subsidiary", "unit", "affiliate", "division", "exchange", "treasury",
      "bulletin", "circular", "mint", "railway", "automaker", "carmaker", "maker",
      "manufacturer", "conglomerate", "concern", "partnership", "trust", "weekly", "project");

  /**
   * Plurals and other heads of accounts that {@link #THING_HEADS} does not hold: {@code press
   * reports said}, {@code according to official estimates}.
   */
  static final FoldedWords INFORMATION_HEADS = FoldedWords.of(
      "reports", "statements", "surveys", "polls", "studies", "estimates", "estimate", "count",
      "tally", "results", "records", "documents", "papers", "filings", "projections",
      "forecasts", "calculations", "statistics", "newspapers", "census", "newsagency",
      "findings", "accounts");

  /** Heads of writings that name their author after {@code by}: {@code a report by ...}. */
  private static final FoldedWords AUTHORED_HEADS = FoldedWords.of(
      "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "statement",
      "analysis", "article", "editorial", "commentary", "letter", "memo", "paper", "review");

  /** Verbs after which a name in the possessive names a company: {@code Moody's said}. */
  private static final FoldedWords COMPANY_VERBS = FoldedWords.of(
      "said", "says", "told", "added", "reported", "announced", "stated", "noted");

  /**
   * Words that may stand between a company's name in {@code 's} and its verb: {@code Moody's
   * also said}, {@code Harlow's has said}; not {@code earlier} or {@code previously}, after which
   * the verb is an adjective ({@code Harlow's earlier announced sale}).
   */
  private static final FoldedWords BEFORE_COMPANY_VERBS = FoldedWords.of(
      "also", "later", "separately", "has", "had");

  /** Plural heads that take {@code they}. */
  static final FoldedWords GROUP_HEADS = FoldedWords.of(
      "officials", "sources", "analysts", "experts", "police", "authorities", "residents",
      "witnesses", "critics", "lawmakers", "democrats", "republicans", "voters", "people",
      "observers", "investors", "traders", "economists", "researchers", "scientists", "doctors",
      "organizers", "prosecutors", "investigators", "leaders", "members", "aides", "advisers",
      "advisors", "supporters", "opponents", "activists", "diplomats", "ministers", "delegates",
      "participants", "executives", "representatives", "spokesmen", "candidates", "protesters",
      "students", "workers", "parents", "teachers", "citizens", "officers", "soldiers",
      "reporters", "journalists", "conservatives", "liberals", "pollsters", "strategists",
      "insiders", "senators", "crowd", "audience", "crowds", "audiences", "governors", "mayors",
      "others", "some", "many", "both", "all", "several", "most", "few", "dealers",
      "bankers", "brokers", "percent",
      "half", "majority", "majorities", "third", "thirds", "quarter", "plurality", "respondents",
      "independents", "evangelicals", "women", "men", "americans", "families", "monitors",
      "firms", "companies", "banks", "agencies", "ministries", "governments", "parties",
      "unions", "associations", "organizations", "organisations", "institutions", "embassies",
      "countries", "nations", "staff", "staffers", "medics", "paramedics", "pct", "advocates",
      "employees", "allies", "colleagues", "friends", "relatives", "neighbors", "neighbours",
      "veterans", "rebels", "troops", "judges", "attorneys", "scholars", "fans", "victims",
      "nurses", "guards", "pilots", "rivals", "retirees", "delegations", "forces", "stations",
      "networks", "outlets", "societies", "locals", "eyewitnesses", "pundits");

  /** Shares of people, sources when a number opens them: {@code 47 pct said}. */
  static final FoldedWords SHARES = FoldedWords.of("percent", "pct");

  private static final String[] SHARE_BOUND_WORDS = {
      "about", "nearly", "almost", "only", "around", "roughly", "just", "over", "under", "fully",
      "least"};

  /** Words that open a share before its number: {@code nearly 60 percent}, {@code (at) least 5}. */
  private static final FoldedWords SHARE_BOUNDS = FoldedWords.of(SHARE_BOUND_WORDS);

  /** Nouns of a quantity after {@code a}, which words may bound: {@code about a dozen}. */
  private static final FoldedWords QUANTITY_NOUNS = FoldedWords.of(
      "dozen", "handful", "third", "thirds", "quarter", "half", "majority", "plurality",
      "fraction");

  private static final String[] NUMBER_WORD_LIST = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety", "hundred"};

  /** Numbers in words, which open shares: {@code Seventy-four percent}. */
  private static final FoldedWords NUMBER_WORDS = FoldedWords.of(NUMBER_WORD_LIST);

  /**
   * The words that a share, a percentage or a quantity may open with ({@link
   * #shareBoundsStart}), but for numbers in digits or joined by hyphens: numbers in words, the
   * words that bound them, {@code at}, the words of a comparison, and {@code a}. One look-up
   * turns most words away before the several that reading a share takes; it runs at every
   * subject.
   */
  private static final FoldedWords SHARE_OPENERS = FoldedWords.of(Stream.of(
      Arrays.stream(NUMBER_WORD_LIST), Arrays.stream(SHARE_BOUND_WORDS),
      Stream.of("at", "more", "less", "fewer", "a")).flatMap(words -> words)
      .toArray(String[]::new));

  /** Prepositions and relatives that end a noun phrase: {@code the head of}, {@code Li, who}. */
  private static final FoldedWords PREPOSITIONS = FoldedWords.of(
      "of", "for", "at", "from", "with", "in", "on", "to", "near", "who", "which", "that");

  /** Prepositions that say where the people a quantifier counts are: {@code Many in the crowd}. */
  private static final FoldedWords MEMBERS_WHERE = FoldedWords.of("in", "at", "on");

  /**
   * Quantifiers that count people by where they are ({@link #MEMBERS_WHERE}); not {@code all}
   * nor {@code both}, which more often stand in an aside ({@code both in the north}).
   */
  private static final FoldedWords MEMBERS_COUNTED = FoldedWords.of(
      "many", "most", "some", "several", "few", "those");

  /**
   * Prepositions inside an organisation's name, after the word that makes it one: {@code Bank of
   * England}, {@code Center for Rural Studies}.
   */
  private static final FoldedWords NAME_JOINERS = FoldedWords.of("of", "for");

  /**
   * Words of {@link #TITLE_WORDS} that name what an office deals with, and are words of an
   * organisation's name after its preposition: {@code Ministry of Foreign Affairs}, {@code
   * Department of Trade and Industry}.
   */
  private static final FoldedWords DOMAINS = FoldedWords.of(
      "foreign", "defense", "defence", "finance", "interior", "trade", "commerce", "health",
      "education", "labor", "labour", "state", "justice", "exchequer");

  /**
   * What offices deal with, besides {@link #DOMAINS}, and a few other ends of an office's or a
   * firm's name, as the last word of one before a person's name: {@code Minister of Health and
   * Population Ana Reyes}, {@code analyst for Harlow Capital Markets Ana Reyes}.
   */
  private static final FoldedWords OFFICE_NAME_ENDS = FoldedWords.of(
      "affairs", "population", "security", "industry", "agriculture", "environment", "culture",
      "information", "planning", "transport", "transportation", "communications", "tourism",
      "science", "technology", "welfare", "works", "sports", "youth", "housing", "construction",
      "economy", "personnel", "intelligence", "investigation", "staff", "states", "fisheries",
      "forestry", "mines", "justice", "treasury", "budget", "operations", "police", "energy",
      "development", "markets", "resources", "textiles", "community", "unions", "workers",
      "sciences");

  /** Days of the week, which end a name they follow: {@code Ana Reyes Monday said}. */
  static final FoldedWords WEEKDAYS = FoldedWords.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Nouns of time: a phrase with one at its head is a time, no source ({@code A few minutes}). */
  private static final FoldedWords TIME_HEADS = FoldedWords.of(
      "minute", "minutes", "hour", "hours", "moment", "moments", "day", "days", "night",
      "nights", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
      "decades", "morning", "afternoon", "evening", "time");

  /** Parts of a day, which end a time that a day opens: {@code On Friday night}. */
  static final FoldedWords DAY_PARTS = FoldedWords.of(
      "morning", "afternoon", "evening", "night");

  /** Adjectives that open a time after a source: {@code The committee last night said}. */
  static final FoldedWords TIME_ADJECTIVES = FoldedWords.of("last", "late", "early");

  private static final FoldedWords DETERMINERS = FoldedWords.of(
      "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
      "another", "one", "some", "many", "several", "two", "three", "other", "both", "all",
      "most", "each", "every", "such", "my", "your", "no", "few");

  /** Words that open a clause, never a source, when they stand first in a phrase. */
  static final FoldedWords LEADING_FUNCTION_WORDS = FoldedWords.of(
      "when", "if", "but", "and", "or", "as", "after", "before", "while", "although", "though",
      "since", "because", "in", "on", "at", "for", "with", "then", "now", "so", "yet", "also",
      "however", "meanwhile", "still", "even", "instead", "there", "here", "where", "once",
      "until", "unless", "whether", "indeed", "thus", "today", "yesterday", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday",
      // "Despite pledges that ...", "Amid fury at ...": a preposition that opens the sentence.
      "despite", "amid", "amidst", "among", "across", "during", "without", "against",
      "throughout", "beyond", "besides", "toward", "towards",
      // "Later Harlow Radio said": an adverb of the sentence with no comma after it.
      "later", "earlier", "separately", "additionally", "similarly", "likewise", "moreover",
      "furthermore", "nonetheless", "nevertheless", "finally",
      // "Asked whether ..., Okafor replied", "Having announced that he would ...", "Noting
      // port officials had told him": the participle opens a clause of its own.
      "asked", "having", "noting", "using", "comparing", "boasting", "running", "voting",
      "being");

  /** Initials that name a place or a body on their own, and often end a sentence. */
  private static final FoldedWords PLACE_INITIALS = FoldedWords.of(
      "u.s", "u.k", "u.n", "e.c", "e.u");

  /** The lower-case words inside Arabic, Dutch, German, Romance names: {@code bin}, {@code van}. */
  private static final FoldedWords NAME_PARTICLES = FoldedWords.of(
      "bin", "ibn", "bint", "abu", "al", "el", "van", "von", "der", "den", "de", "da", "del",
      "della", "di", "du", "dos", "le", "la");

  /** The object forms of the pronouns a source can be, with their subject forms. */
  private static final FoldedWords OBJECT_PRONOUNS = FoldedWords.of("him", "her", "them", "us",
      "me");

  /**
   * Words after the head noun that end the phrase of a source in an object: {@code sources close
   * to the talks}, {@code rota sheets available in the club's office}.
   */
  private static final FoldedWords AFTER_HEAD = FoldedWords.of(
      "close", "familiar", "near", "available", "based", "quoted", "cited", "privy", "loyal");

  /**
   * Heads of measures and standards: {@code according to plan}, {@code according to market
   * conditions} say how, not who. A document with a determiner may still be a source: {@code
   * according to the plan, ...}.
   */
  static final FoldedWords NORM_HEADS = FoldedWords.of(
      "plan", "plans", "schedule", "timetable", "law", "rule", "procedure", "tradition",
      "custom", "principle", "principles", "conditions", "need", "needs", "price", "prices",
      "quality", "interest", "interests", "size", "demand", "merit", "merits");

  /** Words that open a clause in an object, never a source: {@code according to which ...}. */
  private static final FoldedWords OBJECT_CLAUSE_WORDS = FoldedWords.of(
      "which", "what", "whom", "whether", "how");

  final Type type;
  /** The whole phrase, in article offsets. */
  final int start;
  final int end;
  /** The name inside the phrase (NAME only): its offsets and lower-case words. */
  final int nameStart;
  final int nameEnd;
  final List<String> nameWords;
  /** The title before the name, as written, or null. */
  final String title;
  /** The lower-case head noun of a description, or the pronoun. */
  final String head;
  final Sort sort;
  /** The words before the head noun of a description: {@code German} of {@code the German envoy}. */
  final List<String> modifiers;
  /** Where the words that describe the source stand: this phrase, or the one a {@code who} is. */
  private final int describedStart;
  private final int describedEnd;
  /**
   * Whether the name joins its words by a preposition ({@code Bank of England}, {@link
   * #joinsName}): only all of them name the source again, not {@code England} alone.
   */
  final boolean joinedName;

  private SourcePhrase(Type type, int start, int end, int nameStart, int nameEnd,
      List<String> nameWords, String title, String head, Sort sort) {
    this(type, start, end, nameStart, nameEnd, nameWords, title, head, sort, List.of(), start,
        end, false);
  }

  private SourcePhrase(Type type, int start, int end, int nameStart, int nameEnd,
      List<String> nameWords, String title, String head, Sort sort, List<String> modifiers,
      int describedStart, int describedEnd) {
    this(type, start, end, nameStart, nameEnd, nameWords, title, head, sort, modifiers,
        describedStart, describedEnd, false);
  }

  private SourcePhrase(Type type, int start, int end, int nameStart, int nameEnd,
      List<String> nameWords, String title, String head, Sort sort, List<String> modifiers,
      int describedStart, int describedEnd, boolean joinedName) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.nameWords = nameWords;
    this.title = title;
    this.head = head;
    this.sort = sort;
    this.modifiers = modifiers;
    this.describedStart = describedStart;
    this.describedEnd = describedEnd;
    this.joinedName = joinedName;
  }

  /**
   * This phrase's source, mentioned by other words at {@code [start, end)}: the {@code who} of
   * {@code Reyes, who said ...}.
   */
  SourcePhrase at(int start, int end) {
    return new SourcePhrase(type, start, end, nameStart, nameEnd, nameWords, title, head, sort,
        modifiers, describedStart, describedEnd, joinedName);
  }

  /** The words that describe the source, as written: the phrase, or what its pronoun refers to. */
  String description(String article) {
    return article.substring(describedStart, describedEnd);
  }

  /**
   * Whether a name of one word names a people or the members of a party in the plural, and so a
   * group, no person a later {@code he} may stand for: {@code Harwickians}, {@code Americans},
   * {@code Republicans}; not a surname such as {@code Evans}, too short to be one.
   */
  private static boolean namesPeople(String word) {
    return word.length() >= 7 && word.endsWith("ans");
  }

  /**
   * Reads tokens {@code [from, to)} of {@code tokens} as a source phrase, or gives null where
   * they are no noun phrase of a source.
   */
  static SourcePhrase read(ParagraphTokens tokens, int from, int to) {
    return read(tokens, from, to, false);
  }

  /**
   * {@link #read}, where with {@code anyNoun} a description needs no determiner whatever its
   * noun, as in the object of {@code according to}: it is then a thing, or a group where its
   * noun is plural, unless it names a measure ({@link #NORM_HEADS}).
   */
  private static SourcePhrase read(ParagraphTokens tokens, int from, int to, boolean anyNoun) {
    SourcePhrase phrase = read(tokens, from, to, anyNoun, true);
    if (phrase != null || to - from < 4) {
      return phrase;
    }
    // "Harlow Trust for Acme Corp shares said": where the organisation's name joined by its
    // preposition leaves no source, the phrase is read as before such names were.
    for (int t = from + 1; t < to; t++) {
      if (joinsName(tokens, t)) {
        return read(tokens, from, to, anyNoun, false);
      }
    }
    return null;
  }

  /** {@link #read}, reading names joined by a preposition ({@link #joinsName}) where {@code joins}. */
  private static SourcePhrase read(ParagraphTokens tokens, int from, int to, boolean anyNoun,
      boolean joins) {
    // Drop punctuation at the edges; not the bracket that opens a company's name in the phrase:
    // "<Harlow Industries Ltd> managing director Peter Reyes".
    while (from < to && !tokens.isWord(from)
        && !(tokens.isPunct(from, '<') && holdsPunct(tokens, from + 1, to, '>'))) {
      from++;
    }
    while (to > from && !tokens.isWord(to - 1) && !tokens.isPunct(to - 1, '.')
        && !(tokens.isPunct(to - 1, ')') && holdsPunct(tokens, from, to - 1, '('))
        && !(tokens.isPunct(to - 1, '>') && holdsPunct(tokens, from, to - 1, '<'))
        && !(tokens.kind[to - 1] == ParagraphTokens.CLOSE && tokens.partner[to - 1] >= from)) {
      // Not the bracket or the quotation mark that closes one in the phrase: "the Research
      // Service (CRS)", "The host of the TV show "Harbor Lights"".
      to--;
    }
    // "HAVANA - Cuban president ...": a dateline that opens a paragraph of a digest is no part
    // of the source.
    from = afterInnerDateline(tokens, from, to);
    // "When Hale ...", "But the spokesman ...": a conjunction or preposition opens no source.
    while (from < to && LEADING_FUNCTION_WORDS.contains(tokens, from)
        && !(tokens.is(from, "at") && tokens.is(from + 1, "least"))
        && !(tokens.is(from + 1, "and") && isInitialLetters(tokens, from)
            && isInitialLetters(tokens, from + 2))) {
      // But "At least 12 members": the bound of a number; "AT and T": a company's initials.
      from++;
    }
    // "Late last week Labour minister Anna de Vries": the source after the time; and
    // after the rest of one the subject began in, "On Monday night growers said".
    from = Math.max(from, Math.max(timeEnd(tokens, from), dateEnd(tokens, from, to)));
    if (from + 1 < to && DAY_PARTS.contains(tokens, from) && !tokens.isCapitalized(from)
        && !isPreposition(tokens, from + 1)) {
      from++;
    }
    if (from >= to) {
      return null;
    }
    int start = tokens.start[from];
    int end = tokens.end[to - 1];
    int contracted = to - from == 1 ? pronounInContraction(tokens, from) : -1;
    if (contracted > 0) {
      // "He's said", "They're saying": the pronoun before its auxiliary.
      String pronoun = tokens.lower(from).substring(0, contracted);
      return new SourcePhrase(Type.PRONOUN, start, start + contracted, -1, -1, List.of(), null,
          pronoun, pronounSort(pronoun));
    }
    if (tokens.isWord(to - 1) && tokens.endsWith(to - 1, "'s")) {
      int verb = to;
      while (verb < to + 2 && BEFORE_COMPANY_VERBS.contains(tokens, verb)) {
        verb++;
      }
      if (!COMPANY_VERBS.contains(tokens, verb) || !isCapitalizedName(tokens, from, to)) {
        // "Hale's proposed credit": a possessive is no source.
        return null;
      }
      // "Moody's said", "Standard and Poor's said": a company, named by all its words.
      List<String> words = new ArrayList<>();
      for (int t = from; t < to; t++) {
        if (tokens.isWord(t) && tokens.isCapitalized(t)) {
          words.add(stripPossessive(tokens.lower(t)));
        }
      }
      return new SourcePhrase(Type.NAME, start, end, start, end, List.copyOf(words), null,
          words.get(words.size() - 1), Sort.THING);
    }
    if (to - from == 1 && PRONOUNS.contains(tokens, from)) {
      String pronoun = tokens.lower(from);
      return new SourcePhrase(Type.PRONOUN, start, end, -1, -1, List.of(), null, pronoun,
          pronounSort(pronoun));
    }
    int pollEnd = pollShareEnd(tokens, from, to);
    if (pollEnd > 0) {
      // "Nine in 10 said", "One in four voters in the poll said": a share of people, named by
      // the phrase, its people the noun after the numbers where one follows.
      int noun = pollEnd;
      while (noun < to && tokens.isWord(noun) && !isPreposition(tokens, noun)) {
        noun++;
      }
      String head = noun > pollEnd ? stripPossessive(tokens.lower(noun - 1)) : "share";
      // Its numbers qualify it, so that "Nine in 10 voters" is not the "16 percent of voters"
      // of the sentence before.
      int headToken = noun > pollEnd ? noun - 1 : noun;
      List<String> modifiers = new ArrayList<>(noun - from);
      for (int t = from; t < headToken; t++) {
        if (tokens.isWord(t)) {
          modifiers.add(tokens.lower(t));
        }
      }
      return new SourcePhrase(Type.DESCRIPTION, start, end, -1, -1, List.of(), null, head,
          Sort.GROUP, List.copyOf(modifiers), start, end);
    }
    int person = personAfterOffice(tokens, from, to);
    if (person >= 0) {
      // "Minister of Health and Population Ana Reyes", "Secretary of the company Ana Reyes":
      // the title holds an office's name, the person's name follows it.
      List<String> words = new ArrayList<>(to - person);
      for (int t = person; t < to; t++) {
        if (tokens.isWord(t) && tokens.end[t] - tokens.start[t] > 1) {
          words.add(stripPossessive(tokens.lower(t)));
        }
      }
      int titleEnd = person - 1;
      while (!tokens.isWord(titleEnd) && !tokens.isPunct(titleEnd, ')')) {
        titleEnd--;
      }
      String title = tokens.text.substring(tokens.start[firstNonDeterminer(tokens, from, person)],
          tokens.end[titleEnd]);
      return new SourcePhrase(Type.NAME, start, end, tokens.start[person], end,
          List.copyOf(words), title, words.get(words.size() - 1), Sort.PERSON, List.of(), start,
          end, false);
    }
    // The head part ends before the first preposition that follows a word of the phrase.
    int headEnd = to;
    for (int t = from + 1; t < to; t++) {
      int aside = bracketAsideEnd(tokens, t, to);
      if (aside > 0) {
        // "the Harlow Grain Board (HGB) chairman Ana Reyes": initials in brackets that the
        // phrase goes on after are an aside inside it.
        t = aside;
        continue;
      }
      if (tokens.isPunct(t, '(') || timeEnd(tokens, t) > 0) {
        // "the Research Service (CRS)"; "The Senate Farm Committee last night", "A
        // statement late last week": a time after the source is no part of it.
        headEnd = t;
        break;
      }
      if (isPreposition(tokens, t) && !nameRunFollows(tokens, t, to)
          && !(joins && joinsName(tokens, t))) {
        // "Sources close to the talks", "Traders familiar with ...": the adjective follows the
        // head.
        headEnd = t - 1 > from && AFTER_HEAD.contains(tokens, t - 1) ? t - 1 : t;
        break;
      }
      if (tokens.is(t, "by") && tokens.endsWith(t - 1, "ed") && !tokens.isCapitalized(t - 1)) {
        // "Economists polled by Reuters": the participle and its agent describe the head.
        headEnd = t - 1;
        break;
      }
      if (isParticipleAfterHead(tokens, t, t - 1)) {
        // "People briefed on the plans", "activists clamoring for a recount": a
        // participle and what follows it describe the head.
        headEnd = t;
        break;
      }
      if (tokens.isWord(t) && !tokens.isCapitalized(t) && tokens.endsWith(t, "ly")
          && t + 1 < to && isParticipleAfterHead(tokens, t + 1, t - 1)) {
        // "sources closely involved in the talks": an adverb before the participle.
        headEnd = t;
        break;
      }
      if (tokens.is(t, "by") && isAuthoredHead(tokens, t - 1)) {
        // "A draft report by a ministry team": the author describes the head.
        headEnd = t;
        break;
      }
    }
    // The name: the first run of capitalized words, not titles, that no preposition governs.
    int nameFrom = -1;
    int nameTo = -1;
    int lastTitle = -1;
    // The word that makes an organisation of a name joined by a preposition: "Bank" of "Bank of
    // England", or -1.
    int joinedAt = -1;
    for (int t = from; t < headEnd; t++) {
      int aside = bracketAsideEnd(tokens, t, headEnd);
      if (aside > 0) {
        // Passed over, as the name's ticker is: neither a word of the name nor its end.
        t = aside;
        continue;
      }
      if (!tokens.isWord(t)) {
        continue;
      }
      if (nameFrom < 0) {
        // A name that ended takes its preposition with it.
        joinedAt = -1;
      }
      if (joins && nameFrom >= 0 && joinsName(tokens, t)) {
        if (joinedAt < 0) {
          joinedAt = t - 1;
        }
        continue;
      }
      if (joinedAt >= 0 && tokens.is(t, "and")) {
        if (joinsNameAfterAnd(tokens, t, headEnd)) {
          continue;
        }
        // "Bank of Ceylon and Harlow Financial", "Economic Commission for West Africa and the
        // Sahel": the name read so far is the source's.
        break;
      }
      if (nameFrom >= 0 && tokens.isCapitalized(t) && WEEKDAYS.contains(tokens, t)) {
        // "Secretary of State Ana Reyes Monday said": the day ends the name.
        break;
      }
      boolean capital = tokens.isCapitalized(t) || isNameParticle(tokens, t, headEnd);
      if (isTitle(tokens, t) && !(joinedAt >= 0 && capital && DOMAINS.contains(tokens, t))) {
        // "Martin Luther King", "Ana King": a title word that ends a capitalized run is a name.
        if (nameFrom >= 0 && capital && lastWordBefore(tokens, t, headEnd)) {
          nameTo = t + 1;
          continue;
        }
        // "Chinese President Xi Jinping", "White House spokesman": what came before the title
        // qualifies it.
        nameFrom = -1;
        lastTitle = t;
        continue;
      }
      // "Members of Congress", "People briefed on the talks": a plural of people capitalized
      // at the sentence's start is no name.
      boolean groupAtStart = t == from && GROUP_HEADS.contains(tokens, t)
          && !tokens.isCapitalized(t + 1);
      if (capital && (!isDeterminer(tokens, t) || nameFrom >= 0 && t + 1 < headEnd
          && isDeterminerInName(tokens, t)) && !groupAtStart) {
        if (nameFrom < 0) {
          nameFrom = t;
        }
        nameTo = t + 1;
      } else if (nameFrom >= 0 && tokens.is(t, "and") && isInitialLetters(tokens, t - 1)
          && t + 1 < headEnd && isInitialLetters(tokens, t + 1)) {
        // "S and P", "AT and T": a company named by initials joined by "and".
        continue;
      } else if (nameFrom >= 0 && tokens.isCapitalized(t + 1) && t + 1 < headEnd
          && LEGAL_FORMS.contains(tokens, t + 1)) {
        // "A.B. Carver co Inc", "Harlow Engineering group Inc": a word of the name that copy
        // wrote in lower case, before its legal form.
        nameTo = t + 1;
      } else if (nameFrom >= 0 && tokens.is(t, "and") && (partnersOfAFirmFollow(tokens, t, headEnd)
          || organisationNameGoesOn(tokens, nameFrom, t, headEnd))) {
        // "Hartley and Co", "Standard and Poor's Corp": a firm named by its partners; "The
        // Securities and Exchange Commission": an organisation's name that holds an "and".
        continue;
      } else if (nameFrom >= 0) {
        // "Hale campaign manager Ana Reyes": a lower-case word ends a modifier.
        nameFrom = -1;
      }
    }
    int ownedFrom = nameFrom >= 0 ? afterOwner(tokens, nameFrom, nameTo, joinedAt) : nameFrom;
    boolean owned = ownedFrom > nameFrom;
    nameFrom = ownedFrom;
    if (nameFrom >= 0 && !owned && (joinedAt >= 0
        || namesOrganisation(stripPossessive(tokens.lower(nameTo - 1))))) {
      // "The Foreign Ministry", "the State Department": an organisation's name holds the words
      // that would otherwise be titles.
      while (nameFrom - 1 >= from && tokens.isCapitalized(nameFrom - 1)
          && !isDeterminer(tokens, nameFrom - 1)) {
        nameFrom--;
      }
      if (lastTitle >= nameFrom) {
        lastTitle = -1;
      }
    }
    if (nameFrom >= 0) {
      List<String> words = new ArrayList<>();
      boolean ticker = false;
      for (int t = nameFrom; t < nameTo; t++) {
        // "Norcros <NCRO.L> Plc": a ticker inside the name is no word of it.
        ticker = tokens.isPunct(t, '<') || ticker && !tokens.isPunct(t, '>');
        if (!ticker && tokens.isWord(t) && tokens.end[t] - tokens.start[t] > 1
            && !tokens.is(t, "and") && !(joinedAt >= 0 && joinsName(tokens, t))) {
          words.add(stripPossessive(tokens.lower(t)));
        }
      }
      boolean initialsOnly = words.isEmpty() || initialsJoinedByAnd(tokens, nameFrom, nameTo);
      if (initialsOnly) {
        // "S and P said", "AT and T said": initials alone name a company.
        words.clear();
        for (int t = nameFrom; t < nameTo; t++) {
          if (isInitialLetters(tokens, t)) {
            words.add(tokens.lower(t));
          }
        }
        if (words.size() < 2) {
          return null;
        }
      }
      String last = words.get(words.size() - 1);
      String title = lastTitle >= from && lastTitle < nameFrom
          ? tokens.text.substring(tokens.start[firstNonDeterminer(tokens, from, lastTitle)],
              tokens.isPunct(lastTitle + 1, '.') ? tokens.end[lastTitle + 1] : tokens.end[lastTitle])
          : null;
      // "the official news agency Harlo", "<Harlow Business Brokers>": a name after a noun of
      // organisations, but "broadcaster", a person too; or set in the angle brackets that agency
      // copy puts around a company's.
      boolean namedOrganisation = nameFrom > 0 && (tokens.isPunct(nameFrom - 1, '<')
          || nameFrom > from && tokens.isWord(nameFrom - 1)
              && !tokens.isCapitalized(nameFrom - 1) && !tokens.is(nameFrom - 1, "broadcaster")
              && (THING_HEADS.contains(tokens, nameFrom - 1)
                  || ORGANISATION_NOUNS.contains(tokens, nameFrom - 1)));
      Sort sort = initialsOnly || joinedAt >= 0 || namesOrganisation(last)
          || isAcronym(tokens, nameTo - 1) || namedOrganisation ? Sort.THING
          : words.size() == 1 && title == null && namesPeople(last) ? Sort.GROUP : Sort.PERSON;
      // A joined name's head is the word that makes it an organisation: "the bank" after "the
      // Bank of England".
      String head = joinedAt >= 0 ? stripPossessive(tokens.lower(joinedAt)) : last;
      // "The U.S. said", "Harlow Associates L.P.": the period that ends initials, read as a mark
      // of its own where it may end the sentence, is the name's; not that after "Tchadinfos.com".
      int nameEnd = tokens.end[nameTo - 1];
      if (tokens.isPunct(nameTo, '.') && tokens.start[nameTo] == nameEnd
          && tokens.isInitials(nameTo - 1)) {
        nameEnd++;
      }
      return new SourcePhrase(Type.NAME, start, end, tokens.start[nameFrom],
          nameEnd, List.copyOf(words), title, head, sort, List.of(), start, end,
          joinedAt >= 0);
    }
    int headToken = headEnd - 1;
    while (headToken > from && !tokens.isWord(headToken)) {
      headToken--;
    }
    if (!tokens.isWord(headToken)) {
      return null;
    }
    if (isDeterminer(tokens, headToken) && tokens.is(headEnd, "of")) {
      // "one of the military experts", "All three of the buyers": the noun after "of" is the
      // head, one of many a person.
      int ofHead = headEnd + 1;
      while (ofHead < to && tokens.isWord(ofHead) && !isPreposition(tokens, ofHead)) {
        ofHead++;
      }
      if (ofHead - 1 > headEnd && !isDeterminer(tokens, ofHead - 1)) {
        String noun = stripPossessive(tokens.lower(ofHead - 1));
        if (TIME_HEADS.contains(noun)) {
          // "a couple of years": a time.
          return null;
        }
        Sort sort = tokens.is(headToken, "one") ? Sort.PERSON
            : THING_HEADS.contains(noun) ? Sort.THING : Sort.GROUP;
        return new SourcePhrase(Type.DESCRIPTION, start, end, -1, -1, List.of(), null, noun,
            sort, List.of(), start, end);
      }
    }
    if (headToken == from && headEnd + 1 < to && MEMBERS_WHERE.contains(tokens, headEnd)
        && MEMBERS_COUNTED.contains(tokens, headToken)) {
      // "Many in the crowd", "Those at the meeting", "Some on the left": people counted by
      // where they stand, a group named by the noun that place ends with; a short place, not
      // "some at a car lot the police say sold ...".
      int placeEnd = headEnd + 1;
      while (placeEnd < to && tokens.isWord(placeEnd) && !isPreposition(tokens, placeEnd)) {
        placeEnd++;
      }
      if (placeEnd - 1 > headEnd && placeEnd - headEnd <= 5
          && !isDeterminer(tokens, placeEnd - 1)) {
        String place = stripPossessive(tokens.lower(placeEnd - 1));
        return TIME_HEADS.contains(place) ? null : new SourcePhrase(Type.DESCRIPTION, start,
            end, -1, -1, List.of(), null, place, Sort.GROUP, List.of(), start, end);
      }
    }
    String head = stripPossessive(tokens.lower(headToken));
    if (isDeterminer(tokens, headToken) || TIME_HEADS.contains(head)) {
      // "A few minutes later, ...": a time, no source.
      return null;
    }
    if (SHARES.contains(head) && !isShareOfPeople(tokens, from, headToken)) {
      return null;
    }
    boolean determined = isDeterminer(tokens, from);
    boolean joined = false;
    for (int t = from; t < headEnd; t++) {
      determined |= tokens.isWord(t) && tokens.endsWith(t, "'s");
      // "witnesses and an AFP reporter": two sources, the second with its determiner.
      joined |= tokens.is(t, "and") && isDeterminer(tokens, t + 1);
    }
    // "press reports said": an account is a source without a determiner.
    Sort sort = THING_HEADS.contains(head) || INFORMATION_HEADS.contains(head)
        || ORGANISATION_NOUNS.contains(head) ? Sort.THING
        : GROUP_HEADS.contains(head) || Character.isDigit(head.charAt(0))
            || isPluralOfAgents(head) || joined
            || head.endsWith("groups") ? Sort.GROUP : Sort.PERSON;
    // "chief forecaster at the Harlow Grain Board", "senior geologist": a noun of an agent after
    // a title's word is an office, one the list of titles does not know.
    boolean office = headToken > from && tokens.isWord(headToken - 1)
        && !tokens.isCapitalized(headToken - 1) && TITLE_WORDS.contains(tokens, headToken - 1)
        && (head.endsWith("er") || head.endsWith("or") || head.endsWith("ist"));
    if (!determined && sort == Sort.PERSON && !TITLE_WORDS.contains(head) && !office) {
      if (!anyNoun || NORM_HEADS.contains(head)) {
        return null;
      }
      // "according to court papers", "according to customs figures", "according to legend".
      sort = head.endsWith("s") && !THING_HEADS.contains(head.substring(0, head.length() - 1))
          ? Sort.GROUP : Sort.THING;
    }
    if (sort == Sort.PERSON && countedPlural(tokens, from, head)) {
      // "three longtime denizens of the valley": people counted above one are a group, whose
      // noun no list knows.
      sort = Sort.GROUP;
    }
    List<String> modifiers = new ArrayList<>(2);
    for (int t = from; t < headToken; t++) {
      if (tokens.isWord(t) && !isDeterminer(tokens, t)) {
        modifiers.add(stripPossessive(tokens.lower(t)));
      }
    }
    // "A spokesman for the Federal Water Supply Office": the names after the head qualify
    // it as those before it do, so that this spokesman is not the Bundesbank's.
    for (int t = headEnd; t < to; t++) {
      if (tokens.isCapitalized(t) && !isDeterminer(tokens, t)) {
        modifiers.add(stripPossessive(tokens.lower(t)));
      }
    }
    return new SourcePhrase(Type.DESCRIPTION, start, end, -1, -1, List.of(), null, head, sort,
        List.copyOf(modifiers), start, end);
  }

  /**
   * Whether the phrase from token {@code from} counts its plural head with a number above one:
   * {@code three longtime denizens of the valley}.
   */
  private static boolean countedPlural(ParagraphTokens tokens, int from, String head) {
    return head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("'s")
        && NUMBER_WORDS.contains(tokens, from) && !tokens.is(from, "one");
  }

  /**
   * The quantifier at token {@code t} standing alone as the subject of a cue ({@code Many have
   * said}, {@code Most said}, {@code most of them said}) as a group of people, or {@code one} and
   * {@code another} as one person of a group the copy spoke of ({@code "...," one said}); or
   * null where it is no such word.
   */
  static SourcePhrase quantifier(ParagraphTokens tokens, int t) {
    boolean onePerson = isOneOfMany(tokens, t);
    if (!isDeterminer(tokens, t) || !onePerson && !GROUP_HEADS.contains(tokens, t)) {
      return null;
    }
    // "Most of them said": the quantifier with the people it counts.
    int end = tokens.is(t + 1, "of") && (tokens.is(t + 2, "them") || tokens.is(t + 2, "us"))
        ? tokens.end[t + 2] : tokens.end[t];
    return new SourcePhrase(Type.DESCRIPTION, tokens.start[t], end, -1, -1, List.of(),
        null, tokens.lower(t), onePerson ? Sort.PERSON : Sort.GROUP, List.of(), tokens.start[t],
        end);
  }

  /** Whether token {@code t} is {@code one} or {@code another}: a person among others. */
  static boolean isOneOfMany(ParagraphTokens tokens, int t) {
    return tokens.is(t, "one") || tokens.is(t, "another");
  }

  /**
   * Reads tokens {@code [from, to)}, the object of {@code according to} or {@code in the words
   * of}, as a source phrase, or gives null where they name a measure with no determiner
   * ({@code according to plan}).
   * The object of such a cue is its source whatever its noun: besides what {@link #read} takes,
   * an object pronoun ({@code according to him}) and a description with no determiner
   * ({@code according to media reports}, {@code official statistics}, {@code FEC filings}). The
   * phrase ends before a participle or adjective that follows its head: {@code data released
   * on Monday}, {@code sources close to the talks}.
   */
  static SourcePhrase readObject(ParagraphTokens tokens, int from, int to) {
    while (from < to && !tokens.isWord(from)) {
      from++;
    }
    if (from >= to) {
      return null;
    }
    if (OBJECT_PRONOUNS.contains(tokens, from) && (from + 1 == to || !tokens.isWord(from + 1))) {
      String pronoun = switch (tokens.lower(from)) {
        case "him" -> "he";
        case "her" -> "she";
        case "them" -> "they";
        case "us" -> "we";
        default -> "i";
      };
      Sort sort = pronoun.equals("they") || pronoun.equals("we") ? Sort.GROUP : Sort.PERSON;
      return new SourcePhrase(Type.PRONOUN, tokens.start[from], tokens.end[from], -1, -1,
          List.of(), null, pronoun, sort);
    }
    if (OBJECT_CLAUSE_WORDS.contains(tokens, from)) {
      return null;
    }
    for (int t = from + 1; t < to; t++) {
      if (!tokens.isWord(t) || tokens.isCapitalized(t)) {
        continue;
      }
      if (AFTER_HEAD.contains(tokens, t)
          || tokens.endsWith(t, "ed") && isHeadNoun(tokens, t - 1)) {
        to = t;
        break;
      }
    }
    return read(tokens, from, to, true);
  }

  /**
   * Whether token {@code t} is a lower-case word of a name: a particle before a capitalized word
   * ({@code Khalid bin Saeed}) or joined to one ({@code al-Harbi}).
   */
  static boolean isNameParticle(ParagraphTokens tokens, int t, int end) {
    if (!tokens.isWord(t)) {
      return false;
    }
    int start = tokens.start[t];
    if (tokens.end[t] - start > 3 && tokens.text.charAt(start + 2) == '-'
        && Character.isUpperCase(tokens.text.charAt(start + 3))) {
      return tokens.text.startsWith("al", start) || tokens.text.startsWith("el", start);
    }
    return NAME_PARTICLES.contains(tokens, t) && t + 1 < end && tokens.isWord(t + 1)
        && tokens.isCapitalized(t + 1) && t > 0 && tokens.isWord(t - 1)
        && tokens.isCapitalized(t - 1);
  }

  /**
   * Whether the period at token {@code period} stands within a name, after an initial or its
   * initials: {@code Ana J. Reyes}, {@code A.J. Marsh}, {@code D.R.K. Co}. Not where what
   * follows opens a clause ({@code ... a stake in S.A.Y. But it}), nor after initials that name a
   * place: {@code the U.S. Officials said} is a sentence's end in title-case copy as often as it
   * is a name.
   */
  static boolean continuesNameAfterInitials(ParagraphTokens tokens, int period) {
    int next = period + 1;
    return tokens.isPunct(period, '.')
        && (tokens.isInitials(period - 1) || isLetter(tokens, period - 1))
        && tokens.end[period - 1] == tokens.start[period] && tokens.isCapitalized(next)
        && !LEADING_FUNCTION_WORDS.contains(tokens, next) && !DETERMINERS.contains(tokens, next)
        && !PRONOUNS.contains(tokens, next) && !PLACE_INITIALS.contains(tokens, period - 1);
  }

  /** Whether token {@code t} is a noun of time: {@code week}, {@code year}, {@code morning}. */
  static boolean isTimeHead(ParagraphTokens tokens, int t) {
    return TIME_HEADS.contains(tokens, t);
  }

  /**
   * Where the time that starts at token {@code t} ends, or -1 where none starts there: {@code
   * last night}, {@code late last week}, {@code early Monday}, {@code late Thursday night},
   * {@code earlier this month}, {@code later that year}.
   */
  private static int timeEnd(ParagraphTokens tokens, int t) {
    int near = tokens.is(t, "earlier") || tokens.is(t, "later") ? t + 1 : t;
    if ((tokens.is(near, "this") || tokens.is(near, "that") || near > t && tokens.is(near, "last"))
        && TIME_HEADS.contains(tokens, near + 1)) {
      return near + 2;
    }
    if (!TIME_ADJECTIVES.contains(tokens, t)) {
      return -1;
    }
    int next = tokens.is(t + 1, "last") ? t + 2 : t + 1;
    if (TIME_HEADS.contains(tokens, next)) {
      return next + 1;
    }
    if (!WEEKDAYS.contains(tokens, next)) {
      return -1;
    }
    return TIME_HEADS.contains(tokens, next + 1) ? next + 2 : next + 1;
  }

  /**
   * After a date of a month and a day that opens a phrase ({@code March 3 Hale}, what is left of
   * {@code On March 3 Hale said}), and a comma or a dash after it, the token after them; else
   * -1.
   */
  private static int dateEnd(ParagraphTokens tokens, int t, int to) {
    int day = t + 1;
    if (day + 1 >= to || !tokens.isCapitalized(t) || tokens.end[t] - tokens.start[t] < 3
        || !tokens.isWord(day) || tokens.end[day] - tokens.start[day] > 2
        || !Character.isDigit(tokens.text.charAt(tokens.start[day]))
        || MonthNames.month(tokens.text, tokens.start[t], tokens.end[t]) == 0) {
      return -1;
    }
    // "February 17 - Harlow Corp said": a dateline's dash after the date.
    return tokens.isPunct(day + 1, ',') || tokens.isPunct(day + 1, '-') ? day + 2 : day + 1;
  }

  /** Whether token {@code t} is a single capital letter: {@code S} of {@code S and P}. */
  private static boolean isLetter(ParagraphTokens tokens, int t) {
    return tokens.isWord(t) && tokens.end[t] - tokens.start[t] == 1 && tokens.isCapitalized(t);
  }

  /** Whether token {@code t} is one or two capital letters: {@code S}, {@code AT}. */
  static boolean isInitialLetters(ParagraphTokens tokens, int t) {
    return isLetter(tokens, t) || tokens.isWord(t) && tokens.end[t] - tokens.start[t] == 2
        && Character.isUpperCase(tokens.text.charAt(tokens.start[t]))
        && Character.isUpperCase(tokens.text.charAt(tokens.start[t] + 1));
  }

  /**
   * Whether tokens {@code [from, to)} are initials joined by {@code and} and nothing else:
   * {@code S and P}, {@code AT and T}.
   */
  private static boolean initialsJoinedByAnd(ParagraphTokens tokens, int from, int to) {
    boolean joined = false;
    for (int t = from; t < to; t++) {
      if (tokens.is(t, "and") && t > from) {
        joined = true;
      } else if (!isInitialLetters(tokens, t)) {
        return false;
      }
    }
    return joined;
  }

  /**
   * Whether a source whose head is {@code word} is a company: {@code Marlow Co}, {@code Western
   * Oil}, {@code Clinic Corp of America}, {@code Harbor Savings Bank}, {@code Global
   * Transit corp}.
   */
  static boolean namesCompany(String word) {
    return LEGAL_FORMS.contains(word) || COMPANY_NAME_ENDS.contains(word) || word.equals("bank");
  }

  /**
   * Whether a description headed by {@code head} may be an organisation's apposition: {@code
   * Harlow Inc, a unit of Dunmore Corp}, {@code Harlow Ltd, a maker of chips}.
   */
  static boolean isOrganisationNoun(String head) {
    return ORGANISATION_NOUNS.contains(head) || head.equals("company") || head.equals("firm");
  }

  /** Whether a name that ends with {@code word} names an organisation. */
  private static boolean namesOrganisation(String word) {
    return THING_HEADS.contains(word) || COMPANY_NAME_ENDS.contains(word)
        || LEGAL_FORMS.contains(word);
  }

  /**
   * Where the name in the run of capitalized words {@code [nameFrom, nameTo)} starts, past a
   * possessive that names whom the person or unit after it belongs to: {@code Harlow Bank's Ana
   * Reyes}, {@code Harlow Corp's Dunmore Airlines}. Not where the possessive is part of an
   * organisation's name, which the words after it then end ({@code Moody's Investors Service},
   * {@code People's Daily}), nor before titles alone ({@code Britain's Prime Minister}), nor after
   * people in general ({@code Children's Play Centers}) or an office ({@code Governor's Special
   * Envoy}); {@code joinedAt} is the word of an organisation joined by a preposition, or -1.
   */
  static int afterOwner(ParagraphTokens tokens, int nameFrom, int nameTo, int joinedAt) {
    for (int t = nameTo - 2; t >= nameFrom; t--) {
      if (tokens.isWord(t) && tokens.endsWith(t, "'s")) {
        String owner = stripPossessive(tokens.lower(t));
        if (owner.equals("people") || owner.equals("children") || owner.endsWith("men")
            || isTitle(owner)) {
          // "Harlow People's Assembly", "Children's Play Centers", "Boatmen's Bank": people in
          // general own nothing; the possessive is a word of the name. "The Governor's Special
          // Envoy": an office of an office.
          return nameFrom;
        }
        boolean ownerIsOrganisation = namesOrganisation(owner);
        boolean restIsOrganisation = joinedAt > t
            || namesOrganisation(stripPossessive(tokens.lower(nameTo - 1)));
        boolean titlesAlone = true;
        for (int u = t + 1; u < nameTo && titlesAlone; u++) {
          titlesAlone = !tokens.isWord(u) || isTitle(tokens, u);
        }
        return !titlesAlone && (ownerIsOrganisation || !restIsOrganisation) ? t + 1 : nameFrom;
      }
    }
    return nameFrom;
  }

  /**
   * After a place in capitals and a dash at the paragraph's start ({@code NEW YORK - Harlow Corp
   * said}), the token after the dash; else {@code from}.
   */
  private static int afterInnerDateline(ParagraphTokens tokens, int from, int to) {
    if (from != 0) {
      return from;
    }
    int dash = from + 1;
    while (dash < to && dash <= from + 4 && !tokens.isPunct(dash, '-')) {
      dash++;
    }
    if (dash >= to || dash > from + 4) {
      return from;
    }
    int t = from;
    while (t < to && t < 4 && tokens.isWord(t) && isAcronym(tokens, t)) {
      t++;
    }
    return t > from && tokens.isPunct(t, '-') && tokens.isCapitalized(t + 1) && t + 1 < to
        ? t + 1 : from;
  }

  /**
   * Where a person's name starts in a phrase that opens with a title and its office ({@code
   * Minister of Health and Population Ana Reyes}, {@code Head of the Peace Secretariat Ana
   * Reyes}, {@code Chairman of the Harlow Commission (HC) Ana Reyes}, {@code Secretary of the
   * company Ana Reyes}): the capitalized words at the phrase's end after a word that ends the
   * office's name (a word of offices or organisations, a bracket; or, before two words or more,
   * an acronym or a common noun); or -1. Not after {@code of} or {@code and}, where the office's
   * name may go on ({@code Governor of the Bank of Harlow}, {@code Governor of the state of
   * Harlow Ana Reyes}), nor after a possessive or a title.
   */
  private static int personAfterOffice(ParagraphTokens tokens, int from, int to) {
    if (to - from < 4 || !tokens.isCapitalized(to - 1)) {
      // Read at every source phrase: most have no title, office and name, and end otherwise.
      return -1;
    }
    if (tokens.is(from, "a") || tokens.is(from, "an") || tokens.is(from, "one")) {
      // "A spokesman for brokers Harlow Capel": an unnamed person of the firm named last.
      return -1;
    }
    int office = -1;
    for (int t = from; t < to - 1 && t - from < 4; t++) {
      if ((tokens.is(t + 1, "of") || tokens.is(t + 1, "for")) && isTitle(tokens, t)) {
        office = t + 1;
        break;
      }
    }
    if (office < 0 || !tokens.isWord(to - 1) || !tokens.isCapitalized(to - 1)) {
      return -1;
    }
    int person = to;
    while (person - 1 > office && to - person < 8
        && (tokens.isWord(person - 1) && tokens.isCapitalized(person - 1)
            && !endsOffice(tokens, person - 1) || tokens.isPunct(person - 1, '.')
            || tokens.isPunct(person - 1, '-'))) {
      person--;
    }
    while (person < to && !tokens.isWord(person)) {
      person++;
    }
    int boundary = person - 1;
    if (person >= to || boundary <= office || !tokens.isWord(person)) {
      return -1;
    }
    if (endsOffice(tokens, to - 1) || isNameParticle(tokens, boundary, to)) {
      // "the Harlow Survey Panel", "the Rio de Janeiro Port": an organisation's name, a place's.
      return -1;
    }
    if (tokens.isPunct(boundary, ')') || DOMAINS.contains(tokens, boundary)
        || OFFICE_NAME_ENDS.contains(tokens, boundary)) {
      return person;
    }
    // After a common noun or an acronym, a name of one word may be a company's ("a spokeswoman
    // for the carrier Harlair", "an official of PT Harlcom"); and a title there is another
    // person's, whom the source speaks for ("A spokesman for President Ana Reyes").
    boolean twoWords = false;
    for (int t = person + 1; t < to && !twoWords; t++) {
      twoWords = tokens.isWord(t);
    }
    boolean ends = twoWords && tokens.isWord(boundary) && !isTitle(tokens, boundary)
        && !tokens.endsWith(boundary, "'s") && !tokens.endsWith(boundary, "\u2019s")
        && (isAcronym(tokens, boundary) || endsOffice(tokens, boundary)
            || !tokens.isCapitalized(boundary) && tokens.end[boundary] - tokens.start[boundary] > 3
            && !isPreposition(tokens, boundary) && !isDeterminer(tokens, boundary)
            && !tokens.is(boundary, "and") && !LEADING_FUNCTION_WORDS.contains(tokens, boundary));
    return ends ? person : -1;
  }

  /**
   * Whether token {@code t}, capitalized before a person's name, ends the name of the office or
   * the organisation the person belongs to ({@code Health and Population Ana Reyes}, {@code
   * Harlow Airlines Ana Reyes}), where the words after it end no such name (not {@code
   * Development} in {@code Asian Development Bank}).
   */
  static boolean endsOfficeBeforeName(ParagraphTokens tokens, int t, int to) {
    if (!namesOffice(tokens, t)) {
      return false;
    }
    int words = 0;
    for (int u = t + 1; u < to; u++) {
      if (tokens.isWord(u) && (endsOffice(tokens, u) || !tokens.isCapitalized(u))) {
        return false;
      }
      words += tokens.isWord(u) ? 1 : 0;
    }
    // After a firm's name, a person's has two words or more: not "Harlow Power Project"; after
    // an office's, one may do ("Minister of Ports and Energy Suparto").
    return words >= 2 || words == 1
        && (DOMAINS.contains(tokens, t) || OFFICE_NAME_ENDS.contains(tokens, t));
  }

  /** Whether token {@code t}, capitalized, ends an office's or an organisation's name. */
  private static boolean endsOffice(ParagraphTokens tokens, int t) {
    return isTitle(tokens, t) || namesOffice(tokens, t);
  }

  /** Whether token {@code t} ends an office's or an organisation's name as no title's word does. */
  private static boolean namesOffice(ParagraphTokens tokens, int t) {
    return THING_HEADS.contains(tokens, t) || COMPANY_NAME_ENDS.contains(tokens, t)
        || DOMAINS.contains(tokens, t) || OFFICE_NAME_ENDS.contains(tokens, t)
        || isAcronym(tokens, t);
  }

  /**
   * Whether token {@code t} is an acronym, {@code OECD}, {@code OPEC}, {@code GOP}, and no Roman
   * numeral: a name that ends with one names an organisation, not a person.
   */
  static boolean isAcronym(ParagraphTokens tokens, int t) {
    int start = tokens.start[t];
    int end = tokens.endsWith(t, "'s") ? tokens.end[t] - 2 : tokens.end[t];
    if (end - start < 2) {
      return false;
    }
    // "Tom Hale III": a numeral ends a person's name.
    boolean numeral = true;
    for (int i = start; i < end; i++) {
      char ch = tokens.text.charAt(i);
      if (!(ch >= 'A' && ch <= 'Z' || ch == '&')) {
        return false;
      }
      numeral &= ch == 'I' || ch == 'V' || ch == 'X';
    }
    return !numeral;
  }

  /** Whether token {@code t} can be the head noun before a participle: {@code data released}. */
  private static boolean isHeadNoun(ParagraphTokens tokens, int t) {
    return tokens.isWord(t) && !isDeterminer(tokens, t) && (THING_HEADS.contains(tokens, t)
        || GROUP_HEADS.contains(tokens, t)
        || tokens.endsWith(t, "s") && !tokens.endsWith(t, "'s") && !tokens.endsWith(t, "ss"));
  }

  /**
   * Whether the word at {@code t} makes its phrase a share of people: a percentage, a noun of a
   * quantity or a quantifier of people ({@code 50 percent}, {@code a majority}, {@code most}).
   */
  static boolean isShareWord(ParagraphTokens tokens, int t) {
    return SHARES.contains(tokens, t) || QUANTITY_NOUNS.contains(tokens, t)
        || isDeterminer(tokens, t) && GROUP_HEADS.contains(tokens, t);
  }

  /**
   * Whether the word at {@code t} is a participle after the head noun at {@code head}, opening
   * the words that describe it: {@code briefed} in {@code People briefed on the plans}, {@code clamoring}
   * in {@code activists clamoring for a recount}; a preposition or {@code to} follows it, or
   * after one in {@code -ing} its object, a pronoun or a determiner: {@code officials
   * accompanying him}, {@code leaders attending a meeting with President Ana Reyes}.
   */
  private static boolean isParticipleAfterHead(ParagraphTokens tokens, int t, int head) {
    int length = tokens.end[t] - tokens.start[t];
    return tokens.isWord(t) && !tokens.isCapitalized(t)
        && (length > 4 && tokens.endsWith(t, "ed") || length > 5 && tokens.endsWith(t, "ing"))
        && isHeadNoun(tokens, head)
        && (isPreposition(tokens, t + 1) || tokens.is(t + 1, "to")
            || tokens.endsWith(t, "ing")
                && (OBJECT_PRONOUNS.contains(tokens, t + 1) || isDeterminer(tokens, t + 1)));
  }

  /** Whether tokens {@code [from, to)} are capitalized words joined by {@code and}, {@code &}. */
  private static boolean isCapitalizedName(ParagraphTokens tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!(tokens.isWord(t) && tokens.isCapitalized(t) || tokens.is(t, "and")
          || tokens.isPunct(t, '&'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the share at {@code share} follows its number, and the phrase opens with a number, a
   * determiner or words that bound it: {@code 47 pct said}, {@code Twenty eight pct of those
   * polled}, {@code a full 68 percent of members}, {@code at least 60 percent}, {@code more than
   * 60 percent}; not a verb and its object: {@code ... and still keep 85 pct of their savings},
   * {@code which owns 58 pct}.
   */
  private static boolean isShareOfPeople(ParagraphTokens tokens, int from, int share) {
    int number = share - 1;
    return number >= from && number - from <= 3 && isNumberAt(tokens, number)
        && (isNumberAt(tokens, from) || isDeterminer(tokens, from)
            || SHARE_BOUNDS.contains(tokens, from) || opensComparison(tokens, from)
            || tokens.is(from, "at") && tokens.is(from + 1, "least"));
  }

  /**
   * Where a share of a poll ends, if tokens {@code [from, to)} open with one: a number, {@code
   * in} or {@code out of}, a number ({@code Nine in 10}, {@code one out of four}), after words
   * that bound it ({@code More than six in 10}, {@code about one in five}); or -1.
   */
  static int pollShareEnd(ParagraphTokens tokens, int from, int to) {
    int t = opensComparison(tokens, from) ? from + 2 : from;
    while (t < to && (SHARE_BOUNDS.contains(tokens, t) || tokens.is(t, "at"))) {
      t++;
    }
    if (t + 2 >= to || !isNumberAt(tokens, t)) {
      return -1;
    }
    int second = tokens.is(t + 1, "in") ? t + 2
        : tokens.is(t + 1, "out") && tokens.is(t + 2, "of") ? t + 3 : -1;
    return second > 0 && second < to && isNumberAt(tokens, second) ? second + 1 : -1;
  }

  /**
   * {@link #isNumber} of the word at token {@code t}, without making its lower-case string where
   * it cannot be one: this runs at the start of every phrase read.
   */
  private static boolean isNumberAt(ParagraphTokens tokens, int t) {
    if (!tokens.isWord(t)) {
      return false;
    }
    char first = tokens.text.charAt(tokens.start[t]);
    return Character.isDigit(first) || NUMBER_WORDS.contains(tokens, t)
        || tokens.holds(t, '-') && isNumber(tokens.lower(t));
  }

  /** Where the share of a poll that ends at token {@code t} starts, from {@code from} on; or -1. */
  static int pollShareEndingAt(ParagraphTokens tokens, int t, int from) {
    for (int start = t - 2; start >= from && start >= t - 3; start--) {
      if (pollShareEnd(tokens, start, t + 1) == t + 1) {
        return start;
      }
    }
    return -1;
  }

  /**
   * Where the share of a poll, the percentage or the quantity that starts at {@code t} starts
   * with the words that bound it ({@code More than six in 10}, {@code About one in five}, {@code
   * More than 60 percent}, {@code At least a dozen}), not before {@code from}; or {@code t} where
   * no share starts there.
   */
  static int shareBoundsStart(ParagraphTokens tokens, int t, int from) {
    if (!tokens.isWord(t) || !(Character.isDigit(tokens.text.charAt(tokens.start[t]))
        || SHARE_OPENERS.contains(tokens, t) || tokens.holds(t, '-'))) {
      return t;
    }
    boolean share = pollShareEnd(tokens, t, tokens.size) > 0
        || isNumberAt(tokens, t) && SHARES.contains(tokens, t + 1)
        || tokens.is(t, "a") && QUANTITY_NOUNS.contains(tokens, t + 1);
    if (!share) {
      return t;
    }
    if (t - 1 >= from && NUMBER_WORDS.contains(tokens, t) && NUMBER_WORDS.contains(tokens, t - 1)) {
      // "Forty two pct": a number in two words, whose second is also a determiner.
      t--;
    }
    while (t - 1 >= from && (SHARE_BOUNDS.contains(tokens, t - 1) || tokens.is(t - 1, "at"))) {
      t--;
    }
    return t - 2 >= from && opensComparison(tokens, t - 2) ? t - 2 : t;
  }

  /** Whether {@code more than}, {@code less than} or {@code fewer than} starts at token {@code t}. */
  private static boolean opensComparison(ParagraphTokens tokens, int t) {
    return (tokens.is(t, "more") || tokens.is(t, "less") || tokens.is(t, "fewer"))
        && tokens.is(t + 1, "than");
  }

  /**
   * Where an aside in brackets that opens at token {@code t} closes, where a name or a title
   * follows it before {@code to} ({@code Grain Board (HGB) chairman}); or -1: the phrase ends
   * at brackets that another word follows ({@code the Congress (I) party}, {@code the Accord
   * (TPA) signed in May}). The aside is short: initials, an abbreviation, a party and state.
   */
  private static int bracketAsideEnd(ParagraphTokens tokens, int t, int to) {
    if (!tokens.isPunct(t, '(')) {
      return -1;
    }
    for (int u = t + 1; u < to - 1 && u - t <= MAX_ASIDE_TOKENS; u++) {
      if (tokens.isPunct(u, ')')) {
        return u > t + 1 && tokens.isWord(u + 1)
            && (tokens.isCapitalized(u + 1) || isTitle(tokens, u + 1)) ? u : -1;
      }
      if (tokens.isPunct(u, '(')) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a {@code mark} stands among tokens {@code [from, to)}. */
  static boolean holdsPunct(ParagraphTokens tokens, int from, int to, char mark) {
    for (int t = from; t < to; t++) {
      if (tokens.isPunct(t, mark)) {
        return true;
      }
    }
    return false;
  }

  /** A number in digits or words: {@code 47}, {@code 12.5}, {@code sixty}, {@code Seventy-four}. */
  private static boolean isNumber(String word) {
    int hyphen = word.indexOf('-');
    return !word.isEmpty() && Character.isDigit(word.charAt(0))
        || NUMBER_WORDS.contains(hyphen > 0 ? word.substring(0, hyphen) : word);
  }

  /**
   * Whether {@code head} is a plural of people named by what they do: {@code exporters},
   * {@code arbitragers}, {@code arbitrageurs}, {@code physicians}, {@code residents},
   * {@code businessmen}.
   */
  private static boolean isPluralOfAgents(String head) {
    return head.length() > 5 && (head.endsWith("ers") || head.endsWith("ors")
        || head.endsWith("ists") || head.endsWith("ians") || head.endsWith("ants")
        || head.endsWith("ents") || head.endsWith("eurs") || head.endsWith("men"));
  }

  /**
   * Whether token {@code t} is a plural head of people: {@code officials}, {@code zoologists}
   * ({@code said zoologists with the base}).
   */
  static boolean isGroupHead(ParagraphTokens tokens, int t) {
    return GROUP_HEADS.contains(tokens, t) || isPluralOfAgents(tokens.lower(t));
  }

  /** Whether token {@code t} is the head of a writing that may name its author after {@code by}. */
  static boolean isAuthoredHead(ParagraphTokens tokens, int t) {
    return AUTHORED_HEADS.contains(tokens, t);
  }

  /** Whether token {@code t} is a word of titles, read in place where it holds no hyphen. */
  static boolean isTitle(ParagraphTokens tokens, int t) {
    return TITLE_WORDS.contains(tokens, t) || tokens.holds(t, '-') && isTitle(tokens.lower(t));
  }

  /** A word of titles, hyphenated ones included: {@code Secretary-General}. */
  static boolean isTitle(String word) {
    if (TITLE_WORDS.contains(word)) {
      return true;
    }
    int hyphen = word.indexOf('-');
    return hyphen > 0 && TITLE_WORDS.contains(word.substring(0, hyphen))
        && isTitle(word.substring(hyphen + 1));
  }

  /**
   * Whether the {@code and} at token {@code t}, inside an organisation's name joined by a
   * preposition, goes on with that name ({@code Ministry of Trade and Industry}, {@code
   * Department of Fisheries and Coastal Affairs}) rather than join a second organisation to it
   * ({@code Bank of Ceylon and Harlow Financial}, {@code Bank of England and Bank of France}).
   */
  private static boolean joinsNameAfterAnd(ParagraphTokens tokens, int t, int headEnd) {
    int end = capitalizedRunEnd(tokens, t + 1, headEnd);
    return end > t + 1 && !joinsName(tokens, end) && (end == t + 2
        || !namesOrganisation(stripPossessive(tokens.lower(end - 1))));
  }

  /**
   * Whether the capitalized words after the {@code and} at token {@code t}, one or two up to
   * {@code headEnd}, end with a legal form: {@code and Co}, {@code and Poor's Corp}, not {@code
   * and Harlow Motor Co}, a second company.
   */
  private static boolean partnersOfAFirmFollow(ParagraphTokens tokens, int t, int headEnd) {
    int end = capitalizedRunEnd(tokens, t + 1, headEnd);
    return end > t + 1 && end - t <= 3 && LEGAL_FORMS.contains(tokens, end - 1);
  }

  /**
   * Whether the {@code and} at token {@code t} stands inside one organisation's name that starts
   * at {@code nameFrom}: the capitalized words after it run to the end of the head part, {@code
   * headEnd}, and end with a word that makes a name an organisation's ({@code Securities and
   * Exchange Commission}, {@code Marsh and Dunn Publishers Inc}), while those before it hold no
   * such word of their own, which would make two ({@code Brenner Corp and Harlow Motor Co},
   * {@code NVX and Orbit Computer Inc}).
   */
  private static boolean organisationNameGoesOn(ParagraphTokens tokens, int nameFrom, int t,
      int headEnd) {
    int end = capitalizedRunEnd(tokens, t + 1, headEnd);
    if (end == t + 1 || !lastWordBefore(tokens, end - 1, headEnd)
        || !namesOrganisation(stripPossessive(tokens.lower(end - 1)))) {
      return false;
    }
    for (int u = nameFrom; u < t; u++) {
      if (tokens.isWord(u) && (LEGAL_FORMS.contains(tokens, u) || THING_HEADS.contains(tokens, u)
          || isAcronym(tokens, u))) {
        return false;
      }
    }
    return true;
  }

  /** Where the capitalized words from token {@code from} end, at {@code to} at the latest. */
  private static int capitalizedRunEnd(ParagraphTokens tokens, int from, int to) {
    int end = from;
    while (end < to && tokens.isCapitalized(end)) {
      end++;
    }
    return end;
  }

  private static boolean lastWordBefore(ParagraphTokens tokens, int t, int headEnd) {
    for (int u = t + 1; u < headEnd; u++) {
      if (tokens.isWord(u)) {
        return false;
      }
    }
    return true;
  }

  private static boolean nameRunFollows(ParagraphTokens tokens, int preposition, int to) {
    // "Secretary of State Tom Hale", "Chancellor of the Exchequer Ruth Cole": a title
    // joins a title by the preposition, and a name follows; but "Aides to Prime Minister Ana
    // Reyes" are the aides, as no title is joined by "to", and "John Sullivan of Harlow Trust"
    // is John Sullivan. "of the" stands only between two titles, the second no organisation's
    // word and the last of its title: not "director of the Harbor Action PAC", "director of the
    // Rural Credit Institute", "the terms of the General Accord". The capital after the
    // preposition is read first, as this is asked of every preposition in a phrase.
    int t = tokens.is(preposition + 1, "the") && tokens.is(preposition, "of")
        ? preposition + 2 : preposition + 1;
    if (t >= to || !tokens.isCapitalized(t) || !TITLE_WORDS.contains(tokens, t)
        || tokens.is(preposition, "to")) {
      return false;
    }
    if (t == preposition + 2 && (!isTitle(tokens, preposition - 1)
        || THING_HEADS.contains(tokens, t) || isTitle(tokens, t + 1))) {
      return false;
    }
    // A hyphen makes no name: "Under-Secretary of State", "Two-thirds of Democratic voters";
    // and a plural of people joins no title: "supporters of President Ana Reyes" are the
    // supporters.
    int before = preposition - 1;
    return !(tokens.isCapitalized(before) && !isTitle(tokens, before)
        && !tokens.holds(before, '-'))
        && !(GROUP_HEADS.contains(tokens, before) && !tokens.isCapitalized(before));
  }

  /**
   * Whether token {@code t} joins the words of one organisation's name: {@code of} or {@code
   * for} after a capitalized word that makes a name an organisation's ({@code Bank of Japan},
   * {@code Center for Rural Studies}, {@code Clinic Corp of America}), or the {@code the} after
   * it ({@code Committee of the Farmers Union}), where a capitalized word follows. Not after a
   * person's name ({@code Bill Sullivan of Harlow Trust}) nor a title ({@code Secretary of
   * State}, which {@link #nameRunFollows} reads; {@code Minister of State for Textiles}).
   */
  static boolean joinsName(ParagraphTokens tokens, int t) {
    // Its length and the capitals around it first: this is asked of every word after a run of
    // capitalized ones.
    if (!tokens.isWord(t) || tokens.end[t] - tokens.start[t] > 3) {
      return false;
    }
    int joiner = tokens.isCapitalized(t - 1) ? t
        : tokens.isCapitalized(t - 2) && tokens.is(t, "the") ? t - 1 : -1;
    if (joiner < 0) {
      return false;
    }
    int next = tokens.is(joiner + 1, "the") ? joiner + 2 : joiner + 1;
    return tokens.isCapitalized(next) && NAME_JOINERS.contains(tokens, joiner)
        && !isTitle(tokens, joiner - 1)
        && namesOrganisation(stripPossessive(tokens.lower(joiner - 1)));
  }

  static boolean isPreposition(ParagraphTokens tokens, int t) {
    return PREPOSITIONS.contains(tokens, t);
  }

  /** Whom a subject pronoun stands for: a person, a thing or a group. */
  private static Sort pronounSort(String pronoun) {
    return pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i") ? Sort.PERSON
        : pronoun.equals("it") ? Sort.THING : Sort.GROUP;
  }

  /**
   * The length of the subject pronoun that the word at token {@code t} contracts with its
   * auxiliary ({@code He's}, {@code they're}, {@code I'm}, {@code we've}, {@code she'll}), or -1.
   */
  static int pronounInContraction(ParagraphTokens tokens, int t) {
    return contractedAuxiliary(tokens, t).isEmpty() ? -1 : tokens.lower(t).indexOf('\'');
  }

  /**
   * The auxiliary, lower case, that the word at token {@code t} contracts with a subject
   * pronoun: {@code s} of {@code He's}, {@code re} of {@code they're}; empty where it is none.
   */
  static String contractedAuxiliary(ParagraphTokens tokens, int t) {
    // The apostrophe first: this runs for every subject of one word, and most hold none.
    if (!tokens.isWord(t) || !tokens.holds(t, '\'') && !tokens.holds(t, '\u2019')) {
      return "";
    }
    String word = tokens.lower(t);
    int apostrophe = word.indexOf('\'');
    if (apostrophe <= 0 || !PRONOUNS.contains(word.substring(0, apostrophe))) {
      return "";
    }
    String auxiliary = word.substring(apostrophe + 1);
    return auxiliary.equals("s") || auxiliary.equals("re") || auxiliary.equals("m")
        || auxiliary.equals("ve") || auxiliary.equals("d") || auxiliary.equals("ll")
        ? auxiliary : "";
  }

  /** A determiner; not the initial {@code A.} of {@code Laurence A. Reyes}. */
  static boolean isDeterminer(ParagraphTokens tokens, int t) {
    return DETERMINERS.contains(tokens, t) && !isInitialA(tokens, t);
  }

  private static boolean isInitialA(ParagraphTokens tokens, int t) {
    return tokens.end[t] - tokens.start[t] == 1 && tokens.text.charAt(tokens.start[t]) == 'A'
        && t + 1 < tokens.size && tokens.isPunct(t + 1, '.')
        && tokens.end[t] == tokens.start[t + 1];
  }

  /**
   * Whether token {@code t} is a determiner spelt in capitals between two words in capitals, a
   * word of a name: {@code One} of {@code Harlow One Corp}.
   */
  static boolean isDeterminerInName(ParagraphTokens tokens, int t) {
    return isDeterminer(tokens, t) && tokens.isCapitalized(t) && t > 0 && tokens.isWord(t - 1)
        && tokens.isCapitalized(t - 1) && !isDeterminer(tokens, t - 1) && t + 1 < tokens.size
        && tokens.isWord(t + 1) && tokens.isCapitalized(t + 1);
  }

  private static int firstNonDeterminer(ParagraphTokens tokens, int from, int to) {
    int t = from;
    while (t < to && (isDeterminer(tokens, t) || !tokens.isWord(t))) {
      t++;
    }
    return t;
  }

  static String stripPossessive(String word) {
    if (word.endsWith("'s")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("'")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
