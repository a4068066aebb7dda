package io.github.wirecopy.internal;

import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Span;
import io.github.wirecopy.model.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the source phrases of one article, in text order, into sources: a surname or a given
 * name links to the fullest name seen ({@code Xi} to {@code Xi Jinping}), a description to the
 * source it was used of ({@code the spokesman} to {@code spokesman Liu Jianchao}), a pronoun to
 * the most recent compatible source ({@code he} never to an organisation).
 *
 * <p>Every look-up goes through a hash map keyed by a word, so resolution is linear in the
 * number of phrases however many sources the article has.
 */
final class SpeakerResolver {

  private static final class Source {
    String name;
    int nameLength;
    List<String> nameWords;
    String title;
    String description;
    SourcePhrase.Sort sort;
    /**
     * The spans of the source's mentions, each packed into one number that sorts by start and,
     * for the same start, longest first ({@link #addMention}): sorted at the end without reading
     * an object per mention.
     */
    long[] mentions = new long[4];
    int mentionCount;
    int speakerId = -1;
    int handle;
    /** What the article shows of the source's gender, for he and she. */
    Gender gender = Gender.UNKNOWN;
    /** Words that qualify the source's description or title: {@code German}, {@code foreign}. */
    List<String> modifiers = List.of();
    /**
     * A name of one word, with no title nor gender ({@code GenCorp said}): copy names a person
     * in full before it shortens the name, so such a source may be an organisation, for {@code
     * it}. It stays a person for {@code he} and {@code she} too ({@code Reagan said}).
     */
    boolean maybeOrganisation;
    /**
     * Whether the name joins its words by a preposition ({@code Bank of England}): a run of the
     * text names the source only with all of them, not {@code England} alone.
     */
    boolean joinedName;

    void addMention(int start, int end) {
      if (mentionCount == mentions.length) {
        mentions = Arrays.copyOf(mentions, mentionCount * 2);
      }
      mentions[mentionCount++] = (long) start << 32 | (Integer.MAX_VALUE - end);
    }
  }

  private enum Gender { UNKNOWN, MALE, FEMALE }

  /** Words of names and titles that tell a gender: titles, gendered nouns, given names. */
  private static final FoldedWords FEMALE_WORDS = FoldedWords.of(
      "mrs", "ms", "miss", "madam", "spokeswoman", "chairwoman", "congresswoman",
      "councilwoman", "businesswoman", "woman", "lady", "queen", "princess", "empress", "sister",
      "mother", "wife", "daughter", "widow", "grandmother", "actress", "hillary", "nancy",
      "elizabeth", "sarah", "michelle", "carly", "nikki", "kellyanne", "huma", "debbie",
      "hope", "dana", "megyn", "theresa", "angela", "christine", "marine", "susan", "samantha",
      "loretta", "janet", "condoleezza", "madeleine", "barbara", "laura", "melania", "ivanka",
      "chelsea", "dianne", "kamala", "amy", "kirsten", "claire", "patty", "tammy", "maria",
      "jeanne", "heidi", "lisa", "susana", "mary", "jennifer", "jessica", "ashley", "emily",
      "anna", "anne", "ann", "karen", "linda", "patricia", "margaret", "katherine", "kate",
      "catherine", "rebecca", "rachel", "julie", "julia", "kelly", "donna", "carol", "sharon",
      "michele", "kristen", "katie", "jill", "joni", "marsha", "martha", "pam", "shelley",
      "cathy", "sally", "jane", "joan", "judy", "betsy", "diane", "deborah", "ruth", "helen",
      "alice", "nicole", "stephanie", "amanda", "melissa", "lauren", "monica", "teresa", "yulia",
      "sara", "tulsi", "stacey", "gina", "wendy", "valerie", "sheryl", "roberta", "gabrielle",
      "she");
  private static final FoldedWords MALE_WORDS = FoldedWords.of(
      "mr", "sir", "man",
      "king", "prince", "emperor", "brother", "father", "husband", "son", "grandfather",
      "donald", "ted", "marco", "bernie", "jeb", "ben", "john", "chris", "rand", "mike",
      "barack", "joe", "bill", "paul", "mitch", "harry", "jim", "james", "robert", "michael",
      "david", "richard", "charles", "thomas", "mark", "steven", "steve", "kevin", "brian",
      "george", "edward", "ronald", "anthony", "jeff", "jeffrey", "scott", "eric", "stephen",
      "andrew", "raymond", "gregory", "greg", "frank", "peter", "tim", "timothy", "jack",
      "dennis", "jerry", "tom", "lindsey", "rick", "reince", "newt", "rudy", "corey", "roger",
      "vladimir", "xi", "kim", "bashar", "benjamin", "recep", "justin", "francois", "emmanuel",
      "matt", "sean", "bob", "larry", "gary", "dan", "daniel", "william", "jason", "ryan",
      "adam", "nathan", "howard", "lou", "martin", "dick", "colin", "johnny", "he");

