package io.github.wirecopy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon of communication: verbs, in all their inflections, and fixed phrases that mark
 * reported speech ({@code said}, {@code told}, {@code points out}, {@code according to}).
 *
 * <p>Each entry is a first word and the words that must follow it, so one look-up per word of
 * text finds every cue. Mental states ({@code believe}, {@code think}, {@code fear}) are not in
 * it: on their own they report no speech. Instances are immutable and may be shared between
 * threads.
 */
public final class SpeechCues {

  /**
   * Verbs whose every inflection is a cue, each as {@code base} or, for an irregular verb,
   * {@code base third-person past participle gerund}.
   */
  private static final List<String> VERBS = List.of(
      "say says said said saying", "tell tells told told telling",
      "write writes wrote written writing", "add", "note", "stress", "state", "announce",
      "claim", "argue", "explain", "insist", "warn", "ask", "urge", "report", "reply", "respond",
      "suggest", "declare", "acknowledge", "admit admits admitted admitted admitting", "confirm",
      "deny", "predict", "promise", "recall", "reiterate", "describe", "testify", "tweet",
      "comment", "mention", "assert", "contend", "maintain", "complain", "vow", "pledge",
      "emphasize", "emphasise", "underline", "underscore", "highlight", "observe", "remark",
      "reveal", "disclose", "concede", "allege", "boast", "joke", "quip", "shout", "inform",
      "assure", "caution", "demand", "propose", "recommend", "advise", "conclude", "counter",
      "retort", "answer", "accuse", "criticize", "criticise", "stipulate", "specify", "clarify",
      "elaborate", "affirm", "reaffirm", "aver", "proclaim", "repeat", "email", "recount",
      "lament", "forecast", "estimate", "speak speaks spoke spoken speaking",
      "swear swears swore sworn swearing", "hint", "point", "express", "call", "quote", "cite",
      "voice", "put puts put put putting");

  /**
   * Verbs that are cues only with the words after them: {@code points out}, {@code called for},
   * {@code expressed the hope}. The first word of each also stands in {@link #VERBS}.
   */
  private static final List<String> PHRASES_NEEDED = List.of(
      "point out", "call for", "call on", "call upon", "express hope", "express the hope",
      "express confidence", "express concern", "voice concern", "voice hope", "speak of",
      "speak about", "quote as", "cite as", "hint at", "put it");

  /** Fixed phrases that are not verbs. */
  private static final List<String> FIXED_PHRASES = List.of(
      "according to", "in the words of", "quoted as saying", "as saying");

  /** Verbs that count only with the words of {@link #PHRASES_NEEDED} after them. */
  private static final List<String> ONLY_IN_PHRASES = List.of(
      "point", "express", "call", "quote", "cite", "voice", "speak", "hint", "put");

  private static final SpeechCues BUILT_IN = new SpeechCues(List.of());

  /**
   * The word forms (lower case) that open cues, looked up without allocating anything: this runs
   * for every word of an article. The cues of each stand in {@link #cuesBySlot}, at its slot.
   */
  private final FoldedWords firstWordForms;
  private final List<?>[] cuesBySlot;

  /**
   * The hashes of the first words of cues, as bits: most words of a text fail this test, with the
   * hash {@link ParagraphTokens} made as it read the word, and go no further.
   */
  private final HashBits firstWords = new HashBits(8192);

  /** One entry of the lexicon: the words after the first that must follow it. */
  public record Cue(String lemma, String[] following, boolean verb, Form form) {}

  /** The inflection of a verb cue's first word. */
  public enum Form { BASE, THIRD_PERSON, PAST, PARTICIPLE, GERUND, NONE }

  private SpeechCues(Collection<String> extra) {
    Map<String, List<Cue>> map = new HashMap<>();
    for (String verb : VERBS) {
      String[] forms = verb.split(" ");
      String lemma = forms[0];
      String[] inflected = forms.length == 5 ? forms : regularForms(lemma);
      boolean alone = !ONLY_IN_PHRASES.contains(lemma);
      if (alone) {
        addVerb(map, lemma, inflected, new String[0]);
      }
    }
    for (String phrase : PHRASES_NEEDED) {
      String[] words = phrase.split(" ");
      String[] inflected = irregularOrRegular(words[0]);
      addVerb(map, words[0], inflected, tail(words));
    }
    for (String phrase : FIXED_PHRASES) {
      String[] words = phrase.split(" ");
      add(map, words[0], new Cue(phrase, tail(words), false, Form.NONE));
    }
    for (String cue : extra) {
      String[] words = FoldedWords.lowerCase(cue, 0, cue.length()).split(" ");
      addVerb(map, words[0], irregularOrRegular(words[0]), tail(words));
    }
    firstWordForms = FoldedWords.of(map.keySet().toArray(String[]::new));
    cuesBySlot = new List<?>[firstWordForms.slots()];
    for (Map.Entry<String, List<Cue>> entry : map.entrySet()) {
      String key = entry.getKey();
      cuesBySlot[firstWordForms.slotOf(key)] = List.copyOf(entry.getValue());
      firstWords.add(FoldedWords.hash(key, 0, key.length()));
    }
  }

  /** The built-in lexicon. */
  public static SpeechCues builtIn() {
    return BUILT_IN;
  }

  /** The built-in lexicon with the verbs (base form, optionally with particles) of {@code extra}. */
  public static SpeechCues withExtra(Collection<String> extra) {
    return extra.isEmpty() ? BUILT_IN : new SpeechCues(extra);
  }

