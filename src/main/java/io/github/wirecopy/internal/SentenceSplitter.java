package io.github.wirecopy.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph of news copy into sentences in one pass.
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or an ellipsis, with any closing quotes or
 * brackets after it ({@code ... plan." He}), where blank space and a capital, a digit or an
 * opening quote follow. A period does not end a sentence after a title or a month that precedes
 * a name or a number ({@code Mr. Li}, {@code then-Sen. Reyes}, {@code Jan. 11}, {@code No. 1}),
 * inside a number ({@code 3.5}) or a word ({@code U.S}); after an abbreviation that may also
 * close a sentence ({@code U.S.}, {@code Inc.}, {@code a.m.}) or an initial ({@code J. K.
 * Rowling}) it ends one only where the next word is one that opens sentences ({@code The},
 * {@code He}, ...; after a dotted one not {@code And}, {@code Or} or {@code To}).
 *
 * <p>Every decision looks at most a word back and a word ahead, so the time is linear in the
 * paragraph whatever it holds. Instances are immutable and may be shared between threads.
 */
public final class SentenceSplitter {

  /** Titles and other words whose period is never a sentence end. */
  private static final Set<String> TITLES = Set.of(
      "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt",
      "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev",
      "Hon", "Pres", "Supt", "Insp", "Det", "Amb", "Atty", "Gens", "Fr", "Sr", "Sra", "Srta", "St",
      "Ste", "Mt", "Ft", "Ald", "Cllr", "Lieut", "Comdr", "Sec", "Gov-Gen", "Vs", "vs", "v", "cf",
      "viz", "ca", "approx");

  /** Words whose period is no sentence end when a number follows: {@code Jan. 11}, {@code No. 1}. */
  private static final Set<String> BEFORE_NUMBERS = Set.of(
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      "No", "Nos", "no", "nos", "Vol", "vol", "Art", "art", "Fig", "fig", "Ch", "ch", "p", "pp",
      "Para", "para", "Rs", "Tel", "tel", "Ext", "ext", "Ref", "ref", "Sch", "Rule", "Vols");

  /** Abbreviations that may also close a sentence: {@code Inc.}, {@code Ltd.}, {@code Calif.}. */
  private static final Set<String> AMBIGUOUS = Set.of(
      "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "plc", "Bros", "Jr", "Sr", "etc", "Ave", "Blvd",
      "Rd", "Dept", "Univ", "Assn", "Est", "est", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
      "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
      "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ont",
      "Que", "Alta", "Sask", "Man", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
      "Sept", "Oct", "Nov", "Dec", "No");

  /** Words that open sentences: after an ambiguous abbreviation they decide for a sentence end. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
      "Those", "There", "Its", "His", "Her", "Their", "Our", "My", "In", "On", "At", "But", "And",
      "Or", "So", "Yet", "However", "Meanwhile", "Also", "After", "Before", "When", "While", "If",
      "As", "For", "With", "According", "Since", "Although", "Despite", "Still", "Then", "Now",
      "Last", "Other", "Some", "Many", "Most", "All", "Both", "Each", "Such", "What", "Who",
      "Where", "Why", "How", "Earlier", "Later", "Under", "Among", "During", "From", "To", "By",
      "Officials", "Analysts", "Shares", "Prices", "Trading", "Sales", "Profit", "Net", "Revenue",
      "Asked", "Speaking", "Addressing", "Separately", "Elsewhere", "Overall", "Instead",
      "Besides", "Moreover", "Furthermore", "Nevertheless", "Thus", "Therefore", "Today",
      "Yesterday", "Tomorrow", "One", "Two", "Three", "Several", "Police", "Authorities");

  /** Openers that after a dotted abbreviation more often go on with its sentence. */
  private static final Set<String> JOINING_WORDS = Set.of("And", "Or", "To");

  private static final int MAX_WORD_LOOKBACK = 24;

  private final Set<String> extraAbbreviations;

  /** A splitter with the built-in abbreviations only. */
  public SentenceSplitter() {
    this(List.of());
  }

  /**
   * A splitter that also treats the given words (without their period, case-sensitive) as
   * abbreviations whose period never ends a sentence.
   */
  public SentenceSplitter(Iterable<String> extraAbbreviations) {
    Set<String> extra = new HashSet<>();
    extraAbbreviations.forEach(extra::add);
    this.extraAbbreviations = Set.copyOf(extra);
  }

  /** Receives each sentence found, as a trimmed {@code [start, end)} range. */
  @FunctionalInterface
  interface SentenceSink {
    void sentence(int start, int end);
  }

  /**
   * The marks that may end a sentence ({@code .}, {@code !}, {@code ?}, {@code …}) in one
   * article's text, for splitting its paragraphs in text order.
   */
  static NextOccurrence marks(String text) {
    return new NextOccurrence(text, '.', '!', '?', '\u2026');
  }

  /**
   * Splits {@code text} in {@code [from, to)}, which must start and end on non-blank characters,
   * and hands each sentence's range to {@code sink}, in order. {@code marks} are the
   * {@link #marks} of the same text; the ranges of one text must be split in text order, as its
   * paragraphs come.
   */
  void split(String text, int from, int to, NextOccurrence marks, SentenceSink sink) {
    int sentenceStart = from;
    int i = from;
    while (i < to) {
      i = marks.from(i);
      if (i >= to) {
        break;
      }
      char c = text.charAt(i);
      int end = i + 1;
      boolean ellipsis = c == '…';
      if (c == '.') {
        while (end < to && text.charAt(end) == '.') {
          end++;
        }
        ellipsis = end - i >= 2;
      } else {
        while (end < to && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
          end++;
        }
      }
      int closersEnd = end;
      while (closersEnd < to && isCloser(text.charAt(closersEnd)) && closersEnd - end < 4) {
        closersEnd++;
      }
      if (closersEnd >= to || !Whitespace.isBlank(text.charAt(closersEnd))) {
        i = end;
        continue;
      }
      int next = Whitespace.skipBlank(text, closersEnd, to);
      if (next < to && endsSentence(text, i, c == '.' && !ellipsis, next, to)) {
        sink.sentence(sentenceStart, closersEnd);
        sentenceStart = next;
      }
      i = next;
    }
    if (sentenceStart < to) {
      sink.sentence(sentenceStart, to);
    }
  }

  /** Whether the mark at {@code mark} ends a sentence, the next one starting at {@code next}. */
  private boolean endsSentence(CharSequence text, int mark, boolean period, int next, int to) {
    int wordStart = next;
    while (wordStart < to && wordStart - next < 3 && isOpener(text.charAt(wordStart))) {
      wordStart++;
    }
    if (wordStart >= to) {
      return false;
    }
    char first = text.charAt(wordStart);
    boolean digit = first >= '0' && first <= '9';
    if (!Character.isUpperCase(first) && !digit) {
      return false;
    }
    if (!period) {
      return true;
    }
    int tokenStart = mark;
    while (tokenStart > 0 && mark - tokenStart < MAX_WORD_LOOKBACK) {
      char p = text.charAt(tokenStart - 1);
      if (!Character.isLetter(p) && p != '.' && p != '-') {
        break;
      }
      tokenStart--;
    }
    if (tokenStart == mark) {
      return true; // "in 2020. The", "(see below). Then"
    }
    String token = text.subSequence(tokenStart, mark).toString();
    // "then-Sen. Tom Reyes", "ex-Gov. Hale": the title after a prefix.
    String title = token.substring(token.lastIndexOf('-') + 1);
    if (TITLES.contains(token) || TITLES.contains(title) || extraAbbreviations.contains(token)) {
      return false;
    }
    if (digit && BEFORE_NUMBERS.contains(token)) {
      return false;
    }
    boolean initial = token.length() == 1 && Character.isUpperCase(token.charAt(0));
    boolean dotted = token.indexOf('.') >= 0; // U.S, a.m, e.g
    if (initial && isInitialAt(text, wordStart, to)) {
      return false; // "A. A. Okafor", "R. I. Sanni": a run of initials, whatever the letters
    }
    if (initial || dotted || AMBIGUOUS.contains(token)) {
      String word = wordAt(text, wordStart, to);
      // "the U.K. And Peru", "a pact made by the U.K. To cut": copy that capitalizes the word after
      // a dotted abbreviation, where a joining word goes on with the sentence.
      return SENTENCE_OPENERS.contains(word) && !(dotted && JOINING_WORDS.contains(word));
    }
    return true;
  }

  private static boolean isInitialAt(CharSequence text, int at, int to) {
    return at + 1 < to && Character.isUpperCase(text.charAt(at)) && text.charAt(at + 1) == '.';
  }

  private static String wordAt(CharSequence text, int from, int to) {
    int end = from;
    while (end < to && end - from < 16 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.subSequence(from, end).toString();
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']'
        || c == '}' || c == '“';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«' || c == '(' || c == '['
        || c == '„' || c == '`';
  }
}