  /**
   * Offices in {@code -man} that copy, older copy above all, also gives to women ({@code
   * chairman Susan Okafor}): a gender only where no other word of the phrase tells one.
   */
  private static final FoldedWords MALE_OFFICES = FoldedWords.of(
      "spokesman", "chairman", "congressman", "councilman", "businessman");

  /** Determiners that introduce a source not met before: {@code an analyst}, {@code one aide}. */
  private static final FoldedWords INDEFINITE_DETERMINERS =
      FoldedWords.of("a", "an", "one", "another");

  /**
   * Nouns by which copy refers back to the company it named last: {@code Acme Corp said ... The
   * company said}.
   */
  private static final FoldedWords ORGANISATION_NOUNS = FoldedWords.of(
      "company", "firm", "corporation", "concern", "group", "bank", "airline", "carrier",
      "utility", "insurer", "brokerage", "automaker", "retailer", "partnership");

  /** How far back, in characters, {@link #givenInFullBefore} looks. */
  private static final int FULL_NAME_WINDOW = 20_000;

  /** The most look-ups of {@link #givenInFullBefore} in one article. */
  private static final int MAX_FULL_NAME_LOOKUPS = 32;

  private final String text;
  /** Words that end many people's names and tell none of them apart: {@code Jr}, {@code Sr}. */
  private static final FoldedWords NAME_SUFFIXES = FoldedWords.of("jr", "sr");

  private final List<Source> sources = new ArrayList<>();
  private final Map<String, Source> byNameWord = new HashMap<>();
  /**
   * The case-blind hashes of the keys of {@link #byNameWord}, as bits: most capitalized runs of
   * an article (places, organisations, the first word of a sentence) hold no name word of a
   * source, and this lets {@link #addNameMentions} pass them by without making a string.
   */
  private final HashBits nameWordHashes = new HashBits(4096);
  private final Map<String, Source> byHead = new HashMap<>();
  private Source lastGroup;
  /** The last source that is a company: {@link SourcePhrase#namesCompany}. */
  private Source lastCompany;
  private Source lastThing;
  /** The last organisation, or name that may be one ({@link Source#maybeOrganisation}). */
  private Source lastThingOrMaybe;
  private final List<Source> speakers = new ArrayList<>();
  /** The persons mentioned last, most recent first; a short list, so look-ups stay constant. */
  private final java.util.ArrayDeque<Source> recentPersons = new java.util.ArrayDeque<>();
  /** The look-ups {@link #givenInFullBefore} made in this article. */
  private int fullNameLookups;

  SpeakerResolver(String text) {
    this.text = text;
  }