  /** Whether {@code cue} can be added: words of letters separated by single spaces. */
  public static boolean isWellFormed(String cue) {
    if (cue.isEmpty() || cue.startsWith(" ") || cue.endsWith(" ") || cue.contains("  ")) {
      return false;
    }
    return cue.chars().allMatch(c -> c == ' ' || Character.isLetter(c));
  }

  /** The cues whose first word is {@code word} (any case), or an empty list. */
  private List<Cue> startingWith(String word) {
    return startingWith(word, 0, word.length(), FoldedWords.hash(word, 0, word.length()));
  }

  /**
   * The cues whose first word is token {@code t} of {@code tokens}, which must be a word (its
   * hash is read), or an empty list.
   */
  List<Cue> startingWith(ParagraphTokens tokens, int t) {
    return startingWith(tokens.text, tokens.start[t], tokens.end[t], tokens.hash[t]);
  }

  /**
   * The cues whose first word is {@code text} at {@code [start, end)}, whose
   * {@link FoldedWords#hash} is {@code hash}.
   */
  @SuppressWarnings("unchecked")
  private List<Cue> startingWith(String text, int start, int end, int hash) {
    if (!firstWords.mayContain(hash)) {
      return List.of();
    }
    int slot = firstWordForms.slotOf(text, start, end, hash);
    return slot < 0 ? List.of() : (List<Cue>) cuesBySlot[slot];
  }

  /**
   * Whether {@code text} holds a cue of the lexicon, as whole words: {@code has said},
   * {@code according to}, but not {@code believes}.
   */
  public boolean containsCue(String text) {
    List<String> words = words(text);
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      for (Cue cue : startingWith(word)) {
        if (matchesFollowing(cue, words, w + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesFollowing(Cue cue, List<String> words, int next) {
    String[] following = cue.following();
    if (next + following.length > words.size()) {
      return false;
    }
    for (int k = 0; k < following.length; k++) {
      if (!following[k].equals(words.get(next + k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The runs of letters of {@code text}, in lower case, in order: the words as the lexicon
   * compares them, and as names and titles are compared with each other.
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>(4);
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      words.add(FoldedWords.lowerCase(text, start, i));
    }
    return words;
  }

  private static void addVerb(Map<String, List<Cue>> map, String lemma, String[] forms,
      String[] following) {
    Form[] kinds = {Form.BASE, Form.THIRD_PERSON, Form.PAST, Form.PARTICIPLE, Form.GERUND};
    for (int i = 0; i < forms.length; i++) {
      // A past form that equals the participle is entered once, as past.
      if (i == 3 && forms[3].equals(forms[2])) {
        continue;
      }
      add(map, forms[i], new Cue(lemma, following, true, kinds[i]));
    }
  }

  private static void add(Map<String, List<Cue>> map, String word, Cue cue) {
    List<Cue> cues = map.computeIfAbsent(word, w -> new ArrayList<>());
    for (Cue existing : cues) {
      if (existing.lemma().equals(cue.lemma()) && existing.form() == cue.form()
          && String.join(" ", existing.following()).equals(String.join(" ", cue.following()))) {
        return;
      }
    }
    // Longer cues first, so that the longest match wins.
    int at = 0;
    while (at < cues.size() && cues.get(at).following().length >= cue.following().length) {
      at++;
    }
    cues.add(at, cue);
  }

  private static String[] irregularOrRegular(String lemma) {
    for (String verb : VERBS) {
      String[] forms = verb.split(" ");
      if (forms[0].equals(lemma) && forms.length == 5) {
        return forms;
      }
    }
    return regularForms(lemma);
  }

  /** {@code base thirdPerson past participle gerund} by the spelling rules of regular verbs. */
  static String[] regularForms(String base) {
    String third;
    if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
        || base.endsWith("z") || base.endsWith("o")) {
      third = base + "es";
    } else if (base.endsWith("y") && base.length() > 1 && !isVowel(base.charAt(base.length() - 2))) {
      third = base.substring(0, base.length() - 1) + "ies";
    } else {
      third = base + "s";
    }
    String past;
    String gerund;
    if (base.endsWith("e")) {
      past = base + "d";
      gerund = base.endsWith("ee") ? base + "ing" : base.substring(0, base.length() - 1) + "ing";
    } else if (base.endsWith("y") && base.length() > 1 && !isVowel(base.charAt(base.length() - 2))) {
      past = base.substring(0, base.length() - 1) + "ied";
      gerund = base + "ing";
    } else if (doublesFinalConsonant(base)) {
      char last = base.charAt(base.length() - 1);
      past = base + last + "ed";
      gerund = base + last + "ing";
    } else {
      past = base + "ed";
      gerund = base + "ing";
    }
    return new String[] {base, third, past, past, gerund};
  }

  /** Short verbs ending consonant-vowel-consonant double it: {@code vow} does not, {@code quip} does. */
  private static boolean doublesFinalConsonant(String base) {
    int n = base.length();
    if (n < 3 || n > 4) {
      return false;
    }
    char last = base.charAt(n - 1);
    return !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(base.charAt(n - 2))
        && !isVowel(base.charAt(n - 3));
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static String[] tail(String[] words) {
    String[] rest = new String[words.length - 1];
    System.arraycopy(words, 1, rest, 0, rest.length);
    return rest;
  }
}
