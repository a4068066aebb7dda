package io.github.wirecopy.internal;

import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import io.github.wirecopy.model.Sentence;
import io.github.wirecopy.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the quotes of an article and resolves their speakers.
 *
 * <p>Per paragraph, quotation marks are paired into quoted segments ({@link ParagraphTokens}) and
 * sentences are joined where a quote runs across them. In each such unit every word of the
 * {@link SpeechCues lexicon} outside quotation marks is a possible cue, read in the patterns of
 * news copy: a source before it ({@code Xi said (that) ...}), a source after it
 * ({@code ..., said Xi}), a source right before it at the end ({@code ..., Xi said}),
 * {@code according to}, {@code was quoted as saying}, and participles that go on with the same
 * source ({@code , stressing that ...}, {@code Noting that ..., Xi said}). Any past-tense verb
 * right beside a quotation attributes it too ({@code "...," the mayor continued}). A claim whose
 * content is a quoted segment attributes a direct quote; one whose content holds a quoted fragment
 * is a mixed quote; otherwise it is indirect. Speech reported inside reported content is a quote
 * of its own, read one level deep.
 *
 * <p>Quoted segments left without a cue take the source of their unit, of a name or a subject
 * that introduces them with a colon, of the subject of the writer's sentence they stand in, of
 * the nearest source of their paragraph, or of the paragraph before; a paragraph that opens a
 * quote without closing it carries its source through the paragraphs that continue the quote.
 *
 * <p>Every look-around is bounded by a constant number of words, so the time is linear in the
 * article. Instances are immutable and thread-safe; each call works on its own state.
 */
public final class QuoteFinder {

  /**
   * Words between a subject and its verb: {@code Xi also said}, {@code officials have said},
   * {@code officials have long argued}.
   */
  private static final FoldedWords BETWEEN_SUBJECT_AND_VERB = FoldedWords.of(
      "has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "could",
      "can", "may", "might", "should", "shall", "must", "did", "does", "do", "also", "later",
      "earlier", "previously", "then", "again", "further", "repeatedly", "once", "recently",
      "publicly", "privately", "reportedly", "often", "frequently", "always", "never", "not",
      "n't", "still", "already", "just", "even", "only", "simply", "flatly", "strongly",
      "here", "explicitly", "clearly", "firmly", "separately", "specifically", "openly",
      "subsequently", "initially", "first", "finally", "last", "yesterday", "today", "tonight",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "itself",
      "himself", "herself", "themselves", "categorically", "bluntly", "angrily", "quickly",
      "immediately", "frankly", "all", "both", "too", "however", "nonetheless", "nevertheless",
      "meanwhile", "likewise", "therefore", "thus", "since", "now", "long");

  /** Words that end a subject phrase when reading backwards from the verb. */
  private static final FoldedWords SUBJECT_STOPS = FoldedWords.of(
      "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "as", "because",
      "when", "if", "while", "after", "before", "since", "than", "so", "where", "although",
      "though", "unless", "until", "whether", "what", "how", "why", "him", "them", "us", "me",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
      "today", "also", "not", "is", "are", "was", "were", "has", "have", "had", "be", "been",
      "would", "will", "could", "should", "can", "may", "might", "must", "do", "does", "did",
      "by", "it's", "there", "here", "said", "says", "say", "told", "added");

  /** Words that may open an adverbial between a verb and its {@code that}. */
  private static final FoldedWords ADVERBIAL_OPENERS = FoldedWords.of(
      "on", "in", "at", "during", "after", "before", "while", "earlier", "later", "last",
      "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "recently", "again", "also", "repeatedly", "publicly", "privately",
      "separately", "previously", "then", "through", "via", "over", "late", "early",
      "shortly", "from", "with", "without", "here");

  /**
   * Gerunds that, after {@code without}, tell how a source spoke rather than what: {@code ...,
   * without elaborating}, {@code without giving details}.
   */
  private static final FoldedWords GERUNDS_OF_TELLING = FoldedWords.of(
      "elaborating", "giving", "providing", "offering", "citing", "naming", "specifying",
      "explaining", "saying", "commenting", "disclosing", "identifying", "detailing", "going");

  /**
   * The forms of {@code be}, which make a past participle after them passive: {@code was called},
   * {@code has been mentioned}.
   */
  private static final FoldedWords BE_FORMS = FoldedWords.of(
      "is", "are", "was", "were", "be", "been", "being");

  /**
   * Relatives and subordinators, which make a clause between commas an apposition or an
   * adverbial: {@code the exchange, where shares are traded,}, {@code others, while agreeing a
   * price had been set,}.
   */
  private static final FoldedWords APPOSITION_OPENERS = FoldedWords.of(
      "who", "whom", "whose", "which", "that", "where", "while", "although", "though", "when",
      "if", "because", "since", "after", "before", "as", "unless", "whereas");

  /**
   * Auxiliaries that make a clause between commas finite; not {@code do}, as in {@code
   * Volkswagen do Brasil}.
   */
  private static final FoldedWords FINITE_VERBS = FoldedWords.of(
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
      "might", "should", "must");

  /**
   * Prepositions that open an adverbial of place or occasion after a source: {@code said Okoro
   * at a briefing}, {@code said the ministry in a letter to ...}.
   */
  private static final FoldedWords PLACE_OPENERS = FoldedWords.of("at", "in", "during");

  /**
   * Verbs that name who speaks in their object or their passive subject: {@code "...," it quoted
   * experts as saying}, {@code X was cited as saying}.
   */
  private static final FoldedWords QUOTING_VERBS = FoldedWords.of("quoted", "cited");

  /**
   * Words between a subject and its verb that are also names: {@code May}, {@code Will}, {@code
   * Brandt Can Inc}, {@code Long}.
   */
  private static final FoldedWords NAMES_SPELLED_AS_VERB_WORDS =
      FoldedWords.of("may", "can", "will", "long");

  /** Verbs that make a clause finite: {@code said in the past the mill had ...}. */
  private static final FoldedWords AUXILIARIES = FoldedWords.of(
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
      "might", "should", "must", "did", "does", "do", "cannot", "shall");

  /** Where something is said: {@code said in a statement it ...}. */
  private static final FoldedWords STATEMENTS = FoldedWords.of(
      "statement", "interview", "speech", "letter", "release", "note", "message", "briefing",
      "broadcast", "conference", "report", "communique", "address");

  /** Nouns that end in -ly, no adverbs before a verb: {@code state daily said}. */
  private static final FoldedWords NOUNS_IN_LY = FoldedWords.of(
      "daily", "weekly", "monthly", "quarterly", "family", "ally", "assembly");

  /**
   * Verbs that do nothing but report speech: after {@code and} they open the subject's next
   * report, never go on with the content before ({@code Beijing reiterated its stance and said}).
   */
  private static final FoldedWords SPEECH_VERBS = FoldedWords.of("say", "add", "tell");

  /**
   * Heads of what sets out terms or expects figures, which {@code call for} what they provide or
   * foresee, not by speech: {@code The plan calls for cuts}, {@code The median estimate called
   * for a rise}.
   */
  private static final FoldedWords PROVISION_HEADS = FoldedWords.of(
      "plan", "plans", "forecast", "forecasts", "estimate", "estimates", "projection",
      "projections", "budget", "agreement", "accord", "pact", "deal", "contract", "treaty",
      "proposal", "bill", "law", "legislation", "measure", "program", "programme", "package",
      "scheme", "schedule", "formula", "settlement", "arrangement", "rules", "regulations");

  /** Verbs whose base and third-person forms are more often nouns: {@code the report}, {@code emails}. */
  private static final FoldedWords NOUN_LIKE = FoldedWords.of(
      "report", "state", "note", "comment", "remark", "claim", "tweet", "email", "recall",
      "answer", "reply", "demand", "promise", "pledge", "estimate", "forecast", "question",
      "quote", "call", "charge", "counter", "post", "respond", "warn", "vow", "repeat",
      "voice", "express", "signal", "hint", "point", "cite", "brief", "joke", "boast",
      "shout", "lament", "concede", "proclaim", "stress");

  /** Words that mark a clause, not a source, after a cue: {@code said Chile must reply}. */
  private static final FoldedWords NOT_IN_SOURCES = FoldedWords.of(
      "must", "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could",
      "should", "may", "might", "do", "does", "did", "that", "to", "not", "be", "been", "it",
      "he", "she", "they", "we", "i", "you", "there", "if", "when", "because", "but");

  /**
   * Past forms of the verbs of business copy, which in lower case end a source after its cue:
   * {@code said its net profit fell.}, but {@code said Rose}.
   */
  private static final FoldedWords PASTS_NOT_IN_SOURCES = FoldedWords.of(
      "fell", "rose", "grew", "gave", "took", "came", "held", "paid", "sold", "bought", "lost",
      "won", "brought", "became", "began", "got", "kept", "left");

  /** Nouns of sources not among titles: {@code said a source}, {@code said one person}. */
  private static final String[] SOURCE_NOUN_WORDS = {
      "source", "person", "man", "woman", "aide", "adviser", "expert", "resident", "witness",
      "voter", "supporter", "critic", "lawyer", "attorney", "friend", "colleague", "insider",
      "veteran", "observer", "historian", "scholar", "researcher", "pollster", "consultant",
      "operative", "donor", "staffer", "activist", "organizer", "worker", "student", "teacher",
      "farmer", "owner", "businessman", "businesswoman", "investor", "trader", "economist",
      "analyst", "official", "diplomat", "delegate", "lobbyist", "doctor", "physician",
      "administrator", "correspondent", "columnist", "commentator", "scientist", "engineer",
      "specialist", "banker", "broker", "dealer", "negotiator", "campaigner"};

  private static final FoldedWords SOURCE_NOUNS = FoldedWords.of(SOURCE_NOUN_WORDS);

  /**
   * The nouns of sources and the words that qualify them ({@code a senior official}, {@code a
   * campaign aide}), as a phrase of a source is read: one set, asked once per word.
   */
  private static final FoldedWords SOURCE_WORDS = FoldedWords.of(Stream.concat(
      Arrays.stream(SOURCE_NOUN_WORDS), Stream.of("senior", "top", "former", "close", "longtime",
          "political", "campaign", "white", "state", "federal", "local", "republican",
          "democratic", "party", "administration", "government", "military", "defense",
          "intelligence", "police", "u.s", "american", "chinese", "foreign", "another"))
      .toArray(String[]::new));

  /** Periods of time after {@code last}, {@code this} or {@code the past}: {@code this morning}. */
  private static final FoldedWords PERIODS = FoldedWords.of(
      "week", "month", "year", "morning", "afternoon", "evening", "night");

  /** Nouns of how long or how often after {@code for}: {@code said for years that ...}. */
  private static final FoldedWords DURATIONS = FoldedWords.of(
      "years", "months", "weeks", "days", "decades", "time", "while");