  /**
   * Resolves one phrase, in text order, to a source; {@code description} is an apposition said
   * of it ({@code Liu Jianchao, the ministry's spokesman,}), or null. A {@code salient} source
   * becomes the antecedent of the pronouns and descriptions after it; one in the background (the
   * asker of {@code asked by reporters whether ...}) does not. Gives the source's handle, or -1
   * where a pronoun has no compatible antecedent.
   */
  int resolve(SourcePhrase phrase, SourcePhrase description, boolean salient) {
    Source source = switch (phrase.type) {
      case NAME -> named(phrase);
      case DESCRIPTION -> described(phrase);
      case PRONOUN -> pronoun(phrase.head);
    };
    if (source == null) {
      return -1;
    }
    source.addMention(phrase.start, phrase.end);
    if (source.gender == Gender.UNKNOWN) {
      source.gender = genderOf(phrase);
    }
    if (description != null && description.type == SourcePhrase.Type.DESCRIPTION) {
      byHead.put(description.head, source);
    }
    if (source.maybeOrganisation && (source.gender != Gender.UNKNOWN || source.title != null
        || source.nameWords == null || source.nameWords.size() > 1)) {
      source.maybeOrganisation = false;
    }
    if (!salient) {
      return source.handle;
    }
    if (source.maybeOrganisation) {
      lastThingOrMaybe = source;
    }
    if (SourcePhrase.namesCompany(phrase.head)) {
      lastCompany = source;
    }
    switch (source.sort) {
      case PERSON -> {
        recentPersons.remove(source);
        recentPersons.addFirst(source);
        if (recentPersons.size() > 8) {
          recentPersons.removeLast();
        }
      }
      case GROUP -> lastGroup = source;
      case THING -> {
        lastThing = source;
        lastThingOrMaybe = source;
      }
    }
    return source.handle;
  }

  /**
   * Resolves a {@code pronoun} that no source before it resolves ({@link #resolve} gave -1) to
   * the {@code subject} of the clause before it, where the subject is of the pronoun's sort: an
   * organisation for {@code it}, a group for {@code they}, and for {@code he} and {@code she} a
   * person named in full, by a title, by a name that tells a gender, known already as a person,
   * or written in full earlier in the article ({@link #givenInFullBefore}), since {@code
   * Harwick} alone may be a company, a place, a word opening a sentence; or described ({@link
   * QuoteFinder} gives only descriptions by a noun of people here). The subject then becomes a
   * source, mentioned there, and an antecedent for what follows, even where its gender turns out
   * not to agree. Gives the pronoun's handle, or -1.
   */
  int resolveByAntecedent(SourcePhrase pronoun, SourcePhrase subject) {
    SourcePhrase.Sort wanted = antecedentSort(pronoun);
    if (subject.type == SourcePhrase.Type.PRONOUN || subject.sort != wanted) {
      return -1;
    }
    Gender inFull = null;
    if (wanted == SourcePhrase.Sort.PERSON && subject.type == SourcePhrase.Type.NAME) {
      Source known = knownByName(subject);
      boolean person = known != null ? known.sort == SourcePhrase.Sort.PERSON
          : subject.title != null || subject.nameWords.size() > 1
              || genderOf(subject) != Gender.UNKNOWN
              || (inFull = givenInFullBefore(subject)) != null;
      if (!person) {
        return -1;
      }
    }
    Source source = sources.get(resolve(subject, null, true));
    if (inFull != null && source.gender == Gender.UNKNOWN) {
      source.gender = inFull;
    }
    return resolve(pronoun, null, true);
  }

  /**
   * Resolves a {@code he} or {@code she} to the person named as the {@code subject} of the
   * sentence before it, before any more recent speaker ({@link #resolveByAntecedent}): copy that
   * brings a person in by name goes on about that person. Only where the name is a person's by
   * more than its capitals (known already as a person, given with a title, by a given name that
   * tells a gender, or {@code described} by an apposition after it), and where no gender it is
   * known by disagrees with the pronoun's. Gives the pronoun's handle, or -1.
   */
  int resolveByNamedAntecedent(SourcePhrase pronoun, SourcePhrase subject, boolean described) {
    if (subject.type != SourcePhrase.Type.NAME || subject.sort != SourcePhrase.Sort.PERSON) {
      return -1;
    }
    Source known = knownByName(subject);
    Gender wanted = genderOf(pronoun);
    Gender byName = genderOf(subject);
    if (byName != Gender.UNKNOWN && byName != wanted
        || known != null && known.gender != Gender.UNKNOWN && known.gender != wanted) {
      // "Maria Reyes" for "he"; nor the source "Reyes" is known by, once a "he", for "she".
      return -1;
    }
    boolean person = known != null ? known.sort == SourcePhrase.Sort.PERSON
        : subject.title != null || byName != Gender.UNKNOWN || described;
    return person ? resolveByAntecedent(pronoun, subject) : -1;
  }

  /**
   * The sort of source that a {@code pronoun} may stand for: a person for {@code he} and {@code
   * she}, an organisation or a thing for {@code it}, a group for {@code they}; null for others.
   */
  static SourcePhrase.Sort antecedentSort(SourcePhrase pronoun) {
    return switch (pronoun.head) {
      case "he", "she" -> SourcePhrase.Sort.PERSON;
      case "it" -> SourcePhrase.Sort.THING;
      case "they" -> SourcePhrase.Sort.GROUP;
      default -> null;
    };
  }

  /**
   * Where the name of one word of {@code phrase} stands earlier in the article, within {@link
   * #FULL_NAME_WINDOW} characters, after a given name or a title that tells a person ({@code Ana
   * Okafor}, {@code Sen. Okafor}), since the copy named the person in full before it shortened
   * the name: the gender that word tells. Null where the name stands after no such word. Asked
   * at most {@link #MAX_FULL_NAME_LOOKUPS} times an article, so that copy of nothing but
   * pronouns stays linear.
   */
  private Gender givenInFullBefore(SourcePhrase phrase) {
    if (fullNameLookups++ >= MAX_FULL_NAME_LOOKUPS || phrase.nameStart < 0) {
      return null;
    }
    String name = text.substring(phrase.nameStart, phrase.nameEnd);
    int limit = Math.max(2, phrase.nameStart - FULL_NAME_WINDOW);
    for (int at = text.lastIndexOf(name, phrase.nameStart - 1); at >= limit;
        at = text.lastIndexOf(name, at - 1)) {
      int after = at + name.length();
      if (text.charAt(at - 1) != ' ' || after < text.length()
          && Character.isLetter(text.charAt(after))) {
        continue;
      }
      int wordEnd = text.charAt(at - 2) == '.' ? at - 2 : at - 1;
      int wordStart = wordEnd;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd || !Character.isUpperCase(text.charAt(wordStart))) {
        continue;
      }
      int hash = FoldedWords.hash(text, wordStart, wordEnd);
      if (FEMALE_WORDS.contains(text, wordStart, wordEnd, hash)) {
        return Gender.FEMALE;
      }
      if (MALE_WORDS.contains(text, wordStart, wordEnd, hash)) {
        return Gender.MALE;
      }
      if (SourcePhrase.TITLE_WORDS.contains(text, wordStart, wordEnd, hash)) {
        return Gender.UNKNOWN;
      }
    }
    return null;
  }

  /**
   * The source a name names already, or null. The surname is the likeliest key; any word of the
   * name may do ("Xi" of "Xi Jinping"), but a legal form names no one company: "Co" of "Acme Co"
   * is not "Beta Co".
   */
  private Source knownByName(SourcePhrase phrase) {
    for (int w = phrase.nameWords.size() - 1; w >= 0; w--) {
      String word = phrase.nameWords.get(w);
      if (SourcePhrase.LEGAL_FORMS.contains(word)) {
        continue;
      }
      Source candidate = byNameWord.get(word);
      if (candidate != null && candidate.nameWords != null
          && (candidate.nameWords.containsAll(phrase.nameWords)
              || phrase.nameWords.containsAll(candidate.nameWords))) {
        return candidate;
      }
    }
    return null;
  }

  private Source named(SourcePhrase phrase) {
    Source found = knownByName(phrase);
    if (found == null) {
      found = newSource(phrase.sort);
      found.maybeOrganisation = phrase.sort == SourcePhrase.Sort.PERSON
          && phrase.nameWords.size() == 1 && phrase.title == null
          && isOneWord(phrase.nameStart, phrase.nameEnd);
    }
    String name = withoutTickers(text.substring(phrase.nameStart, phrase.nameEnd));
    if (found.nameWords == null || phrase.nameWords.size() > found.nameWords.size()) {
      found.name = name;
      found.nameWords = phrase.nameWords;
      found.joinedName = phrase.joinedName;
    }
    if (phrase.title != null && found.title == null) {
      found.title = phrase.title;
    }
    for (String word : phrase.nameWords) {
      putNameWord(word, found);
    }
    byHead.put(phrase.head, found);
    if (phrase.title != null) {
      List<String> titleWords = SpeechCues.words(phrase.title);
      if (found.modifiers.isEmpty()) {
        found.modifiers = titleWords;
      }
      for (String word : titleWords) {
        if (SourcePhrase.TITLE_WORDS.contains(word)) {
          byHead.put(word, found);
        }
      }
    }
    return found;
  }

  private Source described(SourcePhrase phrase) {
    Source found = byHead.get(phrase.head);
    if (found == null && phrase.modifiers.isEmpty() && ORGANISATION_NOUNS.contains(phrase.head)
        && lastCompany != null) {
      // "The company" after "Acme Corp said": the company named last; not "the parent company",
      // which names another, nor an organisation that is no company ("the Guardian").
      found = lastCompany;
    }
    if (found != null && !phrase.modifiers.isEmpty() && !found.modifiers.isEmpty()
        && !found.modifiers.containsAll(phrase.modifiers)
        && !phrase.modifiers.containsAll(found.modifiers)) {
      // "the French envoy" after "the German envoy": one head noun, two people.
      found = null;
    }
    if (found != null && found.nameWords != null && opensIndefinite(phrase)) {
      // "one analyst" after "Tom Hale, an analyst with Harlow Trust,": another analyst, where
      // "the analyst" would be Hale.
      found = null;
    }
    if (found != null && namesAnotherPerson(phrase)) {
      // "another dealer" after "one dealer", "one said" after "one said": a person the copy
      // sets apart from those before; "the dealer" after them is the last.
      found = null;
    }
    String description = phrase.description(text);
    if (found == null) {
      found = newSource(phrase.sort);
      found.modifiers = phrase.modifiers;
    }
    if (found.nameWords == null && (found.description == null
        || description.length() > found.description.length())) {
      found.description = description;
    }
    byHead.put(phrase.head, found);
    return found;
  }

  /**
   * {@code name} without the tickers in angle brackets that Reuters sets inside a company's name:
   * {@code Norcros Plc} of {@code Norcros <NCRO.L> Plc}.
   */
  private static String withoutTickers(String name) {
    if (name.indexOf('<') < 0) {
      return name;
    }
    StringBuilder kept = new StringBuilder(name.length());
    boolean ticker = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '<' || c == '>') {
        ticker = c == '<';
      } else if (!ticker && !(c == ' '
          && (kept.isEmpty() || kept.charAt(kept.length() - 1) == ' '))) {
        kept.append(c);
      }
    }
    return kept.toString().strip();
  }

  /** Whether the description opens with {@code another}, or is {@code one} alone. */
  private boolean namesAnotherPerson(SourcePhrase phrase) {
    int start = phrase.start;
    return text.regionMatches(true, start, "another", 0, 7)
            && (phrase.end == start + 7 || !Character.isLetter(text.charAt(start + 7)))
        || phrase.end - start == 3 && text.regionMatches(true, start, "one", 0, 3);
  }

  /** Whether the description opens with {@code a}, {@code an}, {@code one} or {@code another}. */
  private boolean opensIndefinite(SourcePhrase phrase) {
    int start = phrase.start;
    int end = start;
    while (end < phrase.end && Character.isLetter(text.charAt(end))) {
      end++;
    }
    int hash = FoldedWords.hash(text, start, end);
    return INDEFINITE_DETERMINERS.contains(text, start, end, hash);
  }

  private Gender genderOf(SourcePhrase phrase) {
    if (phrase.type == SourcePhrase.Type.PRONOUN) {
      return phrase.head.equals("he") ? Gender.MALE
          : phrase.head.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
    }
    // The title and the given name come first: "Mrs. Reyes", "Ana Reyes"; the words after the
    // given name tell none ("Tom Kelly"). Words are the runs of letters, as SpeechCues.words
    // splits them, read in place. Where names are joined, only the words of the name's own
    // person count: not "Mark" of "Mark Dunmore and Mary Reyes", resolved to Mary Reyes.
    int end = phrase.nameStart >= 0 ? phrase.nameStart + 1 : phrase.end;
    int i = phrase.start;
    // Searched within the phrase only: a search back through the text would cost the length of
    // the text at each phrase.
    String join = " and ";
    for (int at = end - join.length(); at >= phrase.start; at--) {
      if (text.startsWith(join, at)) {
        i = at + join.length();
        break;
      }
    }
    Gender byOffice = Gender.UNKNOWN;
    while (i < end) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < phrase.end && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int hash = FoldedWords.hash(text, start, i);
      if (FEMALE_WORDS.contains(text, start, i, hash)) {
        return Gender.FEMALE;
      }
      if (MALE_WORDS.contains(text, start, i, hash)) {
        return Gender.MALE;
      }
      if (MALE_OFFICES.contains(text, start, i, hash)) {
        byOffice = Gender.MALE;
      }
    }
    return byOffice;
  }

  private Source pronoun(String pronoun) {
    if (pronoun.equals("he") || pronoun.equals("she")) {
      // The most recent person whose gender, as far as the article tells, agrees.
      Gender wanted = pronoun.equals("he") ? Gender.MALE : Gender.FEMALE;
      for (Source person : recentPersons) {
        if (person.gender == wanted || person.gender == Gender.UNKNOWN) {
          return person;
        }
      }
      return null;
    }
    return switch (pronoun) {
      case "they" -> lastGroup != null ? lastGroup : lastThing;
      case "it" -> lastThingOrMaybe;
      default -> null;
    };
  }

  /** Whether the name at {@code [start, end)} is one word as written: "Y. Hojoh" is two. */
  private boolean isOneWord(int start, int end) {
    for (int i = start; i < end; i++) {
      if (Whitespace.isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Source newSource(SourcePhrase.Sort sort) {
    Source source = new Source();
    source.sort = sort;
    source.handle = sources.size();
    sources.add(source);
    return source;
  }

  /** Marks the source of {@code handle} as a speaker of a quote, and gives its speaker id. */
  int speakerId(int handle) {
    Source source = sources.get(handle);
    if (source.speakerId < 0) {
      source.speakerId = speakers.size();
      speakers.add(source);
    }
    return source.speakerId;
  }

  /**
   * Copies the runs of capitalized words of a paragraph's {@code tokens} to {@code runs}, each
   * followed by a break: the words that may name a speaker, kept for {@link #addNameMentions}
   * once the article's speakers are known.
   */
  static void keepNameRuns(ParagraphTokens tokens, ParagraphTokens runs) {
    int t = 0;
    while (t < tokens.size) {
      if (!tokens.isCapitalized(t)) {
        t++;
        continue;
      }
      int runEnd = t;
      // A run goes on over the prepositions of an organisation's name, "Bank of England", and
      // over the period after an initial or initials: "J. Reyes", "E.F. Hutton".
      while (runEnd < tokens.size && (tokens.isCapitalized(runEnd)
          || SourcePhrase.continuesNameAfterInitials(tokens, runEnd)
          || SourcePhrase.joinsName(tokens, runEnd))) {
        runEnd++;
      }
      for (int u = t; u < runEnd; u++) {
        runs.append(tokens, u);
      }
      runs.appendBreak();
      t = runEnd;
    }
  }

  /**
   * Adds, as further mentions of the speakers, every run of {@code runs} (as kept by
   * {@link #keepNameRuns}) that names one: {@code Xi} or {@code Xi Jinping} anywhere in the
   * article.
   */
  void addNameMentions(ParagraphTokens runs) {
    if (byNameWord.isEmpty()) {
      return;
    }
    int t = 0;
    while (t < runs.size) {
      int runEnd = t;
      while (runs.kind[runEnd] != ParagraphTokens.BREAK) {
        runEnd++;
      }
      if (mayHoldNameWord(runs, t, runEnd)) {
        // "Anna Reyes Monday said": a day ends a name, and is none.
        int from = t;
        for (int u = t; u < runEnd; u++) {
          if (SourcePhrase.WEEKDAYS.contains(runs, u)) {
            if (u > from) {
              addNameMention(runs, from, u);
            }
            from = u + 1;
          }
        }
        if (runEnd > from) {
          addNameMention(runs, from, runEnd);
        }
      }
      t = runEnd + 1;
    }
  }

  private void putNameWord(String word, Source source) {
    if (NAME_SUFFIXES.contains(word)) {
      return;
    }
    byNameWord.put(word, source);
    nameWordHashes.add(FoldedWords.hash(word, 0, word.length()));
  }

  /**
   * Whether a word of tokens {@code [from, to)}, less a possessive {@code 's}, may be a key of
   * {@link #byNameWord}: false only where none is.
   */
  private boolean mayHoldNameWord(ParagraphTokens tokens, int from, int to) {
    for (int u = from; u < to; u++) {
      if (!tokens.isWord(u)) {
        continue;
      }
      int start = tokens.start[u];
      int end = tokens.end[u];
      int hash = tokens.endsWith(u, "'s") ? FoldedWords.hash(tokens.text, start, end - 2)
          : tokens.hash[u];
      if (nameWordHashes.mayContain(hash)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A run of capitalized words naming one speaker is a mention of it; where the run gives the
   * name more fully ({@code Xi Jinping} in the narration, {@code Xi} at the quote), it becomes
   * the speaker's name.
   */
  private void addNameMention(ParagraphTokens tokens, int from, int to) {
    Source source = null;
    int first = -1;
    int last = -1;
    List<String> runWords = new ArrayList<>(4);
    boolean unknownWord = false;
    String suffix = null;
    // "Siemens AG" after "Siemens said": a run that ends with a legal form names a company, the
    // source's fuller name, whatever its other words ("Standard Oil Co"); so does one with a
    // legal form before the preposition of its name ("Electronic Mail Corp of America").
    int lastWord = to - 1;
    while (lastWord > from && !tokens.isWord(lastWord)) {
      lastWord--;
    }
    boolean company = lastWord > from && SourcePhrase.LEGAL_FORMS.contains(tokens, lastWord);
    for (int u = from + 1; u < to && !company; u++) {
      company = SourcePhrase.joinsName(tokens, u)
          && SourcePhrase.LEGAL_FORMS.contains(tokens, u - 1);
    }
    // The name follows the last title of the run: "Chinese President Xi Jinping", and the
    // determiner or word of time that opens a sentence: "The Sunday Telegraph", "Yesterday Li";
    // and the office or the firm of a person's name: "Health and Population Ana Reyes".
    for (int u = from; u + 1 < to; u++) {
      if (tokens.isWord(u) && (SourcePhrase.isTitle(SourcePhrase.stripPossessive(tokens.lower(u)))
          || u == from && (SourcePhrase.isDeterminer(tokens, u)
              || SourcePhrase.LEADING_FUNCTION_WORDS.contains(tokens, u))
          || !company && SourcePhrase.endsOfficeBeforeName(tokens, u, to))) {
        from = u + 1;
      }
    }
    if (!company && holdsPossessive(tokens, from, lastWord)) {
      // "Harlow Bank's Ana Reyes": the name after its owner.
      int joinedAt = -1;
      for (int u = from + 1; u < lastWord && joinedAt < 0; u++) {
        joinedAt = SourcePhrase.joinsName(tokens, u) ? u - 1 : -1;
      }
      from = SourcePhrase.afterOwner(tokens, from, lastWord + 1, joinedAt);
    }
    // A line break ends a run: a heading's last word is no part of the name on the next line.
    for (int u = to - 1; u > from; u--) {
      if (holdsLineBreak(tokens.end[u - 1], tokens.start[u])) {
        from = u;
        break;
      }
    }
    for (int u = from; u < to; u++) {
      if (!tokens.isWord(u) || SourcePhrase.joinsName(tokens, u)) {
        continue;
      }
      String word = SourcePhrase.stripPossessive(tokens.lower(u));
      if (first < 0) {
        first = u;
      }
      last = u;
      if (NAME_SUFFIXES.contains(word)) {
        // "Jr" of "Harry B. Reyes Jr" names no one: many people's names end in it.
        runWords.add(word);
        suffix = word;
        continue;
      }
      Source s = byNameWord.get(word);
      if (s == null || s.speakerId < 0) {
        if (SourcePhrase.THING_HEADS.contains(word) && !company) {
          return;
        }
        unknownWord = true;
      } else if (source != null && s != source) {
        return;
      } else {
        source = s;
      }
      if (tokens.end[u] - tokens.start[u] > 1) {
        runWords.add(word);
      }
    }
    if (source == null || source.joinedName && !runWords.containsAll(source.nameWords)) {
      return;
    }
    if (suffix != null && source.nameWords != null && source.nameWords.size() > 1
        && !source.nameWords.contains(suffix)) {
      // "His father, Duncan Reyes Sr." beside a speaker named in full as "Duncan Reyes": the
      // suffix tells another person.
      return;
    }
    if (unknownWord) {
      if (runWords.size() > (company ? 5 : 4) || source.nameWords == null
          || !runWords.containsAll(source.nameWords)
          || source.sort != SourcePhrase.Sort.PERSON && !company) {
        return;
      }
      if (company && SourcePhrase.LEGAL_FORMS.contains(
          source.nameWords.get(source.nameWords.size() - 1))) {
        // "Exxon Capital Corp" after "Exxon Corp": another company of the same family.
        return;
      }
      source.name = text.substring(tokens.start[first], nameEnd(tokens, last));
      source.nameWords = List.copyOf(runWords);
      for (String word : runWords) {
        if (!byNameWord.containsKey(word)) {
          putNameWord(word, source);
        }
      }
    }
    source.addMention(tokens.start[first], nameEnd(tokens, last));
  }

  /** Whether a word in {@code [from, to)} ends in {@code 's}: most runs of names hold none. */
  private static boolean holdsPossessive(ParagraphTokens tokens, int from, int to) {
    for (int u = from; u < to; u++) {
      if (tokens.endsWith(u, "'s")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text in {@code [from, to)}, the space between two words, holds a line break. */
  private boolean holdsLineBreak(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static int nameEnd(ParagraphTokens tokens, int last) {
    return tokens.endsWith(last, "'s") ? tokens.end[last] - 2 : tokens.end[last];
  }

  /** The speakers, in the order their first quote was found, with all their mentions. */
  List<Speaker> speakers() {
    List<Speaker> result = new ArrayList<>(speakers.size());
    for (Source source : speakers) {
      long[] mentions = Arrays.copyOf(source.mentions, source.mentionCount);
      Arrays.sort(mentions);
      Speaker.Builder speaker = Speaker.builder().id(source.speakerId);
      int coveredTo = -1;
      for (long mention : mentions) {
        int start = (int) (mention >>> 32);
        int end = Integer.MAX_VALUE - (int) mention;
        // Sorted by start, the longest first: a mention made twice, or inside a longer one that
        // starts with it, starts before the end of the one kept.
        if (start < coveredTo) {
          continue;
        }
        coveredTo = end;
        speaker.addMentions(Phrase.of(text.substring(start, end), Span.of(start, end)));
      }
      String name = source.name != null ? source.name
          : source.description != null ? source.description : "unknown";
      speaker.name(name);
      if (source.title != null) {
        speaker.title(source.title);
      }
      result.add(speaker.build());
    }
    return result;
  }
}