  /** Times that may stand between a verb and its content: {@code said Tuesday the ...}. */
  private static final FoldedWords TIMES = FoldedWords.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
      "today", "tonight", "recently", "earlier", "later", "again", "repeatedly", "publicly",
      "privately", "week", "month", "year", "night", "morning", "afternoon", "evening", "here");

  /** Means of speaking after {@code by}: {@code told Reuters by telephone from Oslo that}. */
  private static final FoldedWords MEANS = FoldedWords.of(
      "telephone", "phone", "telex", "cable", "letter", "fax", "email", "satellite", "video",
      "radio");

  /** The place and days that follow a source after its cue: {@code said Chen here Tuesday}. */
  private static final FoldedWords DAYS = FoldedWords.of(
      "here", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");

  /** Past forms of verbs that may attribute a quotation beside them, not in -ed. */
  private static final FoldedWords IRREGULAR_PASTS = FoldedWords.of(
      "read", "wrote", "spoke", "sang", "shot", "went", "began", "put", "cried", "swore",
      "thought", "felt", "knew", "told", "said", "rang", "bit", "fought", "stood", "made");

  /** Participles that open an aside on what was done to a subject: {@code sold by Harlow}. */
  private static final FoldedWords IRREGULAR_PARTICIPLES = FoldedWords.of(
      "sold", "bought", "held", "led", "run", "built", "taken", "made");

  /**
   * Past forms, unlike their participles, that only a finite verb takes: {@code sales rose},
   * {@code output fell}; for telling a clause, not for attributing a quotation.
   */
  private static final FoldedWords PASTS_OF_CLAUSES = FoldedWords.of(
      "rose", "fell", "came", "grew", "took", "gave", "saw", "became", "drew", "threw", "broke",
      "chose", "shook", "forgot", "withdrew", "overtook", "underwent", "arose", "ate", "sank",
      "wore", "tore", "flew", "drove", "rode");

  /** Forms of speech that no noun follows as a participle: {@code One said}, {@code one tells}. */
  private static final FoldedWords ONE_OF_MANY_VERBS = FoldedWords.of(
      "said", "says", "told", "tells", "wrote", "writes");

  /**
   * Prepositions that go on an adverbial after a statement named in it, besides those of
   * {@link SourcePhrase#isPreposition}: {@code wrote in a speech about the levy}.
   */
  private static final FoldedWords ADVERBIAL_PREPOSITIONS = FoldedWords.of(
      "about", "against", "among", "before", "after", "by", "during", "into", "over", "since",
      "through", "under", "until", "upon", "within", "without", "across", "amid", "despite",
      "via", "like", "near", "ahead", "following", "as");

  /** Prepositions of time after a participle: {@code a report released after trading}. */
  private static final FoldedWords PREPOSITIONS_OF_TIME = FoldedWords.of(
      "after", "before", "during", "following");

  /**
   * Participles of putting a text out, which a time may follow inside a subject ({@code a
   * report released after trading}), where after other verbs it follows the clause's own
   * ({@code Okafor resigned after ...}).
   */
  private static final FoldedWords ISSUING_PARTICIPLES = FoldedWords.of(
      "released", "issued", "published", "posted", "distributed", "circulated", "sent",
      "presented", "filed", "prepared", "signed", "adopted", "read");

  /** Words that open a time, not a subject: {@code Hours later, ...}, {@code Last week, ...}. */
  private static final FoldedWords TIME_OPENERS = FoldedWords.of(
      "hours", "days", "weeks", "months", "years", "minutes", "moments", "seconds", "last",
      "next", "this", "that", "later", "earlier", "soon", "shortly", "late", "early", "meanwhile",
      "afterward", "afterwards", "first", "then", "now", "january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december");

  /** Nouns of works, before their titles: {@code the TV show "Harbor Lights"}. */
  private static final FoldedWords WORK_NOUNS = FoldedWords.of(
      "show", "program", "programme", "book", "memoir", "film", "movie", "series", "podcast",
      "album", "song", "play", "documentary", "column", "novel", "musical", "concert", "segment",
      "slogan", "broadcast", "episode", "headline", "titled", "entitled", "autobiography",
      "biography");

  /** Words inside the names of bodies and media: {@code Ways and Means}, {@code Welt am Sonntag}. */
  private static final FoldedWords NAME_JOINING_WORDS = FoldedWords.of("and", "am", "de");

  /** Bodies told in the singular and in lower case: {@code told parliament}. */
  private static final FoldedWords BODIES_TOLD = FoldedWords.of(
      "parliament", "congress", "police", "staff", "management", "court");

  /** Nouns of the media a source may tell: {@code told French television}. */
  private static final FoldedWords MEDIA_NOUNS = FoldedWords.of(
      "television", "radio", "magazine", "newspaper", "daily", "weekly", "network", "channel",
      "station", "website", "paper", "agency", "broadcaster", "tv", "news");

  /**
   * People of the press told something, after the name of their medium with no determiner:
   * {@code told Harlo reporters}.
   */
  private static final FoldedWords PRESS_LISTENERS = FoldedWords.of(
      "reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists");

  /** People named by a work they make, before {@code of} and its title: {@code author of "..."}. */
  private static final FoldedWords WORK_MAKERS = FoldedWords.of(
      "author", "co-author", "editor", "director", "host", "co-host", "creator", "star",
      "producer", "publisher", "anchor", "writer");

  /** Words that a title leaves in lower case: {@code Meet the Press}, {@code Face of the Nation}. */
  private static final FoldedWords TITLE_FUNCTION_WORDS = FoldedWords.of(
      "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
      "is", "as");

  /** Adjectives between two determiners: {@code the next two cities}, {@code the other two}. */
  private static final FoldedWords ORDINAL_ADJECTIVES = FoldedWords.of(
      "next", "first", "last", "other", "past", "top", "remaining", "final");

  /** Verbs whose subject goes on to speak in the infinitive: {@code Hale continued to insist}. */
  private static final FoldedWords CONTINUING = FoldedWords.of("continued", "continues", "continue");

  /** Forms of {@code go} that go on with {@code on} into an infinitive: {@code went on to say}. */
  private static final FoldedWords GOING = FoldedWords.of("went", "goes", "go", "gone");

  /** Adjectives of a person's ties, followed by {@code to}: {@code sources close to the talks}. */
  private static final FoldedWords TIES_BEFORE_TO = FoldedWords.of("close", "privy", "loyal");

  /** Prepositions that may stand inside a subject, {@code to} aside. */
  private static final FoldedWords SUBJECT_PREPOSITIONS =
      FoldedWords.of("of", "for", "in", "at", "from", "with", "on", "near");

  /**
   * Words that open a clause of time or manner after a source: {@code said Varga as he looked
   * ahead to ...}, {@code said Lund before he left}.
   */
  private static final FoldedWords SUBORDINATORS = FoldedWords.of(
      "as", "before", "after", "while", "when");

  /**
   * Adverbs that open a sentence before its subject, capitalized there as a name would be, and
   * that neither {@link #CLAUSE_OPENERS} nor {@link #BETWEEN_SUBJECT_AND_VERB} holds: {@code
   * Rather, ...}, {@code Overall, ...}, {@code Second, ...}.
   */
  private static final FoldedWords SENTENCE_ADVERBS = FoldedWords.of(
      "rather", "overall", "second", "third", "moreover", "furthermore", "nevertheless",
      "nonetheless", "indeed", "besides", "therefore", "otherwise", "likewise", "hence");

  /**
   * Words that open a clause of time or cause whose subject a verb coordinated in it shares:
   * {@code when Hale thanked the city and said ...}.
   */
  private static final FoldedWords SUBJECT_CLAUSE_OPENERS = FoldedWords.of(
      "when", "while", "after", "before", "because", "although", "though", "since", "once",
      "until");

  /** Words that open a dependent clause: {@code while officials played up the talks}. */
  private static final FoldedWords DEPENDENT_CLAUSE_OPENERS = FoldedWords.of(
      "that", "while", "as", "when", "where", "because", "although", "though", "after", "before",
      "since", "if", "whether", "unless");

  /** Words after which a subject may start a clause. */
  private static final FoldedWords CLAUSE_OPENERS = FoldedWords.of(
      "and", "but", "that", "while", "as", "when", "where", "because", "so", "although",
      "though", "after", "before", "since", "yet", "also", "however", "meanwhile", "today",
      "yesterday", "or", "even", "only", "now", "instead", "then", "thus", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
      "morning", "afternoon", "evening", "night", "weekend", "earlier", "later", "separately",
      "previously", "recently");

  /**
   * Relative pronouns after which a subject may report a clause, the relative's own: {@code
   * losses, which he said have cost billions}, {@code what she said is rising demand}.
   */
  private static final FoldedWords RELATIVES = FoldedWords.of("which", "what", "whom");

  /** Adverbs before the preposition of an opening adverbial: {@code Meanwhile in Oslo}. */
  private static final FoldedWords ADVERBS_BEFORE_PREPOSITIONS = FoldedWords.of(
      "meanwhile", "separately", "also", "earlier", "later");

  /**
   * Articles and possessives that open a subject after an adverbial that no comma ends, as the
   * {@link #SUBJECT_PRONOUNS} do ({@link #subjectAfterOpeningAdverbial}).
   */
  private static final FoldedWords SUBJECT_DETERMINERS = FoldedWords.of(
      "the", "a", "an", "its", "his", "her", "their");

  /** Pronouns that are a clause's subject: {@code he}, not {@code him}. */
  private static final FoldedWords SUBJECT_PRONOUNS = FoldedWords.of(
      "he", "she", "it", "they", "we");

  /** Determiners by which a subject names no one: {@link #namesNoOne}. */
  private static final FoldedWords NO_ONE = FoldedWords.of("neither", "no");

  /** Relative pronouns that open a clause set off by commas: {@code the levy, which ...,}. */
  private static final FoldedWords ASIDE_RELATIVES = FoldedWords.of(
      "which", "who", "whom", "whose", "where");

  /**
   * Words that open a question after {@code asked}, or a matter asked about: {@code asked
   * whether}, {@code asked why}, {@code asked about the levy}.
   */
  private static final FoldedWords QUESTION_WORDS = FoldedWords.of(
      "whether", "if", "who", "whom", "whose", "what", "which", "why", "how", "when", "where",
      "about");

  /**
   * Things won or taken, which {@code claim} takes without a word said: {@code claimed the
   * title}, {@code the flood claimed 20 lives}.
   */
  private static final FoldedWords CLAIMED_THINGS = FoldedWords.of(
      "lives", "life", "title", "titles", "crown", "medal", "medals", "gold", "silver", "bronze",
      "championship", "trophy", "cup", "wicket", "wickets", "seat", "seats", "spot", "win",
      "wins", "prize", "nomination", "record", "lead", "points", "goal", "goals", "independence",
      "victims");

  /** Verbs that give a name in their subject's words: {@code termed it "a farce"}. */
  private static final FoldedWords NAMING_VERBS = FoldedWords.of(
      "called", "calls", "calling", "termed", "dubbed", "labeled", "labelled", "branded");

  /** Words of a measure after {@code as}: {@code as many as 40}, {@code as well}. */
  private static final FoldedWords AS_MEASURES = FoldedWords.of(
      "many", "much", "well", "long", "soon", "far", "little", "few", "high", "low", "early",
      "late", "expected", "usual", "such", "if", "though", "of", "for", "to", "a", "the", "part");

  /** Occasions and forms of speech: {@code said the ministry in a statement}. */
  private static final FoldedWords OCCASIONS = FoldedWords.of(
      "statement", "editorial", "interview", "speech", "letter", "commentary", "article",
      "broadcast", "briefing", "conference", "address", "release", "report", "communique",
      "message", "column", "op-ed", "remarks", "testimony", "hearing", "debate", "rally",
      "ceremony", "meeting", "forum", "seminar", "summit", "session", "reply", "response");

  /**
   * Adverbs that qualify a participle used as an adjective after an article: {@code the newly
   * reported outbreak}, {@code a widely announced deal}.
   */
  private static final FoldedWords PARTICIPLE_ADVERBS = FoldedWords.of(
      "newly", "widely", "previously", "recently", "officially", "publicly", "formally",
      "originally", "initially", "commonly", "frequently", "repeatedly", "already", "much",
      "long", "oft", "often", "first", "earlier", "hotly", "eagerly", "highly");

  /**
   * Gatherings and bodies a speaker addresses, whose own name or members follow {@code of}:
   * {@code told a meeting of the Harlow Growers Union}, {@code told a conference of local
   * farmers}.
   */
  private static final FoldedWords LISTENING_BODIES = FoldedWords.of(
      "meeting", "conference", "congress", "session", "assembly", "audience", "crowd", "group",
      "gathering", "house", "committee", "subcommittee", "hearing", "delegation", "forum",
      "convention", "panel", "board", "council", "summit", "rally", "seminar", "symposium",
      "dinner", "luncheon", "lunch", "throng", "association", "congregation", "chamber",
      "parliament", "members", "workshop");

  /** Articles and possessives, after which a word in -ed is an adjective. */
  private static final FoldedWords ARTICLES = FoldedWords.of(
      "a", "an", "the", "his", "her", "its", "their", "our", "my", "your");

  /**
   * Words before a participle that tells how or when the subject of the clause did what it did:
   * {@code Hale drew criticism by saying ...}, {@code ... after insisting that ...}.
   */
  private static final FoldedWords MANNER_OPENERS = FoldedWords.of(
      "by", "while", "after", "before");

  /** Words that join a clause to the one before: {@code ..., but the share of ...}. */
  private static final FoldedWords CLAUSE_JOINS = FoldedWords.of(
      "and", "but", "while", "so", "or", "yet");

  /** Words that open a clause whose verb, in the passive, is left out: {@code when asked}. */
  private static final FoldedWords QUESTION_CLAUSE_OPENERS = FoldedWords.of(
      "when", "if", "after", "once", "as", "before", "while", "until", "unless");

  private static final FoldedWords OBJECT_PRONOUNS = FoldedWords.of(
      "him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers",
      "supporters", "listeners", "viewers", "delegates", "participants", "everyone", "anyone");

  /** The most tokens the content of reported speech may span: a long sentence's worth. */
  private static final int MAX_CONTENT_TOKENS = 200;

  /** The most words a subject, an object, an adverbial or a source after its cue may span. */
  private static final int MAX_PHRASE_WORDS = 12;

  /**
   * How far into a sentence, in characters, the subject before a pronoun is looked for: far
   * beyond where any subject that {@link #clauseSubject} reads ends.
   */
  private static final int ANTECEDENT_WINDOW = 1_000;

  /** The most bracketed asides a subject may hold: {@code the Agreement (INRA)}, {@code (R-Ky.)}. */
  private static final int MAX_PHRASE_BRACKETS = 2;

  /** The fewest words of a quotation inside a writer's sentence that make it a quote. */
  private static final int MIN_FRAGMENT = 4;
  private final SpeechCues cues;

  /** A finder that reads cues from {@code cues}. */
  public QuoteFinder(SpeechCues cues) {
    this.cues = cues;
  }

  /** How many candidates before a paragraph it may take a source from. */
  private static final int LOOK_BACK = 4;

  private static final Comparator<Candidate> BY_CONTENT_START =
      Comparator.comparingInt(c -> c.contentStart);

  private static final Comparator<Candidate> BY_CONTENT =
      BY_CONTENT_START.thenComparingInt(c -> c.contentEnd);

  private static final Comparator<Candidate> BY_SOURCE_START =
      Comparator.comparingInt(c -> c.named().start);

  /** A quote found, before its speaker is resolved. */
  private static final class Candidate {
    QuoteKind kind;
    int contentStart;
    int contentEnd;
    int cueStart = -1;
    int cueEnd = -1;
    SourcePhrase source;
    SourcePhrase apposition;
    /** Another candidate whose source this one shares, where it names none itself. */
    Candidate sourceOf;
    int paragraph;
    /** The run of quote paragraphs this candidate belongs to, or -1. */
    int run = -1;
    int handle = -1;
    /** Whether the source is named in the candidate's own unit, so its mention applies here. */
    boolean sameUnit;
    /** A quotation inside a sentence of the writer's, with no cue: it takes no source from afar. */
    boolean fragment;
    /** A question its source leaves open ({@link Claim#silent}): resolved, but no quote. */
    boolean silent;
    /**
     * A question put to the one who answers it ({@link Claim#question}): it takes no source
     * from around it, and its speaker is the {@link #asker}, where the text names one.
     */
    boolean question;
    /** Who put the question of a {@link #question} candidate, or null. */
    SourcePhrase asker;

    /** The phrase that names this candidate's speaker: its source, or else its asker. */
    SourcePhrase named() {
      return source != null ? source : asker;
    }

    /** The candidate that names this one's source: itself, or the one it shares it with. */
    Candidate owner() {
      Candidate c = this;
      for (int hops = 0; c.source == null && c.sourceOf != null && hops < 8; hops++) {
        c = c.sourceOf;
      }
      return c;
    }
  }

  /** One claim of a cue: where its content and source are in the tokens of a paragraph. */
  private static final class Claim {
    int cueFrom;
    int cueTo;
    int contentFrom;
    int contentTo;
    /** Where the words the claim reads end: its cue's end, or the end of a source after it. */
    int readTo;
    SourcePhrase source;
    SourcePhrase apposition;
    /** A participle or a second clause: the source is that of the unit's main claim. */
    boolean inherits;
    /**
     * A relative clause's report ({@code a builder who said ...}): a participle after it goes
     * on with the clause around it, not with this source.
     */
    boolean inRelativeClause;
    /**
     * A question its source leaves open ({@code did not say when ...}): no quote, but the source
     * is resolved as any other, and the pronouns after it go on with it.
     */
    boolean silent;
    /**
     * What the subject called something: the words before the quotation ({@code called her
     * "reckless"}, {@code what she calls a "lost decade"}) belong to the content, however few,
     * and make the quote mixed.
     */
    boolean naming;
    /**
     * A question put to someone ({@code Asked whether ..., Hale said}): no source is to be taken
     * from around it, least of all the one asked, who answers.
     */
    boolean question;
    /**
     * Who put the question of a {@link #question} claim ({@code asked by reporters}), or
     * null. Not its source: an asker in the background is no antecedent of a pronoun, nor the
     * source of a quotation near it.
     */
    SourcePhrase asker;
  }

  /**
   * Adds the quotes and speakers of the article whose text is {@code text} to {@code article}.
   * Each quote goes to the builder as soon as it is made, while it is still in the processor's
   * cache: the builder checks the type of every element it is given, which, for a list handed
   * over at the end, reads a long article's quotes once more from memory.
   */
  public void find(String text, List<Paragraph> paragraphs, Article.Builder article) {
    // The candidates still open to change, after a few settled ones kept for looking back.
    List<Candidate> candidates = new ArrayList<>();
    int settled = 0;
    ParagraphTokens tokens = ParagraphTokens.forReading(text);
    ParagraphTokens nameRuns = ParagraphTokens.forAppending(text);
    SpeakerResolver resolver = new SpeakerResolver(text);
    AntecedentSearch antecedents = new AntecedentSearch(text, paragraphs);
    int run = -1;
    Candidate pendingColon = null;
    List<Candidate> introducers = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph paragraph = paragraphs.get(p);
      tokens.read(paragraph.span().start(), paragraph.span().end());
      SpeakerResolver.keepNameRuns(tokens, nameRuns);
      boolean continuesRun = run >= 0 && tokens.size > 0 && tokens.kind[0] == ParagraphTokens.OPEN;
      if (!continuesRun) {
        run = -1;
      }
      int before = candidates.size();
      pendingColon = findInParagraph(tokens, paragraph, p, candidates, pendingColon);
      if (pendingColon != null) {
        introducers.add(pendingColon);
      }
      // The news convention for long quotes: an opening mark left open at the end of the
      // paragraph is continued by the next paragraph that opens with one.
      int openQuote = unclosedTopLevelQuote(tokens);
      if (openQuote >= 0 || continuesRun) {
        int id = continuesRun ? run : p;
        for (int c = before; c < candidates.size(); c++) {
          Candidate candidate = candidates.get(c);
          if (candidate.kind == QuoteKind.DIRECT
              && (candidate.contentStart < tokens.end[0] + 1 && continuesRun
                  || openQuote >= 0 && candidate.contentStart == tokens.end[openQuote])) {
            candidate.run = id;
          }
        }
        run = openQuote >= 0 ? id : -1;
      }
      boolean anythingOpen = candidates.size() > settled || !introducers.isEmpty();
      if (anythingOpen && (run < 0 || p == paragraphs.size() - 1)) {
        // No quotation runs on into the next paragraph, so nothing found so far changes: its
        // speakers are resolved and its quotes made now, while they are fresh in memory, and
        // only the last few candidates are kept, for the next paragraph to look back at.
        List<Candidate> open = new ArrayList<>(candidates.subList(settled, candidates.size()));
        shareSourcesInRuns(open);
        resolveSources(open, introducers, antecedents, resolver);
        addQuotes(text, open, resolver, article);
        introducers.clear();
        candidates.subList(0, Math.max(0, candidates.size() - LOOK_BACK)).clear();
        settled = candidates.size();
      }
    }
    resolver.addNameMentions(nameRuns);
    article.speakers(resolver.speakers());
  }

  private static int unclosedTopLevelQuote(ParagraphTokens tokens) {
    if (!tokens.hasQuotation) {
      return -1;
    }
    for (int t = tokens.size - 1; t >= 0; t--) {
      if (tokens.kind[t] == ParagraphTokens.OPEN && tokens.depth[t] == 1) {
        return tokens.partner[t] < 0 ? t : -1;
      }
    }
    return -1;
  }

  private Candidate findInParagraph(ParagraphTokens tokens, Paragraph paragraph, int index,
      List<Candidate> candidates, Candidate pendingColon) {
    if (tokens.size == 0) {
      return null;
    }
    int paragraphFirst = candidates.size();
    int[] unitStarts = units(tokens, paragraph);
    boolean[] claimed = new boolean[tokens.size];
    Candidate lastOwner = null;
    Candidate colon = null;
    for (int u = 0; u < unitStarts.length; u++) {
      int from = unitStarts[u];
      int to = u + 1 < unitStarts.length ? unitStarts[u + 1] : tokens.size;
      List<Claim> claims = claims(tokens, from, to);
      Claim main = null;
      for (Claim claim : claims) {
        if (!claim.inherits && !claim.inRelativeClause && claim.source != null && main == null) {
          main = claim;
        }
      }
      Candidate unitOwner = null;
      int unitFirst = candidates.size();
      Candidate lastMain = null;
      for (Claim claim : claims) {
        Candidate owner = null;
        if (claim.inherits && main != null) {
          // A participle goes on with the source of the clause before it, or of the unit's
          // main clause when it comes first ("Noting that ..., Xi said ...").
          claim.source = null;
          owner = lastMain;
        } else if (claim.inherits && claim.source == null) {
          if (lastOwner == null) {
            continue;
          }
          owner = lastOwner;
        }
        int before = candidates.size();
        addClaim(tokens, claim, index, candidates, claimed, owner);
        if (!claim.inherits && !claim.inRelativeClause && claim.source != null
            && candidates.size() > before) {
          lastMain = candidates.get(before);
        }
      }
      // Link inheriting claims to the candidate of the unit's main claim.
      for (int c = unitFirst; c < candidates.size(); c++) {
        Candidate candidate = candidates.get(c);
        if (candidate.source != null && unitOwner == null) {
          unitOwner = candidate;
        }
      }
      for (int c = unitFirst; c < candidates.size(); c++) {
        Candidate candidate = candidates.get(c);
        if (candidate.source == null && candidate.sourceOf == null && unitOwner != null
            && !candidate.question) {
          candidate.sourceOf = unitOwner;
        }
      }
      // Quoted segments of the unit that no claim took: direct quotes of the unit's source.
      for (int t = from; t < to; t++) {
        if (tokens.kind[t] != ParagraphTokens.OPEN || tokens.depth[t] != 1 || claimed[t]) {
          continue;
        }
        int close = tokens.partner[t] < 0 ? tokens.size : tokens.partner[t];
        if (!isWholeQuote(tokens, t, close, unitOwner != null, from)
            || (tokens.isPunct(close - 1, ',') || tokens.isPunct(close + 1, ','))
                && opensInsideOpeningPhrase(tokens, t, from)) {
          // "In his "Harbour Notes," Hale wrote ...": a quotation that ends an opening phrase.
          continue;
        }
        Candidate candidate = direct(tokens, t, close, index);
        if (candidate == null) {
          continue;
        }
        candidate.fragment = !standsAlone(tokens, t, from);
        if (unitOwner != null) {
          candidate.sourceOf = unitOwner;
          candidate.sameUnit = true;
          candidate.cueStart = unitOwner.cueStart;
          candidate.cueEnd = unitOwner.cueEnd;
        } else if (pendingColon != null) {
          candidate.sourceOf = pendingColon;
          candidate.cueStart = pendingColon.cueStart;
          candidate.cueEnd = pendingColon.cueEnd;
          pendingColon = null;
        } else {
          SourcePhrase named = nameBeforeColon(tokens, t, from);
          SourcePhrase signed = named == null ? nameAfterDash(tokens, close) : null;
          if (named != null) {
            // "- Ana Reyes: "...": a name and a colon introduce the quotation.
            candidate.source = named;
            candidate.cueStart = tokens.start[t - 1];
            candidate.cueEnd = tokens.end[t - 1];
          } else if (signed != null) {
            // ""..." — Ana Reyes, a nurse in Dunmore.": a dash and a name sign it.
            candidate.source = signed;
            candidate.cueStart = tokens.start[close + 1];
            candidate.cueEnd = tokens.end[close + 1];
          } else if (t > from) {
            // "The union marched behind a banner against "any cut to pensions"": a
            // quotation inside a sentence without a cue is taken as its subject's words, where
            // the subject does something (not "The theme of the talks is "..."").
            candidate.source = subjectAfterOpeners(tokens, from, t);
            if (candidate.source == null) {
              candidate.source = subjectOfFirstVerb(tokens, from, t, false, false);
            }
          }
        }
        candidates.add(candidate);
      }
      if (unitOwner != null) {
        lastOwner = unitOwner;
      }
      pendingColon = null;
      colon = colonClaim(tokens, claims, from, to, index);
    }
    // Quotes still without a source take the nearest source before them in the paragraph, or
    // failing one the first after them, or else the source of the paragraph before.
    List<Candidate> inParagraph = new ArrayList<>(candidates.subList(paragraphFirst, candidates.size()));
    inParagraph.sort(BY_CONTENT_START);
    Candidate firstOwner = null;
    for (Candidate candidate : inParagraph) {
      if (candidate.owner().source != null) {
        firstOwner = candidate.owner();
        break;
      }
    }
    Candidate previous = null;
    for (int c = paragraphFirst - 1; c >= 0 && c >= paragraphFirst - LOOK_BACK; c--) {
      Candidate owner = candidates.get(c).owner();
      if (owner.source != null && candidates.get(c).paragraph >= index - 1) {
        previous = owner;
        break;
      }
    }
    Candidate nearest = null;
    for (Candidate candidate : inParagraph) {
      Candidate own = candidate.owner();
      if (own.source != null) {
        nearest = own;
        continue;
      }
      if (candidate.kind == QuoteKind.DIRECT && !candidate.question) {
        Candidate owner = nearest != null ? nearest : firstOwner != null ? firstOwner
            : candidate.fragment ? null : previous;
        if (owner != null && owner != candidate) {
          candidate.sourceOf = owner;
        }
      }
    }
    return colon;
  }

  /**
   * A claim with a source and no content that ends its paragraph with a colon ({@code Xi said:})
   * introduces the quote of the next paragraph.
   */
  private Candidate colonClaim(ParagraphTokens tokens, List<Claim> claims, int from, int to,
      int index) {
    if (to != tokens.size || !tokens.isPunct(to - 1, ':')) {
      return null;
    }
    if (claims.isEmpty()) {
      // "Li continued:", "The mayor turned to the council:": the subject introduces the quotation.
      SourcePhrase subject = unitSubject(tokens, from, to - 1);
      if (subject == null) {
        return null;
      }
      Candidate introducer = new Candidate();
      introducer.source = subject;
      introducer.paragraph = index;
      return introducer;
    }
    Claim last = claims.get(claims.size() - 1);
    if (last.source == null || last.contentFrom < to - 1) {
      return null;
    }
    Candidate introducer = new Candidate();
    introducer.source = last.source;
    introducer.apposition = last.apposition;
    introducer.cueStart = tokens.start[last.cueFrom];
    introducer.cueEnd = tokens.end[last.cueTo - 1];
    introducer.paragraph = index;
    return introducer;
  }

  /**
   * The first token of each unit: sentences, joined where a quotation runs from one into the
   * next.
   */
  private static int[] units(ParagraphTokens tokens, Paragraph paragraph) {
    List<Sentence> sentences = paragraph.sentences();
    int[] starts = new int[sentences.size()];
    int count = 0;
    int t = 0;
    for (Sentence sentence : sentences) {
      int sentenceStart = sentence.span().start();
      while (t < tokens.size && tokens.start[t] < sentenceStart) {
        t++;
      }
      if (t >= tokens.size) {
        break;
      }
      boolean insideQuote = tokens.depth[t] > 1
          || tokens.depth[t] == 1 && tokens.kind[t] != ParagraphTokens.OPEN;
      // "... a great day!" the mayor tweeted.": the attribution after a quote that ends in ! or ?
      // belongs with it.
      boolean attribution = t > 0 && tokens.kind[t - 1] == ParagraphTokens.CLOSE
          && tokens.kind[t] == ParagraphTokens.WORD
          && sentence.span().end() - sentenceStart <= 60
          && !opensQuoteBefore(tokens, t, sentence.span().end());
      if (count == 0 || !insideQuote && !attribution) {
        if (count == 0 || starts[count - 1] != t) {
          starts[count++] = t;
        }
      }
    }
    if (count == 0) {
      return new int[] {0};
    }
    starts[0] = 0;
    return java.util.Arrays.copyOf(starts, count);
  }

  /**
   * The name of a person standing alone before a colon that opens the quotation at {@code open},
   * at the start of its unit or after a dash: {@code Ana Reyes: "..."}; or null.
   */
  private static SourcePhrase nameBeforeColon(ParagraphTokens tokens, int open, int from) {
    int colon = open - 1;
    if (!tokens.isPunct(colon, ':') || colon - 1 < from) {
      return null;
    }
    int start = subjectStart(tokens, colon - 1, from);
    if (start > colon - 1 || colon - start > 10) {
      return null;
    }
    int before = start - 1;
    if (before >= from && !(tokens.isPunct(before, '-') || tokens.isPunct(before, '\u2014')
        || tokens.isPunct(before, '\u2013'))) {
      return null;
    }
    if (tokens.is(start, "more") && tokens.is(start + 1, "from")) {
      // "More from Ana Reyes: "..."": a column's formula for another excerpt of a source.
      start += 2;
    }
    SourcePhrase phrase = SourcePhrase.read(tokens, start, colon);
    return phrase != null && phrase.type == SourcePhrase.Type.NAME ? phrase : null;
  }

  /**
   * The name that signs the quotation closed at token {@code close} after a dash, ending the
   * paragraph alone or with an apposition after a comma: {@code "..." — Ana Reyes.}, {@code
   * "..."― Ana Reyes, a nurse in Dunmore.}; or null.
   */
  private static SourcePhrase nameAfterDash(ParagraphTokens tokens, int close) {
    int dash = close + 1;
    if (close < 0 || dash + 1 >= tokens.size || !(tokens.isPunct(dash, '\u2014')
        || tokens.isPunct(dash, '\u2013') || tokens.isPunct(dash, '\u2015')
        || tokens.isPunct(dash, '-') && tokens.start[dash] > tokens.end[close])) {
      return null;
    }
    // The name ends the paragraph, or a line of it: "..."― Ana Reyes.\n"..."― Tomas Okafor.
    int end = dash + 1;
    while (end - dash <= 3 * MAX_PHRASE_WORDS && !endsLine(tokens, end)) {
      end++;
    }
    if (end - dash > 3 * MAX_PHRASE_WORDS) {
      return null;
    }
    end = tokens.isPunct(end, '.') ? end : end + 1;
    int nameEnd = dash + 1;
    while (nameEnd < end && !tokens.isPunct(nameEnd, ',') && nameEnd - dash <= MAX_PHRASE_WORDS) {
      nameEnd++;
    }
    if (nameEnd - dash > MAX_PHRASE_WORDS || end - nameEnd > 2 * MAX_PHRASE_WORDS) {
      return null;
    }
    SourcePhrase phrase = SourcePhrase.read(tokens, dash + 1, nameEnd);
    return phrase != null && phrase.type == SourcePhrase.Type.NAME ? phrase : null;
  }

  /** Whether token {@code t} ends its paragraph or a line of it. */
  private static boolean endsLine(ParagraphTokens tokens, int t) {
    if (t + 1 >= tokens.size) {
      return true;
    }
    for (int i = tokens.end[t]; i < tokens.start[t + 1]; i++) {
      if (tokens.text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Whether a quotation opens in the tokens from {@code t} up to offset {@code end}. */
  private static boolean opensQuoteBefore(ParagraphTokens tokens, int t, int end) {
    for (int u = t; u < tokens.size && tokens.start[u] < end; u++) {
      if (tokens.kind[u] == ParagraphTokens.OPEN) {
        return true;
      }
    }
    return false;
  }

  /** The claims of the cues in tokens {@code [from, to)}, outside quotation marks. */
  private List<Claim> claims(ParagraphTokens tokens, int from, int to) {
    List<Claim> claims = new ArrayList<>(2);
    // Where the text not yet claimed begins, and where the text not yet reported whole begins.
    // Reaching back to the unit's start at each report, a chain ("A, the firm said, adding that
    // B, the firm said, adding that C ...") would make the quotes quadratic in its length.
    int regionStart = from;
    int wholeFrom = from;
    int outerEnd = from;
    // Where a report of the whole unit begins (reportOfTheWholeStart) that ended the content of
    // the claim before, or -1.
    int wholeReportStart = -1;
    Claim lastQuestion = null;
    for (int t = from; t < to; t++) {
      if (!tokens.isWord(t) || tokens.depth[t] > 0) {
        continue;
      }
      SpeechCues.Cue cue = cueAt(tokens, t, to);
      boolean anyVerb = false;
      boolean calling = false;
      if (cue == null && tokens.hasQuotation && callsSomethingQuoted(tokens, t, to)) {
        // "Marsh called Hale "unhinged."": what the subject called it, in the subject's words.
        cue = new SpeechCues.Cue("call", new String[0], true, tokens.is(t, "calling")
            ? SpeechCues.Form.GERUND : SpeechCues.Form.PAST);
        calling = true;
      } else if (cue == null) {
        // Any verb attributes a quotation it follows: "...," the mayor continued.
        if (!tokens.hasQuotation || !mayAttributeQuote(tokens, t, from)) {
          continue;
        }
        cue = new SpeechCues.Cue(tokens.lower(t), new String[0], true, SpeechCues.Form.PAST);
        anyVerb = true;
      }
      if ((tokens.is(t, "called") || tokens.is(t, "named")) && namesPersonBeforeVerb(tokens, t)) {
        // ""...," a miner called Tang told Xinhua": the name of the person, no cue.
        continue;
      }
      int cueTo = t + 1 + cue.following().length;
      // After a question that no comma sets off, the answer's subject starts where it ends.
      int subjectFrom = lastQuestion != null && lastQuestion.contentTo == regionStart
          && tokens.isWord(regionStart) ? regionStart : from;
      Claim claim = claim(tokens, cue, anyVerb, t, cueTo, from, to, regionStart, wholeFrom,
          subjectFrom);
      if (claim != null && calling && claim.contentFrom > t) {
        // The quotation opens within a few words of the verb (callsSomethingQuoted).
        int open = cueTo;
        while (open < to && tokens.kind[open] != ParagraphTokens.OPEN) {
          open++;
        }
        if (open < to && tokens.partner[open] >= 0) {
          claim.contentTo = namingEnd(tokens, t, tokens.partner[open] + 1, claim.contentTo,
              from, to);
        }
        claim.naming = true;
      }
      if (claim != null && anyVerb && !(claim.contentTo <= t && quoteEndsRegion(tokens, claim)
          || claim.contentFrom > t && tokens.kind[claim.contentFrom] == ParagraphTokens.OPEN
              && (t >= outerEnd || tokens.isPunct(claim.contentFrom - 1, ':')
                  || tokens.isPunct(claim.contentFrom - 1, ',')
                  || NAMING_VERBS.contains(tokens, t)))) {
        // Inside another's content, a quotation that is the object of a verb of no speech is
        // the outer source's words: "Hale said the fund still expected "a soft landing"" is
        // Hale's; but "..., to which Reyes interjected: "..."" is Reyes's, and so is a name
        // Reyes gives ("Hale said Reyes termed it "a farce"").
        claim = null;
      }
      if (claim != null && t >= outerEnd && claim.contentTo == to && claim.contentFrom > t) {
        // "A meeting today reaffirmed the opposition of Harwick to the levy, Dunmore officials
        // said.": a source and its cue that end the unit report the whole of it, this claim
        // included, whose content ends before them.
        int reportStart = reportOfTheWholeStart(tokens, claim, from, to);
        if (reportStart > 0) {
          claim.contentTo = reportStart;
          wholeReportStart = reportStart;
        }
      } else if (claim != null && t < outerEnd && outerEnd == wholeReportStart) {
        // "..., but acknowledged the crisis could deepen, Dunmore officials said.": a claim
        // nested in that content ends with it.
        claim.contentTo = Math.min(claim.contentTo, wholeReportStart);
      }
      if (claim != null) {
        claims.add(claim);
        lastQuestion = claim.question ? claim : null;
        // Told by where its content starts rather than by which rule made it: every rule that
        // reaches back to wholeFrom leaves its content starting before the unclaimed text.
        boolean reportsWhole = claim.contentFrom < regionStart && claim.contentFrom < t;
        regionStart = Math.max(claim.contentTo, claim.readTo);
        if (reportsWhole) {
          wholeFrom = regionStart;
        }
        if (t < outerEnd) {
          // A claim nested in another's content: what it reports is read no deeper, so that
          // the quotes of a sentence cover its text at most twice.
          t = Math.max(t, claim.contentTo - 1);
        } else {
          // Cues inside the content report speech nested in it ("he said A, which he argued
          // ..."): reading goes on after the cue.
          outerEnd = claim.contentTo;
          t = Math.max(t, cueTo - 1);
        }
      }
    }
    return claims;
  }

  /**
   * Where a source and its cue at the end of the unit {@code [from, to)} begin, set off by the
   * comma at the returned token, where they report the words before them, the content of {@code
   * inner} among them ({@code ..., Dunmore officials said.}); or -1. {@link #contentEnd} ends a
   * content before another source after a comma by a look of a few words ahead, as it must at
   * every comma of every content; this reads the last cue's subject in full ({@code U.S. trade
   * officials}, {@code the official Harlow Press Agency HPA}), once for a content that runs to
   * the unit's end.
   */
  private int reportOfTheWholeStart(ParagraphTokens tokens, Claim inner, int from, int to) {
    // The source follows a comma: the words after the last one are looked up as cues, and none
    // where there is none, as in most contents.
    int comma = to - 1;
    while (comma > inner.contentFrom && to - comma <= 2 * MAX_PHRASE_WORDS
        && !(tokens.isPunct(comma, ',') && tokens.depth[comma] == 0)) {
      comma--;
    }
    if (comma <= inner.contentFrom || !tokens.isPunct(comma, ',')) {
      return -1;
    }
    for (int c = to - 1; c > comma; c--) {
      if (!tokens.isWord(c) || tokens.depth[c] > 0) {
        continue;
      }
      SpeechCues.Cue cue = cueAt(tokens, c, to);
      if (cue == null || cue.form() != SpeechCues.Form.PAST
          && cue.form() != SpeechCues.Form.THIRD_PERSON) {
        continue;
      }
      int cueTo = c + 1 + cue.following().length;
      if (!endsClause(tokens, skipObject(tokens, cue.lemma(), cueTo, to), to)) {
        // "After Hale announced ..., Reyes wrote a blog against him.": the cue takes an
        // object of its own; a quotation that ends before the source does not make it a report.
        return -1;
      }
      Claim outer = claim(tokens, cue, false, c, cueTo, from, to, inner.contentFrom,
          inner.contentFrom, from);
      return outer != null && outer.contentFrom == inner.contentFrom && outer.contentTo < c
          && outer.contentTo > inner.contentFrom && tokens.isPunct(outer.contentTo, ',')
          ? outer.contentTo : -1;
    }
    return -1;
  }

  /**
   * Where what the subject called something ends, given the end {@code quotationEnd} of its
   * first quotation and the end {@code contentTo} the claim's content would have: past the
   * further quotations of a list ({@code called Hale a "liar," a "bully" and "unfit"}), then
   * past a phrase on what was called that holds no clause of its own ({@code called the vote a
   * "turning point" for the town}) or a relative clause on it ({@code called Hale a "liar" who
   * had "misled" voters}). Not past a word that joins another verb or clause ({@code called
   * both "reckless" and said ...}, {@code called it a "farce," and I agree}), nor past the noun
   * in {@code what Reyes calls a "lost decade"}, which the sentence goes on from.
   */
  private static int namingEnd(ParagraphTokens tokens, int cue, int quotationEnd, int contentTo,
      int from, int to) {
    if (contentTo <= quotationEnd) {
      return contentTo;
    }
    int end = quotationEnd;
    for (int next = quotationAfterListWord(tokens, end, to); next >= 0;
        next = quotationAfterListWord(tokens, end, to)) {
      end = tokens.partner[next] + 1;
    }
    if (end >= contentTo || tokens.kind[end - 2] == ParagraphTokens.PUNCT) {
      // "calls Hale a "bully," said ...", "calling it "a farce." The board ...": a mark inside
      // the quotation's own marks ends the phrase.
      return end;
    }
    for (int t = cue - 1; t >= from && cue - t <= 6 && tokens.isWord(t); t--) {
      if (tokens.is(t, "what")) {
        return end;
      }
    }
    boolean relative = tokens.is(end, "who") || tokens.is(end, "that");
    for (int t = end; t < contentTo; t++) {
      if (tokens.depth[t] > 0 || tokens.kind[t] == ParagraphTokens.OPEN
          || tokens.kind[t] == ParagraphTokens.CLOSE) {
        continue;
      }
      boolean joins = tokens.is(t, "and") || tokens.is(t, "or") || tokens.isPunct(t, ',');
      if (joins && relative && (quotationAfterListWord(tokens, t, contentTo) >= 0
          || !tokens.isPunct(t, ',') && ARTICLES.contains(tokens, t + 1))) {
        // "who is "unfit," a "bully" and ...", "that will help the town and the region": a list
        // inside the relative clause.
        continue;
      }
      if (tokens.isPunct(t, '\'') || tokens.isPunct(t, '\u2019')
          || tokens.isPunct(t, '.') && isAbbreviationPeriod(tokens, t)) {
        // "aimed at the rebels' leaders", "of Sept. 11": a possessive, an abbreviation.
        continue;
      }
      if (joins || !tokens.isWord(t) || tokens.is(t, "but")
          || SUBJECT_CLAUSE_OPENERS.contains(tokens, t) || !relative && isRelativeWord(tokens, t)) {
        // The phrase ends at a mark or a joining word: a clause or another verb follows.
        return t;
      }
    }
    return contentTo;
  }

  /**
   * The opening mark of a quotation that goes on a list at token {@code t}, after a comma,
   * {@code and} or {@code or} and an article ({@code , a "bully"}, {@code and "unfit"}), or
   * after a quotation that ends in a comma ({@code "bully," "unfit"}), closed before {@code to};
   * or -1.
   */
  private static int quotationAfterListWord(ParagraphTokens tokens, int t, int to) {
    int u = tokens.isPunct(t, ',') ? t + 1 : t;
    u = u < to && (tokens.is(u, "and") || tokens.is(u, "or")) ? u + 1 : u;
    u = u < to && ARTICLES.contains(tokens, u) ? u + 1 : u;
    boolean listed = u > t || t >= 2 && tokens.kind[t - 1] == ParagraphTokens.CLOSE
        && tokens.isPunct(t - 2, ',');
    return listed && u < to && tokens.kind[u] == ParagraphTokens.OPEN && tokens.partner[u] > u
        && tokens.partner[u] < to ? u : -1;
  }

  /**
   * Whether token {@code t} is {@code called}, {@code calls} or {@code calling} with an object
   * and then a quotation ({@code called Hale "unhinged"}, {@code calling the plan "a disgrace"}):
   * not a name given ({@code a group called "Friends of the Earth"}, where the quotation follows
   * the verb) nor a passive ({@code was called "the Butcher"}).
   */
  private static boolean callsSomethingQuoted(ParagraphTokens tokens, int t, int to) {
    if (!(tokens.is(t, "called") || tokens.is(t, "calls") || tokens.is(t, "calling"))
        || t + 2 >= to || !tokens.isWord(t + 1) || tokens.isCapitalized(t)
        || BE_FORMS.contains(tokens, t - 1) || tokens.is(t - 1, "so")
        || tokens.is(t - 1, "also")) {
      // A passive, or a name given: "was called", "so-called", "also called".
      return false;
    }
    // The object may be a long phrase: "called both Hale and front-runner Ana Reyes
    // "reckless"", "called Hale's neglect of sound advice from veteran engineers "...".
    for (int u = t + 2; u < to && u - t <= MAX_PHRASE_WORDS; u++) {
      if (tokens.kind[u] == ParagraphTokens.OPEN) {
        return true;
      }
      if (!tokens.isWord(u)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@code called} or {@code named} at token {@code t} gives the name of the person of
   * the noun before it, and the clause's verb follows the name: {@code a miner called Tang told
   * Xinhua}; not {@code The mayor called Hale a liar}, whose name is no subject of a verb.
   */
  private static boolean namesPersonBeforeVerb(ParagraphTokens tokens, int t) {
    // The noun of a person, or a noun after a determiner and perhaps an adjective.
    boolean noun = t >= 2 && tokens.isWord(t - 1) && !tokens.isCapitalized(t - 1)
        && (namesPeople(tokens, t - 1) || SourcePhrase.isDeterminer(tokens, t - 2)
            || t >= 3 && tokens.isWord(t - 2) && !tokens.isCapitalized(t - 2)
                && SourcePhrase.isDeterminer(tokens, t - 3));
    if (!noun || !tokens.isWord(t + 1) || !tokens.isCapitalized(t + 1)) {
      return false;
    }
    int u = t + 1;
    while (u < tokens.size && u - t <= 4 && tokens.isWord(u) && tokens.isCapitalized(u)) {
      u++;
    }
    return u < tokens.size && tokens.isWord(u) && !tokens.isCapitalized(u) && isPastVerb(tokens, u);
  }

  /**
   * Whether the word at {@code t} may be a verb attributing a quotation just before it: a
   * lower-case past form within a few words after a closing mark ({@code ...," Li continued},
   * {@code ...," mused Ted Varga}).
   */
  private static boolean mayAttributeQuote(ParagraphTokens tokens, int t, int from) {
    // The form of the word first: it reads two characters and a hash, and fails for most words.
    int length = tokens.end[t] - tokens.start[t];
    boolean pastForm = length >= 4 && tokens.text.charAt(tokens.end[t] - 1) == 'd'
        && tokens.text.charAt(tokens.end[t] - 2) == 'e'
        || IRREGULAR_PASTS.contains(tokens, t);
    if (!pastForm || tokens.isCapitalized(t)) {
      return false;
    }
    if (tokens.isWord(t + 1) && !tokens.isCapitalized(t + 1)
        && SourcePhrase.isGroupHead(tokens, t + 1) && !QUOTING_VERBS.contains(tokens, t)) {
      // ""...," armed forces spokesman X told AFP": an adjective before its noun, no verb; but
      // ""...," it quoted experts as saying".
      return false;
    }
    int next = t + 1;
    if (tokens.isPunct(next, ',') || tokens.isPunct(next, ':')) {
      next++;
    }
    if (next < tokens.size && tokens.kind[next] == ParagraphTokens.OPEN) {
      // "the protesters chanted "...": a quotation right after the verb.
      return true;
    }
    for (int u = t - 1; u >= from && u >= t - 8; u--) {
      if (tokens.kind[u] == ParagraphTokens.CLOSE) {
        return true;
      }
      if (!tokens.isWord(u) && !tokens.isPunct(u, ',') && !tokens.isPunct(u, '.')) {
        return false;
      }
    }
    return false;
  }

  /** Whether a claim's content is a quotation, possibly followed by a comma. */
  private static boolean quoteEndsRegion(ParagraphTokens tokens, Claim claim) {
    int last = claim.contentTo;
    if (last < tokens.size && tokens.kind[last] == ParagraphTokens.CLOSE) {
      return true;
    }
    last--;
    if (tokens.isPunct(last, ',')) {
      last--;
    }
    return last >= 0 && tokens.kind[last] == ParagraphTokens.CLOSE;
  }

  private SpeechCues.Cue cueAt(ParagraphTokens tokens, int t, int to) {
    List<SpeechCues.Cue> found = cues.startingWith(tokens, t);
    // Indexed, not iterated: this runs for every word, and most find nothing.
    for (int i = 0; i < found.size(); i++) {
      SpeechCues.Cue cue = found.get(i);
      boolean matches = true;
      int u = t + 1;
      for (String word : cue.following()) {
        if (u >= to || !tokens.is(u, word)) {
          matches = false;
          break;
        }
        u++;
      }
      if (matches) {
        return cue;
      }
    }
    return null;
  }

  /**
   * The claim of the cue at token {@code c} in the unit {@code [from, to)}, or null. The text not
   * yet claimed begins at {@code regionStart}; a source that reports a claim before it whole
   * reaches back to {@code wholeFrom}: the unit's start, or the end of the last such report.
   * {@code anyVerb} tells a verb that only stands beside a quotation from a word of speech.
   */
  private Claim claim(ParagraphTokens tokens, SpeechCues.Cue cue, boolean anyVerb, int c,
      int cueTo, int from, int to, int regionStart, int wholeFrom, int subjectFrom) {
    String lemma = cue.lemma();
    // A capital inside a sentence makes a name of the word: "Secretary of State", "the Report".
    if (c > from && tokens.isCapitalized(c) && tokens.kind[c - 1] != ParagraphTokens.OPEN) {
      return null;
    }
    if (c - 2 >= from && ARTICLES.contains(tokens, c - 2)
        && PARTICIPLE_ADVERBS.contains(tokens, c - 1)
        || tokens.is(c, "pledged")
            && (tokens.is(c + 1, "delegates") || tokens.is(c + 1, "delegate"))) {
      // "The newly reported outbreak", "a widely announced deal", "400 pledged delegates": a
      // participle that qualifies the noun after it, no speech.
      return null;
    }
    if (lemma.equals("according to") || lemma.equals("in the words of")) {
      return accordingTo(tokens, c, cueTo, from, to, regionStart, wholeFrom);
    }
    if (lemma.equals("as saying") || lemma.equals("quoted as saying")) {
      return quotedAsSaying(tokens, c, cueTo, from, to, regionStart);
    }
    if (tokens.is(c, "asked")) {
      Claim question = questionPut(tokens, c, from, to);
      if (question != null) {
        return question;
      }
    }
    // Where the verb that the subject stands before starts: the cue, or a verb that goes on into
    // it ("Hale went on to say ..."); not into "write", which after them is more often work than
    // a report ("went on to write novels").
    int verb = lemma.equals("write") ? c : goingOnInto(tokens, c, from);
    if (SourcePhrase.isDeterminer(tokens, c - 1)
        && !SourcePhrase.GROUP_HEADS.contains(tokens, c - 1)
        && !(SourcePhrase.isOneOfMany(tokens, c - 1) && speaksAsOneOfMany(tokens, c, cueTo))
        && SourcePhrase.pollShareEndingAt(tokens, c - 1, from) < 0
        && !(tokens.is(c - 1, "her") && (tokens.endsWith(c - 2, "ed")
            || cue.form() == SpeechCues.Form.PAST && c - 2 >= from
                && (isSubjectPreposition(tokens, c - 2) || isParticiple(tokens, c - 2))))
        && !(tokens.is(c - 1, "that") && c - 2 >= from && isNounOfAText(tokens, c - 2))
        || tokens.is(c - 1, "to") && verb == c
        || tokens.is(c - 1, "following") && SourcePhrase.isDeterminer(tokens, c - 2)) {
      // "the report", "to report", "The following proposed offerings": a noun, an infinitive or
      // an adjective; but a quantifier is a subject ("Most said", "However, most said", "Li and
      // Wang both said", "One said"), "Two in three said" ends a share, and "her" after a verb
      // in -ed is its object ("groups that have backed her say"; not "to have her say"), as it
      // is after a preposition or a participle before a past ("a source close to her said"), and
      // "that" after a text's noun opens a relative clause ("a study that said").
      return null;
    }
    if (lemma.equals("write") && writesOff(tokens, cueTo)) {
      // "The firm wrote off 40 mln dlrs", "pundits wrote the team off": a loss or a dismissal.
      return null;
    }
    if (lemma.equals("accuse") && tokens.is(cueTo, "of")) {
      // "a millionaire accused of selling arms": a charge, not what the subject says.
      return null;
    }
    if (lemma.equals("ask") && tokens.is(cueTo, "not") && tokens.is(cueTo + 1, "to")
        && tokens.is(cueTo + 2, "be")) {
      // "Officials, who asked not to be named, said ...": a wish about their name, no report.
      return null;
    }
    if (cue.form() == SpeechCues.Form.GERUND) {
      if (lemma.equals("put")) {
        // "Putting it bluntly, Hale said ...": a manner, not a report of its own.
        return null;
      }
      if (!isProgressive(tokens, c, from)) {
        return participle(tokens, lemma, c, cueTo, from, to);
      }
      if (SUBJECT_PREPOSITIONS.contains(tokens, cueTo) || tokens.is(cueTo, "to")
          || tokens.is(cueTo, "about") || tokens.is(cueTo, "against")
          || tokens.is(cueTo, "after") || BE_FORMS.contains(tokens, cueTo)) {
        // "Ortiz was commenting on a statement ...", "Officials were responding to a reader",
        // "They were commenting after reports that ...": what the subject was busy with, not
        // what it said; "All we're asking is ...": a clause that is the subject of "is", whose
        // report is the sentence's, around it.
        return null;
      }
    }
    // "Harlow Corp <HAR> said", "Harlow Corp <HAR> has said": the name before its ticker.
    int subjectEnd = skipBackOver(tokens, beforeBrackets(tokens, verb - 1, from), from,
        BETWEEN_SUBJECT_AND_VERB);
    subjectEnd = subjectEnd < verb - 1 ? beforeBrackets(tokens, subjectEnd, from) : subjectEnd;
    // A word that may be a noun ("the calls for reform", "Hale's claims") is a verb after a
    // subject pronoun or "who" ("He calls for ...", "She claims the ...", "analysts who forecast
    // ..."), as after a verb that goes on into it.
    boolean nounLike = (cue.form() == SpeechCues.Form.BASE
        || cue.form() == SpeechCues.Form.THIRD_PERSON) && NOUN_LIKE.contains(lemma) && verb == c
        && !(subjectEnd == c - 1 && (SourcePhrase.PRONOUNS.contains(tokens, subjectEnd)
            || tokens.is(subjectEnd, "who")));
    if ((cue.form() == SpeechCues.Form.PAST || cue.form() == SpeechCues.Form.PARTICIPLE)
        && !QUOTING_VERBS.contains(tokens, c)
        && (isPassive(tokens, subjectEnd + 1, c)
            || subjectEnd == c - 1 && contractedPassive(tokens, subjectEnd, cueTo))) {
      // "no venue has been announced, they said": the subject of a passive is what is spoken of,
      // or to, not who speaks; but "X was quoted by Y as saying" is X's.
      return null;
    }
    int afterCue = skipObject(tokens, lemma, cueTo, to);
    // "Hale said of the plan: "..."": where the words said begin after what they are about;
    // "..., Hale said of the plan.": a topic that ends the unit ends the clause.
    int topicEnd = lemma.equals("say") ? afterTopic(tokens, afterCue, to) : afterCue;
    int afterWords = topicEnd == to ? to : afterCue;
    Subject subject = subjectEnd >= from ? subjectBefore(tokens, subjectEnd, from) : null;
    if (subjectEnd >= from && (subject == null || !opensClause(tokens, subject.start - 1, from))) {
      // "People who lost their homes said": the subject before the relative clause.
      Subject antecedent = subjectBeforeRelative(tokens, subjectEnd, from);
      subject = antecedent != null ? antecedent : subject;
    }
    if (subject != null && subject.start - 2 >= from && regionStart <= from
        && PREPOSITIONS_OF_TIME.contains(tokens, subject.start - 1)
        && tokens.isWord(subject.start - 2)) {
      // "A statement released by Reyes after a meeting of the board said": after a word, the
      // "after" may be a preposition in the subject, where a text put out opens it.
      Subject qualified = qualifiedSubject(tokens, from, subjectEnd);
      if (qualified != null && qualified.phrase.sort == SourcePhrase.Sort.THING
          && holdsWordOf(tokens, qualified.start, subject.start, ISSUING_PARTICIPLES)) {
        subject = qualified;
      }
    }
    if (lemma.equals("call") && tokens.is(c + 1, "for") && subject != null
        && subject.phrase.type == SourcePhrase.Type.DESCRIPTION
        && PROVISION_HEADS.contains(subject.phrase.head)) {
      // "The plan calls for cuts": what a plan provides, no speech.
      return null;
    }
    // A source right before the cue and nothing after it: "..., Xi said."; and so after an "as"
    // after a quotation, where the sentence ends after the cue: ""...," as Xi put it." (without
    // the quotation the "as" often says how a part of the sentence is, not that it was said:
    // "..., as Xi proposes.").
    boolean asAfterQuote = subject != null && !anyVerb && tokens.is(subject.start - 1, "as")
        && quoteBefore(tokens, subject.start - 1, from)
        && endsSentenceAfter(tokens, afterWords, to);
    int sourceStart = subject == null ? -1 : asAfterQuote ? subject.start - 1 : subject.start;
    if (lemma.equals("put") && (subject == null
        || !asAfterQuote && !asOpensUnit(tokens, subject.start - 1, from))) {
      // "As one trader put it, ...", ""...," as one trader put it.": only in these frames are
      // the words put what was said; "He put it to a vote" puts a thing.
      return null;
    }
    if (!nounLike && subject != null && regionStart < c
        && saysWhatStandsBefore(tokens, sourceStart, afterWords, from, to)) {
      if (sourceStart - 1 == regionStart && regionStart > wholeFrom) {
        // "The minister told auditors she was advised ..., the paper reported": the outer
        // source reports the whole clause, the inner claim included.
        regionStart = wholeFrom;
      }
      // Not a relative "who", whose antecedent ends the text before it: ""...," said Hale, who
      // has advised the mayor."
      int contentTo = isRelativeMention(tokens, subject) ? -1
          : contentBeforeSource(tokens, sourceStart, afterWords, from, to, regionStart);
      if (contentTo >= 0) {
        return claim(c, afterCue, regionStart, contentTo, subject.phrase, subject.apposition,
            false);
      }
    }
    // "..., said Xi, the minister." / "This, said Clements, is ..."
    if (c - 1 == regionStart && regionStart > wholeFrom && tokens.isPunct(c - 1, ',')) {
      // "58 pct predicted a fall, said Sato.": the outer source reports the whole clause, the
      // claim before the comma included.
      regionStart = wholeFrom;
    }
    if (!nounLike && subjectEnd == c - 1 && isClauseBreak(tokens, c - 1) && c - 1 > regionStart) {
      // Where a phrase that may be a subject stands before the comma ("Harlow Corp, said the
      // rates ...", "The aide, who spoke by telephone, said ..."), a name after "said" is the
      // source only where that phrase does not open the sentence and no verb follows the name:
      // "..., in trade and culture, said Hale, adding ..."; not "The report ..., said Hale, a
      // retired miner, had died".
      boolean subjectBeforeComma = tokens.isPunct(c - 1, ',') && subject != null;
      int sourceEnd = phraseEnd(tokens, cueTo, to);
      int nameEnd = adverbialAfterName(tokens, cueTo, sourceEnd);
      // Initials in brackets that end the source make it no longer: "said a senior official
      // with the Harlow Banking Commission (HBC)."
      int length = tokens.isPunct(sourceEnd - 1, ')')
          ? tokensOutsideBrackets(tokens, cueTo, sourceEnd) : sourceEnd - cueTo;
      SourcePhrase after = sourceEnd > cueTo && length <= 10
          && startsSourceAfterCue(tokens, cueTo, nameEnd, !anyVerb)
          ? SourcePhrase.read(tokens, cueTo, nameEnd) : null;
      if (after == null && sourceEnd == cueTo + 1 && SourcePhrase.isOneOfMany(tokens, cueTo)) {
        // ""...," said another.": one person of a group the copy spoke of.
        after = SourcePhrase.quantifier(tokens, cueTo);
      }
      // "said Chen Bo here Tuesday when meeting ...": a place and a time after the source.
      int next = sourceEnd;
      while (next < to && next - sourceEnd < 3
          && (DAYS.contains(tokens, next) || tokens.is(next, "on"))) {
        next++;
      }
      if (!subjectBeforeComma && (after == null || !endsSourceAfterCue(tokens, next, to))) {
        // "said Okoro at a briefing held with reporters there": where the words after
        // the cue read as no source to their end, the source ends at an adverbial of place that
        // runs to the clause's end.
        for (int u = cueTo + 1; u < sourceEnd && u - cueTo <= 10; u++) {
          if (PLACE_OPENERS.contains(tokens, u)) {
            int end = adverbialEnd(tokens, u, to);
            boolean source = end >= 0 && startsSourceAfterCue(tokens, cueTo, u, !anyVerb)
                && !holdsVerb(tokens, cueTo, u);
            after = source ? SourcePhrase.read(tokens, cueTo, u) : null;
            next = source ? end : next;
            break;
          }
        }
      }
      if (after != null && endsSourceAfterCue(tokens, next, to)
          && (!subjectBeforeComma || lemma.equals("say") && subject.start > from
              && after.type == SourcePhrase.Type.NAME
              && !finiteVerbFollows(tokens, sourceEnd, participleAfter(tokens, sourceEnd, to)))) {
        boolean quoted = tokens.kind[c - 1] == ParagraphTokens.CLOSE
            || tokens.kind[c - 2 < 0 ? 0 : c - 2] == ParagraphTokens.CLOSE;
        int contentTo = !quoted && goesOnAfter(tokens, next, to, false) ? to : c - 1;
        return claim(c, cueTo, regionStart, contentTo, after, null, false);
      }
    }
    if (subject == null && lemma.equals("say") && subjectEnd == c - 1
        && tokens.isPunct(c - 1, ',') && c - 2 >= from && !tokens.is(afterCue, "to")) {
      // "Harlow Corp, said the rates ...", "..., Ota of Tamura Securities Co Ltd, said.": a comma
      // between the subject and its verb, as copy sometimes has, where no source follows the cue.
      int strayEnd = skipBackOver(tokens, beforeBrackets(tokens, c - 2, from), from,
          BETWEEN_SUBJECT_AND_VERB);
      Subject stray = strayEnd >= from ? subjectBefore(tokens, strayEnd, from) : null;
      if (stray != null && holdsVerb(tokens, stray.start, strayEnd + 1)) {
        stray = null; // "The cost of the bridge rose 12 mln dlrs, said a spokesman ...".
      }
      if (stray != null && stray.start > regionStart && isClauseBreak(tokens, stray.start - 1)
          && endsClause(tokens, afterCue, to) && !finiteVerbFollows(tokens, afterCue, to)) {
        // "..., 35-year-old Dutch cyclist, Eva Brink, said.": a description before the name
        // is no part of the content.
        int contentTo = stray.start - 1;
        int breakBefore = contentTo - 1;
        while (breakBefore > regionStart && contentTo - breakBefore <= 3 * MAX_PHRASE_WORDS
            && !isClauseBreak(tokens, breakBefore)) {
          breakBefore--;
        }
        if (breakBefore > regionStart && isClauseBreak(tokens, breakBefore)
            && tokens.isPunct(contentTo, ',') && contentTo - breakBefore <= 3 * MAX_PHRASE_WORDS
            && !holdsVerb(tokens, breakBefore + 1, contentTo)) {
          contentTo = breakBefore;
        }
        return claim(c, afterCue, regionStart, contentTo, stray.phrase, stray.apposition, false);
      }
      if (stray != null && stray.start == from) {
        subject = stray;
        subjectEnd = strayEnd;
      }
    }
    // A source before the cue and the content after it: "Xi said (that) ...".
    if (subjectEnd < from) {
      return null;
    }
    SourcePhrase source;
    SourcePhrase apposition = null;
    // "losses, which he said have cost billions,": the report is the relative clause's.
    boolean relative = subject != null && RELATIVES.contains(tokens, subject.start - 1)
        && !SourcePhrase.isPreposition(tokens, subject.start);
    // "Li, who said ...,": a relative clause set off by commas; "among voters who said ...": one
    // that ends its sentence, after a phrase that does not open the clause (not "Voters who said
    // ... stayed home", where no word tells where the report ends).
    boolean who = subject != null && isRelativeMention(tokens, subject);
    boolean whoBetweenCommas = who && tokens.isPunct(subject.start - 1, ',');
    // "Tom Hale - who said ... - said": one set off by dashes, ending at the next.
    boolean whoBetweenDashes = who && dashStart(tokens, subject.start - 1) > from;
    int antecedentEnd = !who ? -1 : whoBetweenDashes ? beforeDash(tokens, subject.start - 1, from)
        : subject.start - (whoBetweenCommas ? 2 : 1);
    int antecedentStart = who ? subjectStart(tokens, antecedentEnd, from) : -1;
    // Not where a verb stands between the words read back and the "who": "Police spoke with a
    // man who said ...", "Police questioned traders who said ...".
    boolean whoOfTheSubject = who && opensClause(tokens, antecedentStart - 1, from)
        && !holdsVerb(tokens, antecedentStart, antecedentEnd);
    boolean whoReports = whoBetweenCommas || whoBetweenDashes || who && !whoOfTheSubject;
    // "Marsh, who endorsed Olsen and said she would campaign with her, did not": a verb
    // coordinated inside a relative clause set off by commas reports for its "who".
    int whoBeforeAnd = tokens.is(subjectEnd, "and") ? whoAfterComma(tokens, subjectEnd, from)
        : -1;
    Subject relativeSubject = whoBeforeAnd >= 0 ? subjectBefore(tokens, whoBeforeAnd, from)
        : null;
    // Where the source's clause starts, when it is read from its subject.
    int clauseStart = -1;
    if (relativeSubject != null) {
      source = relativeSubject.phrase;
      whoBetweenCommas = true;
    } else if (tokens.is(subjectEnd, "and") || tokens.is(subjectEnd, "but")
        || tokens.isPunct(subjectEnd, ',') && tokens.is(subjectEnd + 1, "then")) {
      // "The spokesman declined to comment but said ...", "Hale offered the driver a job, then
      // says ...": the subject of the unit; but where the
      // cue is a base form ("... is planning to leave, but will ask ..."), only one that opens
      // the unit, as a base form is more often an intention than a report.
      Subject clause = subjectOfClauseBefore(tokens, subjectEnd, from, cue.form());
      if (clause == null) {
        clause = reporterBeforeJoin(tokens, subjectEnd, from, to);
      }
      if (clause != null) {
        source = clause.phrase;
        clauseStart = clause.start;
      } else {
        source = cue.form() == SpeechCues.Form.BASE
            ? subjectAfterOpeners(tokens, from, subjectEnd) : unitSubject(tokens, from, subjectEnd);
      }
    } else if (subject != null && subjectFrom > from && subject.start <= subjectFrom
        && subjectFrom <= subjectEnd) {
      // The answer to a question that no comma sets off: its subject starts where the question
      // ends ("Asked if the plan would hold a spokesman said "..."", "When asked about the levy
      // Hale said, "..."", not "the levy Hale").
      source = subject.start == subjectFrom ? subject.phrase
          : SourcePhrase.read(tokens, subjectFrom, subjectEnd + 1);
      clauseStart = subjectFrom;
    } else if (subject != null && (opensClause(tokens, subject.start - 1, from) || relative
        || whoReports)) {
      source = subject.phrase;
      apposition = subject.apposition;
      clauseStart = subject.start;
    } else {
      source = null;
    }
    if (source == null && subjectEnd > from && regionStart <= from && lemma.equals("say")
        && (cue.form() == SpeechCues.Form.PAST || cue.form() == SpeechCues.Form.THIRD_PERSON)) {
      // "The senator who led the fight over the dam said ...", "A clerk fined for late filings
      // said ...": the subject that opens the unit, before what qualifies it.
      Subject qualified = qualifiedSubject(tokens, from, subjectEnd);
      if (qualified != null) {
        source = qualified.phrase;
        clauseStart = qualified.start;
      }
    }
    // Whether the source's clause comes before its main clause: "When Hale said it was time,
    // the crowd cheered", "When in March the board said profits would fall, shares dropped".
    boolean fronted = clauseStart > from && opensFrontedClause(tokens, clauseStart - 1, from);
    if (source == null && subjectEnd > from && regionStart <= from) {
      // "In a statement the council said ...", "Among other things Harlow said ...": the
      // subject after an opening adverbial that no comma ends.
      Subject afterAdverbial = subjectAfterOpeningAdverbial(tokens, from, subjectEnd);
      if (afterAdverbial != null) {
        source = afterAdverbial.phrase;
        apposition = afterAdverbial.apposition;
        clauseStart = afterAdverbial.start;
        fronted = opensFrontedClause(tokens, from, from);
      }
    }
    if (source == null) {
      return null;
    }
    // "..., the agency said in a report it planned to issue.": after the content, a pronoun in
    // the adverbial after the cue opens a relative clause, not the content.
    boolean afterContent = clauseStart > from && tokens.isPunct(clauseStart - 1, ',');
    // A topic that ends the unit with no words before the source is read as before, the
    // content's own words.
    int contentFrom = contentStart(tokens, topicEnd == to ? afterCue : topicEnd, to,
        !afterContent);
    if (contentFrom < 0) {
      return null;
    }
    // "64 percent of residents said yes": an answer of one word is a content.
    if (contentFrom >= to || wordsIn(tokens, contentFrom, to) < 2
        && !opensQuote(tokens, contentFrom, to)
        && !(tokens.is(contentFrom, "yes") || tokens.is(contentFrom, "no"))) {
      // "Xi said:" with the quote in the next paragraph is handled by the caller.
      if (tokens.isPunct(to - 1, ':')) {
        return claim(c, cueTo, to - 1, to - 1, source, apposition, false);
      }
      return null;
    }
    if (whoReports && !whoBetweenCommas && !whoBetweenDashes
        && !opensQuote(tokens, contentFrom, to)
        && (SourcePhrase.isPreposition(tokens, contentFrom) || tokens.is(contentFrom, "about")
            || !SourcePhrase.PRONOUNS.contains(tokens, contentFrom)
                && !tokens.isCapitalized(contentFrom) && !tokens.is(contentFrom - 1, "that")
                && !holdsVerb(tokens, contentFrom, Math.min(to, contentFrom + MAX_PHRASE_WORDS)))) {
      // "Migrants who had not declared their income", "groups who replied to
      // letters", "voters who complain about the tax that ...": where the relative clause
      // reports no clause, it is no report.
      return null;
    }
    if (nounLike && !tokens.is(contentFrom - 1, "that") && !opensQuote(tokens, contentFrom, to)
        && !tokens.isPunct(contentFrom - 1, ':')
        && !(SourcePhrase.PRONOUNS.contains(tokens, contentFrom) && tokens.isWord(contentFrom + 1)
            && cueAt(tokens, contentFrom + 1, to) == null && tokens.isWord(c - 1)
            && !tokens.endsWith(c - 1, "'s") && !tokens.endsWith(c - 1, "\u2019s")
            && !tokens.endsWith(c - 1, "ing")
            && !Character.isDigit(tokens.text.charAt(tokens.start[c - 1])))) {
      // But a subject pronoun after the cue opens the clause it reports: "Hale claims he is
      // owed", "Unions warn it will cost jobs"; not after a possessive, a number or an
      // adjective in -ing, where the cue is a noun and the pronoun opens a relative clause
      // ("Hale's claims he ...", "the 300 claims it got", "the most telling remark
      // she made"), nor before a cue of its own ("... demand, it said").
      return null;
    }
    if (nounLike && tokens.is(contentFrom - 1, "that")
        && AUXILIARIES.contains(tokens, contentFrom)) {
      // "Great Plains states that have lost farms": a noun and a relative clause, whose "that"
      // has no clause of its own to report.
      return null;
    }
    if (tokens.is(contentFrom, "and") || tokens.is(contentFrom, "or")
        || tokens.is(contentFrom, "by") && !(tokens.endsWith(contentFrom + 1, "ing")
            && (tokens.is(contentFrom - 1, "that") || SPEECH_VERBS.contains(lemma)
                || cueAt(tokens, contentFrom + 1, to) != null)
            || SPEECH_VERBS.contains(lemma) && timeAfterBy(tokens, contentFrom + 1))) {
      // Not "said by the firm", "confirmed by having ...", "responded by striking ...", but "It
      // said by signing the invoice, the broker ...", "noted that by being prudent, Ortiz
      // ...", "responded by saying that ...", "said by 1990 sales could ...".
      return null;
    }
    int contentTo = contentEnd(tokens, contentFrom, to);
    if ((tokens.is(contentFrom, "yes") || tokens.is(contentFrom, "no"))
        && contentFrom + 1 < contentTo && (tokens.isPunct(contentFrom + 1, ',')
            || tokens.is(contentFrom + 1, "while") || tokens.is(contentFrom + 1, "but")
            || tokens.is(contentFrom + 1, "and") || tokens.is(contentFrom + 1, "whereas"))) {
      // "72 percent said yes while 48 percent disagreed": the answer is the one word.
      contentTo = contentFrom + 1;
    }
    if ((lemma.equals("add") || lemma.equals("maintain") && !holdsInnocence(tokens, contentFrom))
        && !opensQuote(tokens, contentFrom, to) && !tokens.isPunct(contentFrom - 1, ':')
        && !reportsClause(tokens, contentFrom, contentTo)) {
      // "The rules add another step to the process", "Shares added 50 cents", "Labour
      // maintained its lead", "The bank maintains a quota": no speech where no clause follows;
      // but "Hale maintained his innocence" is a claim.
      return null;
    }
    if (lemma.equals("claim") && claimsAThing(tokens, contentFrom, contentTo, to)) {
      return null;
    }
    if (relative && tokens.isPunct(subject.start - 2, ',') || whoBetweenCommas || fronted) {
      // A relative clause opened by a comma ends at the next: "the drought, which they said had
      // cut the harvest, for the rise"; not one without ("what she said is demand for trails,
      // boat hire and ..."), which ends where its sentence or a cue does (contentEnd). So does
      // a clause that comes before its main clause.
      for (int t = contentFrom; t < contentTo; t++) {
        if (tokens.isPunct(t, ',') && tokens.depth[t] == 0) {
          contentTo = t;
          break;
        }
      }
    } else if (whoBetweenDashes) {
      for (int t = contentFrom; t < contentTo; t++) {
        if (dashStart(tokens, t) == t && tokens.depth[t] == 0) {
          contentTo = t;
          break;
        }
      }
    }
    Claim made = claim(c, afterCue > cueTo && lemma.equals("tell") ? afterCue : cueTo,
        contentFrom, contentTo, source, apposition, false);
    // "Hale did not say when the plant would reopen", "Harlow would not say what the mill had
    // cost", "... on which date it opens": a question left open, nothing said; and so is a thing
    // not told, "The firm did not disclose the price"; but the source is still the one the text
    // goes on with.
    // "Neither firm would elaborate on ...", "No official said ...": no one says anything.
    made.silent = namesNoOne(tokens, source) || isNegated(tokens, subjectEnd + 1, c)
        && (QUESTION_WORDS.contains(tokens, contentFrom) && !tokens.is(contentFrom, "about")
            || SourcePhrase.isPreposition(tokens, contentFrom)
                && QUESTION_WORDS.contains(tokens, contentFrom + 1)
            || !opensQuote(tokens, contentFrom, to) && !tokens.isPunct(contentFrom - 1, ':')
                && !reportsClause(tokens, contentFrom, contentTo));
    // "The leader, who has called for ..., launched an attack, saying ...": a participle goes on
    // with the clause's subject, whom the relative clause is about.
    made.inRelativeClause = relative || whoReports && !whoOfTheSubject
        || relativeSubject != null;
    return made;
  }

  /**
   * Whether the form in -ing at token {@code c} is a verb in the progressive, after a form of
   * {@code be} and perhaps words between subject and verb: {@code Hale is saying}, {@code
   * officials have been warning}, {@code Reyes is also calling for}. Its subject is then read back
   * from it as from any finite verb's.
   */
  private static boolean isProgressive(ParagraphTokens tokens, int c, int from) {
    int t = c - 1;
    while (t > from && c - t <= 2 && !BE_FORMS.contains(tokens, t) && !contractsBe(tokens, t)
        && (BETWEEN_SUBJECT_AND_VERB.contains(tokens, t) || isAdverb(tokens, t))) {
      t--;
    }
    return t >= from && (BE_FORMS.contains(tokens, t) || contractsBe(tokens, t));
  }

  /**
   * Whether token {@code t} contracts a subject pronoun with a form of {@code be}: {@code He's}
   * ({@code is}, though also {@code has}), {@code they're}, {@code I'm}.
   */
  private static boolean contractsBe(ParagraphTokens tokens, int t) {
    String auxiliary = SourcePhrase.contractedAuxiliary(tokens, t);
    return auxiliary.equals("s") || auxiliary.equals("re") || auxiliary.equals("m");
  }

  /**
   * Whether a past form after the contraction at token {@code t} is a passive, whose subject is
   * spoken of: {@code they're said to}, {@code He's said to be ill}; not {@code He's said he will
   * run}, where the {@code 's} is {@code has}.
   */
  private static boolean contractedPassive(ParagraphTokens tokens, int t, int cueTo) {
    return contractsBe(tokens, t) && (!tokens.endsWith(t, "s") || tokens.is(cueTo, "to"));
  }

  /**
   * The first token of a finite verb that goes on into the infinitive cue at {@code c}: {@code
   * continued} in {@code Reyes continued to insist}, {@code continuing} in {@code Reyes is
   * continuing to insist}, {@code went} in {@code Hale went on to say}; {@code c} where the cue
   * follows no such verb. A participle is left out: {@code Continuing to explain, Hale ...}
   * opens an adverbial, whose subject comes after it.
   */
  private static int goingOnInto(ParagraphTokens tokens, int c, int from) {
    if (c - 2 < from || !tokens.is(c - 1, "to")) {
      return c;
    }
    if (CONTINUING.contains(tokens, c - 2)
        || tokens.is(c - 2, "continuing") && c - 3 >= from && BE_FORMS.contains(tokens, c - 3)) {
      // "Hale is continuing to insist": the progressive, not an opening participle.
      return c - 2;
    }
    return c - 3 >= from && tokens.is(c - 2, "on") && GOING.contains(tokens, c - 3) ? c - 3 : c;
  }

  /**
   * Where a subject before token {@code t + 1} ends, past Reuters' brackets: a ticker after a
   * name is passed over ({@code Harlow Group Plc <HRLW.L> said}, {@code Harlow AG [HARG.F]
   * said}), and a company in angle brackets ends at its last word ({@code <Harlow Fragrances Inc>
   * said}), its start read back to the {@code <}, unless a description ends with it. Token
   * {@code t} where it closes no brackets.
   */
  private static int beforeBrackets(ParagraphTokens tokens, int t, int from) {
    boolean square = tokens.isPunct(t, ']');
    if (!tokens.isPunct(t, '>') && !square) {
      return t;
    }
    char opening = square ? '[' : '<';
    int open = t - 1;
    while (open >= from && t - open <= MAX_PHRASE_WORDS && !tokens.isPunct(open, opening)) {
      open--;
    }
    if (open < from || !tokens.isPunct(open, opening) || open + 1 == t) {
      return t;
    }
    // A ticker is one word in one case, perhaps with a period: "<HRLW.L>", "<biow>", "<PGLO.AS.>";
    // after a name or its abbreviation in brackets: "Nordvik Kreditbank (NKB) <NKBO.OL>".
    boolean ticker = (open + 2 == t || open + 3 == t && tokens.isPunct(t - 1, '.'))
        && tokens.isWord(open + 1) && open - 1 >= from
        && (tokens.isWord(open - 1) || tokens.isPunct(open - 1, ')'))
        && isInOneCase(tokens, open + 1);
    if (ticker || square) {
      // Square brackets hold a ticker or nothing of the subject: "Harlow AG [HARG.F] said".
      return ticker ? open - 1 : t;
    }
    // "a spokesman for <Harlow Engines Plc> said", "lead manager <Harlow Bank> said": a company
    // in brackets that ends a description; the subject ends at the bracket and is read past it.
    return companyEndsDescription(tokens, open) ? t : t - 1;
  }

  /**
   * Whether the company in brackets opened at token {@code open} ends a description of its
   * source: a preposition that may stand in a subject or a title in lower case before it.
   */
  private static boolean companyEndsDescription(ParagraphTokens tokens, int open) {
    int before = open - 1;
    if (before < 0 || !tokens.isWord(before) || tokens.isCapitalized(before)) {
      return false;
    }
    // "arranger", "managers": a noun of an agent that no list of titles holds.
    boolean agent = tokens.end[before] - tokens.start[before] > 5
        && !SUBJECT_STOPS.contains(tokens, before)
        && (tokens.endsWith(before, "er") || tokens.endsWith(before, "ers"));
    return agent || SUBJECT_PREPOSITIONS.contains(tokens, before)
        || SourcePhrase.TITLE_WORDS.contains(tokens, before);
  }

  /** Whether word token {@code t} is all in capitals or all in small letters. */
  private static boolean isInOneCase(ParagraphTokens tokens, int t) {
    boolean lower = false;
    boolean upper = false;
    for (int i = tokens.start[t]; i < tokens.end[t]; i++) {
      char c = tokens.text.charAt(i);
      lower |= Character.isLowerCase(c);
      upper |= Character.isUpperCase(c);
    }
    return !(lower && upper);
  }

  /** A subject before its verb: the phrase, where it starts, and an apposition to it. */
  private record Subject(SourcePhrase phrase, int start, SourcePhrase apposition) {}

  /** Whether tokens {@code [from, to]} read as the phrase of an organisation or a thing. */
  private static boolean readsAsThing(ParagraphTokens tokens, int from, int to) {
    SourcePhrase phrase = from <= to ? SourcePhrase.read(tokens, from, to + 1) : null;
    return phrase != null && phrase.sort == SourcePhrase.Sort.THING;
  }

  /**
   * The subject that ends at token {@code last}: a plain phrase ({@code the spokesman}), a name
   * before an apposition ({@code Zhao Ming, spokesman for the ministry,}), a description
   * before a name ({@code the state's attorney general, Ana Reyes,}), or the name a {@code who}
   * refers to ({@code Reyes, who}); or null.
   */
  private static Subject subjectBefore(ParagraphTokens tokens, int last, int from) {
    int phraseEnd = last;
    SourcePhrase apposition = null;
    boolean asideOfAnother = false;
    if (tokens.is(last, "who") && tokens.isPunct(last - 1, ',')) {
      Subject named = nameAndAppositionBeforeWho(tokens, last, from);
      if (named != null) {
        return named;
      }
      phraseEnd = last - 2;
    } else if (tokens.is(last, "who") && dashStart(tokens, last - 1) > from) {
      // "Port chief Tom Hale - who has long said ... - said": a relative clause set off by a
      // dash.
      phraseEnd = beforeDash(tokens, last - 1, from);
    } else if (tokens.is(last, "which") && last - 2 >= from && tokens.isPunct(last - 1, ',')) {
      // "Harlow bought Dunmore Inc, which said ...": the organisation before the comma.
      phraseEnd = beforeBrackets(tokens, last - 2, from);
    } else if ((isRelativeOfSource(tokens, last) || tokens.is(last, "that")) && last - 1 >= from
        && tokens.isWord(last - 1)) {
      // "46 percent of voters who said ...", "a statement which said ...", "a release that
      // said ...": the mention is the relative pronoun.
      phraseEnd = last - 1;
    } else if (tokens.isPunct(last, ',') || tokens.kind[last] == ParagraphTokens.CLOSE
        && tokens.isPunct(last - 1, ',') && tokens.partner[last] > from) {
      // "Ms. Hale, citing "the odds," said": the comma that closes the aside may stand inside
      // the marks of a quotation that ends it; the aside is read back from the quotation.
      int open = apposition(tokens, tokens.isPunct(last, ',') ? last : tokens.partner[last],
          from);
      if (tokens.isPunct(last - 1, ')') && !(open >= 0 && namesBefore(tokens, open, from))) {
        // "Gov. Tom Hale (R-Ohio), said": a stray comma after the brackets; but "Wang Tao,
        // deputy manager of the corporation (CNPC), said" is a name and its apposition.
        phraseEnd = last - 1;
      } else if (open < 0) {
        return null;
      } else {
        // "Tom Hale's book, "Open Waters," predicts": a title set off after its work is no
        // apposition that names the subject.
        int close = tokens.kind[last] == ParagraphTokens.CLOSE ? last
            : tokens.kind[last - 1] == ParagraphTokens.CLOSE ? last - 1 : -1;
        boolean title = close > 0 && tokens.partner[close] > open
            && isTitle(tokens, tokens.partner[close], close);
        apposition = title ? null : SourcePhrase.read(tokens, open + 1, last);
        asideOfAnother = opensAsideOfAnother(tokens, open + 1);
        phraseEnd = beforeBrackets(tokens, open - 1, from);
      }
    } else if (dashStart(tokens, last) >= 0) {
      // "Lena Ortiz — a nurse from Cedar Falls — says", "Several guests at the dinner —
      // including farmers, teachers, nurses — said": an aside set off by dashes.
      int close = dashStart(tokens, last);
      int open = close - 1;
      while (open >= from && close - open <= 3 * MAX_PHRASE_WORDS && dashStart(tokens, open) < 0
          && tokens.depth[open] == 0 && tokens.kind[open] != ParagraphTokens.CLOSE) {
        open--;
      }
      if (open < from || dashStart(tokens, open) < 0 || dashStart(tokens, open) == from) {
        return null;
      }
      apposition = SourcePhrase.read(tokens, open + 1, close);
      phraseEnd = dashStart(tokens, open) - 1;
    }
    int start = SourcePhrase.shareBoundsStart(tokens, subjectStart(tokens, phraseEnd, from),
        from);
    boolean thingRelative = tokens.is(last, "which") || tokens.is(last, "that");
    // The antecedent of a relative pronoun is the object of a verb before it ("Harlow bought
    // Dunmore Inc, which said", "Police questioned traders who said", "were criticized by
    // delegates who said", "the plan favoured by Reyes, who said"); but a participle and "by"
    // right before "who" describe the noun before them ("a broker contacted by the agency who
    // said"), as they do where "by" names an organisation, which "who" does not stand for ("a
    // broker contacted by Harlo News, who said").
    boolean whoRelative = isRelativeOfSource(tokens, last) && !thingRelative;
    for (int t = phraseEnd; (thingRelative || whoRelative) && t > start; t--) {
      if (!holdsVerb(tokens, t, t + 1)) {
        continue;
      }
      if (!whoRelative || !tokens.is(t + 1, "by")) {
        start = t + 1;
      } else if ((phraseEnd != last - 1 || AUXILIARIES.contains(tokens, t - 1)
          || AUXILIARIES.contains(tokens, t - 2)) && !readsAsThing(tokens, t + 2, phraseEnd)) {
        start = t + 2;
      }
    }
    boolean ofThem = phraseEnd == last && phraseEnd - 2 >= from && tokens.is(phraseEnd - 1, "of")
        && (tokens.is(phraseEnd, "them") || tokens.is(phraseEnd, "us"));
    if (ofThem) {
      // "most of them said": the quantifier before the pronoun, read below.
      start = phraseEnd - 2;
    }
    if (start > phraseEnd) {
      return null;
    }
    SourcePhrase phrase = ofThem ? null : SourcePhrase.read(tokens, start, phraseEnd + 1);
    if (phrase == null && (start == phraseEnd || ofThem) && phraseEnd == last) {
      // "Many have said", "Most said", "most of them said": a quantifier alone right before
      // the verb.
      phrase = SourcePhrase.quantifier(tokens, start);
    }
    if ((whoRelative || thingRelative) && (phrase == null && (phraseEnd == last - 1
        || whoRelative && tokens.isPunct(last - 1, ','))
        || whoRelative && phrase != null && phrase.type == SourcePhrase.Type.DESCRIPTION
            && phrase.sort == SourcePhrase.Sort.THING)) {
      // "spoke with a man who said ...", "was commenting on a statement which said ...", "with
      // help from Tom Hale, who said ...": where the words read back hold no source, or a thing
      // a "who" does not stand for ("a call from Tom Hale, who said"), the antecedent is the
      // object of the last preposition before the relative pronoun.
      for (int p = phraseEnd - 1; p > start; p--) {
        if (SourcePhrase.isPreposition(tokens, p)) {
          SourcePhrase object = SourcePhrase.read(tokens, p + 1, phraseEnd + 1);
          if (object != null) {
            start = p + 1;
            phrase = object;
          }
          break;
        }
      }
    }
    if (phrase == null) {
      // "..., Tomas Okafor, aide to Sen. Ana Reyes said.": a role with no determiner, which
      // reads as no phrase of its own, may be a name's apposition all the same.
      return apposition == null && !thingRelative && !isRelativeOfSource(tokens, last)
          && opensRole(tokens, start, phraseEnd + 1)
          ? nameBeforeOpenApposition(tokens, start, last, from, null) : null;
    }
    if (thingRelative && (phrase.sort != SourcePhrase.Sort.THING
        || PROVISION_HEADS.contains(phrase.head) || !opensPhraseOfThing(tokens, phrase))) {
      // "which" speaks for an organisation or a text ("a report which said"); not for people,
      // nor for a text's provisions ("the plan, which calls for ..."), nor for a phrase read
      // back into the verb before it ("echoed a report on Harlow, which said").
      return null;
    }
    if ((isRelativeOfSource(tokens, last) || thingRelative)
        && phrase.type != SourcePhrase.Type.PRONOUN) {
      // The mention at the quote is the relative pronoun; it names whom the phrase names.
      return new Subject(phrase.at(tokens.start[last], tokens.end[last]), last, null);
    }
    if (apposition != null && apposition.type == SourcePhrase.Type.NAME
        && phrase.type == SourcePhrase.Type.DESCRIPTION && !asideOfAnother) {
      SourcePhrase whole = SourcePhrase.read(tokens, start, last);
      if (whole != null && whole.type == SourcePhrase.Type.NAME) {
        return new Subject(whole, start, phrase);
      }
      if (phrase.sort == SourcePhrase.Sort.PERSON && apposition.sort == SourcePhrase.Sort.PERSON
          && (apposition.nameWords.size() > 1 || apposition.title != null)) {
        // "The head delegate to the forum, Park Min-jun, said": a description that does not read
        // as one phrase with the name, a preposition in it; the name is the person described,
        // where it is a person's for certain (not "A spokesman for the builders, Harlowbridge,",
        // "A woman in Harwick, Dunmore,").
        return new Subject(apposition.at(phrase.start, apposition.end), start, phrase);
      }
    }
    if (apposition == null && phrase.type == SourcePhrase.Type.DESCRIPTION
        && (phrase.sort == SourcePhrase.Sort.PERSON || phrase.sort == SourcePhrase.Sort.THING
            && SourcePhrase.isOrganisationNoun(phrase.head))) {
      // "John Smith, an analyst with Harlow Trust said", "Harlow Inc, a unit of Dunmore Corp
      // said": the apposition describes one person or organisation ("Nevertheless, officials
      // said" is none).
      Subject named = nameBeforeOpenApposition(tokens, start, last, from, phrase);
      if (named != null) {
        return named;
      }
    }
    // "..., <Clear-Sky Inc>, a forecasting service, said.": the subject starts at a bracket
    // that opens its clause; after a word ("The <Harbor Stock Exchange> said") it starts at
    // the name, as the clause's start is read before the bracket.
    boolean bracketOpensClause = tokens.isPunct(start - 1, '<') && start - 1 >= from
        && !tokens.isWord(start - 2);
    return new Subject(phrase, bracketOpensClause ? start - 1 : start, apposition);
  }

  /**
   * The name before the apposition that starts at token {@code start}, after a comma, and ends at
   * the verb after {@code last}, the comma that would close it left out: {@code ""...," Ana
   * Reyes, head of the mission said}; or null. The phrase before the comma must be a name and
   * nothing else ({@code In Tokyo, an analyst said}, {@code Speaking in Tokyo, the governor said}
   * are none), opening the sentence or following a quotation ({@code ..., chaired by Li Wei, a
   * party official said.} is the content's), or a name of two words or more right after the
   * content's comma where the cue ends the sentence ({@code Prices will rise, Ana Reyes, the head
   * of the Harlow Growers Union said.}); an adverb that opens the sentence is no name ({@code
   * Earlier, an attorney for X said}, {@code Rather, ...}); and not where commas set off the
   * source and its cue inside the content ({@code Li, a top aide said, is confident}). The
   * apposition is {@code apposition}, or null where it reads as no phrase.
   */
  private static Subject nameBeforeOpenApposition(ParagraphTokens tokens, int start, int last,
      int from, SourcePhrase apposition) {
    if (!tokens.isPunct(start - 1, ',') || start - 2 < from || !tokens.isWord(start - 2)
        || cueSetOff(tokens, last)) {
      return null;
    }
    int nameStart = subjectStart(tokens, start - 2, from);
    SourcePhrase name = nameStart <= start - 2
        && (nameStart == from || quoteBefore(tokens, nameStart, from)
            || nameStart < start - 2 && afterContentAtSentenceEnd(tokens, nameStart, last, from))
        ? SourcePhrase.read(tokens, nameStart, start - 1) : null;
    boolean named = name != null && name.type == SourcePhrase.Type.NAME
        && name.nameStart == tokens.start[nameStart]
        && name.nameEnd == tokens.end[start - 2]
        && !(nameStart == start - 2 && (tokens.endsWith(nameStart, "ly")
            || BETWEEN_SUBJECT_AND_VERB.contains(tokens, nameStart)
            || CLAUSE_OPENERS.contains(tokens, nameStart)
            || SENTENCE_ADVERBS.contains(tokens, nameStart)));
    return named ? new Subject(name, nameStart, apposition) : null;
  }

  /**
   * Whether {@code phrase} opens as the name of an organisation or a text does: with a
   * determiner, a capital, or its noun alone ({@code reports}).
   */
  private static boolean opensPhraseOfThing(ParagraphTokens tokens, SourcePhrase phrase) {
    int t = Arrays.binarySearch(tokens.start, 0, tokens.size, phrase.start);
    return t >= 0 && (SourcePhrase.isDeterminer(tokens, t) || tokens.isCapitalized(t)
        || tokens.isPunct(t, '<') || tokens.lower(t).equals(phrase.head));
  }

  /** Whether token {@code t} is {@code who} or {@code which}, a relative that may be a source. */
  private static boolean isRelativeOfSource(ParagraphTokens tokens, int t) {
    return tokens.is(t, "who") || tokens.is(t, "which");
  }

  /** Whether word token {@code t} is a noun of a text or an organisation: {@code study}. */
  private static boolean isNounOfAText(ParagraphTokens tokens, int t) {
    return tokens.isWord(t) && !tokens.isCapitalized(t)
        && (SourcePhrase.THING_HEADS.contains(tokens, t)
            || SourcePhrase.INFORMATION_HEADS.contains(tokens, t));
  }

  /**
   * Whether the mention of {@code subject} is a relative pronoun alone: {@code who}, {@code
   * which}, or the {@code that} of {@code a release that said}, not of {@code That person}.
   */
  private static boolean isRelativeMention(ParagraphTokens tokens, Subject subject) {
    int t = subject.start;
    return isRelativeOfSource(tokens, t) || tokens.is(t, "that")
        && subject.phrase.start == tokens.start[t] && subject.phrase.end == tokens.end[t];
  }

  /**
   * The name that the {@code who} at token {@code who} refers to across an apposition set off by
   * commas, {@code Rep. Ellen Carver, D-N.Y., who}, {@code Ana Reyes, a farmer, who}, as the
   * subject of the who's verb, its mention the {@code who}; or null. Unlike the subject of a
   * verb, the name need not open its clause: {@code proposed by Rep. Ellen Carver, D-N.Y., who
   * said}.
   */
  private static Subject nameAndAppositionBeforeWho(ParagraphTokens tokens, int who, int from) {
    int comma = who - 1;
    int open = clauseMarkBefore(tokens, comma - 1, Math.max(from + 1, comma - MAX_PHRASE_WORDS));
    SourcePhrase apposition = open > from && open < comma - 1 && tokens.isPunct(open, ',')
        && !SourcePhrase.holdsPunct(tokens, open + 1, comma, ':')
        ? SourcePhrase.read(tokens, open + 1, comma) : null;
    if (apposition == null
        || apposition.type == SourcePhrase.Type.NAME && apposition.nameWords.size() > 1) {
      // "the mayor's chief of staff, Ana Reyes, who": a name after a description is the who's.
      return null;
    }
    for (int t = open + 1; t < comma; t++) {
      if (tokens.is(t, "and") || tokens.is(t, "or")) {
        // "Lee Park, Ana Reyes and Tom Hale, who": a list, whose last name the who is.
        return null;
      }
    }
    int nameStart = subjectStart(tokens, open - 1, from);
    SourcePhrase name = nameStart < open ? SourcePhrase.read(tokens, nameStart, open) : null;
    if (name == null || name.type != SourcePhrase.Type.NAME) {
      // "drew praise from Lena Ortiz, a nurse, who": the name alone, where the words before
      // it make a description of the whole.
      nameStart = open - 1;
      while (nameStart - 1 > from && (tokens.isCapitalized(nameStart - 1)
          || tokens.isPunct(nameStart - 1, '.') && isAbbreviationPeriod(tokens, nameStart - 1))) {
        nameStart--;
      }
      name = tokens.isCapitalized(nameStart) ? SourcePhrase.read(tokens, nameStart, open) : null;
    }
    // Not a place after a preposition that opens the clause: "In Lima, Hale heard a lecture
    // from the mayor, who".
    if (name == null || name.type != SourcePhrase.Type.NAME
        || name.nameEnd != tokens.end[open - 1]
        || SourcePhrase.isPreposition(tokens, nameStart - 1)
            && opensClause(tokens, nameStart - 2, from)) {
      return null;
    }
    return new Subject(name.at(tokens.start[who], tokens.end[who]), who, apposition);
  }

  /**
   * The {@code who} after a comma that opens the relative clause holding the {@code and} at
   * token {@code and}, its words running up to it: {@code Marsh, who endorsed Olsen in early
   * June and}; or -1.
   */
  private static int whoAfterComma(ParagraphTokens tokens, int and, int from) {
    for (int t = and - 1; t > from && and - t <= MAX_PHRASE_WORDS && tokens.isWord(t)
        && tokens.depth[t] == 0; t--) {
      if (tokens.is(t, "who")) {
        return tokens.isPunct(t - 1, ',') && t + 1 < and ? t : -1;
      }
    }
    return -1;
  }

  /**
   * The last token of the phrase before the dash that ends at token {@code dash}, passing over
   * an aside that the dash closes: {@code Tom Hale} in {@code Tom Hale - who} and in {@code Tom
   * Hale - the port chief - who}, {@code candidates} in {@code candidates - like Tom Hale - who}.
   */
  private static int beforeDash(ParagraphTokens tokens, int dash, int from) {
    int before = dashStart(tokens, dash) - 1;
    for (int t = before; t > from && before - t <= 3 * MAX_PHRASE_WORDS; t--) {
      if (tokens.depth[t] == 0 && dashStart(tokens, t) >= 0) {
        return dashStart(tokens, t) - 1;
      }
    }
    return before;
  }

  /**
   * Where the dash that ends at token {@code t} starts: an em or en dash, or a hyphen set off by
   * a space or doubled ({@code -}, {@code --}); -1 where {@code t} ends no dash.
   */
  private static int dashStart(ParagraphTokens tokens, int t) {
    if (tokens.isPunct(t, '\u2014') || tokens.isPunct(t, '\u2013')) {
      return t;
    }
    if (!tokens.isPunct(t, '-')) {
      return -1;
    }
    if (tokens.isPunct(t - 1, '-')) {
      return t - 1;
    }
    return t > 0 && tokens.end[t - 1] != tokens.start[t] ? t : -1;
  }

  /**
   * Whether a comma follows the cue after token {@code last} within a few words, setting the
   * source and its cue off inside the content: {@code Li, a top aide said, is confident}.
   */
  private static boolean cueSetOff(ParagraphTokens tokens, int last) {
    for (int t = last + 2; t < tokens.size && t <= last + 3; t++) {
      if (tokens.isPunct(t, ',')) {
        // Not the comma before a quotation: "Li, head of the mission said, "...".
        return t + 1 >= tokens.size || tokens.kind[t + 1] != ParagraphTokens.OPEN;
      }
      if (!tokens.isWord(t)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a name stands right before the comma at {@code comma}: {@code Wang Tao,}. */
  private static boolean namesBefore(ParagraphTokens tokens, int comma, int from) {
    int end = beforeBrackets(tokens, comma - 1, from);
    int start = subjectStart(tokens, end, from);
    SourcePhrase name = start <= end ? SourcePhrase.read(tokens, start, end + 1) : null;
    return name != null && name.type == SourcePhrase.Type.NAME;
  }

  /**
   * The subject before a relative clause that ends at token {@code last}, right before its cue:
   * {@code An official who asked not to be named said}, {@code a diplomat who spoke on condition
   * of anonymity told Reuters}, {@code They who waited said}, {@code Analysts who follow the
   * industry say}; or null. The clause holds a verb (a word in lower case right after {@code
   * who}, or a known verb or auxiliary) and no punctuation (not {@code drivers and porters who
   * were at the depot, said X}). A {@code that} opens such a clause too, as its subject, after a
   * group of people or a person rather than a verb or a thing, a verb after it, and with no
   * {@code and} in the clause: {@code Farm groups that have backed him say}, {@code the head of
   * a farm board that manages the grain stores said}, not {@code She told the panel that
   * according to what she described}, {@code Forecasts that the market may weaken add}, {@code a
   * review that started in March and concluded}.
   */
  private Subject subjectBeforeRelative(ParagraphTokens tokens, int last, int from) {
    if (tokens.isPunct(last, ',')) {
      // "Voters who have heard him over the years, on television or at rallies, said": an
      // adverbial set off by commas after the clause, with no verb of its own, before a verb
      // that reports speech.
      int open = clauseMarkBefore(tokens, last - 1, Math.max(from, last - MAX_PHRASE_WORDS));
      if (open <= from || last - open < 3 || !tokens.isPunct(open, ',')
          || !SourcePhrase.isPreposition(tokens, open + 1) || holdsVerb(tokens, open + 1, last)
          || !speechVerbFollows(tokens, last + 1, tokens.size)) {
        return null;
      }
      last = open - 1;
    }
    int who = relativeWordBefore(tokens, last, last, from);
    if (tokens.is(who, "that") && isVerbLike(tokens, who - 1)) {
      // "An official who asked that his name be withheld said": the verb's "that", inside a
      // clause that a "who" may open further back.
      int before = relativeWordBefore(tokens, who - 1, last, from);
      if (tokens.is(before, "who")) {
        who = before;
      }
    }
    boolean that = tokens.is(who, "that");
    if (who <= from || who == last || !(tokens.is(who, "who") || that
        && !isVerbLike(tokens, who - 1)
        && (AUXILIARIES.contains(tokens, who + 1) || isVerbLike(tokens, who + 1)
            || presentBeforeObject(tokens, who + 1, last)))) {
      return null;
    }
    for (int t = who + 1; that && t <= last; t++) {
      if (tokens.is(t, "and") || tokens.is(t, "but") || tokens.is(t, "or")) {
        return null;
      }
    }
    // The verbs are looked for only once a "who" is found: this runs for every cue whose
    // subject does not open its clause.
    // A word in lower case right after "who" is the clause's verb, known or not: "Analysts who
    // follow the industry say"; after "that" a verb was asked for above.
    boolean verb = that || tokens.is(who, "who") && who + 1 < last && tokens.isWord(who + 1)
        && !tokens.isCapitalized(who + 1);
    for (int t = who + 1; t <= last && !verb; t++) {
      verb = AUXILIARIES.contains(tokens, t) || isVerbLike(tokens, t);
    }
    Subject antecedent = verb ? subjectBefore(tokens, who - 1, from) : null;
    return antecedent != null && that && antecedent.phrase.sort == SourcePhrase.Sort.THING
        ? null : antecedent;
  }

  /**
   * Whether token {@code t}, before {@code last}, is a verb in the present after {@code that}, a
   * word in {@code -s} before a determiner: {@code controls} of {@code the head of a panel that
   * controls the shares}, {@code runs} of {@code a spokesman for the agency that runs the port}.
   */
  private static boolean presentBeforeObject(ParagraphTokens tokens, int t, int last) {
    return t + 1 < last && tokens.isWord(t) && !tokens.isCapitalized(t) && tokens.endsWith(t, "s")
        && !tokens.endsWith(t, "ss") && SourcePhrase.isDeterminer(tokens, t + 1);
  }

  /**
   * Walks back over words from token {@code t} to the nearest {@code who}, {@code that} or
   * relative pronoun, within a phrase's length of {@code last}; gives where it stopped.
   */
  private static int relativeWordBefore(ParagraphTokens tokens, int t, int last, int from) {
    while (t > from && last - t < MAX_PHRASE_WORDS && tokens.isWord(t) && tokens.depth[t] == 0
        && !isRelativeWord(tokens, t)) {
      t--;
    }
    return t;
  }

  /**
   * Whether word token {@code t} is {@code who}, {@code that} or a relative pronoun. This runs
   * over the words before every cue whose subject does not open its clause, so a word whose
   * first letter none of them has is turned away before any of them is asked.
   */
  private static boolean isRelativeWord(ParagraphTokens tokens, int t) {
    char first = tokens.text.charAt(tokens.start[t]);
    return (first == 'w' || first == 'W' || first == 't' || first == 'T')
        && (tokens.is(t, "who") || tokens.is(t, "that") || RELATIVES.contains(tokens, t));
  }

  /**
   * Whether the subject starting at {@code start} follows a comma after words of content and its
   * cue, after token {@code last}, ends the sentence: {@code Prices will rise, Ana Reyes, the
   * chairman of the Harlow Growers Union said.}
   */
  private static boolean afterContentAtSentenceEnd(ParagraphTokens tokens, int start, int last,
      int from) {
    if (start - 3 < from || !tokens.isPunct(start - 1, ',') || !tokens.isWord(start - 2)
        || !tokens.isWord(start - 3)) {
      return false;
    }
    int t = last + 1;
    while (t < tokens.size && t <= last + 2 && tokens.isWord(t)) {
      t++;
    }
    return t >= tokens.size || tokens.isPunct(t, '.');
  }

  /** Whether the words before the subject starting at {@code start} end with a closing quote. */
  private static boolean quoteBefore(ParagraphTokens tokens, int start, int from) {
    int t = start - 1;
    return t >= from && (tokens.kind[t] == ParagraphTokens.CLOSE
        || tokens.isPunct(t, ',') && t - 1 >= from && tokens.kind[t - 1] == ParagraphTokens.CLOSE);
  }

  /**
   * Whether a quotation that ends its sentence ({@code ... Show."}) stands right before the
   * capitalized subject at {@code start}: the subject then opens a sentence of its own, which
   * holds its own content where a clause follows the cue ({@code She says he is unfit.}), though
   * copy sometimes puts a period for the comma before an attribution ({@code ..." Li said in an
   * interview.}).
   */
  private static boolean sentenceEndsInQuoteBefore(ParagraphTokens tokens, int start) {
    return start >= 2 && tokens.kind[start - 1] == ParagraphTokens.CLOSE
        && tokens.isPunct(start - 2, '.') && tokens.isCapitalized(start);
  }

  /**
   * Whether the cue at token {@code c}, after {@code one} or {@code another}, is a verb of that
   * person ({@code One said}, {@code another added that ...}), not a participle before a noun
   * ({@code one added benefit}, {@code another reported case}): a form that is no participle, or
   * one that no word follows but {@code that}.
   */
  private static boolean speaksAsOneOfMany(ParagraphTokens tokens, int c, int cueTo) {
    return ONE_OF_MANY_VERBS.contains(tokens, c) || !tokens.isWord(cueTo)
        || tokens.is(cueTo, "that");
  }

  /**
   * Whether a source at {@code subjectStart} and its cue, which ends at {@code afterCue}, say what
   * stands before them: nothing follows in their clause ({@code ..., Xi said.}), or a quotation
   * stands before and neither a quotation nor {@code that} follows ({@code "...," Xi said in
   * Lima}); but not a sentence of its own after a quotation that ends one, whose cue takes a
   * clause ({@code ..." She says he is unfit.}), nor after a title where a clause follows the cue
   * ({@code On an episode of "The Harwick Hour," Reyes said she ...}).
   */
  private static boolean saysWhatStandsBefore(ParagraphTokens tokens, int subjectStart,
      int afterCue, int from, int to) {
    return endsClause(tokens, afterCue, to)
        || quoteBefore(tokens, subjectStart, from) && !opensQuote(tokens, afterCue, to)
            && !tokens.is(afterCue, "that")
            && !((sentenceEndsInQuoteBefore(tokens, subjectStart)
                    || titleBefore(tokens, subjectStart))
                && finiteVerbFollows(tokens, afterCue, to))
            && !quoteEndsOpeningPhrase(tokens, subjectStart, from);
  }

  /**
   * Whether the quotation right before the subject at {@code start} ends a phrase that a
   * preposition opens at {@code from}, no comma between: {@code In an interview on KTV's
   * "Weekend Review," Hale said ...}, {@code To a question on the "sale of port jobs," Hale
   * said ...}. The words before the subject are then an adverbial, not what was said; but in
   * {@code In Dunmore, the plan is "a disgrace," Hale said} a clause follows the comma.
   */
  private static boolean quoteEndsOpeningPhrase(ParagraphTokens tokens, int start, int from) {
    int close = tokens.isPunct(start - 1, ',') ? start - 2 : start - 1;
    return close >= from && opensInsideOpeningPhrase(tokens, tokens.partner[close], from);
  }

  /**
   * Whether the quotation opened at token {@code open} stands inside a phrase that a preposition
   * opens at {@code from}, with no comma, verb or subject pronoun between: {@code To a question on
   * the "sale of port jobs," ...}. Where a comma ends the quotation, it is then the phrase's
   * words, of no one said to speak them; but in {@code In the hall Hale told reporters "...,"}
   * and {@code On costs she thinks "...,"} a clause has begun.
   */
  private static boolean opensInsideOpeningPhrase(ParagraphTokens tokens, int open, int from) {
    // A preposition proper, not the "who", "which" or "that" that also bound a source phrase,
    // nor the "as" that opens a clause.
    boolean preposition = ADVERBIAL_PREPOSITIONS.contains(tokens, from) && !tokens.is(from, "as")
        || SourcePhrase.isPreposition(tokens, from) && !RELATIVES.contains(tokens, from)
            && !tokens.is(from, "that");
    if (open <= from || open - from > MAX_PHRASE_WORDS || !preposition
        || holdsVerb(tokens, from, open)) {
      return false;
    }
    for (int t = from + 1; t < open; t++) {
      if (tokens.depth[t] == 0 && (tokens.isPunct(t, ',') || tokens.isPunct(t, ';')
          || tokens.isPunct(t, ':') || dashStart(tokens, t) >= 0
          || SUBJECT_PRONOUNS.contains(tokens, t))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code as} is an {@code as} that opens its unit, perhaps after one word and a
   * comma: {@code As Hale put it, ...}, {@code But as Hale put it, ...}, {@code Or, as ...}.
   */
  private static boolean asOpensUnit(ParagraphTokens tokens, int as, int from) {
    return tokens.is(as, "as") && (as == from || as - 1 == from && tokens.isWord(from)
        || as - 2 == from && tokens.isWord(from) && tokens.isPunct(as - 1, ','));
  }

  /**
   * Whether only words stand from token {@code t} to the end of its unit at {@code to}, with no
   * comma, semicolon, dash or quotation among them, and they end the clause: {@code in April.},
   * not {@code , is ...}.
   */
  private static boolean endsSentenceAfter(ParagraphTokens tokens, int t, int to) {
    for (int u = t; u < to; u++) {
      if (!tokens.isWord(u) && !(tokens.isPunct(u, '.') && (u + 1 == to
          || isAbbreviationPeriod(tokens, u)))) {
        return false;
      }
    }
    return endsClause(tokens, t, to);
  }

  /**
   * Whether the quotation right before the subject at {@code start} is a title ({@link #isTitle}).
   */
  private static boolean titleBefore(ParagraphTokens tokens, int start) {
    int close = tokens.isPunct(start - 1, ',') ? start - 2 : start - 1;
    return close >= 0 && tokens.kind[close] == ParagraphTokens.CLOSE
        && tokens.partner[close] >= 0 && tokens.partner[close] < close
        && isTitle(tokens, tokens.partner[close], close);
  }

  /**
   * Where the content of a source at {@code subjectStart} that says what stands before it ends:
   * before the source, or at {@code to} where the content goes on after the cue ({@code This
   * year, he said, the economy will grow}); -1 where no content stands between {@code
   * regionStart} and the source, or a quotation after the cue is what was said.
   */
  private static int contentBeforeSource(ParagraphTokens tokens, int subjectStart, int afterCue,
      int from, int to, int regionStart) {
    if (subjectStart <= regionStart || !isClauseBreak(tokens, subjectStart - 1)
        || followingQuoteIsTheContent(tokens, subjectStart - 1, afterCue, to, regionStart)
        || subjectStart - 2 == regionStart
            && (BETWEEN_SUBJECT_AND_VERB.contains(tokens, regionStart)
                || SENTENCE_ADVERBS.contains(tokens, regionStart))) {
      // Nor where an adverb alone stands before the source: "However, the council said ...".
      return -1;
    }
    return !quoteBefore(tokens, subjectStart, from) && goesOnAfter(tokens, afterCue, to, true)
        ? to : subjectStart - 1;
  }

  /**
   * {@code As for critics, Hale said, "..."}: where a quotation follows the cue and no
   * quotation precedes the subject, the quotation is what was said.
   */
  private static boolean followingQuoteIsTheContent(ParagraphTokens tokens, int beforeSubject,
      int afterCue, int to, int regionStart) {
    int t = afterCue;
    if (tokens.isPunct(t, ',') || tokens.isPunct(t, ':')) {
      t++;
    }
    if (!opensQuote(tokens, t, to)) {
      return false;
    }
    int b = beforeSubject;
    if (tokens.isPunct(b, ',')) {
      b--;
    }
    return b < regionStart || tokens.kind[b] != ParagraphTokens.CLOSE;
  }

  /**
   * Walks back from token {@code t}, no further than {@code limit}, to the nearest comma,
   * semicolon, period that ends a sentence, closing quotation mark or token inside a quotation;
   * gives where it stopped, below {@code limit} where it found none.
   */
  private static int clauseMarkBefore(ParagraphTokens tokens, int t, int limit) {
    while (t >= limit && !tokens.isPunct(t, ',') && tokens.depth[t] == 0
        && !(tokens.isPunct(t, '.') && !isAbbreviationPeriod(tokens, t))
        && !tokens.isPunct(t, ';') && tokens.kind[t] != ParagraphTokens.CLOSE) {
      t--;
    }
    return t;
  }

  /**
   * The comma that opens the apposition closed by the comma at {@code comma}, where a name (or
   * failing one, a description) of a source stands before it and opens its clause; or -1. Looks
   * back over at most four commas ({@code Dana Cole, 41, of Dothan, Ala., says}) and a
   * bounded number of words.
   */
  private static int apposition(ParagraphTokens tokens, int comma, int from) {
    int limit = Math.max(from, comma - 3 * MAX_PHRASE_WORDS);
    int open = comma - 1;
    int description = -1;
    boolean quotation = false;
    for (int commas = 0; commas < 4; commas++) {
      open = clauseMarkBefore(tokens, open, limit);
      while (open >= limit && tokens.kind[open] == ParagraphTokens.CLOSE
          && tokens.partner[open] > limit) {
        // "Hale, who calls it "a farce", said", "Tom Hale, wearing a "Vote No" pin, said": a
        // quotation inside the aside is a part of it.
        open = clauseMarkBefore(tokens, tokens.partner[open] - 1, limit);
        quotation = true;
      }
      if (open < limit || !tokens.isPunct(open, ',') || tokens.is(open + 1, "that")) {
        // No aside opens with "that": ", that "criteria" be set, said the official" is the
        // content.
        break;
      }
      // "Riverside Union Gas <RUG>, a utility, said": the name before its ticker; "...,
      // <Clear-Sky Inc>, a forecasting service, said": the name in brackets, which open the clause.
      int nameEnd = beforeBrackets(tokens, open - 1, from);
      int nameStart = subjectStart(tokens, nameEnd, from);
      int beforeName = tokens.isPunct(nameStart - 1, '<') ? nameStart - 2 : nameStart - 1;
      // Not a place after a preposition, part of the apposition: "Dana Cole, 41, of
      // Dothan, Ala., says"; nor a party and state, part of it too: "Sen. Tom Hale, R-Ohio,
      // speaking on television, said".
      if (nameStart <= nameEnd && opensClause(tokens, beforeName, from)
          && !SourcePhrase.isPreposition(tokens, nameStart)
          && !isPartyAndState(tokens, nameStart, nameEnd)) {
        SourcePhrase name = SourcePhrase.read(tokens, nameStart, nameEnd + 1);
        // Not "... that local farmers, millers and bakers will use, said the paper",
        // "In Oslo, Hale would meet Reyes, said Lund.": a clause with its own verb.
        boolean clause = name != null && isMainClause(tokens, open + 1, comma);
        // Not a place after an article, part of the apposition: "Harlow Inc, an Aberdale,
        // Calif., firm, said".
        boolean article = name != null && (tokens.is(nameStart, "a") || tokens.is(nameStart, "an"))
            && name.nameStart == tokens.start[nameStart + 1];
        if (name != null && name.type == SourcePhrase.Type.NAME && !clause && !article) {
          return open;
        }
        // Before an aside that holds a quotation, only a description that opens the sentence or
        // follows a comma: one after a word that opens a clause is more often part of a clause
        // ("The city demands, as a condition of the deal, that "fair terms" be set, said the
        // mayor"; but "The company, which had projected "heavy losses," said").
        if (name != null && name.type == SourcePhrase.Type.DESCRIPTION && description < 0
            && !clause && (!quotation || nameStart == from || isClauseBreak(tokens, beforeName))) {
          description = open;
        }
      }
      open--;
    }
    return description;
  }

  /**
   * Whether tokens {@code [start, last]} are a party's initial and a state, as copy sets them
   * after a legislator's name: {@code R-Ohio}, {@code D-N.Y.}, {@code I-Vt.}.
   */
  private static boolean isPartyAndState(ParagraphTokens tokens, int start, int last) {
    int word = tokens.isPunct(last, '.') ? last - 1 : last;
    if (word != start || !tokens.isWord(word) || tokens.end[word] - tokens.start[word] < 3) {
      return false;
    }
    char party = tokens.text.charAt(tokens.start[word]);
    return (party == 'R' || party == 'D' || party == 'I')
        && tokens.text.charAt(tokens.start[word] + 1) == '-'
        && Character.isUpperCase(tokens.text.charAt(tokens.start[word] + 2));
  }

  /**
   * Whether a source after its cue may end before token {@code next}: at the clause's end, or
   * before a relative or a clause of time or manner ({@code said Varga as he looked ...}).
   */
  private static boolean endsSourceAfterCue(ParagraphTokens tokens, int next, int to) {
    return next >= to || tokens.isPunct(next, ',') || tokens.isPunct(next, '.')
        || tokens.isPunct(next, ';') || tokens.is(next, "who") || tokens.is(next, "which")
        || SUBORDINATORS.contains(tokens, next);
  }

  /**
   * Where the adverbial at {@code t} ({@code at a briefing held with reporters there})
   * ends its clause: the comma, period or semicolon after it within a bounded number of tokens,
   * or {@code to}; -1 where a quotation or a finite verb comes first.
   */
  private static int adverbialEnd(ParagraphTokens tokens, int t, int to) {
    for (int u = t; u < to && u - t <= 3 * MAX_PHRASE_WORDS; u++) {
      if (tokens.isPunct(u, ',') || tokens.isPunct(u, '.') || tokens.isPunct(u, ';')) {
        return finiteVerbFollows(tokens, t, u) ? -1 : u;
      }
      if (tokens.kind[u] == ParagraphTokens.OPEN) {
        return -1;
      }
    }
    return to - t <= 3 * MAX_PHRASE_WORDS && !finiteVerbFollows(tokens, t, to) ? to : -1;
  }

  /**
   * A source after its cue is a pronoun alone, or a noun phrase of names, determiners, titles
   * and nouns of sources: {@code said a spokesman for the company}, not {@code said Chile must
   * rebut ...}.
   */
  private static boolean startsSourceAfterCue(ParagraphTokens tokens, int t, int end,
      boolean speechCue) {
    if (!tokens.isWord(t) || tokens.is(t, "by")) {
      // "tariffs, announced by Trade Secretary X in Geneva,": a participle's agent.
      return false;
    }
    if (SourcePhrase.PRONOUNS.contains(tokens, t)
        && !(tokens.isCapitalized(t) && t + 1 < end && tokens.isCapitalized(t + 1))) {
      // A pronoun alone; but "said He Jun, a meteorologist": a name.
      return end == t + 1;
    }
    if (!(tokens.isCapitalized(t) || SourcePhrase.isDeterminer(tokens, t)
        || SourcePhrase.TITLE_WORDS.contains(tokens, t)
        || SourcePhrase.isGroupHead(tokens, t) || SourcePhrase.isNameParticle(tokens, t, end)
        || SOURCE_WORDS.contains(tokens, t) || speechCue && titleFollows(tokens, t + 1, end)
        || speechCue && nameAfterRole(tokens, t, end))) {
      return false;
    }
    for (int u = t; u < end; u++) {
      // Capitalized, these are names: "said He Jun", "said Will Carden". A "to" after a noun
      // of people is no infinitive: "said a trader close to the firm", "said the ambassador to
      // Japan"; after another noun it may be ("asked his reaction to the news, said").
      if ((NOT_IN_SOURCES.contains(tokens, u) || PASTS_NOT_IN_SOURCES.contains(tokens, u))
          && !tokens.isCapitalized(u) && !(u > t && isSubjectPreposition(tokens, u)
              && (namesPeople(tokens, u - 1) || TIES_BEFORE_TO.contains(tokens, u - 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code said regional fire chief Marta Olsen}: a title within the next three words. Only
   * after a word of speech: after any verb, {@code ," armed forces spokesman X told AFP}.
   */
  private static boolean titleFollows(ParagraphTokens tokens, int t, int end) {
    for (int u = t; u < end && u < t + 3; u++) {
      if (SourcePhrase.TITLE_WORDS.contains(tokens, u)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the source after a cue ends in a name and an adverbial follows it to the phrase's end
   * ({@code said Hale in a statement}, {@code said Hale at a rally}, {@code said Hale on
   * leaving}, {@code said one official on condition of anonymity}), the adverbial's first token;
   * else {@code end}. A phrase whose preposition follows a common noun is the source's own
   * ({@code said a dealer at a bank}), and so is a place with a name ({@code said officials in
   * Harlow}); and words with a verb before it are no source ({@code said the company reported
   * in a statement}), and read on.
   */
  private static int adverbialAfterName(ParagraphTokens tokens, int t, int end) {
    for (int u = t + 1; u + 1 < end; u++) {
      if (!tokens.isWord(u - 1) || !(PLACE_OPENERS.contains(tokens, u) || tokens.is(u, "on"))
          || tokens.isCapitalized(u + 1)) {
        continue;
      }
      boolean adverbial = tokens.isCapitalized(u - 1) && (SourcePhrase.isDeterminer(tokens, u + 1)
          || tokens.is(u, "on") && tokens.lower(u + 1).endsWith("ing"))
          // After any word, the terms of speaking: "said one official on condition of anonymity".
          || tokens.is(u, "on") && tokens.is(u + 1, "condition");
      // After any noun, an occasion of speech: "said the ministry in a statement", "said an
      // official at a news conference".
      for (int v = u + 2; !adverbial && v < end && v <= u + 4
          && SourcePhrase.isDeterminer(tokens, u + 1); v++) {
        adverbial = OCCASIONS.contains(tokens, v);
      }
      if (adverbial) {
        // Read only now, at the one place it matters: the words before hold no verb.
        return holdsVerb(tokens, t, u) ? end : u;
      }
    }
    return end;
  }

  /**
   * {@code said councillor Mara Lenk}, {@code said fellow legislator Mara Lenk}, {@code said
   * 19-year-old nursing student Mara Lenk}: one to three words in lower case, a role the title
   * words do not list, then a name of two words or more that runs to the phrase's end. Only
   * after a word of speech, where a source is what follows.
   */
  private static boolean nameAfterRole(ParagraphTokens tokens, int t, int end) {
    int name = t;
    while (name < end && name - t < 3 && tokens.isWord(name) && !tokens.isCapitalized(name)) {
      // Nouns and adjectives of a role: not "announced today by the Harlow Institute".
      if (SourcePhrase.isPreposition(tokens, name) || SourcePhrase.isDeterminer(tokens, name)
          || DAYS.contains(tokens, name) || TIMES.contains(tokens, name)) {
        return false;
      }
      name++;
    }
    if (name == t || end - name < 2) {
      return false;
    }
    for (int u = name; u < end; u++) {
      if (!tokens.isWord(u) || !tokens.isCapitalized(u)) {
        return false;
      }
    }
    return true;
  }

  /**
   * For a verb coordinated by the {@code and} or {@code but} at token {@code join}, the subject of
   * a clause that opens after the unit's start, where no comma stands between: {@code The crowd
   * booed, and when Hale thanked the city and said ...}, {@code The crowd booed, and Hale
   * thanked the city and said ...}, {@code The crowd cheered when Hale saw a sign and asked
   * ...}: the verb before the join is the nearer clause's. Null where no such clause opens, or
   * where its verb cannot be coordinated with a cue of the form {@code form} ({@link
   * #mayJoinVerb}).
   */
  private Subject subjectOfClauseBefore(ParagraphTokens tokens, int join, int from,
      SpeechCues.Form form) {
    for (int u = join - 1; u > from && join - u <= 4 * MAX_PHRASE_WORDS; u--) {
      if (tokens.depth[u] != 0) {
        continue;
      }
      if (tokens.isPunct(u, ',') || tokens.isPunct(u, ';')) {
        // A clause joined after a comma: "..., and Hale thanked ...".
        return tokens.is(u + 1, "and") || tokens.is(u + 1, "but")
            ? joinedClauseSubject(tokens, u + 2, join, form) : null;
      }
      if (tokens.kind[u] == ParagraphTokens.OPEN || tokens.kind[u] == ParagraphTokens.CLOSE
          || tokens.isPunct(u, ':')) {
        return null;
      }
      if (SUBJECT_CLAUSE_OPENERS.contains(tokens, u)) {
        return joinedClauseSubject(tokens, u + 1, join, form);
      }
    }
    return null;
  }

  /**
   * The source of a report that ends right before the {@code and} at token {@code join}, set off
   * by commas after what it said: {@code ..., the bank said, and urged cities to plan}, whose
   * second verb is the bank's, not the subject's of what the bank said; or null.
   */
  private Subject reporterBeforeJoin(ParagraphTokens tokens, int join, int from, int to) {
    int c = join - 2;
    if (!tokens.is(join, "and") || !tokens.isPunct(join - 1, ',') || c - 2 < from
        || cueAt(tokens, c, to) == null) {
      return null;
    }
    Subject reporter = subjectBefore(tokens, c - 1, from);
    return reporter != null && reporter.start > from
        && tokens.isPunct(reporter.start - 1, ',') ? reporter : null;
  }

  /**
   * The subject that opens a clause at token {@code start}, before the join at token {@code
   * join}, where its verb may be coordinated with the cue ({@link #mayJoinVerb}); or null.
   */
  private Subject joinedClauseSubject(ParagraphTokens tokens, int start, int join,
      SpeechCues.Form form) {
    SourcePhrase subject = subjectAt(tokens, start, join);
    return subject != null && mayJoinVerb(tokens, subject, start, join, form)
        ? new Subject(subject, start, null) : null;
  }

  /**
   * Whether token {@code t} opens a clause of time or cause that comes before its main clause,
   * so that a comma ends it: at the unit's start or after {@code and} or {@code but} ({@code When
   * Hale said ..., the crowd cheered}, {@code The band played, and when Hale said ..., the crowd
   * cheered}).
   */
  private static boolean opensFrontedClause(ParagraphTokens tokens, int t, int from) {
    // Not "after", "before", "since" or "until", which open a phrase as often as a clause
    // ("After the vote Hale said ...").
    if (!(tokens.is(t, "when") || tokens.is(t, "while") || tokens.is(t, "because")
        || tokens.is(t, "although") || tokens.is(t, "though"))) {
      return false;
    }
    // After a bare comma the clause may follow its main clause instead: "Hale told the truth,
    // when he said ...".
    return t == from || t > from && (tokens.is(t - 1, "and") || tokens.is(t - 1, "but"));
  }

  /**
   * Whether the verb after {@code subject}, read from token {@code subjectFrom}, before the join
   * at token {@code join}, may be coordinated with a cue of the form {@code form}: not a verb in
   * the present before a cue in the past ({@code when they meet and warned}, where the warning
   * is the main clause's), nor a passive ({@code when he was detained but said}). Where no verb
   * follows the subject at once ({@code when Hale in his speech called ...}), nothing tells
   * against it.
   */
  private static boolean mayJoinVerb(ParagraphTokens tokens, SourcePhrase subject,
      int subjectFrom, int join, SpeechCues.Form form) {
    int verb = subjectFrom;
    while (verb < join && tokens.start[verb] < subject.end) {
      verb++;
    }
    while (verb < join && (isAdverb(tokens, verb) || tokens.is(verb, "also")
        || tokens.is(verb, "then") || tokens.is(verb, "later"))) {
      verb++;
    }
    if (verb >= join || !tokens.isWord(verb) || tokens.isCapitalized(verb)
        || SourcePhrase.isPreposition(tokens, verb)) {
      return true;
    }
    int participle = BE_FORMS.contains(tokens, verb) ? verb + 1
        : tokens.is(verb + 1, "been") ? verb + 2 : -1;
    if (participle > 0 && participle < join && tokens.endsWith(participle, "ed")) {
      return false;
    }
    boolean past = IRREGULAR_PASTS.contains(tokens, verb) || tokens.endsWith(verb, "ed")
        || tokens.is(verb, "was") || tokens.is(verb, "were") || tokens.is(verb, "had")
        || tokens.is(verb, "did");
    if (past || form != SpeechCues.Form.PAST) {
      return true;
    }
    // A past form without -ed is told from a present one only where the present ends in -s
    // ("when she comes", "when it does"); after "they", "we", "you" or "I" it has no ending,
    // so that only a past form the finder knows may join ("when they meet ... and warned").
    boolean present = tokens.is(verb, "are") || tokens.is(verb, "am") || tokens.is(verb, "have")
        || tokens.is(verb, "do")
        || tokens.endsWith(verb, "s") && !tokens.endsWith(verb, "ss")
            && !tokens.endsWith(verb, "us");
    boolean personWithoutEnding = subject.type == SourcePhrase.Type.PRONOUN
        && !subject.head.equals("he") && !subject.head.equals("she") && !subject.head.equals("it");
    return !present && !personWithoutEnding;
  }

  /**
   * The subject that opens tokens {@code [from, last]} before a relative clause, a participle or
   * a preposition that qualifies it, up to the verb after {@code last}: {@code The senator who
   * led the fight over the dam}, {@code A clerk fined for late filings}, {@code The head of a
   * union running the docks}; or null. Only where no punctuation, quotation, {@code and} or
   * {@code but} stands between, so that the words are one phrase.
   */
  private static Subject qualifiedSubject(ParagraphTokens tokens, int from, int last) {
    if (last - from > 3 * MAX_PHRASE_WORDS || !tokens.isWord(from)
        || SourcePhrase.LEADING_FUNCTION_WORDS.contains(tokens, from)
        || SourcePhrase.isPreposition(tokens, from) || tokens.endsWith(from, "ing")
        || tokens.is(last, "who") || tokens.is(last, "that")) {
      // Not "In a notice read out on television the council said", "Quoting the paper, ...",
      // nor a cue of a relative clause ("... by an official here who told ...").
      return null;
    }
    int qualifier = -1;
    for (int t = from + 1; t <= last; t++) {
      if (!tokens.isWord(t) || tokens.is(t, "and") || tokens.is(t, "but")) {
        return null;
      }
      // A participle in -ed qualifies the subject where a preposition follows it ("fined for
      // late filings"); before an object it is the clause's verb ("received a warning").
      if (qualifier < 0 && !tokens.isCapitalized(t) && (tokens.is(t, "who")
          || tokens.is(t, "that") || isParticiple(tokens, t)
          || tokens.endsWith(t, "ed")
              && (SourcePhrase.isPreposition(tokens, t + 1) || tokens.is(t + 1, "by"))
          || ISSUING_PARTICIPLES.contains(tokens, t) && PREPOSITIONS_OF_TIME.contains(tokens, t + 1)
          || SourcePhrase.isPreposition(tokens, t))) {
        qualifier = t;
      }
    }
    if (qualifier <= from || holdsVerb(tokens, from, qualifier)) {
      // Not "The board voted 5-2 on a motion that said ...": a clause before the cue.
      return null;
    }
    for (int t = from; t < qualifier; t++) {
      if (SourcePhrase.PRONOUNS.contains(tokens, t) || tokens.holds(t, '\'')
          && !tokens.endsWith(t, "'s")) {
        // Not "Several people I've spoken to said", "Let's see if ...".
        return null;
      }
    }
    SourcePhrase phrase = SourcePhrase.read(tokens, from, qualifier);
    return phrase != null && phrase.type != SourcePhrase.Type.PRONOUN
        ? new Subject(phrase, from, null) : null;
  }

  /**
   * The subject of tokens {@code [from, last]} after an adverbial that opens them with a
   * preposition and that no comma ends: {@code In a statement the council}, {@code Among other
   * things Harlow}, {@code In January he}, {@code At a news conference EU commissioner Ana
   * Reyes}; or null. The subject starts at the last article, possessive or pronoun after a noun
   * of the adverbial, or capitalized word after a word in lower case or a number; the adverbial
   * holds no verb and no punctuation but the periods of abbreviations. Where no word tells where
   * the adverbial ends ({@code Despite the criticism bankers}, {@code In the U.S. Hale}), none.
   * A conjunction may stand before the adverbial: {@code But in a statement the council}, {@code
   * Although in May she}.
   */
  private static Subject subjectAfterOpeningAdverbial(ParagraphTokens tokens, int from,
      int last) {
    // "After" and "until" open an adverbial themselves: "After the close the board said".
    int opener = !opensAdverbial(tokens, from) && (tokens.is(from, "but")
        || tokens.is(from, "and") || SUBJECT_CLAUSE_OPENERS.contains(tokens, from))
        ? from + 1 : from;
    opener = ADVERBS_BEFORE_PREPOSITIONS.contains(tokens, opener) ? opener + 1 : opener;
    if (last - from > 3 * MAX_PHRASE_WORDS || !opensAdverbial(tokens, opener)
        || tokens.isCapitalized(from) && isInOneCase(tokens, from)) {
      // Not a heading in capitals: "AT LEAST 10 HURT IN FIRE Mayor Ana Reyes said".
      return null;
    }
    int start = -1;
    for (int t = opener + 1; t <= last; t++) {
      if (!tokens.isWord(t)) {
        if (!(tokens.isPunct(t, '.') && isAbbreviationPeriod(tokens, t))) {
          return null;
        }
        continue;
      }
      // The word before ends a noun phrase of the adverbial: "statement", "January", "13".
      // Not after a time in the singular, which a clause may qualify: "At the moment Hale
      // announced ..."; but "Over the past five years Hale said".
      boolean afterNoun = t - 1 > opener && tokens.isWord(t - 1)
          && !ADVERBIAL_PREPOSITIONS.contains(tokens, t - 1)
          && !SourcePhrase.isPreposition(tokens, t - 1) && !tokens.is(t - 1, "between")
          && !SourcePhrase.isDeterminer(tokens, t - 1)
          && !SourcePhrase.isTitle(tokens, t - 1)
          && !(SourcePhrase.isTimeHead(tokens, t - 1) && !tokens.endsWith(t - 1, "s"))
          && !tokens.is(t - 1, "and") && !tokens.is(t - 1, "or");
      boolean year = Character.isDigit(tokens.text.charAt(tokens.start[t]));
      if (afterNoun && !isMonthOrWeekday(tokens, t) && (SUBJECT_DETERMINERS.contains(tokens, t)
          || SUBJECT_PRONOUNS.contains(tokens, t)
          || isMonthOrWeekday(tokens, t - 1) && !year
          || tokens.isCapitalized(t) && !tokens.isCapitalized(t - 1)
              && !SourcePhrase.isTitle(tokens, t))) {
        // "last October officials said": any word after a month but a year opens the subject.
        start = t;
      }
    }
    if (start < 0 || holdsVerb(tokens, opener, start)) {
      return null;
    }
    Subject subject = subjectBefore(tokens, last, start);
    return subject != null && subject.start == start ? subject : null;
  }

  /**
   * Whether the phrase of words joined by {@code and} may open after token {@code t}: at the
   * unit's start, after a comma or after a closing quotation mark.
   */
  private static boolean opensPhraseList(ParagraphTokens tokens, int t, int from) {
    return t < from || tokens.isPunct(t, ',') || tokens.kind[t] == ParagraphTokens.CLOSE;
  }

  /** Whether token {@code t} is a word in lower case that may qualify a noun of a subject. */
  private static boolean isModifierInLowerCase(ParagraphTokens tokens, int t) {
    return tokens.isWord(t) && !tokens.isCapitalized(t) && !SUBJECT_STOPS.contains(tokens, t)
        && !SourcePhrase.isDeterminer(tokens, t) && !SourcePhrase.isPreposition(tokens, t)
        && !SourcePhrase.PRONOUNS.contains(tokens, t);
  }

  /**
   * Whether the words joined by {@code and} open their phrase after token {@code t} with what
   * a description opens with: a determiner, a word before them ({@code the wholesale}, {@code
   * the Harlow-based}) or both, or a name ({@code Harlow mines}), where the phrase list opens
   * before these ({@link #opensPhraseList}) or a preposition after a noun of people does.
   */
  private static boolean opensDescribedList(ParagraphTokens tokens, int t, int from) {
    int u = t;
    if (u >= from && (isModifierInLowerCase(tokens, u) || tokens.isCapitalized(u)
        && !SourcePhrase.isDeterminer(tokens, u) && !opensClauseOrTime(tokens, u)
        && !SUBJECT_STOPS.contains(tokens, u) && !SourcePhrase.PRONOUNS.contains(tokens, u))) {
      u--;
    }
    if (u >= from && SourcePhrase.isDeterminer(tokens, u) && !tokens.is(u, "that")
        && !tokens.is(u, "this")) {
      u--;
    }
    // "But the wool and cotton growers have said": a "but" may open the sentence before it.
    // "a spokeswoman for the ferry and barge union", "staff at the Harlow grain and timber
    // company", "an analyst of weather and crop markets": the preposition after a noun of people
    // goes on, as it does before a determiner.
    return u < t && (opensPhraseList(tokens, u, from)
            || tokens.is(u, "but") && opensPhraseList(tokens, u - 1, from))
        || u - 1 >= from && isSubjectPreposition(tokens, u) && namesPeople(tokens, u - 1);
  }

  /**
   * Whether the pronoun at token {@code t}, which ends a subject, is the object of the words that
   * describe it: of a preposition ({@code a source close to him}) or, with {@code participles},
   * of a participle after a noun of people ({@code officials accompanying her}).
   */
  private static boolean objectInSubject(ParagraphTokens tokens, int t, int from,
      boolean participles) {
    return t - 2 >= from && OBJECT_PRONOUNS.contains(tokens, t)
        && (isSubjectPreposition(tokens, t - 1)
            || participles && objectOfParticipleAfterPeople(tokens, t));
  }

  /**
   * Whether token {@code t} opens the object of a participle in {@code -ing} that follows a noun
   * of people: {@code the group} of {@code an official advising the group}, {@code him} of {@code
   * officials accompanying him}.
   */
  private static boolean objectOfParticipleAfterPeople(ParagraphTokens tokens, int t) {
    return t - 2 >= 0 && tokens.isWord(t - 1) && isParticiple(tokens, t - 1)
        && namesPeople(tokens, t - 2);
  }

  /**
   * Whether token {@code t} is a noun of people who may be sources: {@code spokesman}, {@code
   * analyst}, {@code sources}; not a share ({@code 6 pct in 2029 and local forecasters say}).
   */
  private static boolean namesPeople(ParagraphTokens tokens, int t) {
    return tokens.isWord(t) && !tokens.isCapitalized(t) && (SOURCE_NOUNS.contains(tokens, t)
        || SourcePhrase.isTitle(tokens, t) || SourcePhrase.isGroupHead(tokens, t)
            && !SourcePhrase.SHARES.contains(tokens, t));
  }

  /** Whether token {@code t} is a past form of a verb: {@code rose}, {@code announced}. */
  private static boolean isPastVerb(ParagraphTokens tokens, int t) {
    return tokens.end[t] - tokens.start[t] > 4 && tokens.endsWith(t, "ed")
        || IRREGULAR_PASTS.contains(tokens, t)
        || PASTS_OF_CLAUSES.contains(tokens, t);
  }

  /**
   * Whether the aside that opens at token {@code t} speaks of the subject through what another
   * did or is, so that a name in it is not the subject's: a participle or an adverb opens it
   * ({@code The bank, sold by Harlow Corp,}, {@code The network, formerly a venture of Harlow
   * Inc,}, {@code Several candidates, including Reyes,}, {@code A caller, speaking English,});
   * not one that names it ({@code known as}, {@code called}).
   */
  private static boolean opensAsideOfAnother(ParagraphTokens tokens, int t) {
    if (!tokens.isWord(t) || tokens.isCapitalized(t) || tokens.end[t] - tokens.start[t] < 4
        || NAMING_VERBS.contains(tokens, t) || tokens.is(t, "known")) {
      return false;
    }
    return tokens.endsWith(t, "ed") || tokens.endsWith(t, "ing") || tokens.endsWith(t, "ly")
        || IRREGULAR_PARTICIPLES.contains(tokens, t);
  }

  /** Whether token {@code t} is a preposition that may open an adverbial: {@code Among}. */
  private static boolean opensAdverbial(ParagraphTokens tokens, int t) {
    return ADVERBIAL_PREPOSITIONS.contains(tokens, t) || SourcePhrase.isPreposition(tokens, t)
        && !tokens.is(t, "of") && !tokens.is(t, "to") && !RELATIVES.contains(tokens, t)
        && !tokens.is(t, "who") && !tokens.is(t, "that");
  }

  /** Whether token {@code t} names a month or a day of the week: {@code May}, {@code Monday}. */
  private static boolean isMonthOrWeekday(ParagraphTokens tokens, int t) {
    return tokens.isCapitalized(t) && (SourcePhrase.WEEKDAYS.contains(tokens, t)
        || MonthNames.isWholeName(tokens.text, tokens.start[t], tokens.end[t]));
  }

  /**
   * The subject that opens the unit, for a verb coordinated with its own: {@code The spokesman
   * refused to give details but said ...}.
   */
  private SourcePhrase unitSubject(ParagraphTokens tokens, int from, int before) {
    SourcePhrase subject = subjectAfterOpeners(tokens, from, before);
    return subject != null ? subject : subjectOfFirstVerb(tokens, from, before, true, false);
  }

  /**
   * The subject that opens the unit or follows its opening adverbials, read forwards from where
   * it starts: {@code The next morning, at a rally, Mr. Hale was blunt, claiming ...}.
   */
  private SourcePhrase subjectAfterOpeners(ParagraphTokens tokens, int from, int before) {
    // Try the unit's start and the starts after its first commas.
    int t = from;
    for (int clause = 0; clause < 4 && t < before; clause++) {
      SourcePhrase subject = subjectAt(tokens, t, before);
      if (subject != null) {
        return subject;
      }
      int limit = Math.min(before, t + 2 * MAX_PHRASE_WORDS);
      while (t < limit && !(tokens.isPunct(t, ',') && tokens.depth[t] == 0)) {
        t++;
      }
      if (t >= limit) {
        return null;
      }
      t++;
    }
    return null;
  }

  /**
   * The subject before the first finite verb of tokens {@code [from, before)}, read backwards as
   * before a cue, where it opens the clause: {@code The US government's envoy to the talks
   * predicted ...}, {@code Ana Okafor, Chile's Mining Minister, last Friday expressed ...}.
   * Without {@code auxiliaries} the verb must be a verb of its own ({@code hailed}), not {@code
   * is} or {@code has}. A passive ({@code was changed}) has no subject read, but where the
   * subject is read as an {@code antecedent} of a pronoun: then a person's is one ({@code Ana
   * Okafor was elected}, not {@code Holdings must be disclosed}), and the verb of a relative
   * clause is passed over for the main clause's.
   */
  private SourcePhrase subjectOfFirstVerb(ParagraphTokens tokens, int from, int before,
      boolean auxiliaries, boolean antecedent) {
    for (int t = from + 1; t < before && t - from <= 4 * MAX_PHRASE_WORDS; t++) {
      if (tokens.depth[t] != 0 || !tokens.isWord(t) || tokens.isCapitalized(t)) {
        continue;
      }
      boolean auxiliary = AUXILIARIES.contains(tokens, t);
      if (auxiliary && !auxiliaries) {
        return null;
      }
      boolean pastForm = IRREGULAR_PASTS.contains(tokens, t)
          || tokens.end[t] - tokens.start[t] > 4 && tokens.endsWith(t, "ed");
      if (!auxiliary && !pastForm) {
        continue;
      }
      // The lexicon is asked only at a verb's form: this looks at each word up to the verb.
      boolean pastCue = pastForm && isPastCue(tokens, t, before);
      boolean passive = false;
      for (int u = t; u < before && u < t + 3 && !passive; u++) {
        // "Many parts of the car have been changed, adding ...": the subject of a passive is
        // what is spoken of.
        passive = BE_FORMS.contains(tokens, u) && u + 1 < before
            && tokens.end[u + 1] - tokens.start[u + 1] > 4 && tokens.endsWith(u + 1, "ed");
      }
      if (passive && !antecedent) {
        return null;
      }
      int last = skipBackOver(tokens, t - 1, from, BETWEEN_SUBJECT_AND_VERB);
      Subject subject = last >= from ? subjectBefore(tokens, last, from) : null;
      // "Following purported threats": a participle, as in subjectAt. Without auxiliaries, for
      // a quotation without a cue, no number ("1986 figures restated ...").
      boolean participle = subject != null && tokens.endsWith(subject.start, "ing")
          && !auxiliary && !pastCue;
      boolean number = subject != null && !auxiliaries
          && Character.isDigit(tokens.text.charAt(tokens.start[subject.start]));
      // The subject of the main clause: not "while port officials played up ..., observers
      // said ... and warned"; but "Reyes, though she praised Okafor and said ...": a
      // dependent clause that runs on to the cue, with no comma to end it, is the cue's.
      boolean dependent = subject != null && DEPENDENT_CLAUSE_OPENERS.contains(tokens,
          subject.start - 1) && subject.start - 1 >= from
          && (before - t > MAX_CONTENT_TOKENS || commaBetween(tokens, t, before));
      if (dependent || antecedent && subject != null && isRelativeMention(tokens, subject)) {
        // "Paul Reyes, who toured the site, was blunt": the main clause's verb comes after.
        continue;
      }
      return subject != null && opensClause(tokens, subject.start - 1, from) && !participle
          && !number && !isRelativeMention(tokens, subject)
          && !(passive && subject.phrase.sort != SourcePhrase.Sort.PERSON)
          ? subject.phrase : null;
    }
    return null;
  }

  /** A subject phrase at token {@code t}, followed by a lower-case word (its verb); or null. */
  private SourcePhrase subjectAt(ParagraphTokens tokens, int t, int before) {
    return subjectAt(tokens, t, before, true);
  }

  /**
   * {@link #subjectAt}, where with {@code joins} a second phrase after {@code and} joins the
   * first: {@code Reyes and Mr. Okafor warned ...}, {@code He and Okafor warned ...}. One join
   * only, so that a run of joins costs no more than a phrase.
   */
  private SourcePhrase subjectAt(ParagraphTokens tokens, int t, int before, boolean joins) {
    if (tokens.isWord(t) && (tokens.is(t, "but") || tokens.is(t, "and") || tokens.is(t, "still")
        || tokens.is(t, "yet") || tokens.is(t, "so"))) {
      t++;
    }
    if (!tokens.isWord(t) || SourcePhrase.isPreposition(tokens, t)
        || DEPENDENT_CLAUSE_OPENERS.contains(tokens, t)) {
      // Nor "While officials praised the talks, observers said ...": the subject of the main
      // clause follows the comma.
      return null;
    }
    if (tokens.endsWith(t, "ly") || tokens.endsWith(t, "ing") && !tokens.isCapitalized(t + 1)
        || TIMES.contains(tokens, t) || TIME_OPENERS.contains(tokens, t)) {
      return null;
    }
    int start = t;
    int limit = Math.min(before, start + MAX_PHRASE_WORDS);
    if (SourcePhrase.PRONOUNS.contains(tokens, t)) {
      t++;
    } else {
      while (t < limit && (tokens.isCapitalized(t) || SourcePhrase.isDeterminer(tokens, t)
          || tokens.isPunct(t, '.') && t > start && tokens.end[t - 1] - tokens.start[t - 1] <= 3
              && tokens.isCapitalized(t - 1)
          || tokens.isWord(t) && (SourcePhrase.TITLE_WORDS.contains(tokens, t)
              || SOURCE_WORDS.contains(tokens, t)
              || SourcePhrase.GROUP_HEADS.contains(tokens, t)
              || SourcePhrase.THING_HEADS.contains(tokens, t) && !tokens.is(t, "ruling")))) {
        // "The finance ministry made ...": an organisation's noun after a title's word; but not
        // "ruling", more often the adjective of "Norland's ruling Unity party".
        t++;
        if (t > start && isAcronymInBrackets(tokens, t, limit)) {
          // "Harwick Trade Ministry (HTM) officials later sought ...".
          t += 3;
        }
      }
    }
    if (t > start && SourcePhrase.isDeterminer(tokens, t - 1)) {
      // "The union went ...": lower-case words after a determiner, up to the verb; or up to a
      // plural of people, where the verb is none that tells itself ("The market analysts saw").
      int u = t;
      int afterPeople = -1;
      while (u < before && u - t < 3 && tokens.isWord(u) && !tokens.isCapitalized(u)
          && !isVerbLike(tokens, u)) {
        if (SourcePhrase.GROUP_HEADS.contains(tokens, u)) {
          afterPeople = u + 1;
        }
        u++;
      }
      if (u > t && u < before && isVerbLike(tokens, u)) {
        t = u;
      } else if (afterPeople > 0 && afterPeople < before && tokens.isWord(afterPeople)
          && !tokens.isCapitalized(afterPeople)) {
        t = afterPeople;
      }
    }
    int end = t;
    if (joins && end > start && tokens.is(t, "and") && t + 1 < before && tokens.isWord(t + 1)
        && !tokens.is(t + 1, "and")) {
      // "Reyes and Mr. Okafor warned ... and vowed ...": the verb is after the second name.
      SourcePhrase second = subjectAt(tokens, t + 1, before, false);
      if (second != null) {
        int last = t + 1;
        while (last < before && tokens.end[last] < second.end) {
          last++;
        }
        SourcePhrase joined = SourcePhrase.read(tokens, start, last + 1);
        if (joined != null) {
          return joined;
        }
      }
    }
    if (end > start && tokens.isPunct(t, ',')) {
      // "Hale, who runs again this year, praised ...": past the apposition to the verb.
      int close = t + 1;
      while (close < before && close - t <= MAX_PHRASE_WORDS && !tokens.isPunct(close, ',')) {
        close++;
      }
      t = close + 1;
    }
    if (end == start || t >= before || !tokens.isWord(t) || tokens.isCapitalized(t)
        || SourcePhrase.isPreposition(tokens, t) && !tokens.is(t, "who")
        || tokens.endsWith(t, "'s") || tokens.endsWith(end - 1, "'s")) {
      // Nor "The US government's envoy", "Chile's mining minister": a possessive goes on
      // to its noun, for subjectOfFirstVerb to read.
      return null;
    }
    return SourcePhrase.read(tokens, start, end);
  }

  /**
   * Whether token {@code t} is a subject pronoun opening the clause, at the unit's start or
   * after a comma, before an {@code and} that joins a second source to it; not the object of a
   * verb before it ({@code Harwick sold it and the bank said}).
   */
  private static boolean pronounOpensJoin(ParagraphTokens tokens, int t, int from) {
    return t >= from && SUBJECT_PRONOUNS.contains(tokens, t)
        && (t == from || tokens.isPunct(t - 1, ','));
  }

  /**
   * Whether an acronym in brackets, {@code (HTM)}, starts at token {@code t}, and a word after it
   * that is no possessive before {@code to}; not a party and state, {@code (R-Ohio)}.
   */
  private static boolean isAcronymInBrackets(ParagraphTokens tokens, int t, int to) {
    return t + 3 < to && tokens.isPunct(t, '(') && tokens.isWord(t + 1)
        && SourcePhrase.isAcronym(tokens, t + 1) && tokens.isPunct(t + 2, ')')
        && tokens.isWord(t + 3) && !tokens.endsWith(t + 3, "'s")
        && !tokens.text.startsWith("'", tokens.end[t + 3]);
  }

  /** Whether a cue of the lexicon in the past tense starts at token {@code t}: {@code said}. */
  private boolean isPastCue(ParagraphTokens tokens, int t, int to) {
    SpeechCues.Cue cue = t < to ? cueAt(tokens, t, to) : null;
    return cue != null && cue.form() == SpeechCues.Form.PAST;
  }

  /** Whether a comma outside quotation marks stands among tokens {@code [from, to)}. */
  private static boolean commaBetween(ParagraphTokens tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      if (tokens.isPunct(t, ',') && tokens.depth[t] == 0) {
        return true;
      }
    }
    return false;
  }

  private static Claim claim(int cueFrom, int cueTo, int contentFrom, int contentTo,
      SourcePhrase source, SourcePhrase apposition, boolean inherits) {
    Claim claim = new Claim();
    claim.cueFrom = cueFrom;
    claim.cueTo = cueTo;
    claim.contentFrom = contentFrom;
    claim.contentTo = contentTo;
    claim.readTo = cueTo;
    claim.source = source;
    claim.apposition = apposition;
    claim.inherits = inherits;
    return claim;
  }

  /**
   * A question put to someone, told in the passive: {@code Asked whether the levy would hold,
   * Hale said ...}, {@code Hale said when asked about the levy}, {@code Hale was asked if ...},
   * {@code When asked by the panel whether ...}. Its content is the question (from its
   * {@code whether}, {@code if} or question word, or after its {@code about}); its speaker is the
   * asker after {@code by}, or none: the one asked answers, and the text names no one who asks.
   * Null where {@code asked} at {@code c} is no such passive, or asks no question: {@code Hale
   * asked whether ...} (the subject asks), {@code bondholders are to be asked to back the
   * swap} (a request, in copy most often a formality, as a vote to be held).
   */
  private Claim questionPut(ParagraphTokens tokens, int c, int from, int to) {
    int opener = tokens.is(c - 1, "being") ? c - 2 : c - 1; // "after being asked whether ..."
    boolean passive = isPassive(tokens,
        skipBackOver(tokens, c - 1, from, BETWEEN_SUBJECT_AND_VERB) + 1, c);
    int clauseStart;
    if (QUESTION_CLAUSE_OPENERS.contains(tokens, opener)) {
      clauseStart = opener; // "when asked whether ..."
    } else if (passive) {
      // "Hale was asked whether ...", and the clause it may stand in: "But when the riders
      // were asked which line ...".
      clauseStart = c;
      for (int t = c - 1; t >= from && c - t <= MAX_PHRASE_WORDS && tokens.isWord(t); t--) {
        if (QUESTION_CLAUSE_OPENERS.contains(tokens, t)) {
          clauseStart = t;
          break;
        }
      }
    } else {
      clauseStart = c;
    }
    boolean fronted = opensSentenceOrAside(tokens, clauseStart, from)
        || (tokens.is(clauseStart - 1, "and") || tokens.is(clauseStart - 1, "but"))
            && opensSentenceOrAside(tokens, clauseStart - 1, from);
    if (clauseStart == c && !fronted && !passive) {
      return null; // "Hale asked whether ...": the subject asks.
    }
    int u = c + 1;
    SourcePhrase asker = null;
    if (tokens.is(u, "by")) {
      int askerEnd = u + 1;
      while (askerEnd < to && askerEnd - u <= MAX_PHRASE_WORDS && tokens.isWord(askerEnd)
          && tokens.depth[askerEnd] == 0 && !QUESTION_WORDS.contains(tokens, askerEnd)
          && !tokens.is(askerEnd, "to")) {
        askerEnd++;
      }
      if (askerEnd == u + 1 || askerEnd - u > MAX_PHRASE_WORDS) {
        return null;
      }
      asker = SourcePhrase.read(tokens, u + 1, askerEnd);
      if (asker == null) {
        return null;
      }
      u = askerEnd;
    }
    // "Asked on the radio who will run ...", "Asked during a debate last week why ...": a time or a
    // place between the verb and the question.
    int opening = u;
    while (opening < to && opening - u <= MAX_PHRASE_WORDS && tokens.isWord(opening)
        && tokens.depth[opening] == 0 && !QUESTION_WORDS.contains(tokens, opening)) {
      opening++;
    }
    if (opening > u && !(PLACE_OPENERS.contains(tokens, u) || tokens.is(u, "on")
        || DAYS.contains(tokens, u) || isAdverb(tokens, u) || TIMES.contains(tokens, u))) {
      return null;
    }
    if (!QUESTION_WORDS.contains(tokens, opening)) {
      return null;
    }
    boolean about = tokens.is(opening, "about");
    int contentFrom = about ? opening + 1 : opening;
    int contentTo = fronted ? frontedClauseEnd(tokens, contentFrom, to) : -1;
    if (fronted && (contentTo < 0
        || contentTo + 1 < to && tokens.kind[contentTo + 1] == ParagraphTokens.OPEN)) {
      // "Asked if the plan would hold a spokesman said "..."", "When asked about the levy Hale
      // said, "..."": where no comma sets the question off, the answer's source and cue end it.
      int answer = answerSource(tokens, contentFrom, contentTo < 0 ? to : contentTo);
      contentTo = answer > contentFrom ? answer : contentTo;
    }
    if (contentTo < 0 && (!fronted || tokens.isPunct(clauseStart - 1, ','))) {
      // Not fronted, or an aside that runs to the end of its sentence: "Hale said, asked about
      // the levy."
      contentTo = questionEnd(tokens, contentFrom, contentEnd(tokens, contentFrom, to), about);
    }
    if (contentTo <= contentFrom) {
      return null;
    }
    Claim claim = claim(c, about && opening == c + 1 ? c + 2 : c + 1, contentFrom, contentTo,
        null, null, false);
    claim.readTo = u;
    claim.question = true;
    claim.asker = asker;
    return claim;
  }

  /**
   * The first token of a source inside tokens {@code [t, end)} whose cue gives an answer after
   * it, a quotation or a clause ({@code a spokesman said "..."}, {@code Hale said, "..."}, {@code
   * Hale said no}); or -1. The source is a name or a phrase opened by a determiner, no pronoun
   * ({@code whether he said the plant would close} asks about a report).
   */
  private int answerSource(ParagraphTokens tokens, int t, int end) {
    end = Math.min(end, t + MAX_CONTENT_TOKENS);
    for (int c = t + 2; c < end; c++) {
      if (tokens.depth[c] != 0 || !(tokens.is(c, "said") || tokens.is(c, "replied")
          || tokens.is(c, "answered") || tokens.is(c, "responded"))) {
        continue;
      }
      int next = c + 1;
      if (!(tokens.isPunct(next, ',') || tokens.isPunct(next, ':')
          || next < tokens.size && tokens.kind[next] == ParagraphTokens.OPEN
          || tokens.is(next, "no") || tokens.is(next, "yes"))) {
        continue;
      }
      int start = c;
      while (start - 1 >= t && c - start < MAX_PHRASE_WORDS && (tokens.isCapitalized(start - 1)
          || SourcePhrase.isNameParticle(tokens, start - 1, c))) {
        start--;
      }
      if (start == c) {
        while (start - 1 >= t && c - start < 4 && tokens.isWord(start - 1)
            && !SourcePhrase.isDeterminer(tokens, start)) {
          start--;
        }
        if (!SourcePhrase.isDeterminer(tokens, start)) {
          continue;
        }
      }
      return start > t ? start : -1;
    }
    return -1;
  }

  /**
   * Where a clause that comes before its sentence's main clause ends, from {@code t}: at the
   * first comma outside quotation marks, but past a relative clause set off by commas
   * ({@code whether the levy, which the council passed in May, would hold,}). -1 where no comma
   * ends it within {@link #MAX_CONTENT_TOKENS}: nothing then tells where the main clause starts.
   */
  private static int frontedClauseEnd(ParagraphTokens tokens, int t, int to) {
    // Bounded as any content is, so that a sentence of many questions is read in linear time.
    to = Math.min(to, t + MAX_CONTENT_TOKENS);
    for (int u = t; u < to; u++) {
      if (tokens.kind[u] == ParagraphTokens.CLOSE && tokens.depth[u] == 1
          && tokens.isPunct(u - 1, ',')) {
        return u + 1; // "Asked whether the levy is "fair," most said yes."
      }
      if (tokens.isPunct(u, ',') && tokens.depth[u] == 0) {
        if (!ASIDE_RELATIVES.contains(tokens, u + 1)) {
          return u;
        }
        int close = u + 1;
        while (close < to && !(tokens.isPunct(close, ',') && tokens.depth[close] == 0)) {
          close++;
        }
        u = close;
      }
    }
    return -1;
  }

  /**
   * Whether token {@code t} opens its unit, or a phrase set off by a comma: {@code Asked ...},
   * {@code Hale, asked ...}.
   */
  private static boolean opensSentenceOrAside(ParagraphTokens tokens, int t, int from) {
    return t <= from || tokens.isPunct(t - 1, ',') && tokens.depth[t - 1] == 0;
  }

  /**
   * Where a question asked in the middle of a sentence ends, from {@code t}, at the latest at
   * {@code end}: at a comma before a clause joined to it ({@code when asked whether the fares
   * should rise, but most riders ...}), and a matter asked about at any comma ({@code was asked
   * about the gifts, and she ...}).
   */
  private static int questionEnd(ParagraphTokens tokens, int t, int end, boolean about) {
    for (int u = t; u < end; u++) {
      if (tokens.isPunct(u, ',') && tokens.depth[u] == 0 && (about
          || CLAUSE_JOINS.contains(tokens, u + 1)
          || SourcePhrase.PRONOUNS.contains(tokens, u + 1))) {
        return u;
      }
    }
    return end;
  }

  private Claim accordingTo(ParagraphTokens tokens, int c, int cueTo, int from, int to,
      int regionStart, int wholeFrom) {
    int sourceEnd = phraseEnd(tokens, cueTo, to);
    if (sourceEnd - cueTo >= MAX_PHRASE_WORDS) {
      // "According to early tallies of ballots gathered for the board, ...": where the
      // words run on past the longest phrase, a comma may still end a longer source, one with no
      // auxiliary, which would make it a clause.
      int comma = cueTo;
      while (comma < to && comma - cueTo < 2 * MAX_PHRASE_WORDS && tokens.depth[comma] == 0
          && (tokens.isWord(comma) || comma < sourceEnd) && !AUXILIARIES.contains(tokens, comma)) {
        comma++;
      }
      sourceEnd = comma > sourceEnd && tokens.isPunct(comma, ',') ? comma : sourceEnd;
    }
    SourcePhrase source = SourcePhrase.readObject(tokens, cueTo, sourceEnd);
    if (source == null) {
      return null;
    }
    // "According to X, ...", also after a short opening: "In addition, according to X, ...".
    int before = 0;
    for (int t = from; t < c && before <= 4; t++) {
      before += tokens.isWord(t) ? 1 : 0;
    }
    boolean opening = c == from || before <= 3 && (tokens.isPunct(c - 1, ',')
        || tokens.is(c - 1, "but") || tokens.is(c - 1, "and"));
    if (opening && tokens.isPunct(sourceEnd, ',') && c - 1 > from
        && holdsVerb(tokens, sourceEnd + 1, Math.min(sourceEnd + 2, to))) {
      // "The plan, according to Hale, would cost ...": the words before are the subject of the
      // verb after the source, and the account is the whole clause.
      int start = c - 1 > regionStart ? regionStart : wholeFrom;
      return claim(c, cueTo, start, contentEnd(tokens, sourceEnd + 1, to), source, null, false);
    }
    if (opening && tokens.isPunct(sourceEnd, ',')) {
      int contentFrom = Math.max(sourceEnd + 1, contentStart(tokens, sourceEnd + 1, to));
      return claim(c, cueTo, contentFrom, contentEnd(tokens, contentFrom, to), source, null,
          false);
    }
    if (c - 1 > from && isClauseBreak(tokens, c - 1)) {
      // "X has called for attacks, according to Y": Y's account covers the whole clause.
      int start = c - 1 > regionStart ? regionStart : wholeFrom;
      int verb = holdsVerb(tokens, start, c - 1) ? -1 : verbAfterSource(tokens, sourceEnd, to);
      if (verb > 0) {
        // "At the heart of the dispute, according to Hale, was a plan to ...": the words before
        // are no clause, and the account runs on through the verb after the source.
        return claim(c, cueTo, start, contentEnd(tokens, verb, to), source, null, false);
      }
      return claimBefore(c, cueTo, start, c - 1, source, sourceEnd);
    }
    if (c - 1 > from && tokens.isWord(c - 1) && !SourcePhrase.isPreposition(tokens, c - 1)
        && (sourceEnd >= to || tokens.isPunct(sourceEnd, '.') || isClauseBreak(tokens, sourceEnd))
        && namesInformant(source)) {
      // "... injuring 57 according to the Red Cross.": without the comma, only a source that
      // informs, at the clause's end, tells the account from the manner ("according to its
      // quality", "according to forms filed by the clubs").
      int start = c > regionStart ? regionStart : wholeFrom;
      return claimBefore(c, cueTo, start, c, source, sourceEnd);
    }
    return null;
  }

  /**
   * The auxiliary right after a comma that ends a source read up to token {@code sourceEnd},
   * with its relative clause or apposition ({@code according to Tom Hale, an envoy, was}); or -1
   * where the sentence goes on otherwise.
   */
  private static int verbAfterSource(ParagraphTokens tokens, int sourceEnd, int to) {
    for (int u = sourceEnd; u < to && u - sourceEnd <= 3 * MAX_PHRASE_WORDS; u++) {
      if (tokens.isPunct(u, ',') && tokens.depth[u] == 0 && AUXILIARIES.contains(tokens, u + 1)) {
        return u + 1;
      }
      if (tokens.isPunct(u, '.') || tokens.isPunct(u, ';') || tokens.depth[u] != 0
          || tokens.kind[u] == ParagraphTokens.OPEN) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The claim of a source that follows its cue and the content before it: the text after the
   * source ({@code A, according to X, B, according to Y}) is unclaimed, the source is not.
   */
  private static Claim claimBefore(int cueFrom, int cueTo, int contentFrom, int contentTo,
      SourcePhrase source, int sourceEnd) {
    Claim claim = claim(cueFrom, cueTo, contentFrom, contentTo, source, null, false);
    claim.readTo = sourceEnd;
    return claim;
  }

  /** Whether a source read after {@code according to} is one that gives accounts. */
  private static boolean namesInformant(SourcePhrase source) {
    if (source.type != SourcePhrase.Type.DESCRIPTION) {
      return true;
    }
    String head = source.head;
    return !SourcePhrase.NORM_HEADS.contains(head)
        && (SourcePhrase.isTitle(head) || SourcePhrase.GROUP_HEADS.contains(head)
            || SourcePhrase.THING_HEADS.contains(head)
            || SourcePhrase.INFORMATION_HEADS.contains(head));
  }

  private Claim quotedAsSaying(ParagraphTokens tokens, int c, int cueTo, int from, int to,
      int regionStart) {
    // "X was quoted (by Y) as saying ...": the source stands before "was quoted".
    int quoted = c - 1;
    int limit = Math.max(from, c - MAX_PHRASE_WORDS);
    while (quoted >= limit && !tokens.is(quoted, "quoted")) {
      quoted--;
    }
    if (quoted < limit) {
      if (!tokens.is(c, "quoted")) {
        return null;
      }
      quoted = c;
    }
    int subjectEnd = skipBackOver(tokens, quoted - 1, from, BETWEEN_SUBJECT_AND_VERB);
    int subjectStart = subjectStart(tokens, subjectEnd, from);
    if (subjectStart > subjectEnd) {
      return null;
    }
    SourcePhrase source = SourcePhrase.read(tokens, subjectStart, subjectEnd + 1);
    if (source == null) {
      return null;
    }
    // ""...," Hale was quoted as saying.": the content stands before the source, as it does
    // before "Hale said.".
    int contentBefore = regionStart < quoted
        && saysWhatStandsBefore(tokens, subjectStart, cueTo, from, to)
        ? contentBeforeSource(tokens, subjectStart, cueTo, from, to, regionStart) : -1;
    if (contentBefore >= 0) {
      return claim(quoted, cueTo, regionStart, contentBefore, source, null, false);
    }
    int contentFrom = contentStart(tokens, cueTo, to);
    if (contentFrom < 0 || contentFrom >= to) {
      return null;
    }
    return claim(quoted, cueTo, contentFrom, contentEnd(tokens, contentFrom, to), source, null,
        false);
  }

  /** {@code , stressing that ...} and {@code Noting that ..., Xi said}: the source is shared. */
  private Claim participle(ParagraphTokens tokens, String lemma, int c, int cueTo, int from,
      int to) {
    boolean opening = c == from || c == from + 1 && !tokens.isWord(from);
    if (opening) {
      int contentFrom = contentStart(tokens, cueTo, to);
      if (contentFrom < 0) {
        return null;
      }
      int comma = contentFrom;
      while (comma < to && comma - contentFrom < 3 * MAX_PHRASE_WORDS
          && !(tokens.isPunct(comma, ',') && tokens.depth[comma] == 0)) {
        comma++;
      }
      if (comma >= to || comma - contentFrom >= 3 * MAX_PHRASE_WORDS) {
        return null;
      }
      return claim(c, cueTo, contentFrom, comma, null, null, true);
    }
    SourcePhrase withSubject = c - 1 > from && !isClauseBreak(tokens, c - 1)
        ? subjectOfWith(tokens, c - 1, from) : null;
    // What the participle follows, past an adverb or two: "..., eventually saying", "after
    // initially saying".
    int lead = c - 1;
    while (lead > from && c - lead <= 2 && isAdverbBeforeParticiple(tokens, lead)) {
      lead--;
    }
    // "Hale drew criticism by saying ...", "Marsh praised it while saying ...", "Reyes replied
    // by arguing that ...", "... after admitting he ...": the participle tells how or when the
    // subject of the clause did what it did, and its report is the subject's.
    boolean manner = MANNER_OPENERS.contains(tokens, lead);
    if (!isClauseBreak(tokens, lead) && !tokens.is(lead, "and") && !manner
        && withSubject == null) {
      return null;
    }
    // "..., telling townspeople that ...": the listener is no part of the content. Only after
    // tell and inform (after the rest, what follows is as often the content's subject, "warning
    // the firm's banners had been moved", or an object with a clause of its own, "advising the
    // government on what ..."), and where "that", a pronoun or a quotation follows it: a
    // listener's words may go on ("telling Harlow chip makers to cut output").
    int afterCue = cueTo;
    if (lemma.equals("tell") || lemma.equals("inform")) {
      int listened = skipObject(tokens, lemma, cueTo, to);
      int next = tokens.isPunct(listened, ',') || tokens.isPunct(listened, ':')
          ? listened + 1 : listened;
      if (listened > cueTo && next < to && (tokens.is(next, "that")
          || SourcePhrase.PRONOUNS.contains(tokens, next)
          || tokens.kind[next] == ParagraphTokens.OPEN)) {
        afterCue = listened;
      }
    }
    int contentFrom = contentStart(tokens, afterCue, to);
    if (contentFrom < 0 || contentFrom >= to
        || wordsIn(tokens, contentFrom, to) < 2 && !opensQuote(tokens, contentFrom, to)) {
      return null;
    }
    int contentTo = contentEnd(tokens, contentFrom, to);
    if (tokens.is(c, "claiming") && claimsAThing(tokens, contentFrom, contentTo, to)) {
      return null;
    }
    if ((manner || withSubject != null) && !reportsClause(tokens, contentFrom, contentTo)
        && !(lemma.equals("call") && withSubject != null)) {
      // Only a clause is reported there: not "with 20 pct reporting a rise in orders"; but
      // what a subject after "with" called something is its words ("with Hale calling it "a
      // farce"").
      return null;
    }
    if (manner && !opensMannerReport(tokens, lead, to)) {
      // After "by", "while", "after" or "before" most verbs of speech but "say" take a thing
      // ("by declaring a dividend", "while maintaining the safeguards intended by ...", "after
      // reporting its 2030 results, which beat ..."): only a clause of its own is reported.
      return null;
    }
    if (withSubject != null) {
      // "..., with 45 percent saying he is ready": the share is the participle's subject.
      return claim(c, cueTo, contentFrom, contentTo, withSubject, null, true);
    }
    if (manner && lead - 2 >= from && cueAt(tokens, lead - 1, to) != null) {
      // "..., while the board has responded by saying ...": the subject of the verb that the
      // participle tells the manner of, which may be a clause's inside the unit.
      int last = skipBackOver(tokens, lead - 2, from, BETWEEN_SUBJECT_AND_VERB);
      Subject subject = last >= from ? subjectBefore(tokens, last, from) : null;
      if (subject != null) {
        return claim(c, cueTo, contentFrom, contentTo, subject.phrase(), subject.apposition(),
            false);
      }
    }
    // Without a cue of its own in the unit, the participle's source is the unit's subject:
    // "Farmers blocked the road ..., saying ...", "Hale drew criticism by saying ...", "Marsh
    // praised the speech while saying ...".
    SourcePhrase subject = unitSubject(tokens, from, lead);
    return claim(c, cueTo, contentFrom, contentTo, subject, null, true);
  }

  /**
   * Whether token {@code t} is an adverb that may stand right before a participle: in {@code -ly}
   * ({@code eventually}, {@code pointedly}) or {@code first}.
   */
  private static boolean isAdverbBeforeParticiple(ParagraphTokens tokens, int t) {
    return tokens.isWord(t) && (isAdverb(tokens, t) || tokens.is(t, "first"));
  }

  /**
   * The share of people that ends at token {@code last} after {@code with}, as the subject of a
   * participle after it: {@code with 45 percent saying}, {@code with about three in 10 voters
   * saying}, {@code with most saying}; or null. Not other people, who may be the verb's object
   * ({@code met with officials saying ...}).
   */
  private static SourcePhrase subjectOfWith(ParagraphTokens tokens, int last, int from) {
    int with = last;
    while (with >= from && last - with <= MAX_PHRASE_WORDS && (tokens.isWord(with)
            || tokens.isPunct(with, '.') && isAbbreviationPeriod(tokens, with))
        && !tokens.is(with, "with")) {
      with--;
    }
    if (with < from || with == last || !tokens.is(with, "with")) {
      return null;
    }
    boolean share = SourcePhrase.pollShareEnd(tokens, with + 1, last + 1) > 0;
    for (int t = with + 1; t <= last && !share; t++) {
      share = SourcePhrase.isShareWord(tokens, t);
    }
    if (!share && (with == from || tokens.isPunct(with - 1, ','))) {
      // "..., with Sen. Tom Hale calling it "a farce"": after a comma, "with" opens no object
      // of a verb, and a name before the participle is its subject.
      SourcePhrase name = SourcePhrase.read(tokens, with + 1, last + 1);
      return name != null && name.type == SourcePhrase.Type.NAME
          && name.sort != SourcePhrase.Sort.THING ? name : null;
    }
    SourcePhrase phrase = !share ? null : with + 1 == last
        ? SourcePhrase.quantifier(tokens, last) : SourcePhrase.read(tokens, with + 1, last + 1);
    return phrase != null && phrase.type == SourcePhrase.Type.DESCRIPTION
        && phrase.sort == SourcePhrase.Sort.GROUP ? phrase : null;
  }

  /**
   * Whether {@code claim} with the content {@code [from, to)} takes a thing rather than reports
   * words: no clause or quotation follows, and one of its first words is a thing won or taken
   * ({@code claimed the title}, {@code claimed 20,000 lives}, {@code claimed three gold medals},
   * {@code claimed independence}). Not a claim of responsibility, of a breach or of a right,
   * which are statements, nor {@code as Harlow claimed, the first step}, a claim about a thing.
   */
  private static boolean claimsAThing(ParagraphTokens tokens, int from, int to, int unitEnd) {
    if (opensQuote(tokens, from, unitEnd) || tokens.isPunct(from - 1, ':')
        || reportsClause(tokens, from, to)) {
      return false;
    }
    for (int t = from; t < to && t - from < 6; t++) {
      if (CLAIMED_THINGS.contains(tokens, t)) {
        return true;
      }
    }
    return false;
  }

  /** {@code maintained his innocence}: a claim in a noun, within the object's first three words. */
  private static boolean holdsInnocence(ParagraphTokens tokens, int from) {
    for (int t = from; t < from + 3; t++) {
      if (tokens.is(t, "innocence")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code off} follows a form of {@code write} at once or after an object of up to two
   * words: {@code wrote off 40 mln dlrs}, {@code wrote the team off}, {@code written it all off}.
   */
  private static boolean writesOff(ParagraphTokens tokens, int t) {
    for (int u = t; u <= t + 2; u++) {
      if (tokens.is(u, "off") || tokens.is(u, "offs")) {
        return true;
      }
      if (!tokens.isWord(u)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the content {@code [from, to)} reads as a clause: after {@code that}, opened by a
   * pronoun, or holding a finite verb ({@link #holdsVerb}); not a noun phrase ({@code another
   * step to the process}, {@code a rise in loan demand}).
   */
  private static boolean reportsClause(ParagraphTokens tokens, int from, int to) {
    return tokens.is(from - 1, "that") || SourcePhrase.PRONOUNS.contains(tokens, from)
        || holdsVerb(tokens, from, to);
  }

  /**
   * Whether the content from token {@code from} opens with a clause of its own: after {@code
   * that}, at a quotation, a subject pronoun or a question word, or with a finite verb, by its
   * look, before anything that would make the words a noun phrase with a clause inside it: a
   * relative ({@code results which were}), {@code and}, {@code to}, or a mark ({@code warning
   * the new rules could lead to ...}; not {@code declaring a dividend and announced ...}, {@code
   * better than expected profits}).
   */
  private static boolean opensClauseOfItsOwn(ParagraphTokens tokens, int from, int to) {
    if (tokens.is(from - 1, "that") || opensQuote(tokens, from, to)
        || SourcePhrase.PRONOUNS.contains(tokens, from) || QUESTION_WORDS.contains(tokens, from)) {
      return true;
    }
    for (int u = from; u < to && u - from <= MAX_PHRASE_WORDS; u++) {
      if (!tokens.isWord(u)) {
        if (tokens.isPunct(u, '.') && isAbbreviationPeriod(tokens, u)
            || tokens.isPunct(u, '-')) {
          continue;
        }
        return false;
      }
      if (tokens.isCapitalized(u)) {
        continue;
      }
      // A past in -ed after a pronoun or a name, but no compound ("a Harlow Courier op-ed").
      if (AUXILIARIES.contains(tokens, u) || IRREGULAR_PASTS.contains(tokens, u)
          || PASTS_OF_CLAUSES.contains(tokens, u)
          || tokens.end[u] - tokens.start[u] > 4 && tokens.endsWith(u, "ed")
              && (SourcePhrase.PRONOUNS.contains(tokens, u - 1) || tokens.isCapitalized(u - 1))
              && !tokens.holds(u, '-')) {
        return true;
      }
      if (u > from && (ASIDE_RELATIVES.contains(tokens, u) || tokens.is(u, "that")
          || tokens.is(u, "and") || tokens.is(u, "or") || tokens.is(u, "to"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a finite verb, by its look, stands among tokens {@code [from, to)}: an auxiliary or a
   * past form in lower case ({@code totaled}, {@code fell}).
   */
  private static boolean holdsVerb(ParagraphTokens tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!tokens.isWord(t) || tokens.isCapitalized(t)) {
        continue;
      }
      if (AUXILIARIES.contains(tokens, t) || IRREGULAR_PASTS.contains(tokens, t)
          || PASTS_NOT_IN_SOURCES.contains(tokens, t)
          || tokens.end[t] - tokens.start[t] > 3 && tokens.endsWith(t, "ed")
              && !(t > 0 && ARTICLES.contains(tokens, t - 1))) {
        // After an article or a possessive, a word in -ed is an adjective: "an embarrassed
        // silence", "its revised forecast"; not after "that", which may be a relative pronoun.
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, to)} between commas end in a clause with a finite verb of its
   * own, and so are no apposition: {@code millers will use}, {@code which lets farmers ...,
   * would be used most in ...}; but not {@code which is a subsidiary of Harlow}, {@code contacted
   * by telephone}, {@code none of whom was willing}, {@code claiming the fire is contained},
   * {@code asked whether he was concerned}, {@code while agreeing a price had been set}.
   */
  private static boolean isMainClause(ParagraphTokens tokens, int from, int to) {
    for (int t = to - 1; t > from; t--) {
      if (tokens.isPunct(t, ',') && tokens.depth[t] == tokens.depth[to]) {
        from = t + 1;
        break;
      }
    }
    if (isParticiple(tokens, from) || tokens.isWord(from) && !tokens.isCapitalized(from)
        && tokens.endsWith(from, "ed")) {
      return false;
    }
    boolean finite = false;
    for (int t = from; t < to; t++) {
      if (APPOSITION_OPENERS.contains(tokens, t)) {
        return false;
      }
      finite |= FINITE_VERBS.contains(tokens, t) && !tokens.isCapitalized(t);
    }
    return finite;
  }

  /** Whether initials joined by {@code and} start at token {@code t}: {@code AT and T}. */
  private static boolean opensInitialsAndInitials(ParagraphTokens tokens, int t) {
    return tokens.is(t + 1, "and") && SourcePhrase.isInitialLetters(tokens, t)
        && SourcePhrase.isInitialLetters(tokens, t + 2);
  }

  /**
   * Whether token {@code t} is the {@code by} of a participle after a noun, {@code polled by},
   * not of a passive ({@code were supported by}), or of a writing's author: {@code a report by}.
   */
  private static boolean isAgentBy(ParagraphTokens tokens, int t) {
    return tokens.is(t, "by") && t >= 2 && tokens.isWord(t - 1) && !tokens.isCapitalized(t - 1)
        && (tokens.end[t - 1] - tokens.start[t - 1] > 4 && tokens.endsWith(t - 1, "ed")
            || tokens.is(t - 1, "led") || SourcePhrase.isAuthoredHead(tokens, t - 1))
        && tokens.isWord(t - 2) && !SUBJECT_STOPS.contains(tokens, t - 2);
  }

  /** Whether a form of {@code be} stands among tokens {@code [from, to)}, before a cue. */
  private static boolean isPassive(ParagraphTokens tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      if (BE_FORMS.contains(tokens, t)) {
        return true;
      }
    }
    return false;
  }

  /** Skips back from {@code t} over words in {@code skip}; gives the first token not skipped. */
  private static int skipBackOver(ParagraphTokens tokens, int t, int from, FoldedWords skip) {
    int steps = 0;
    // "Li jokingly said", but not "the daily said", "the family said": after a determiner a word
    // in -ly is the subject's noun. "Lund on Thursday evening said", "The leadership late last
    // night said": a part of the day after a skipped word of time, and "late" or "early" before.
    while (t >= from && steps < 6 && tokens.isWord(t) && (skip.contains(tokens, t)
            && !isNameSpelledAsVerbWord(tokens, t) && !isNameSpelledAsToday(tokens, t, from)
        || isAdverb(tokens, t) && !SourcePhrase.isDeterminer(tokens, t - 1)
            && !NOUNS_IN_LY.contains(tokens, t)
        || SourcePhrase.DAY_PARTS.contains(tokens, t) && t - 1 >= from
            && skip.contains(tokens, t - 1)
        || steps > 0 && SourcePhrase.TIME_ADJECTIVES.contains(tokens, t))) {
      t--;
      steps++;
    }
    // "Qantas last week said", "The court this morning said": a period of time before the verb.
    if (t - 1 >= from && PERIODS.contains(tokens, t)) {
      if (tokens.is(t - 1, "last") || tokens.is(t - 1, "this") || tokens.is(t - 1, "past")
          && (tokens.is(t - 2, "this") || tokens.is(t - 2, "the"))) {
        t -= tokens.is(t - 1, "past") ? 3 : 2;
        if (t > from && (tokens.is(t, "earlier") || tokens.is(t, "later"))) {
          // "Qantas earlier this year said".
          t--;
        }
      }
    }
    // "Xi on Monday said": a time between subject and verb, its day skipped above.
    if (t - 1 >= from && tokens.is(t, "on") && skip.contains(tokens, t + 1)) {
      t--;
    }
    // "Okafor for his part said", "Lindqvist in contrast said": an aside between subject and verb.
    if (t - 3 >= from && tokens.is(t, "part") && tokens.is(t - 2, "for")
        && (tokens.is(t - 1, "his") || tokens.is(t - 1, "her") || tokens.is(t - 1, "its")
            || tokens.is(t - 1, "their"))) {
      t -= 3;
    } else if (t - 2 >= from && tokens.is(t - 1, "in")
        && (tokens.is(t, "contrast") || tokens.is(t, "turn"))) {
      t -= 2;
    }
    return t;
  }

  /**
   * Whether token {@code t} is the last word of a name spelled as {@code Today}: {@code USA
   * Today said}, where a capital inside the sentence makes a name's word of it.
   */
  private static boolean isNameSpelledAsToday(ParagraphTokens tokens, int t, int from) {
    return tokens.is(t, "today") && tokens.isCapitalized(t) && t - 1 >= from
        && tokens.isWord(t - 1) && tokens.isCapitalized(t - 1);
  }

  /**
   * Whether token {@code t} is a name spelled as a modal or as {@code long}: {@code May said},
   * {@code Brandt Can Inc said}, {@code Long said}. Capitalized, as no such word is inside a
   * sentence, nor one at its start right before a subject's verb.
   */
  private static boolean isNameSpelledAsVerbWord(ParagraphTokens tokens, int t) {
    // Not after an abbreviation: "the U.S. Will tell", as some copy capitalizes.
    return tokens.isCapitalized(t) && NAMES_SPELLED_AS_VERB_WORDS.contains(tokens, t)
        && !(tokens.isPunct(t - 1, '.') && isAbbreviationPeriod(tokens, t - 1));
  }

  /**
   * A period after a short capitalized word or one of initials, or right before a comma: {@code
   * Mr.}, {@code Sen.}, {@code J.}, {@code U.S.}, {@code D-R.I.}, {@code R-Neb.,}.
   */
  private static boolean isAbbreviationPeriod(ParagraphTokens tokens, int t) {
    return t > 0 && tokens.isCapitalized(t - 1) && (tokens.end[t - 1] - tokens.start[t - 1] <= 4
            || tokens.holds(t - 1, '.') && tokens.end[t - 1] - tokens.start[t - 1] <= 8
            || t + 1 < tokens.size && tokens.isPunct(t + 1, ',')
                && tokens.end[t] == tokens.start[t + 1])
        && tokens.end[t - 1] == tokens.start[t];
  }

  /**
   * A word that can follow a subject as its verb: a past form, an auxiliary or adverb of
   * {@link #BETWEEN_SUBJECT_AND_VERB}, or a cue.
   */
  private boolean isVerbLike(ParagraphTokens tokens, int t) {
    if (!tokens.isWord(t) || tokens.isCapitalized(t)) {
      return false;
    }
    return tokens.end[t] - tokens.start[t] > 3 && tokens.endsWith(t, "ed")
        || IRREGULAR_PASTS.contains(tokens, t) || PASTS_NOT_IN_SOURCES.contains(tokens, t)
        || BETWEEN_SUBJECT_AND_VERB.contains(tokens, t)
        || !cues.startingWith(tokens, t).isEmpty();
  }

  /**
   * Whether a finite verb follows from token {@code t}, within a few words: an auxiliary, an
   * irregular past, or a past in -ed after a pronoun or a name ({@code Time earned}), not a
   * participle after a noun ({@code in remarks prepared for delivery}).
   */
  private static boolean finiteVerbFollows(ParagraphTokens tokens, int t, int to) {
    for (int u = t; u < to && u - t < 2 * MAX_PHRASE_WORDS; u++) {
      if (!tokens.isWord(u) || tokens.isCapitalized(u)) {
        continue;
      }
      if (ASIDE_RELATIVES.contains(tokens, u) && tokens.isPunct(u - 1, ',')) {
        // "said Okafor, who came to the town in 1971": the verbs of a relative clause set off
        // by a comma are not the clause's.
        return false;
      }
      if (AUXILIARIES.contains(tokens, u) || IRREGULAR_PASTS.contains(tokens, u)
          || PASTS_OF_CLAUSES.contains(tokens, u)
          || tokens.end[u] - tokens.start[u] > 4 && tokens.endsWith(u, "ed")
              && (SourcePhrase.PRONOUNS.contains(tokens, u - 1) || tokens.isCapitalized(u - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@code words} stands among tokens {@code [from, to)}. */
  private static boolean holdsWordOf(ParagraphTokens tokens, int from, int to, FoldedWords words) {
    for (int t = from; t < to; t++) {
      if (words.contains(tokens, t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word {@code word} stands among tokens {@code [from, to)}. */
  private static boolean holdsWord(ParagraphTokens tokens, int from, int to, String word) {
    for (int t = from; t < to; t++) {
      if (tokens.is(t, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code source} is a description that opens with {@code neither} or {@code no}:
   * {@code No official}; not a name after an idiom, {@code No wonder Hale said}.
   */
  private static boolean namesNoOne(ParagraphTokens tokens, SourcePhrase source) {
    if (source == null || source.type != SourcePhrase.Type.DESCRIPTION) {
      return false;
    }
    int end = source.start;
    while (end < source.end && Character.isLetter(tokens.text.charAt(end))) {
      end++;
    }
    return end < source.end && NO_ONE.contains(tokens.text, source.start, end,
        FoldedWords.hash(tokens.text, source.start, end));
  }

  /** Whether {@code not}, {@code n't} or {@code never} stands among tokens {@code [from, to)}. */
  private static boolean isNegated(ParagraphTokens tokens, int from, int to) {
    for (int t = Math.max(from, 0); t < to; t++) {
      if (tokens.is(t, "not") || tokens.is(t, "never") || tokens.is(t, "n't")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first participle from token {@code t} ({@code , adding that ...}), or {@code to}: the
   * verbs after it are its clause's. It reads no further than {@link #finiteVerbFollows} does.
   */
  private static int participleAfter(ParagraphTokens tokens, int t, int to) {
    to = Math.min(to, t + 2 * MAX_PHRASE_WORDS);
    for (int u = t; u < to; u++) {
      if (isParticiple(tokens, u)) {
        return u;
      }
    }
    return to;
  }

  /** A lower-case word in -ing: {@code stressing}, {@code adding}. */
  private static boolean isParticiple(ParagraphTokens tokens, int t) {
    int length = tokens.end[t] - tokens.start[t];
    return length > 4 && !tokens.isCapitalized(t)
        && tokens.text.startsWith("ing", tokens.end[t] - 3);
  }

  /** A lower-case word in -ly: {@code Li jokingly said}, {@code has also broadly called}. */
  private static boolean isAdverb(ParagraphTokens tokens, int t) {
    int length = tokens.end[t] - tokens.start[t];
    return length > 4 && !tokens.isCapitalized(t) && tokens.text.charAt(tokens.end[t] - 1) == 'y'
        && tokens.text.charAt(tokens.end[t] - 2) == 'l';
  }

  /** Reads a subject phrase backwards from its last token; gives its first token. */
  private static int subjectStart(ParagraphTokens tokens, int last, int from) {
    return subjectStart(tokens, last, from, true);
  }

  /**
   * Whether token {@code t} is the {@code s} of a possessive written right after a closing
   * bracket: {@code <Harlow Inc>'s}, {@code Harlow (UK)'s}.
   */
  private static boolean isPossessiveAfterBrackets(ParagraphTokens tokens, int t, int from) {
    return t - 2 >= from && tokens.end[t] - tokens.start[t] == 1 && tokens.is(t, "s")
        && tokens.end[t - 1] == tokens.start[t] && tokens.end[t - 2] == tokens.start[t - 1]
        && tokens.end[t - 1] - tokens.start[t - 1] == 1
        && "'\u2019".indexOf(tokens.text.charAt(tokens.start[t - 1])) >= 0
        && (tokens.isPunct(t - 2, '>') || tokens.isPunct(t - 2, ')'));
  }

  /**
   * {@link #subjectStart(ParagraphTokens, int, int)}, where with {@code join} a source before
   * {@code and} and a determiner may join the phrase; the source before is read without, so that
   * a chain of them is read once and the stack stays flat.
   */
  private static int subjectStart(ParagraphTokens tokens, int last, int from, boolean join) {
    int start = subjectStart(tokens, last, from, join, true);
    // "The council, bringing together millers of 12 countries representing the growers said": where
    // a word in -ing opens what was read, it opens a clause set off before the verb, and the
    // participle after a noun of people inside that clause is no part of the subject.
    return start < last && isParticiple(tokens, start)
        ? subjectStart(tokens, last, from, join, false) : start;
  }

  /**
   * {@link #subjectStart(ParagraphTokens, int, int, boolean)}, where with {@code participles} a
   * participle in {@code -ing} and its object may describe a noun of people ({@link
   * #objectOfParticipleAfterPeople}).
   */
  private static int subjectStart(ParagraphTokens tokens, int last, int from, boolean join,
      boolean participles) {
    int t = last;
    int words = 0;
    int brackets = 0;
    if (SourcePhrase.PRONOUNS.contains(tokens, t)
        && !(tokens.isCapitalized(t) && tokens.isCapitalized(t - 1) && t - 1 >= from)) {
      // A pronoun, unless a name ends in it: "Vice Premier Liu He".
      return t;
    }
    while (t >= from && words < MAX_PHRASE_WORDS) {
      if (tokens.isWord(t) && isPossessiveAfterBrackets(tokens, t, from)) {
        // "<Harlow Industries Inc>'s Dunmore unit said": the owner in brackets, read next.
        t -= 2;
        continue;
      }
      if (t < last && t - 1 >= from && SourcePhrase.isDeterminerInName(tokens, t)) {
        // "Harlow One Corp said": a determiner between capitals is a word of the name.
        t--;
        words++;
        continue;
      }
      if (tokens.isWord(t)) {
        boolean thatOrThis = tokens.is(t, "that") || tokens.is(t, "this");
        if (thatOrThis && t + 2 <= last && SourcePhrase.isTimeHead(tokens, t + 1)) {
          // "Earlier this month Hale said", "Later that year Hale said": a time before the
          // subject.
          return t + 2;
        }
        if (thatOrThis && (t == from || !tokens.isWord(t - 1))) {
          // "That person said": a determiner opening the sentence.
          return t;
        }
        if (thatOrThis && t - 2 >= from
            && isSubjectPreposition(tokens, t - 1) && tokens.isWord(t - 2)) {
          // "One of the editors of that report": a determiner after a preposition.
          t -= 2;
          words += 2;
          continue;
        }
        if (tokens.is(t, "and") && t != last && t - 1 >= from && (tokens.isCapitalized(t - 1)
                && !SUBJECT_PRONOUNS.contains(tokens, t - 1)
            || tokens.isPunct(t - 1, '.') && t - 2 >= from && tokens.isInitials(t - 2)
                && tokens.end[t - 2] == tokens.start[t - 1]
            || SourcePhrase.TITLE_WORDS.contains(tokens, t - 1)
                && SourcePhrase.TITLE_WORDS.contains(tokens, t + 1))) {
          // "Li and Wang said", "U.S. and Harlow officials said"; "vice president and treasurer
          // Ana Reyes said": two offices.
          t--;
          words++;
          continue;
        }
        if (tokens.is(t, "and") && t != last && pronounOpensJoin(tokens, t - 1, from)) {
          // "..., he and Mr. Allen said", "He and others said": a subject pronoun that opens the
          // clause, joined.
          return t - 1;
        }
        if (tokens.is(t, "and") && t != last && t - 1 >= from && tokens.isWord(t - 1)
            && SourcePhrase.isGroupHead(tokens, t - 1)
            && !SourcePhrase.SHARES.contains(tokens, t - 1)) {
          // "Farmers and trade groups say", "union lawyers and relatives of the workers said";
          // where the people before "and" open the clause, not "Both countries are big rice
          // importers and traders said".
          int first = join ? subjectStart(tokens, t - 1, from, false) : t + 1;
          return first <= t - 1 && (opensClause(tokens, first - 1, from)
              || RELATIVES.contains(tokens, first - 1)) ? first : t + 1;
        }
        if (tokens.is(t, "and") && t + 1 < last && t - 1 >= from
            && isModifierInLowerCase(tokens, t - 1)
            && (opensPhraseList(tokens, t - 2, from)
                || isModifierInLowerCase(tokens, t - 2) && opensPhraseList(tokens, t - 3, from)
                || !isPastVerb(tokens, t - 1) && opensDescribedList(tokens, t - 2, from))) {
          // "local security and education sources": one word in lower case may come first.
          // "military and diplomatic sources", "port and union officials", ""...," post and
          // telecommunications director X said": "and" joins the words before a head, the first
          // of them opening the phrase, so that no verb is taken in. "the grain and timber
          // company", "Harlow mines and energy minister Ana Reyes": a determiner or a name may
          // open it, where the word before "and" is no past ("the rate fell and dealers").
          t--;
          words++;
          continue;
        }
        if (t != last && isAgentBy(tokens, t) && t - 2 >= from) {
          // "Economists polled by Reuters said": the agent of a participle after the subject's
          // noun; not a passive's ("remarks were supported by Lund, who said").
          t -= 2;
          words += 2;
          continue;
        }
        if (SUBJECT_STOPS.contains(tokens, t) && !tokens.text.startsWith("US", tokens.start[t])
            && !(t < last && opensInitialsAndInitials(tokens, t))
            && !isNameSpelledAsVerbWord(tokens, t) && !isNameSpelledAsToday(tokens, t, from)
            && !(t < last && tokens.isCapitalized(t) && tokens.isCapitalized(t + 1)
                && SourcePhrase.isDeterminer(tokens, t - 1))
            || SourcePhrase.PRONOUNS.contains(tokens, t)
            && !(t == last && tokens.isCapitalized(t))) {
          // Not in "a senior US official", "The Sunday Telegraph", "AT and T": a word of a
          // name, but in "On Tuesday Li Wen said".
          if (t == last && objectInSubject(tokens, t, from, participles)) {
            t--;
            words++;
            continue;
          }
          break;
        }
        if (t != last && !tokens.isCapitalized(t) && tokens.end[t] - tokens.start[t] > 4
            && tokens.endsWith(t, "ed") && !tokens.holds(t, '-') && !tokens.is(t, "based")
            && tokens.isCapitalized(t - 1)
            && !SourcePhrase.isDeterminer(tokens, t - 1)
            && !SourcePhrase.GROUP_HEADS.contains(tokens, t - 1)
            && !SourcePhrase.TITLE_WORDS.contains(tokens, t)
            && !isAdjectiveOfPartyOrNation(tokens, t - 1)) {
          // "Hackers released stolen ... emails": a verb is no part of a subject; but after an
          // adjective it is one too: "Seven in 10 British registered nurses say".
          break;
        }
        if (SourcePhrase.isDeterminer(tokens, t) && t - 2 >= from
            && ORDINAL_ADJECTIVES.contains(tokens, t - 1)
            && SourcePhrase.isDeterminer(tokens, t - 2)) {
          // "organisers in the next two cities": an adjective between two determiners.
          t -= 2;
          words += 2;
          continue;
        }
        if (t == last && tokens.is(t, "her") && objectInSubject(tokens, t, from, participles)) {
          t--;
          words++;
          continue;
        }
        if (SourcePhrase.isDeterminer(tokens, t)) {
          // "a spokesman for the ministry": a preposition before the determiner goes on, and so
          // does a participle's "by": "The leaflet issued by the police", and a participle and
          // its object after a noun of people: "an official advising the group".
          if (t - 2 >= from && (isSubjectPreposition(tokens, t - 1) || isAgentBy(tokens, t - 1)
                  || participles && objectOfParticipleAfterPeople(tokens, t))
              && (tokens.isWord(t - 2) || tokens.isPunct(t - 2, ')'))) {
            t -= 2;
            words += 2;
            continue;
          }
          // "The two firms", "all the officials"; not the "that" of "said that the officials".
          // A preposition before them goes on: "a statement from the two ministries".
          if (t - 1 >= from && SourcePhrase.isDeterminer(tokens, t - 1)
              && !tokens.is(t - 1, "that") && !tokens.is(t - 1, "this")) {
            if (t - 3 >= from && isSubjectPreposition(tokens, t - 2) && tokens.isWord(t - 3)) {
              t -= 3;
              words += 3;
              continue;
            }
            return t - 1;
          }
          // "witnesses and an AFP reporter", "Israel and the United States": a source joined by
          // "and", where the one before it opens the clause and holds no verb; not "Output rose
          // in February and the Fed".
          if (join && t - 2 >= from && tokens.is(t - 1, "and")
              && pronounOpensJoin(tokens, t - 2, from)) {
            // "..., she and another reporter said".
            return t - 2;
          }
          if (join && t - 2 >= from && tokens.is(t - 1, "and") && (tokens.isCapitalized(t - 2)
              || tokens.isWord(t - 2) && SourcePhrase.isGroupHead(tokens, t - 2))) {
            int first = subjectStart(tokens, t - 2, from, false);
            if (first <= t - 2 && opensClause(tokens, first - 1, from)
                && !holdsVerb(tokens, first, t - 1)) {
              return first;
            }
          }
          return t;
        }
        if (SourcePhrase.isPreposition(tokens, t) && (t == last
            || !isSubjectPreposition(tokens, t)) && !opensInitialsAndInitials(tokens, t)) {
          break;
        }
        t--;
        words++;
      } else if (tokens.isPunct(t, '.') && t - 1 >= from && tokens.isWord(t - 1)
          && (tokens.end[t - 1] - tokens.start[t - 1] <= 3
              || (t == last || tokens.isPunct(t + 1, '('))
                  && SourcePhrase.LEGAL_FORMS.contains(tokens, t - 1)
              || t == last && tokens.isInitials(t - 1)
              || SourcePhrase.continuesNameAfterInitials(tokens, t))
          && tokens.isCapitalized(t - 1)
          && (t != last || tokens.end[t - 1] == tokens.start[t])) {
        // "Mr. Li", "Ana J. Reyes": a title's or an initial's period; at the end, an
        // abbreviation's: "Harlow Motors Co. said", "Harlow Corp. said"; and initials within a
        // name: "Kemp Tools U.S.A. Inc said", "Harlow Co U.S.A. said".
        t--;
      } else if (tokens.isPunct(t, '%') && t - 1 >= from && tokens.isWord(t - 1)) {
        // "47% say": a share of people.
        t--;
      } else if ((tokens.isPunct(t, ')') || tokens.isPunct(t, '>'))
          && brackets < MAX_PHRASE_BRACKETS) {
        // "Sen. Tom Hale (R-Ky.) said": a party and state in brackets; "a Harlow Ltd <HAR.T>
        // spokesman said": a company's ticker inside the subject; "a spokesman for <Harlow Plc>
        // said": a company that ends it. Not counted among the words, but bounded, or a
        // sentence of "(a) said )" would be read back whole at each cue.
        char opening = tokens.isPunct(t, ')') ? '(' : '<';
        int open = t - 1;
        while (open >= from && t - open < 8 && !tokens.isPunct(open, opening)) {
          open--;
        }
        if (open < from || !tokens.isPunct(open, opening)
            || t == last && opening == '<' && !companyEndsDescription(tokens, open)) {
          break;
        }
        t = open - 1;
        brackets++;
      } else if (tokens.kind[t] == ParagraphTokens.CLOSE && tokens.partner[t] > from
          && tokens.isWord(t - 1) && isTitle(tokens, tokens.partner[t], t)) {
        // "The host of the TV show "Harbor Lights" said": a title inside the subject; not one
        // that a comma inside its marks ends ("on KTV's "Weekend Review," Rep. Hale").
        t = tokens.partner[t] - 1;
      } else if (tokens.isPunct(t, ',') && t != last && partnersOfAFirmAfterComma(tokens, t, last,
          from)) {
        // "Hale, Marsh and Co said", "Carver Dunn, Ortiz, Becker and Lowe Inc said": a
        // firm named by its partners, set off by commas.
        t--;
      } else if (tokens.isPunct(t, '-') && (dashStart(tokens, t) < 0
              || dashJoinsNameParts(tokens, t, from)) || tokens.isPunct(t, '&')
          || t != last && tokens.kind[t] == ParagraphTokens.PUNCT && t - 1 >= from
              && tokens.isWord(t - 1) && tokens.text.charAt(tokens.end[t - 1] - 1) == 's'
              && tokens.end[t - 1] == tokens.start[t]
              && "'\u2019".indexOf(tokens.text.charAt(tokens.start[t])) >= 0) {
        // "Harlow-Reyes", "Hale & Co"; "Gates' work": a plural possessive.
        t--;
      } else {
        break;
      }
    }
    return t + 1;
  }

  /**
   * Whether the dash ending at token {@code dash} joins two parts of one name, as in a firm named
   * for two houses ({@code Harlow Landesbank - Nordkasse board member Ana Reyes said},
   * {@code ..., lead manager Harlow Landesbank - Nordkasse said}): capitalized words on both sides,
   * and before them the start of the clause, a comma or a title. Elsewhere a dash sets off an
   * aside or a clause before the subject ({@code Inside the hall - which looks like a barn - Tom
   * Hale said}, {@code Ports beat roads - 60 percent of voters said}, {@code the meeting in
   * Harlow - Tom Hale said}).
   */
  private static boolean dashJoinsNameParts(ParagraphTokens tokens, int dash, int from) {
    int before = dashStart(tokens, dash) - 1;
    if (before < from || dash + 1 >= tokens.size || !tokens.isCapitalized(dash + 1)) {
      return false;
    }
    int t = before;
    while (t >= from && tokens.isCapitalized(t) && before - t < MAX_PHRASE_WORDS) {
      t--;
    }
    return t < before && (t < from || tokens.isPunct(t, ',')
        || !tokens.isCapitalized(t) && SourcePhrase.TITLE_WORDS.contains(tokens, t));
  }

  /**
   * Whether the comma at token {@code comma} stands inside the name of a firm named by its
   * partners that ends the subject at {@code last}: capitalized words, an {@code and} and
   * further commas up to a legal form after it ({@code Marsh and Co}, {@code Ortiz, Becker and
   * Lowe Inc}), and before it a partner's name, opening the clause or after another partner
   * ({@code Hale,}, {@code Carver Dunn,}). Not a word that opens a clause or a time
   * ({@code Earlier, Smith and Co said}, {@code In Chicago, ...}), nor a company of a list
   * ({@code Acme Corp, Smith and Co}).
   */
  private static boolean partnersOfAFirmAfterComma(ParagraphTokens tokens, int comma, int last,
      int from) {
    int partner = comma - 1;
    int end = tokens.isPunct(last, '.') ? last - 1 : last;
    if (partner < from || !tokens.isCapitalized(partner)
        || tokens.end[partner] != tokens.start[comma]
        || !SourcePhrase.LEGAL_FORMS.contains(tokens, end)
        || opensClauseOrTime(tokens, partner)
        || SourcePhrase.LEGAL_FORMS.contains(tokens, partner)) {
      return false;
    }
    int before = partner - 1;
    if (before >= from && tokens.isWord(before)
        && (!tokens.isCapitalized(before) || opensClauseOrTime(tokens, before))) {
      return false;
    }
    boolean and = false;
    for (int u = comma + 1; u < end; u++) {
      if (tokens.is(u, "and")) {
        and = true;
      } else if (!tokens.isPunct(u, ',') && !tokens.isCapitalized(u)) {
        return false;
      }
    }
    return and;
  }

  private static boolean opensClauseOrTime(ParagraphTokens tokens, int t) {
    return SourcePhrase.LEADING_FUNCTION_WORDS.contains(tokens, t)
        || CLAUSE_OPENERS.contains(tokens, t) || SENTENCE_ADVERBS.contains(tokens, t)
        || TIME_OPENERS.contains(tokens, t) || tokens.endsWith(t, "ly");
  }

  /** Prepositions that may stand inside a subject: {@code officials in Beijing}, {@code close to}. */
  private static boolean isSubjectPreposition(ParagraphTokens tokens, int t) {
    // "sources close to the talks", "sources privy to the talks", "an aide to Hale", "the
    // ambassador to Japan", "voters going to the polls" (a participle after a noun; not "was
    // responding to", "according to"), "the delegation to the forum", "advisers to the FDA"
    // (a noun of a group before a determiner), "a letter to shareholders", "a report to
    // parliament" (a text and whom it is for); "officials loyal to the king", "sources linked to
    // the palace" (a past participle after a noun of people); "the head delegate to the forum"
    // (a noun of a source).
    return SUBJECT_PREPOSITIONS.contains(tokens, t)
        || tokens.is(t, "to") && isNounOfAText(tokens, t - 1)
        || tokens.is(t, "to") && (TIES_BEFORE_TO.contains(tokens, t - 1)
            || SOURCE_NOUNS.contains(tokens, t - 1)
            || tokens.endsWith(t - 1, "ed") && !tokens.isCapitalized(t - 1) && t - 2 >= 0
                && namesPeople(tokens, t - 2) && SourcePhrase.isDeterminer(tokens, t + 1)
            || tokens.is(t - 1, "aides")
            || SourcePhrase.TITLE_WORDS.contains(tokens, t - 1)
            || (SourcePhrase.GROUP_HEADS.contains(tokens, t - 1)
                || SourcePhrase.THING_HEADS.contains(tokens, t - 1)
                || tokens.endsWith(t - 1, "ion"))
                && !tokens.isCapitalized(t - 1) && SourcePhrase.isDeterminer(tokens, t + 1)
            || tokens.endsWith(t - 1, "ing") && !tokens.isCapitalized(t - 1)
                && !tokens.is(t - 1, "according") && tokens.isWord(t - 2)
                && !AUXILIARIES.contains(tokens, t - 2) && !BE_FORMS.contains(tokens, t - 2));
  }

  /**
   * Whether the capitalized word at {@code t} reads as an adjective of a party or a nation
   * ({@code Democratic}, {@code Republican}, {@code Mexican}, {@code Chinese}, {@code British})
   * rather than a noun that could be a verb's subject.
   */
  private static boolean isAdjectiveOfPartyOrNation(ParagraphTokens tokens, int t) {
    return tokens.endsWith(t, "ic") || tokens.endsWith(t, "ican") || tokens.endsWith(t, "ese")
        || tokens.endsWith(t, "ish");
  }

  private static boolean isClauseBreak(ParagraphTokens tokens, int t) {
    if (t < 0 || t >= tokens.size) {
      return false;
    }
    byte k = tokens.kind[t];
    return k == ParagraphTokens.CLOSE || tokens.isPunct(t, ',') || tokens.isPunct(t, ';')
        || tokens.isPunct(t, '\u2014') || tokens.isPunct(t, '\u2013')
        || k == ParagraphTokens.CLOSE && tokens.isPunct(t - 1, ',');
  }

  /** Whether a subject may start after token {@code t}: at a unit's start or a clause's. */
  private static boolean opensClause(ParagraphTokens tokens, int t, int from) {
    if (t < from) {
      return true;
    }
    if (tokens.isWord(t)) {
      return CLAUSE_OPENERS.contains(tokens, t);
    }
    return tokens.kind[t] != ParagraphTokens.WORD;
  }

  /**
   * Whether token {@code t} is a finite auxiliary in lower case: {@code was}, {@code will}; not
   * {@code May} or {@code Will}, capitalized as part of a name, nor {@code do}, which names hold
   * ({@code Jornal do Brasil}).
   */
  private static boolean isLowerCaseAuxiliary(ParagraphTokens tokens, int t) {
    return FINITE_VERBS.contains(tokens, t) && !tokens.isCapitalized(t);
  }

  /**
   * Whether token {@code t} of a listener's name lets it go on to the next: a capitalized word or
   * a medium's noun, or a word that joins the words of a name ({@code Savings and Loan
   * Commission}, {@code Welt am Sonntag}).
   */
  private static boolean continuesListener(ParagraphTokens tokens, int t) {
    return tokens.isCapitalized(t) || MEDIA_NOUNS.contains(tokens, t)
        || NAME_JOINING_WORDS.contains(tokens, t) && tokens.isCapitalized(t - 1);
  }

  /** After a cue of telling, its listener: {@code told reporters}, {@code told Xinhua}. */
  private static int skipObject(ParagraphTokens tokens, String lemma, int t, int to) {
    return skipObject(tokens, lemma, t, to, true);
  }

  /**
   * {@link #skipObject(ParagraphTokens, String, int, int)}, where {@code qualified} lets one word
   * that qualifies the listener stand before it, and no more, so that the reading stays short.
   */
  private static int skipObject(ParagraphTokens tokens, String lemma, int t, int to,
      boolean qualified) {
    // Of these, only tell and its kind take a clause after the listener ("told analysts
    // earnings would rise"); after the rest an infinitive follows ("asked lenders in 1992 to
    // hold more", "urged farmers not to panic").
    boolean tellingAClause = lemma.equals("tell") || lemma.equals("inform")
        || lemma.equals("assure") || lemma.equals("remind") || lemma.equals("brief");
    boolean telling = tellingAClause || lemma.equals("warn") || lemma.equals("advise")
        || lemma.equals("ask") || lemma.equals("urge");
    if (!telling || t >= to || !tokens.isWord(t)) {
      return t;
    }
    if (tokens.is(t, "that") || tokens.is(t, "this")) {
      // "warned that inflation ...": the complementizer, no listener.
      return t;
    }
    if (OBJECT_PRONOUNS.contains(tokens, t)) {
      return t + 1;
    }
    if (qualified && t + 1 < to && !tokens.isCapitalized(t) && !AUXILIARIES.contains(tokens, t)
        && !SourcePhrase.isDeterminer(tokens, t) && !SourcePhrase.PRONOUNS.contains(tokens, t)
        && !SourcePhrase.isPreposition(tokens, t) && !ADVERBIAL_OPENERS.contains(tokens, t)
        && !tokens.is(t, "by") && !tokens.is(t, "against") && !tokens.is(t, "about")
        && !SourcePhrase.isDeterminer(tokens, t + 1)) {
      // "told financial analysts.", "told visiting reporters the plant ...", "told army radio",
      // "told independent Harlo radio": a word before the listeners or the medium that
      // qualifies them; not a preposition ("urged by lawmakers").
      int end = skipObject(tokens, lemma, t + 1, to, false);
      if (end > t + 1 && (tokens.endsWith(end - 1, "s") && namesPeople(tokens, end - 1)
          || MEDIA_NOUNS.contains(tokens, end - 1))) {
        return end;
      }
    }
    if (!tokens.isCapitalized(t) && (tokens.endsWith(t, "s") || BODIES_TOLD.contains(tokens, t)
            || MEDIA_NOUNS.contains(tokens, t))
        && (t + 1 >= to || tokens.isCapitalized(t + 1) || SourcePhrase.isDeterminer(tokens, t + 1)
            || SourcePhrase.PRONOUNS.contains(tokens, t + 1) || tokens.is(t + 1, "that")
            || tellingAClause && peopleBeforeWhatIsTold(tokens, t)
            || (tokens.isPunct(t + 1, '.') || tokens.isPunct(t + 1, ','))
                && (BODIES_TOLD.contains(tokens, t) || MEDIA_NOUNS.contains(tokens, t)))) {
      // "told auditors she was ...": a plural listener, then the clause; and "told
      // parliament", "told police", "told television", also where the clause ends after them
      // ("..., the minister told parliament.").
      return t + 1;
    }
    if (tokens.isCapitalized(t)) {
      int u = t;
      // "told Hale and Reyes", "told The Harbor and Bay Courier": names joined inside the listener.
      while (u < to && u - t < 6 && (tokens.isCapitalized(u)
          || tokens.isPunct(u, '.') && tokens.end[u - 1] - tokens.start[u - 1] <= 3
          || u > t && NAME_JOINING_WORDS.contains(tokens, u) && tokens.isCapitalized(u + 1))) {
        u++;
      }
      if (u < to && tokens.kind[u] == ParagraphTokens.OPEN && tokens.partner[u] > u
          && isTitle(tokens, u, tokens.partner[u])) {
        // "told KTV's "City Desk" that ...": the listener's programme.
        return tokens.partner[u] + 1;
      }
      if (u > t && !tokens.isPunct(u - 1, '.') && PRESS_LISTENERS.contains(tokens, u)) {
        // "told Harlo correspondents that ...": the medium's people, and the name of one
        // ("told Harlo correspondent Ana Reyes that ...").
        int name = u + 1;
        while (name < to && name - u <= 4 && tokens.isWord(name) && tokens.isCapitalized(name)
            && !TIMES.contains(tokens, name)) {
          name++;
        }
        return name;
      }
      if (u > t && !tokens.isPunct(u - 1, '.') && MEDIA_NOUNS.contains(tokens, u)) {
        // "told French television", "told BBC radio", "told New York magazine": the
        // medium's noun is the listener's, and so is the medium's own name after it ("told
        // Norland television channel KTV Info").
        while (u < to && u - t < 8 && (MEDIA_NOUNS.contains(tokens, u)
            || tokens.isCapitalized(u) && tokens.isWord(u) && !TIMES.contains(tokens, u))) {
          u++;
        }
        // "told the Harbor Courier newspaper of Lima": the medium's place.
        return tokens.is(u, "of") && u + 1 < to && tokens.isCapitalized(u + 1)
            && !TIMES.contains(tokens, u + 1) ? u + 2 : u;
      }
      // "told AFP.": the period that ends the sentence is no part of the listener.
      return tokens.isPunct(u - 1, '.') && (u >= to || !tokens.isCapitalized(u)) ? u - 1 : u;
    }
    if (SourcePhrase.isDeterminer(tokens, t)) {
      int u = t + 1;
      // "told the Lima daily El Sol", "told the Harbor Savings and Loan Commission": a name,
      // or a medium's noun and its name, may run past the usual length.
      while (u < to && (u - t < 4 || u - t < 8 && (tokens.isCapitalized(u)
              || MEDIA_NOUNS.contains(tokens, u)) && !TIMES.contains(tokens, u)
              && continuesListener(tokens, u - 1))
          && tokens.isWord(u) && !tokens.is(u, "that") && !tokens.is(u, "not")
          && !tokens.is(u, "never")
          && !SourcePhrase.PRONOUNS.contains(tokens, u) && !SUBORDINATORS.contains(tokens, u)
          && !SourcePhrase.isDeterminer(tokens, u) && !SourcePhrase.isPreposition(tokens, u)) {
        u++;
      }
      for (int v = t + 2; v <= u && v < to; v++) {
        if (isLowerCaseAuxiliary(tokens, v)) {
          // "warned the deficit was above target", "warned the budget deficit would grow":
          // the words after the cue are the subject of what is said, no listener; after tell
          // and its kind, where a listener with no "that" is usual, only a noun alone before
          // the verb ("told the committee prices will rise" is left as it was).
          if (v == t + 2 || !tellingAClause) {
            return t;
          }
          break;
        }
      }
      if (tokens.is(u, "of")) {
        // "asked the head of the water board to draft a plan": the listener goes on to
        // the "to" of what is asked.
        int v = u + 1;
        while (v < to && v - u <= 4 && tokens.isWord(v) && !tokens.is(v, "to")
            && !tokens.is(v, "that") && !SourcePhrase.PRONOUNS.contains(tokens, v)) {
          v++;
        }
        if (tokens.is(v, "to") || tokens.is(v, "that")) {
          return v;
        }
        return LISTENING_BODIES.contains(tokens, u - 1)
            ? listenersOrganisationEnd(tokens, u + 1, to) : u;
      }
      return u;
    }
    return t;
  }

  /**
   * Whether token {@code t}, a plural of people after {@code tell} or its kind, is the whole
   * listener: the clause ends after it ({@code ..., Hale told analysts.}), or what was told or an
   * adverbial follows ({@code told analysts earnings would rise}, {@code told analysts in Lima
   * that ...}); not an infinitive ({@code told reporters to leave}), {@code of} ({@code told
   * officials of the bank ...}) or a participle ({@code told workers fired last year ...}).
   */
  private static boolean peopleBeforeWhatIsTold(ParagraphTokens tokens, int t) {
    int next = t + 1;
    return SourcePhrase.isGroupHead(tokens, t) && (tokens.isPunct(next, '.')
        || tokens.isPunct(next, ',') || tokens.isWord(next) && !tokens.is(next, "to")
            && !tokens.is(next, "of") && !tokens.endsWith(next, "ed"));
  }

  /**
   * Where the words after the {@code of} of a listening body end ({@code told a meeting of the
   * Harlow Growers Union that ...}, {@code told the lower chamber of the Harlow assembly.},
   * {@code told a conference of local farmers the levy ...}): a determiner, capitalized words and
   * up to two words in lower case, none a verb, a pronoun, a preposition or {@code that}.
   */
  private static int listenersOrganisationEnd(ParagraphTokens tokens, int t, int to) {
    int u = t;
    if (u < to && (SourcePhrase.isDeterminer(tokens, u) || tokens.endsWith(u, "'s"))) {
      u++;
    }
    int lower = 0;
    while (u < to && u - t < 8 && tokens.isWord(u) && !tokens.is(u, "that")
        && !SourcePhrase.PRONOUNS.contains(tokens, u) && !SourcePhrase.isDeterminer(tokens, u)
        && !SourcePhrase.isPreposition(tokens, u) && !SUBORDINATORS.contains(tokens, u)
        && !holdsVerb(tokens, u, u + 1) && (tokens.isCapitalized(u) || ++lower <= 2)) {
      u++;
    }
    return u;
  }

  /**
   * Where the content starts after a cue: past an adverbial that leads to {@code that}
   * ({@code said on Monday that}) or to a comma, past a time ({@code said Tuesday}), past
   * {@code that}, and past a colon or comma before a quote; -1 where what follows the cue is an
   * adverbial and no content ({@code said in an interview on CNN}).
   */
  private int contentStart(ParagraphTokens tokens, int t, int to) {
    return contentStart(tokens, t, to, true);
  }

  /**
   * {@link #contentStart(ParagraphTokens, int, int)}, where with {@code pronounAfterAdverbial} a
   * subject pronoun after an adverbial may open the content ({@link #opensClauseAfterAdverbial}).
   */
  private int contentStart(ParagraphTokens tokens, int t, int to,
      boolean pronounAfterAdverbial) {
    if (tokens.is(t, "to") && t + 1 < to && (tokens.isCapitalized(t + 1)
        || OBJECT_PRONOUNS.contains(tokens, t + 1)
        || SourcePhrase.isDeterminer(tokens, t + 1))) {
      // "said to reporters", "wrote to the committee": the listener, then the content.
      int u = t + 1;
      while (u < to && u - t <= 5 && tokens.isWord(u) && !tokens.is(u, "that")) {
        u++;
      }
      t = tokens.is(u, "that") ? u + 1 : tokens.isPunct(u, ',') || tokens.isPunct(u, ':') ? u : -1;
      if (t < 0) {
        return -1;
      }
    }
    if (tokens.is(t, "for")) {
      // "has said for years that ...", "warned for the first time that ...": how long or how
      // often, then the content.
      int u = t + 1;
      while (u < to && u - t <= 4 && tokens.isWord(u) && !tokens.is(u, "that")) {
        u++;
      }
      if (tokens.is(u, "that") && u - 1 > t && DURATIONS.contains(tokens, u - 1)) {
        t = u;
      }
    }
    if ((tokens.is(t, "late") || tokens.is(t, "early")) && t + 1 < to
        && TIMES.contains(tokens, t + 1)) {
      // "told Reuters late today the ...".
      t++;
    }
    if (tokens.is(t, "on") && t + 1 < to && tokens.isWord(t + 1)
        && TIMES.contains(tokens, t + 1)) {
      // "said on Friday the plan ...": a day between the verb and its content.
      t += 2;
    } else if (tokens.is(t, "on") && t + 2 < to && isMonthOrWeekday(tokens, t + 1)
        && tokens.isWord(t + 2) && Character.isDigit(tokens.text.charAt(tokens.start[t + 2]))) {
      // "said on March 30 it ...": a date.
      t += 3;
    } else if (t < to && TIMES.contains(tokens, t)) {
      t++;
      if (t + 1 < to && (tokens.is(t, "last") || tokens.is(t, "this"))
          && TIMES.contains(tokens, t + 1)) {
        // "said earlier this year it ...".
        t += 2;
      }
    } else if (t + 1 < to && (tokens.is(t, "last") || tokens.is(t, "this"))
        && TIMES.contains(tokens, t + 1)) {
      t += 2;
    }
    if (tokens.isPunct(t, ',') && mannerParticipleAt(tokens, t + 1, to) >= 0) {
      int close = t + 2;
      while (close < to && close - t <= 2 * MAX_PHRASE_WORDS
          && !(tokens.isPunct(close, ',') && tokens.depth[close] == 0)) {
        close++;
      }
      if (tokens.isPunct(close, ',') && tokens.is(close + 1, "that")) {
        // "stated, while testifying before the panel, that ...": an aside, then the content.
        return close + 2;
      }
    }
    if (opensMannerReport(tokens, t, to)
        || tokens.isPunct(t, ',') && opensMannerReport(tokens, t + 1, to)) {
      // "told reporters on Monday after insisting that ...", "said so, while arguing ...": what
      // follows is the participle's report, and the verb has no content of its own.
      return -1;
    }
    if (t < to && (ADVERBIAL_OPENERS.contains(tokens, t) && !opensMeasure(tokens, t)
        || tokens.is(t, "by") && timeAfterBy(tokens, t + 1) || meansAfterBy(tokens, t))) {
      int found = -1;
      for (int u = t + 1; u < to && u - t <= 2 * MAX_PHRASE_WORDS; u++) {
        if (tokens.is(u, "that")) {
          // "told a news conference in Dunmore after the last session of the farm ministers'
          // meeting that ...": a longer adverbial ends at a "that" where it holds no verb and
          // no "and" or "but" (not "said today the board approved ... and that ...", "said at
          // the meeting the plan would ... a spell that followed").
          if (u - t <= MAX_PHRASE_WORDS || !finiteVerbFollows(tokens, t + 1, u)
              && !holdsWord(tokens, t + 1, u, "and") && !holdsWord(tokens, t + 1, u, "but")) {
            found = u;
          }
          break;
        }
        if (u - t > MAX_PHRASE_WORDS) {
          if (!tokens.isWord(u)) {
            break;
          }
          continue;
        }
        if (pronounAfterAdverbial && u - t >= 2 && opensClauseAfterAdverbial(tokens, t, u, to)) {
          // "said in the first week of May he hopes ...": a pronoun after the adverbial is
          // the clause's subject.
          found = u;
          break;
        }
        if (u - t <= 4 && STATEMENTS.contains(tokens, u - 1)
            && (SourcePhrase.PRONOUNS.contains(tokens, u) || SourcePhrase.isDeterminer(tokens, u)
                || opensClauseAfterStatement(tokens, u, to))) {
          // "said in a statement it regrets ...", "said in a statement retail sales fell ...":
          // the clause's subject after the statement.
          found = u;
          break;
        }
        if ((tokens.isPunct(u, ',') || tokens.isPunct(u, ':')) && tokens.depth[u] == 0) {
          int stateEnd = stateAfterPlace(tokens, u, to);
          if (stateEnd > u) {
            // "said at a meeting in Dunmore, Ohio, that ...": the state is the place's.
            found = stateEnd;
            break;
          }
          if (tokens.isWord(u + 1) && isParticiple(tokens, u + 1)) {
            // "said in a speech, adding that ...": no content before the participle.
            break;
          }
          if (holdsClauseOfContent(tokens, t, u)) {
            // "said early results were good, and ...", "said in 1986 sales rose, but ...": the
            // words before the comma are the content's clause, not an adverbial before it.
            break;
          }
          if (tokens.is(u + 1, "and") || tokens.is(u + 1, "but")) {
            // "declined to say more on the plan, but said ...": what follows the adverbial
            // and the conjunction is a clause of its own, no content of this verb.
            return -1;
          }
          found = u + 1;
          break;
        }
        if (tokens.kind[u] == ParagraphTokens.OPEN && tokens.partner[u] > u
            && isTitle(tokens, u, tokens.partner[u])) {
          // "said on the TV show "Harbor Lights" that ...": a title inside the adverbial.
          u = tokens.partner[u];
          continue;
        }
        if (!tokens.isWord(u) && !tokens.isPunct(u, '.') && !tokens.isPunct(u, '-')) {
          break;
        }
      }
      if (found < 0) {
        // "said at least 3.4 mln tonnes ...", "said while the board is willing ...": the words
        // after the verb open the content where a verb follows, not where they are only an
        // adverbial ("reported from Washington.", "said in a note to the minister."); after
        // "without", whose object is no place or time, the words go on as the content
        // ("reported without comment a rise in profit").
        return tokens.is(t, "that") ? t + 1
            : finiteVerbFollows(tokens, t + 2, to) || tokens.is(t, "without") ? t : -1;
      }
      t = found;
    }
    if (tokens.isPunct(t, ',') && tokens.isPunct(t + 2, ',') && t + 3 < to
        && (SENTENCE_ADVERBS.contains(tokens, t + 1) || tokens.is(t + 1, "however")
            || tokens.is(t + 1, "though") || tokens.is(t + 1, "also"))) {
      // "added, however, that ...": an adverb set off by commas before the content.
      t = tokens.is(t + 3, "that") || opensQuote(tokens, t + 3, to) ? t + 2 : t + 3;
    }
    if (tokens.isPunct(t, ',') && (tokens.is(t + 1, "that") || opensQuote(tokens, t + 1, to))) {
      t++;
    }
    if (tokens.is(t, "that")) {
      t++;
    }
    if (tokens.isPunct(t, ':') || tokens.isPunct(t, ',') && opensQuote(tokens, t + 1, to)) {
      t++;
    }
    return t;
  }

  /**
   * Where the words said begin after {@code said of} and what they are about, at token {@code t}:
   * the colon, or the comma before a quotation or {@code that}, that ends the topic ({@code said
   * of the plan: "..."}, {@code says of Reyes, "..."}), or {@code to} where the topic ends the
   * unit ({@code "...," Hale said of the plan.}: the words are those before); {@code t} where no
   * {@code of} follows the verb ({@code said of course}) or it opens a part of what follows
   * ({@code said of 11 loans, eight were repaid}, {@code said of the 40 miners only 12 died}).
   */
  private static int afterTopic(ParagraphTokens tokens, int t, int to) {
    if (!tokens.is(t, "of") || tokens.is(t + 1, "course")) {
      return t;
    }
    int u = t + 1;
    // A short topic: a long phrase after "of" may hold the content's own clause.
    for (; u < to && u - t <= MAX_PHRASE_WORDS; u++) {
      if (tokens.isPunct(u, ':') || tokens.is(u, "that") || tokens.kind[u] == ParagraphTokens.OPEN
          || tokens.isPunct(u, ',') && (opensQuote(tokens, u + 1, to) || tokens.is(u + 1, "that"))) {
        return u;
      }
      if (tokens.isPunct(u, ',')
          || tokens.isWord(u) && Character.isDigit(tokens.text.charAt(tokens.start[u]))) {
        return t;
      }
    }
    return u >= to || u == to - 1 && tokens.isPunct(u, '.') ? to : t;
  }

  /**
   * Whether token {@code t} opens a participle of speech that tells how or when a subject did
   * what it did, and reports a clause of its own: {@code after insisting that ...}, {@code by
   * saying ...}, {@code while arguing the plan would ...}; not {@code by suggesting four other
   * dates}, which the verb before may take as its content.
   */
  private boolean opensMannerReport(ParagraphTokens tokens, int t, int to) {
    int participle = mannerParticipleAt(tokens, t, to);
    if (participle < 0) {
      return false;
    }
    SpeechCues.Cue cue = cueAt(tokens, participle, to);
    int after = participle + 1 + cue.following().length;
    if (tokens.is(after, "that") || tokens.isPunct(after, ':')) {
      after++;
    }
    return cue.lemma().equals("say") || opensClauseOfItsOwn(tokens, after, to);
  }

  /**
   * The token of a participle of speech after the word at token {@code t}, past an adverb or
   * two, that tells how or when a subject did what it did ({@code after insisting}, {@code while
   * testifying}, {@code after initially saying}), or -1.
   */
  private int mannerParticipleAt(ParagraphTokens tokens, int t, int to) {
    if (!MANNER_OPENERS.contains(tokens, t)) {
      return -1;
    }
    int participle = t + 1;
    while (participle < to && participle - t <= 2
        && isAdverbBeforeParticiple(tokens, participle)) {
      participle++;
    }
    SpeechCues.Cue cue = participle < to ? cueAt(tokens, participle, to) : null;
    return cue != null && cue.form() == SpeechCues.Form.GERUND ? participle : -1;
  }

  /** Whether {@code at least} or {@code at most} opens a measure at token {@code t}. */
  private static boolean opensMeasure(ParagraphTokens tokens, int t) {
    return tokens.is(t, "at") && (tokens.is(t + 1, "least") || tokens.is(t + 1, "most"));
  }

  /**
   * Whether the words {@code [t, comma)} after a cue, read as an adverbial up to a comma, hold a
   * finite verb of their own and so are the content's clause ({@code said early results were
   * good, and ...}); not where a verb belongs to a dependent clause or a relative inside them
   * ({@code told him in a letter released as Reyes was in Rome, that ...}), nor to another
   * source's cue ({@code Commenting on the debt Reyes said ...}).
   */
  private boolean holdsClauseOfContent(ParagraphTokens tokens, int t, int comma) {
    if (!finiteVerbFollows(tokens, t + 1, comma)
        || holdsWordOf(tokens, t, comma, DEPENDENT_CLAUSE_OPENERS)
        || holdsWordOf(tokens, t + 1, comma, ASIDE_RELATIVES)) {
      return false;
    }
    for (int u = t + 1; u < comma; u++) {
      if (speechVerbFollows(tokens, u, comma)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the subject pronoun at token {@code u} opens the content after the adverbial that
   * starts at {@code t} ({@code said in January it hopes}): the adverbial holds no verb, no
   * preposition or subordinator comes right before the pronoun ({@code said after he left}), nor
   * a time that a clause may qualify ({@code at the time it bought}), a verb may follow it (not
   * {@code urged it to}, {@code buy it either}), and no {@code that} comes after it.
   */
  private static boolean opensClauseAfterAdverbial(ParagraphTokens tokens, int t, int u,
      int to) {
    return SUBJECT_PRONOUNS.contains(tokens, u) && tokens.isWord(u - 1)
        && !SourcePhrase.isPreposition(tokens, u - 1) && !SUBORDINATORS.contains(tokens, u - 1)
        && !(SourcePhrase.isTimeHead(tokens, u - 1) && !tokens.endsWith(u - 1, "s"))
        && u + 1 < to && tokens.isWord(u + 1) && !tokens.is(u + 1, "to")
        && !tokens.is(u + 1, "either") && !tokens.is(u + 1, "or") && !tokens.is(u + 1, "and")
        && !SourcePhrase.isPreposition(tokens, u + 1) && !SourcePhrase.isDeterminer(tokens, u + 1)
        && !holdsVerb(tokens, t + 1, u) && !holdsWord(tokens, u, to, "that");
  }

  /**
   * Whether a clause's subject may open at token {@code t}, after a statement named in an
   * adverbial ({@code said in a statement retail sales fell}): a word that is no preposition,
   * participle, conjunction or time, with a finite verb after it before any {@code that}; not
   * {@code in a statement issued on Monday}, {@code in a statement Tuesday that ...}.
   */
  private static boolean opensClauseAfterStatement(ParagraphTokens tokens, int t, int to) {
    if (!tokens.isWord(t) || SourcePhrase.isPreposition(tokens, t)
        || ADVERBIAL_PREPOSITIONS.contains(tokens, t) || tokens.is(t, "and")
        || tokens.is(t, "that") || TIMES.contains(tokens, t) || SUBORDINATORS.contains(tokens, t)
        || SourcePhrase.TIME_ADJECTIVES.contains(tokens, t) || tokens.is(t, "this")
        || tokens.endsWith(t, "ed") || isParticiple(tokens, t)) {
      return false;
    }
    // "in a note handed to the board on Friday that ...": a "that" before the verb opens what
    // was said, and the words before it are the adverbial's; and a comma ends the subject
    // before its verb comes ("on the statement period ended May 4, the Fed said").
    int end = t + 1;
    while (end < to && end - t < 2 * MAX_PHRASE_WORDS && !tokens.is(end, "that")
        && !tokens.isPunct(end, ',')) {
      end++;
    }
    return finiteVerbFollows(tokens, t + 1, end);
  }

  /**
   * Where the content ends: at the end of the unit, before a participle that goes on with the
   * same source ({@code , adding that}), or before {@code , according to}; and after at most
   * {@link #MAX_CONTENT_TOKENS} tokens.
   */
  private int contentEnd(ParagraphTokens tokens, int from, int to) {
    to = Math.min(to, from + MAX_CONTENT_TOKENS);
    for (int t = from + 1; t < to; t++) {
      // Only punctuation and 'and' or 'but' outside quotation marks can end the content: test
      // that first, as this runs over the content of every claim.
      if (tokens.depth[t] != 0) {
        continue;
      }
      if (tokens.kind[t] == ParagraphTokens.WORD) {
        // An "and" between two names joins them in one phrase, which ends the content only
        // before a verb that reports speech ("said he met Reyes and Okafor said ..."; not "said
        // China and Peru have maintained ...", "with the Harlow Water and Power Board
        // covering a proposed levy").
        if ((tokens.is(t, "and") || tokens.is(t, "but")) && (speechVerbFollows(tokens, t + 1, to)
            || opensSourcePhrase(tokens, t + 1) && anotherSourceSpeaks(tokens, t + 1, to)
                && (!(tokens.is(t, "and") && tokens.isCapitalized(t - 1)
                    && tokens.isCapitalized(t + 1)) || speechVerbWithin(tokens, t + 2, to)))) {
          // "Beijing reiterated its stance and said it ...": the subject's next report; "Li said
          // the talks went well and Wang said ...": another source's, named as a source opens
          // (the look for a cue after each "and" of a content is the costly part).
          return t;
        }
        continue;
      }
      if (tokens.kind[t] != ParagraphTokens.PUNCT) {
        continue;
      }
      char mark = tokens.text.charAt(tokens.start[t]);
      if (mark == ';') {
        return t;
      }
      int next = t + 1;
      if (mark != ',' || next >= to || !tokens.isWord(next)) {
        continue;
      }
      if ((tokens.is(next, "and") || tokens.is(next, "but") || tokens.is(next, "whereas")
          || tokens.is(next, "while")) && anotherSourceSpeaks(tokens, next + 1, to)) {
        // "Li said A, and Wang vowed B": the content ends where another source speaks.
        return t;
      }
      if (anotherSourceSpeaks(tokens, next, to)) {
        // "She was advised to ..., the paper reported": an outer source closes it.
        return t;
      }
      if (tokens.is(next, "without") && GERUNDS_OF_TELLING.contains(tokens, next + 1)) {
        // "said the mill would close, without elaborating": how the source spoke, not what.
        return t;
      }
      if (opensMannerReport(tokens, next, to)) {
        // "told reporters, before insisting he ...": the participle's own report.
        return t;
      }
      SpeechCues.Cue cue = cueAt(tokens, next, to);
      if (cue != null && (cue.form() == SpeechCues.Form.GERUND
          || cue.lemma().equals("according to"))) {
        return t;
      }
      if (cue != null && (cue.form() == SpeechCues.Form.PAST
          || cue.form() == SpeechCues.Form.THIRD_PERSON)
          && !tokens.is(next + 1 + cue.following().length, "to")) {
        // A cue after the comma, and no subject before it: an outer source after its cue ("58
        // pct predicted a fall, said Norland Bank economist Yuki Sato."), or the verb of the
        // clause that the content interrupts ("Park rangers, claiming the fire is contained,
        // said ..."). Not "the firm, said to be for sale, ...".
        return t;
      }
    }
    return to;
  }

  /**
   * Where a state or country set off by commas after a place ends, at the comma after it, where
   * {@code that}, a determiner or a pronoun follows: {@code in Dunmore, Ohio, that}, {@code in
   * Salem, New Jersey, the}; or -1. {@code comma} is the comma after the place.
   */
  private static int stateAfterPlace(ParagraphTokens tokens, int comma, int to) {
    if (!tokens.isCapitalized(comma - 1)) {
      return -1;
    }
    int t = comma + 1;
    while (t < to && t - comma <= 3 && tokens.isWord(t) && tokens.isCapitalized(t)
        || t < to && tokens.isPunct(t, '.') && t > comma + 1 && isAbbreviationPeriod(tokens, t)) {
      t++;
    }
    return t > comma + 1 && tokens.isPunct(t, ',') && tokens.depth[t] == 0
        && (tokens.is(t + 1, "that") || SourcePhrase.isDeterminer(tokens, t + 1)
            || SourcePhrase.PRONOUNS.contains(tokens, t + 1)) ? t : -1;
  }

  /**
   * Whether a verb that only reports speech ({@code said}, {@code added}, {@code told}), or any
   * cue that opens a clause with {@code that} ({@code warned that}), follows at token {@code t},
   * past an adverb between subject and verb ({@code and also said}).
   */
  private boolean speechVerbFollows(ParagraphTokens tokens, int t, int to) {
    if (tokens.is(t, "also") || tokens.is(t, "then") || tokens.is(t, "later")) {
      t++;
    }
    if (t >= to || !tokens.isWord(t) || tokens.isCapitalized(t)) {
      return false;
    }
    SpeechCues.Cue cue = cueAt(tokens, t, to);
    return cue != null && (cue.form() == SpeechCues.Form.PAST
        || cue.form() == SpeechCues.Form.THIRD_PERSON) && (SPEECH_VERBS.contains(cue.lemma())
            || tokens.is(t + 1 + cue.following().length, "that"));
  }

  /** Whether {@link #speechVerbFollows} holds within the four words from token {@code t}. */
  private boolean speechVerbWithin(ParagraphTokens tokens, int t, int to) {
    for (int u = t; u < to && u < t + 4 && tokens.isWord(u); u++) {
      if (speechVerbFollows(tokens, u, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a subject and a cue of the lexicon follow within a few words: a subject that opens
   * with a capital, a determiner, a pronoun or a share's number ({@code four pct}) anywhere, any
   * other only where the cue ends the clause ({@code ..., traders said.}).
   */
  private boolean anotherSourceSpeaks(ParagraphTokens tokens, int t, int to) {
    boolean opensPhrase = opensSourcePhrase(tokens, t);
    if (!opensPhrase && !tokens.isWord(t)) {
      return false;
    }
    for (int u = t + 1; u < to && u <= t + 5; u++) {
      if (!tokens.isWord(u)) {
        return false;
      }
      SpeechCues.Cue cue = cueAt(tokens, u, to);
      if (cue != null && cue.form() != SpeechCues.Form.GERUND
          && cue.form() != SpeechCues.Form.BASE) {
        // Not a cue in the passive, whose subject is spoken to or of: "said the mill was sold
        // and that the workers were told nothing"; but "Hale was quoted as saying" is Hale's.
        boolean passive = !QUOTING_VERBS.contains(tokens, u) && (BE_FORMS.contains(tokens, u - 1)
            || isAdverb(tokens, u - 1) && BE_FORMS.contains(tokens, u - 2));
        // Nor a plural noun spelled as a cue in -s: "said China, the Gulf states and Japan".
        int after = u + 1 + cue.following().length;
        boolean noun = cue.form() == SpeechCues.Form.THIRD_PERSON
            && (tokens.is(after, "and") || tokens.is(after, "or") || tokens.is(after, "of"));
        return !passive && !noun && (opensPhrase || endsClause(tokens, after, to));
      }
    }
    return false;
  }

  /**
   * Whether token {@code t} opens a source's phrase by its look: a capital, a determiner, a
   * pronoun, or a share's number ({@code four pct}).
   */
  private static boolean opensSourcePhrase(ParagraphTokens tokens, int t) {
    return tokens.isCapitalized(t) || SourcePhrase.isDeterminer(tokens, t)
        || SourcePhrase.PRONOUNS.contains(tokens, t) || SourcePhrase.SHARES.contains(tokens, t + 1);
  }

  /**
   * Whether the words from token {@code t} to the clause's end name a role, the object of an
   * {@code as} before them ({@code as lead manager}, {@code as co-chairman of the panel}): a
   * short phrase with no verb, not a measure ({@code as many as 40 were hurt}, {@code as well}).
   */
  private static boolean asRole(ParagraphTokens tokens, int t, int to) {
    if (!tokens.isWord(t) || AS_MEASURES.contains(tokens, t)
        || Character.isDigit(tokens.text.charAt(tokens.start[t]))) {
      return false;
    }
    int end = t;
    while (end < to && !tokens.isPunct(end, ',') && !tokens.isPunct(end, ';')) {
      if (end - t > MAX_PHRASE_WORDS || tokens.depth[end] > 0
          || tokens.kind[end] == ParagraphTokens.OPEN) {
        // A quotation in the phrase is what was said: "said as yet "...""
        return false;
      }
      end++;
    }
    return !holdsVerb(tokens, t, end) && !SourcePhrase.PRONOUNS.contains(tokens, t);
  }

  /** Whether only an adverbial or punctuation is left of the clause: {@code ... , he said.} */
  private static boolean endsClause(ParagraphTokens tokens, int t, int to) {
    if (tokens.isPunct(t, ':')) {
      // "Wu Yi said:": the colon introduces what was said.
      return false;
    }
    int end = to - 2 >= t && tokens.is(to - 1, "reuter") && tokens.isPunct(to - 2, '.')
        ? to - 1 : to; // "..., the Navy said. reuter": the agency's sign-off ends Reuters copy.
    int words = 0;
    for (int u = t; u < end; u++) {
      if (tokens.depth[u] > 0 || tokens.kind[u] == ParagraphTokens.OPEN) {
        return words == 0 && tokens.isPunct(u - 1, ',');
      }
      if (tokens.isPunct(u, ',') || tokens.isPunct(u, ';') || tokens.isPunct(u, '\u2014')) {
        return words <= MAX_PHRASE_WORDS;
      }
      if (tokens.isWord(u)) {
        if (words == 0 && SUBORDINATORS.contains(tokens, u)
            && (SourcePhrase.PRONOUNS.contains(tokens, u + 1) || tokens.isCapitalized(u + 1))) {
          // "..., Hale told aides as he worked on the speech.": a clause of time or manner
          // after the cue, whose own clause ends there; not "said as many as 40 ...", nor
          // where a quotation follows it ("said as he left, "..."").
          for (int v = u + 1; v < to; v++) {
            if (tokens.kind[v] == ParagraphTokens.OPEN) {
              return false;
            }
          }
          return true;
        }
        if (words == 0 && tokens.is(u, "as") && (tokens.is(u - 1, "said")
            || tokens.is(u - 1, "says")) && asRole(tokens, u + 1, to)) {
          // "..., Harlow Bank said as lead manager.": the role the source speaks in; not after
          // a verb that takes "as" ("described him as ...", "claimed it as ...").
          return true;
        }
        if (words == 0 && !ADVERBIAL_OPENERS.contains(tokens, u)
            && !meansAfterBy(tokens, u)
            && !OBJECT_PRONOUNS.contains(tokens, u)
            && !(tokens.is(u, "this") && TIMES.contains(tokens, u + 1))) {
          // "said this week." ends the clause; "said this structure was ..." goes on.
          return false;
        }
        if (tokens.is(u, "that") || words > 2 * MAX_PHRASE_WORDS) {
          return false;
        }
        words++;
      }
    }
    return words <= MAX_PHRASE_WORDS
        || words <= 2 * MAX_PHRASE_WORDS && afterSayOrTell(tokens, t)
            && !holdsClause(tokens, t, end);
  }

  /**
   * Whether token {@code t} follows {@code said} or {@code says}, or {@code told} and a listener
   * of a few words: the cues after which a long adverbial that runs to the sentence's end is no
   * object ({@code ..., Reyes said in a note to the mayors on the eve of the autumn cattle
   * fair.}); after others it often is ({@code restated in the communique their aim to ...}).
   */
  private static boolean afterSayOrTell(ParagraphTokens tokens, int t) {
    if (tokens.is(t - 1, "said") || tokens.is(t - 1, "says")) {
      return true;
    }
    for (int u = t - 1; u >= 0 && t - u <= 4; u--) {
      if (tokens.is(u, "told") || tokens.is(u, "tells")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, to)} hold a verb of a clause of their own: an auxiliary, a past
   * or a subordinator ({@code said in his speech on Monday the forecast had been revised},
   * {@code said in a speech after the delegates voted}); not one before a participle
   * ({@code told staff in a speech before opening the new kiln}).
   */
  private static boolean holdsClause(ParagraphTokens tokens, int from, int to) {
    for (int u = from; u < to; u++) {
      if (tokens.isWord(u) && !tokens.isCapitalized(u)
          && (AUXILIARIES.contains(tokens, u) || IRREGULAR_PASTS.contains(tokens, u)
              || PASTS_OF_CLAUSES.contains(tokens, u)
              || SUBORDINATORS.contains(tokens, u) && !isParticiple(tokens, u + 1)
              || tokens.is(u, "if") || tokens.is(u, "whether")
              || tokens.end[u] - tokens.start[u] > 4 && tokens.endsWith(u, "ed")
                  && (SourcePhrase.PRONOUNS.contains(tokens, u - 1)
                      || tokens.isCapitalized(u - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence goes on after a mid-sentence source and cue ({@code This, said Clements,
   * is the end}; {@code Any reading, said Reyes, an expert, would ...}): a comma followed by
   * three words or more that open no apposition ({@code ..., said Hale, one of the
   * negotiators.}). With {@code subjectFirst} ({@code ..., officials said, the first ...}) no
   * apposition can follow, and any clause after the comma goes on.
   */
  private static boolean goesOnAfter(ParagraphTokens tokens, int t, int to, boolean subjectFirst) {
    int limit = Math.min(to, t + 3 * MAX_PHRASE_WORDS);
    for (int commas = 0; commas < 3; commas++) {
      while (t < limit && !(tokens.isPunct(t, ',') && tokens.depth[t] == 0)) {
        if (!tokens.isWord(t) && !tokens.isPunct(t, '.') && !tokens.isPunct(t, '-')
            && !tokens.isPunct(t, '(') && !tokens.isPunct(t, ')')) {
          return false;
        }
        t++;
      }
      if (t >= limit || opensQuote(tokens, t + 1, to)) {
        return false;
      }
      int next = t + 1;
      // An auxiliary opens no apposition, so two words after it go on too: "The mill, Hale
      // said, would close."
      if (!tokens.isWord(next)
          || wordsIn(tokens, next, to) < (AUXILIARIES.contains(tokens, next) ? 2 : 3)
          || isParticiple(tokens, next)
          || tokens.is(next, "according") || sourcesNextAct(tokens, next)) {
        return false;
      }
      boolean apposition = tokens.isCapitalized(next) || SourcePhrase.isDeterminer(tokens, next)
          || tokens.is(next, "who") || tokens.is(next, "which") || tokens.is(next, "whose")
          || Character.isDigit(tokens.text.charAt(tokens.start[next]))
          || opensRole(tokens, next, to);
      // "..., said Hale, head of the board, after a meeting.", "..., said Li, mayor of Dunmore,
      // where the mine is.": an adverbial of the report (or a relative clause, as who opens),
      // read past as an apposition is.
      boolean adverbial = SourcePhrase.isPreposition(tokens, next)
          || ADVERBIAL_PREPOSITIONS.contains(tokens, next) || tokens.is(next, "where")
          || tokens.is(next, "here");
      if (subjectFirst || !apposition && !adverbial) {
        return true;
      }
      t = next;
    }
    return false;
  }

  /**
   * Whether a role without a determiner opens at token {@code t}: lower-case words up to a title's
   * or a source's noun, none of them a verb ({@code chairman}, {@code editor of Grain Week},
   * {@code petroleum analyst in Dunmore}, {@code aide to the governor}); an apposition of the
   * source before it, not the rest of what was said ({@code is the end}).
   */
  private static boolean opensRole(ParagraphTokens tokens, int t, int to) {
    for (int u = t; u < to && u - t < 4 && tokens.isWord(u) && !tokens.isCapitalized(u); u++) {
      if (holdsVerb(tokens, u, u + 1)) {
        return false;
      }
      if (SourcePhrase.TITLE_WORDS.contains(tokens, u) || SOURCE_NOUNS.contains(tokens, u)
          || WORK_MAKERS.contains(tokens, u)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code and} and a past form stand at token {@code t}: after a source and its cue, what
   * the source did next, not the rest of what was said ({@code ..., the bank said, and urged
   * members to act}); but {@code ..., he said, and the rest ...} may go on.
   */
  private static boolean sourcesNextAct(ParagraphTokens tokens, int t) {
    return tokens.is(t, "and") && tokens.isWord(t + 1) && !tokens.isCapitalized(t + 1)
        && (tokens.end[t + 1] - tokens.start[t + 1] > 4 && tokens.endsWith(t + 1, "ed")
            || IRREGULAR_PASTS.contains(tokens, t + 1));
  }

  /** Whether {@code by} and a means of speaking stand at token {@code t}: {@code by phone}. */
  private static boolean meansAfterBy(ParagraphTokens tokens, int t) {
    return tokens.is(t, "by") && MEANS.contains(tokens, t + 1);
  }

  /**
   * Whether a time starts at token {@code t}, after {@code by}: {@code by 1990}, {@code by the
   * end of the year}, {@code by then}, {@code by March}, {@code by year-end}, {@code by Friday};
   * not an agent ({@code by the firm}, {@code by Marc Reyes}).
   */
  private static boolean timeAfterBy(ParagraphTokens tokens, int t) {
    return tokens.isWord(t) && (Character.isDigit(tokens.text.charAt(tokens.start[t]))
        || tokens.is(t, "then") || tokens.is(t, "now") || tokens.is(t, "next")
        || tokens.is(t, "mid") || tokens.is(t, "year-end") || tokens.is(t, "yearend")
        || tokens.is(t, "midyear") || SourcePhrase.WEEKDAYS.contains(tokens, t)
        || (tokens.is(t, "late") || tokens.is(t, "early")) && TIMES.contains(tokens, t + 1)
        || tokens.isCapitalized(t) && !tokens.isCapitalized(t + 1)
            && MonthNames.month(tokens.text, tokens.start[t], tokens.end[t]) > 0
        || tokens.is(t, "the") && (tokens.is(t + 1, "end") || tokens.is(t + 1, "middle")
            || tokens.is(t + 1, "start") || tokens.is(t + 1, "time")));
  }

  /** The end of a phrase after a cue: the next comma, period, colon or quotation mark. */
  private static int phraseEnd(ParagraphTokens tokens, int t, int to) {
    int u = t;
    while (u < to && u - t < MAX_PHRASE_WORDS && tokens.depth[u] == 0) {
      if (tokens.isPunct(u, '(')) {
        // "said Rep. Tom Hale (D-Calif.), one of ...": skip the brackets.
        int close = u + 1;
        while (close < to && close - u < 8 && !tokens.isPunct(close, ')')) {
          close++;
        }
        if (close >= to || !tokens.isPunct(close, ')')) {
          break;
        }
        u = close + 1;
        continue;
      }
      if (tokens.is(u, "who") || tokens.is(u, "which") || tokens.is(u, "whose")
          || SUBORDINATORS.contains(tokens, u) || u > t && (DAYS.contains(tokens, u)
              || tokens.is(u, "on") && DAYS.contains(tokens, u + 1))) {
        break;
      }
      // A hyphen after a word goes on ("Smith-Jones", "Al- Mussawar"); a dash ends the source
      // ("the Harlow Budget Institute - half a point of GDP").
      boolean hyphen = tokens.isPunct(u, '-') && u > t && dashStart(tokens, u) < 0
          && !tokens.isPunct(u + 1, '-');
      if (!(tokens.isWord(u) || hyphen || tokens.isPunct(u, '.')
          && u + 1 < to && tokens.isWord(u + 1) && !tokens.isCapitalized(u + 1)
          || tokens.isPunct(u, '.') && u > t && tokens.end[u - 1] - tokens.start[u - 1] <= 3
          && u + 1 < to)) {
        break;
      }
      u++;
    }
    return u;
  }

  private static boolean opensQuote(ParagraphTokens tokens, int t, int to) {
    return t < to && tokens.kind[t] == ParagraphTokens.OPEN;
  }

  /**
   * The tokens of {@code [from, to)} but those of short asides in round brackets, of initials or
   * a party and state: {@code (HBC)}, {@code (D-Nev.)}.
   */
  private static int tokensOutsideBrackets(ParagraphTokens tokens, int from, int to) {
    int outside = 0;
    for (int t = from; t < to; t++) {
      int close = t + 1;
      while (tokens.isPunct(t, '(') && close < to && close - t <= 4
          && !tokens.isPunct(close, ')')) {
        close++;
      }
      if (tokens.isPunct(t, '(') && close < to && tokens.isPunct(close, ')')) {
        t = close;
      } else {
        outside++;
      }
    }
    return outside;
  }

  private static int wordsIn(ParagraphTokens tokens, int from, int to) {
    int words = 0;
    for (int t = from; t < to && words < 3; t++) {
      if (tokens.isWord(t)) {
        words++;
      }
    }
    return words;
  }

  /**
   * A quoted segment that stands as a quote of its own, not a title or a scare-quoted word: one
   * of several words, or one a source is named with.
   */
  private static boolean isWholeQuote(ParagraphTokens tokens, int open, int close,
      boolean attributed, int unitStart) {
    if (isTitle(tokens, open, close)) {
      return false;
    }
    int words = 0;
    boolean sentenceEnd = false;
    for (int t = open + 1; t < close && words < 8; t++) {
      if (tokens.isWord(t)) {
        words++;
      } else if (tokens.kind[t] == ParagraphTokens.PUNCT
          && ".!?,".indexOf(tokens.text.charAt(tokens.start[t])) >= 0 && t == close - 1) {
        sentenceEnd = true;
      }
    }
    if (attributed) {
      return words >= 3 || sentenceEnd && words >= 1;
    }
    if (readsAsName(tokens, open, close)) {
      // Without a cue, words in title case that end no sentence name a work, a slogan or a
      // thing: "stars in "Harbor Lights," and ...", "wore "Save the Pier" shirts".
      return false;
    }
    // Without a cue, a quotation inside a sentence of the writer's is a fragment
    // ("vowed to pursue "anyone who cheats the fund."") unless it opens the sentence or follows a
    // colon or a comma.
    return standsAlone(tokens, open, unitStart) && (words >= 3 || sentenceEnd && words >= 1)
        || words >= MIN_FRAGMENT;
  }

  /**
   * Whether the quotation between tokens {@code open} and {@code close} holds two to ten words in
   * title case (a capital or a number, or a word that a title leaves in lower case after the
   * first) and no mark that ends a sentence: {@code "The Harbor Hour"}, {@code "Save the Pier,"};
   * not {@code "Really?"}, {@code "We're Here."}.
   */
  private static boolean readsAsName(ParagraphTokens tokens, int open, int close) {
    int words = 0;
    for (int t = open + 1; t < close; t++) {
      if (tokens.isWord(t)) {
        words++;
        boolean number = Character.isDigit(tokens.text.charAt(tokens.start[t]));
        if (words > 10 || !tokens.isCapitalized(t) && !number
            && (words == 1 || !TITLE_FUNCTION_WORDS.contains(tokens, t))) {
          return false;
        }
      } else if ((tokens.isPunct(t, '.') && !isAbbreviationPeriod(tokens, t))
          || tokens.isPunct(t, '!') || tokens.isPunct(t, '?')) {
        return false;
      }
    }
    return words >= 2;
  }

  /**
   * Whether the quotation between tokens {@code open} and {@code close} is the title of a work,
   * which no one says: words in title case after a possessive or a noun of works ({@code on
   * KTV's "City Desk"}, {@code the TV show "Harbor Lights"}, {@code her memoir, "Open
   * Waters."}), or any words with their author's name after them ({@code "Port workers vote to
   * end the strike," by Anna Reyes}, {@code "A Winter Crossing," by J.L. Marsh}).
   */
  private static boolean isTitle(ParagraphTokens tokens, int open, int close) {
    int after = tokens.isPunct(close + 1, ',') ? close + 2 : close + 1;
    if (tokens.is(after, "by") && tokens.isCapitalized(after + 1) && close > open + 1) {
      return true;
    }
    int before = tokens.isPunct(open - 1, ',') ? open - 2 : open - 1;
    // "the show "Harbor Lights"", "Hale's "Open Waters"", "author of "Going Viral"", "an
    // episode of "The Harwick Hour"".
    if (!tokens.isWord(before) || !(WORK_NOUNS.contains(tokens, before)
        || tokens.endsWith(before, "'s") || tokens.endsWith(before, "\u2019s")
        || tokens.is(before, "of") && (WORK_MAKERS.contains(tokens, before - 1)
            || WORK_NOUNS.contains(tokens, before - 1)))) {
      return false;
    }
    int words = 0;
    for (int t = open + 1; t < close; t++) {
      if (!tokens.isWord(t)) {
        continue;
      }
      words++;
      // "The Crash of 1990": a number is a title's word too.
      boolean number = Character.isDigit(tokens.text.charAt(tokens.start[t]));
      if (words > 10 || !tokens.isCapitalized(t) && !number
          && (words == 1 || !TITLE_FUNCTION_WORDS.contains(tokens, t))) {
        return false;
      }
    }
    return words > 0;
  }

  private static boolean standsAlone(ParagraphTokens tokens, int open, int unitStart) {
    return open == unitStart || open > 0 && (tokens.isPunct(open - 1, ':')
        || tokens.isPunct(open - 1, ',') || tokens.kind[open - 1] == ParagraphTokens.CLOSE);
  }

  /** A direct quote of the segment between tokens {@code open} and {@code close}. */
  private static Candidate direct(ParagraphTokens tokens, int open, int close, int paragraph) {
    int start = tokens.end[open];
    int end = close < tokens.size ? tokens.start[close] : tokens.end[tokens.size - 1];
    start = Whitespace.skipBlank(tokens.text, start, end);
    end = Whitespace.trimEnd(tokens.text, start, end);
    if (start >= end) {
      return null;
    }
    Candidate candidate = new Candidate();
    candidate.kind = QuoteKind.DIRECT;
    candidate.contentStart = start;
    candidate.contentEnd = end;
    candidate.paragraph = paragraph;
    return candidate;
  }

  /** Turns a claim into its candidates: one direct quote per quoted segment, or one reported. */
  private void addClaim(ParagraphTokens tokens, Claim claim, int paragraph,
      List<Candidate> candidates, boolean[] claimed, Candidate owner) {
    int from = claim.contentFrom;
    int to = claim.contentTo;
    // Trim punctuation at the edges of reported content, but not what is a part of it: "$2
    // billion", "rose 5%", "income (which she also backs)".
    to = trimmedContentEnd(tokens, from, to);
    from = trimmedContentStart(tokens, from, to);
    if (from >= to) {
      return;
    }
    int wordsOutside = 0;
    int segments = 0;
    for (int t = from; t < to; t++) {
      if (tokens.depth[t] == 0 && tokens.isWord(t)) {
        wordsOutside++;
      } else if (tokens.kind[t] == ParagraphTokens.OPEN && tokens.depth[t] == 1) {
        segments++;
      }
    }
    Candidate first = null;
    // "He said Harlow "was attracted by the price."": one word outside the marks is the
    // subject of the quoted predicate, and the quote is mixed; not "said Friday "...", "said
    // But "..."".
    boolean subjectOutside = wordsOutside == 1 && tokens.isWord(from) && tokens.depth[from] == 0
        && (tokens.isCapitalized(from) || SourcePhrase.PRONOUNS.contains(tokens, from))
        && !CLAUSE_OPENERS.contains(tokens, from) && !SENTENCE_ADVERBS.contains(tokens, from)
        && from + 2 < to && tokens.kind[from + 1] == ParagraphTokens.OPEN
        && tokens.isWord(from + 2) && !tokens.isCapitalized(from + 2);
    if (segments > 0 && (wordsOutside == 0
        || wordsOutside == 1 && !claim.naming && !subjectOutside)) {
      for (int t = from; t < to; t++) {
        if (tokens.kind[t] == ParagraphTokens.OPEN && tokens.depth[t] == 1) {
          int close = tokens.partner[t] < 0 ? tokens.size : tokens.partner[t];
          claimed[t] = true;
          // "wrote in her memoir, "Open Waters."": a title is no quote, claimed or not.
          Candidate candidate = isTitle(tokens, t, close) ? null
              : direct(tokens, t, close, paragraph);
          if (candidate != null) {
            attach(tokens, claim, candidate, first != null ? first : owner);
            candidates.add(candidate);
            if (first == null) {
              first = candidate;
            }
          }
        }
      }
      return;
    }
    if (wordsOutside == 0) {
      return;
    }
    for (int t = from; t < to; t++) {
      if (tokens.kind[t] == ParagraphTokens.OPEN && tokens.depth[t] == 1) {
        claimed[t] = true;
      }
    }
    Candidate candidate = new Candidate();
    candidate.kind = segments > 0 ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    candidate.contentStart = tokens.start[from];
    candidate.contentEnd = tokens.end[to - 1];
    candidate.paragraph = paragraph;
    attach(tokens, claim, candidate, owner);
    candidates.add(candidate);
  }

  /**
   * Where content {@code [from, to)} ends without the marks outside quotation marks at its end,
   * but for those that are a part of it: a currency sign, a per cent sign, or a closing bracket
   * whose partner the content opened.
   */
  private static int trimmedContentEnd(ParagraphTokens tokens, int from, int to) {
    int marks = to;
    boolean closing = false;
    while (marks > from && tokens.kind[marks - 1] == ParagraphTokens.PUNCT
        && tokens.depth[marks - 1] == 0) {
      marks--;
      char c = tokens.text.charAt(tokens.start[marks]);
      closing |= c == ')' || c == ']';
    }
    // One pass counts the brackets left open before each mark, so that a long run of brackets
    // costs no more than its length.
    int openRound = 0;
    int openSquare = 0;
    int end = marks;
    for (int t = closing ? from : marks; t < to; t++) {
      if (tokens.kind[t] != ParagraphTokens.PUNCT) {
        continue;
      }
      char c = tokens.text.charAt(tokens.start[t]);
      if (t >= marks
          && (isUnitSign(c) || c == ')' && openRound > 0 || c == ']' && openSquare > 0)) {
        end = t + 1;
      }
      switch (c) {
        case '(' -> openRound++;
        case '[' -> openSquare++;
        case ')' -> openRound = Math.max(0, openRound - 1);
        case ']' -> openSquare = Math.max(0, openSquare - 1);
        default -> { }
      }
    }
    return end;
  }

  /**
   * Where content {@code [from, to)} starts without the marks at its start, but for those that
   * are a part of it: a currency sign, a per cent sign, or an opening bracket whose partner the
   * content holds.
   */
  private static int trimmedContentStart(ParagraphTokens tokens, int from, int to) {
    int marks = from;
    boolean opening = false;
    while (marks < to && tokens.kind[marks] == ParagraphTokens.PUNCT) {
      char c = tokens.text.charAt(tokens.start[marks]);
      opening |= c == '(' || c == '[';
      marks++;
    }
    // The same count as at the end, backwards: the brackets closed after each mark.
    int closedRound = 0;
    int closedSquare = 0;
    int start = marks;
    for (int t = opening ? to - 1 : marks - 1; t >= from; t--) {
      if (tokens.kind[t] != ParagraphTokens.PUNCT) {
        continue;
      }
      char c = tokens.text.charAt(tokens.start[t]);
      if (t < marks
          && (isUnitSign(c) || c == '(' && closedRound > 0 || c == '[' && closedSquare > 0)) {
        start = t;
      }
      switch (c) {
        case ')' -> closedRound++;
        case ']' -> closedSquare++;
        case '(' -> closedRound = Math.max(0, closedRound - 1);
        case '[' -> closedSquare = Math.max(0, closedSquare - 1);
        default -> { }
      }
    }
    return start;
  }

  /** Whether {@code c} is a currency sign or a per cent sign, a part of the amount it stands by. */
  private static boolean isUnitSign(char c) {
    return c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  private static void attach(ParagraphTokens tokens, Claim claim, Candidate candidate,
      Candidate owner) {
    candidate.cueStart = tokens.start[claim.cueFrom];
    candidate.cueEnd = tokens.end[claim.cueTo - 1];
    candidate.source = claim.source;
    candidate.apposition = claim.apposition;
    candidate.question = claim.question;
    candidate.silent = claim.silent;
    candidate.asker = claim.asker;
    if (claim.source == null && !claim.question) {
      candidate.sourceOf = owner;
    }
  }

  /** A run of quote paragraphs takes the source named anywhere in it. */
  private static void shareSourcesInRuns(List<Candidate> candidates) {
    int i = 0;
    while (i < candidates.size()) {
      Candidate candidate = candidates.get(i);
      if (candidate.run < 0) {
        i++;
        continue;
      }
      int j = i;
      Candidate owner = null;
      while (j < candidates.size() && (candidates.get(j).run == candidate.run
          || candidates.get(j).run < 0 && candidates.get(j).paragraph <= candidates.get(i).paragraph)) {
        if (owner == null && candidates.get(j).owner().source != null) {
          owner = candidates.get(j).owner();
        }
        j++;
      }
      // A run's attribution may follow its first paragraph: look at the quotes just after it.
      for (int k = j; owner == null && k < candidates.size() && k < j + 2; k++) {
        if (candidates.get(k).paragraph == candidates.get(j - 1).paragraph
            && candidates.get(k).owner().source != null) {
          owner = candidates.get(k).owner();
        }
      }
      if (owner != null) {
        for (int k = i; k < j; k++) {
          Candidate member = candidates.get(k);
          if (member.run == candidate.run && member.owner().source == null && member != owner) {
            member.sourceOf = owner;
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * Resolves every source named by {@code candidates} and {@code introducers}, in the order of
   * its phrase in the text: the order the resolver needs. A {@code he} or {@code she} goes first
   * to a person named as the subject of the clause it is joined to or of the sentence before it;
   * a pronoun that no source before it resolves takes the subject of the clause before it ({@link
   * AntecedentSearch}).
   */
  private static void resolveSources(List<Candidate> candidates, List<Candidate> introducers,
      AntecedentSearch antecedents, SpeakerResolver resolver) {
    List<Candidate> owners = new ArrayList<>(introducers);
    for (Candidate candidate : candidates) {
      if (candidate.named() != null) {
        owners.add(candidate);
      }
    }
    owners.sort(BY_SOURCE_START);
    SourcePhrase lastResolved = null;
    int lastHandle = -1;
    for (Candidate owner : owners) {
      if (lastResolved != null && owner.named().start == lastResolved.start) {
        owner.handle = lastHandle;
        continue;
      }
      SourcePhrase coordinated = antecedents.subjectOfCoordinatedClause(owner);
      owner.handle = coordinated != null
          ? resolver.resolveByAntecedent(owner.source, coordinated) : -1;
      if (owner.handle < 0 && coordinated == null) {
        SourcePhrase named = antecedents.namedSubjectOfSentenceBefore(owner);
        owner.handle = named != null ? resolver.resolveByNamedAntecedent(owner.source, named,
            antecedents.describedAfter(named)) : -1;
      }
      if (owner.handle < 0) {
        owner.handle = owner.source != null
            ? resolver.resolve(owner.source, owner.apposition, true)
            : resolver.resolve(owner.asker, null, false);
      }
      if (owner.handle < 0 && owner.source != null
          && owner.source.type == SourcePhrase.Type.PRONOUN) {
        SourcePhrase subject = antecedents.subjectBefore(owner);
        if (subject != null) {
          owner.handle = resolver.resolveByAntecedent(owner.source, subject);
        }
      }
      lastResolved = owner.named();
      lastHandle = owner.handle;
    }
  }

  /**
   * Finds the subject of the clause before a pronoun source whose antecedent no quote names: the
   * subject of its own sentence before it ({@code Reyes declined to give figures, but he said
   * ...}), or else of the sentence before it, in its paragraph or at the end of the paragraph
   * before ({@code The Harlow Water Board raised its rates. It said ...}); and, whatever quote
   * came before, the named subject of the clause that a {@code he} or {@code she} after {@code
   * and} or {@code but} is joined to, or of the sentence before one that opens its sentence
   * ({@code Harbour master Paul Reyes toured the site. He said ...}). The text is read again for
   * these pronouns alone, and only up to {@link #ANTECEDENT_WINDOW} characters of a sentence, so
   * that copy of nothing but pronouns and cues stays linear.
   */
  private final class AntecedentSearch {
    private final String text;
    private final List<Paragraph> paragraphs;
    private ParagraphTokens tokens;

    AntecedentSearch(String text, List<Paragraph> paragraphs) {
      this.text = text;
      this.paragraphs = paragraphs;
    }

    /**
     * The subject of the clause that the clause of {@code owner}'s pronoun, {@code he} or {@code
     * she} after {@code and} or {@code but}, is joined to ({@code Reyes warned of a drought in
     * May, but he said then that ...}): that clause's subject is the pronoun's antecedent before
     * any speaker of the sentences before. Null where the pronoun is none such, or no name is
     * read as that subject.
     */
    SourcePhrase subjectOfCoordinatedClause(Candidate owner) {
      SourcePhrase pronoun = owner.source;
      if (pronoun == null || pronoun.type != SourcePhrase.Type.PRONOUN
          || !pronoun.head.equals("he") && !pronoun.head.equals("she")
          || !afterConjunction(pronoun.start)) {
        return null;
      }
      List<Sentence> sentences =
          paragraphs.get(paragraphAt(owner.paragraph, pronoun.start)).sentences();
      if (sentences.isEmpty()) {
        return null;
      }
      int sentenceStart = sentences.get(sentenceAt(sentences, pronoun.start)).span().start();
      if (pronoun.start - sentenceStart > ANTECEDENT_WINDOW) {
        return null;
      }
      readTokens(sentenceStart, pronoun.end);
      int at = firstTokenFrom(tokens, pronoun.start);
      SourcePhrase subject = at > 1 ? clauseSubject(tokens, 0, at - 1) : null;
      // A description ("The UN chief ..., but he said", "The Harwick Democrat ...") often names,
      // by other words, a person already named, whom the resolver finds among the recent
      // speakers; read as a new source it would take that person's pronouns from here on.
      return subject != null && subject.type == SourcePhrase.Type.NAME
          && !SourcePhrase.isDeterminer(tokens, firstTokenFrom(tokens, subject.start))
          ? subject : null;
    }

    /** Whether {@code and} or {@code but}, and a space, stand right before offset {@code at}. */
    private boolean afterConjunction(int at) {
      return at >= 4 && (text.startsWith("and ", at - 4) || text.startsWith("but ", at - 4))
          && (at == 4 || !Character.isLetter(text.charAt(at - 5)));
    }

    /** The paragraph that holds offset {@code at}, looked for from paragraph {@code p}. */
    private int paragraphAt(int p, int at) {
      p = Math.min(p, paragraphs.size() - 1);
      while (p > 0 && paragraphs.get(p).span().start() > at) {
        p--;
      }
      while (p + 1 < paragraphs.size() && paragraphs.get(p + 1).span().start() <= at) {
        p++;
      }
      return p;
    }

    private void readTokens(int from, int to) {
      if (tokens == null) {
        tokens = ParagraphTokens.forReading(text);
      }
      tokens.read(from, to);
    }

    /** The subject before the pronoun source of {@code owner}, or null where none is read. */
    SourcePhrase subjectBefore(Candidate owner) {
      // Where a quotation comes before the pronoun (""The levy stands. Voters deserve a fair
      // hearing," he said"), its words are no clause of the narration: the subject is looked for
      // before it.
      // Not reported speech, whose subject often names the speaker ("Harwick chairman Tomas
      // Reyes expects sales to rise, he told reporters").
      boolean saidBefore = owner.kind == QuoteKind.DIRECT
          && owner.contentEnd <= owner.source.start;
      int at = saidBefore ? owner.contentStart : owner.source.start;
      int p = paragraphAt(owner.paragraph, at);
      List<Sentence> sentences = paragraphs.get(p).sentences();
      if (sentences.isEmpty()) {
        return null;
      }
      int s = sentenceAt(sentences, at);
      if (!saidBefore) {
        int sentenceStart = sentences.get(s).span().start();
        if (at - sentenceStart > ANTECEDENT_WINDOW) {
          return null;
        }
        readTokens(sentenceStart, owner.source.end);
        int pronoun = firstTokenFrom(tokens, at);
        SourcePhrase subject = pronoun > 0 ? clauseSubject(tokens, 0, pronoun) : null;
        if (subject != null && subject.sort == SpeakerResolver.antecedentSort(owner.source)) {
          // Not a subject of another sort ("China "is changing," he told ..."): the sentence
          // before may name the pronoun's antecedent.
          return subject;
        }
      }
      return subjectOfSentenceBefore(p, s);
    }

    /**
     * For a {@code he} or {@code she} source of {@code owner} that opens its sentence, or follows
     * only its own quotation there, the person named as the subject of the sentence before
     * ({@code Harbour master Paul Reyes toured the site. He said ...}, {@code ... toured the site.
     * "...," he said}): the copy brought that person in as the one it goes on about, before any
     * speaker of the sentences before. Null where the pronoun is none such, or no name is read as
     * that subject.
     */
    SourcePhrase namedSubjectOfSentenceBefore(Candidate owner) {
      SourcePhrase pronoun = owner.source;
      if (pronoun == null || pronoun.type != SourcePhrase.Type.PRONOUN
          || !pronoun.head.equals("he") && !pronoun.head.equals("she")) {
        return null;
      }
      boolean saidBefore = owner.kind == QuoteKind.DIRECT && owner.contentEnd <= pronoun.start;
      int at = saidBefore ? owner.contentStart : pronoun.start;
      int p = paragraphAt(owner.paragraph, at);
      List<Sentence> sentences = paragraphs.get(p).sentences();
      if (sentences.isEmpty()) {
        return null;
      }
      int s = sentenceAt(sentences, at);
      // Only the quotation's opening mark may stand before it: no letter nor digit.
      for (int i = sentences.get(s).span().start(); i < at; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return null;
        }
      }
      SourcePhrase subject = subjectOfSentenceBefore(p, s);
      // A description ("The harbour master toured the site") may name, by other words, a
      // person named before, whom the resolver finds among the recent speakers; and a sentence
      // that reports speech ("Harlow wanted more talks, Reyes added.") has its speaker resolved
      // already, while its subject may be the content's.
      return subject != null && subject.type == SourcePhrase.Type.NAME
          && !SourcePhrase.isDeterminer(tokens, firstTokenFrom(tokens, subject.start))
          && !holdsCue(tokens) ? subject : null;
    }

    /**
     * Whether an apposition follows {@code subject}, read by {@link #namedSubjectOfSentenceBefore}
     * in the tokens of its sentence: a comma and a determiner or a title's word ({@code Ana Ly,
     * an adviser to the ministry,}, {@code Tom Hale, 45, chief of ...} not).
     */
    boolean describedAfter(SourcePhrase subject) {
      int t = firstTokenFrom(tokens, subject.end);
      return tokens.isPunct(t, ',') && t + 1 < tokens.size
          && (SourcePhrase.isDeterminer(tokens, t + 1)
              || SourcePhrase.TITLE_WORDS.contains(tokens, t + 1));
    }

    /** Whether a cue stands among {@code tokens}. */
    private boolean holdsCue(ParagraphTokens tokens) {
      for (int t = 0; t < tokens.size; t++) {
        if (tokens.isWord(t) && cueAt(tokens, t, tokens.size) != null) {
          return true;
        }
      }
      return false;
    }

    /**
     * The subject of the sentence before sentence {@code s} of paragraph {@code p}, which may be
     * the last of the paragraph before; null where none is read.
     */
    private SourcePhrase subjectOfSentenceBefore(int p, int s) {
      List<Sentence> sentences = paragraphs.get(p).sentences();
      if (s == 0) {
        if (p == 0) {
          return null;
        }
        sentences = paragraphs.get(p - 1).sentences();
        s = sentences.size();
        if (s == 0) {
          return null;
        }
      }
      Span before = sentences.get(s - 1).span();
      readTokens(before.start(), Math.min(before.end(), before.start() + ANTECEDENT_WINDOW));
      return tokens.size > 0 ? clauseSubject(tokens, 0, tokens.size) : null;
    }
  }

  /** The index of the sentence of {@code sentences} that holds offset {@code at}. */
  private static int sentenceAt(List<Sentence> sentences, int at) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (sentences.get(middle).span().start() <= at) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /** The first token of {@code tokens} that starts at or after {@code offset}. */
  private static int firstTokenFrom(ParagraphTokens tokens, int offset) {
    int t = 0;
    while (t < tokens.size && tokens.start[t] < offset) {
      t++;
    }
    return t;
  }

  /**
   * The subject of the clause of tokens {@code [from, before)}, where it may be the antecedent
   * of a pronoun ({@link #personOrNotDescribed}): read back from its first verb ({@code
   * Democratic front-runner Ana Okafor stretched ...}, whose start reads as a title alone; {@code
   * The minister, Ana Okafor, was scheduled to ...}, a passive's subject as well), but
   * not in a clause after {@code that} ({@code Judge Ana Okafor, speaking for the panel, held
   * that the levy stood}); else forwards from the clause's start or past its opening adverbials.
   */
  private SourcePhrase clauseSubject(ParagraphTokens tokens, int from, int before) {
    SourcePhrase subject = personOrNotDescribed(tokens.text,
        subjectOfFirstVerb(tokens, from, before, true, true));
    if (subject != null && !tokens.text.regionMatches(true,
        Math.max(0, subject.start - 5), "that ", 0, 5)) {
      return subject;
    }
    return personOrNotDescribed(tokens.text, subjectAfterOpeners(tokens, from, before));
  }

  /**
   * {@code subject}, unless it describes a person by a word that is no noun of people in lower
   * case: not {@code The debate was ...}, {@code Her testimony ...}, read as persons by their
   * determiner, nor {@code Former} of {@code Former film star Ana Okafor}, read as a title alone.
   */
  private static SourcePhrase personOrNotDescribed(String text, SourcePhrase subject) {
    if (subject == null || subject.type != SourcePhrase.Type.DESCRIPTION
        || subject.sort != SourcePhrase.Sort.PERSON) {
      return subject;
    }
    int headStart = subject.end;
    while (headStart > subject.start && Character.isLetter(text.charAt(headStart - 1))) {
      headStart--;
    }
    return Character.isLowerCase(text.charAt(headStart))
        && (SourcePhrase.isTitle(subject.head) || SOURCE_NOUNS.contains(subject.head))
        ? subject : null;
  }

  /**
   * Adds the quotes of {@code candidates}, whose sources are resolved, to {@code article}, in
   * text order.
   */
  private static void addQuotes(String text, List<Candidate> candidates, SpeakerResolver resolver,
      Article.Builder article) {
    candidates.sort(BY_CONTENT);
    int lastStart = -1;
    int lastEnd = -1;
    for (Candidate candidate : candidates) {
      // A segment claimed twice is one quote; nested attributions stay, each with its source.
      if (candidate.silent
          || candidate.contentStart == lastStart && candidate.contentEnd == lastEnd) {
        continue;
      }
      lastStart = candidate.contentStart;
      lastEnd = candidate.contentEnd;
      Quote.Builder quote = Quote.builder()
          .kind(candidate.kind)
          .content(phrase(text, candidate.contentStart, candidate.contentEnd))
          .paragraph(candidate.paragraph);
      if (candidate.cueStart >= 0) {
        quote.cue(phrase(text, candidate.cueStart, candidate.cueEnd));
      }
      Candidate owner = candidate.owner();
      if (owner.named() != null) {
        if (owner.handle >= 0) {
          quote.speaker(resolver.speakerId(owner.handle));
        }
        if (owner == candidate || candidate.sameUnit || owner.paragraph == candidate.paragraph) {
          quote.mention(phrase(text, owner.named().start, owner.named().end));
        }
      }
      article.addQuotes(quote.build());
    }
  }

  private static Phrase phrase(String text, int start, int end) {
    return Phrase.of(text.substring(start, end), Span.of(start, end));
  }
}
