package io.github.wirecopy.internal;

import java.util.Arrays;

/**
 * The words, punctuation and quotation marks of a paragraph, with the marks paired into quoted
 * segments, for the quote finder to look around in. One instance reads the paragraphs of an
 * article in turn; another keeps the runs of capitalized words that the speakers' names are
 * looked for in ({@link #append}, {@link #appendBreak}).
 *
 * <p>Quotation marks come in every style wire copy uses ({@code "..."}, {@code “...”},
 * {@code ‘...’}, {@code «...»}, {@code „...“}, {@code ``...''}, {@code ''...''}). Whether a mark
 * opens or closes is read from the characters beside it; an apostrophe ({@code Kim's},
 * {@code players'}, {@code '90s}, {@code rock 'n' roll}) is part of its word or left alone. Marks
 * pair through a stack of bounded depth, so the pass is linear whatever the paragraph holds; a
 * mark left open ends its segment at the end of the paragraph.
 */
final class ParagraphTokens {

  static final byte WORD = 0;
  static final byte PUNCT = 1;
  static final byte OPEN = 2;
  static final byte CLOSE = 3;
  /** A quotation mark that pairs with nothing: kept as a token, but no segment. */
  static final byte STRAY = 4;
  /** The end of a run of tokens kept apart from their paragraph ({@link #appendBreak}). */
  static final byte BREAK = 5;

  private static final byte DOUBLE = 0;
  private static final byte SINGLE = 1;
  private static final byte GUILLEMET = 2;

  /** Deeper nesting than this is not tracked: further marks stay stray. */
  private static final int MAX_DEPTH = 6;

  final String text;
  int size;
  int[] start;
  int[] end;
  byte[] kind;
  /** For an OPEN token, the index of its CLOSE token, or -1 where it runs to the paragraph end. */
  int[] partner;
  /** How many segments enclose each token (0 outside quotes); marks count as inside. */
  int[] depth;
  /**
   * For a WORD token, the {@link FoldedWords#hash} of its characters, made as it is read, so that
   * the word sets and the lexicon look words up without reading them again.
   */
  int[] hash;
  /**
   * False where no quotation mark opened in the paragraph, so that it holds no OPEN or CLOSE
   * token: most paragraphs of news, which the quote finder then passes over more quickly.
   */
  boolean hasQuotation;

  /**
   * Each ASCII letter or digit as {@link FoldedWords#fold} gives it, 0 for other characters: so
   * prose is read without Unicode tables.
   */
  private static final char[] ASCII_ALPHANUMERIC_FOLDED = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_ALPHANUMERIC_FOLDED[c] = Character.isLetterOrDigit(c) ? FoldedWords.fold(c) : 0;
    }
  }

  private byte[] family;
  private String[] lowered;
  private final int[] stack = new int[MAX_DEPTH];
  /** Whether the paragraph read holds a quotation mark: most have none, and need no pairing. */
  private boolean anyMark;

  /**
   * Whether this instance reads paragraphs. One that only takes tokens appended from another
   * ({@link #append}, {@link #appendBreak}) pairs no marks, so it goes without the arrays for
   * that: it may hold the name runs of a whole article, and then those arrays would be two
   * fifths of what it allocates and keeps.
   */
  private final boolean readsParagraphs;

  private ParagraphTokens(String text, boolean readsParagraphs) {
    this.text = text;
    this.readsParagraphs = readsParagraphs;
    allocate(64);
  }

  /**
   * Tokens of paragraphs of {@code text}, none read yet. One instance reads the paragraphs of an
   * article one after the other, so that its arrays are made once per article, not per paragraph.
   */
  static ParagraphTokens forReading(String text) {
    return new ParagraphTokens(text, true);
  }

  /**
   * An empty run of tokens of {@code text}, filled only by {@link #append} and
   * {@link #appendBreak}.
   */
  static ParagraphTokens forAppending(String text) {
    return new ParagraphTokens(text, false);
  }

  private void allocate(int capacity) {
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    hash = new int[capacity];
    if (readsParagraphs) {
      family = new byte[capacity];
      partner = new int[capacity];
      depth = new int[capacity];
    }
  }

  private void grow() {
    int grown = start.length * 2;
    start = Arrays.copyOf(start, grown);
    end = Arrays.copyOf(end, grown);
    kind = Arrays.copyOf(kind, grown);
    hash = Arrays.copyOf(hash, grown);
    if (readsParagraphs) {
      family = Arrays.copyOf(family, grown);
      // Not copied: pair() fills both for every token once the paragraph is read.
      partner = new int[grown];
      depth = new int[grown];
    }
  }

  /** Reads the paragraph at {@code [from, to)}, in place of the one read before. */
  void read(int from, int to) {
    if (lowered != null) {
      Arrays.fill(lowered, 0, Math.min(size, lowered.length), null);
    }
    size = 0;
    anyMark = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      boolean word;
      if (c < 128) {
        char folded = ASCII_ALPHANUMERIC_FOLDED[c];
        if (folded != 0) {
          // Prose is mostly ASCII words, each with one space after it: that path first.
          if (size == start.length) {
            grow();
          }
          i = addWord(i, to);
          if (i < to && text.charAt(i) == ' ') {
            i++;
          }
          continue;
        }
        if (Whitespace.isBlank(c)) {
          i++;
          continue;
        }
        word = false;
      } else if (Whitespace.isBlank(c)) {
        i++;
        continue;
      } else {
        word = Character.isLetterOrDigit(c);
      }
      if (size == start.length) {
        grow();
      }
      if (word) {
        i = addWord(i, to);
        continue;
      }
      int markEnd = i + 1;
      byte markFamily = -1;
      if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F') {
        markFamily = DOUBLE;
      } else if (c == '\u00AB' || c == '\u00BB') {
        markFamily = GUILLEMET;
      } else if ((c == '`' || c == '\'') && i + 1 < to && text.charAt(i + 1) == c) {
        markFamily = DOUBLE;
        markEnd = i + 2;
      } else if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201B' || c == '`') {
        markFamily = isApostrophe(text, i, from, to) ? (byte) -1 : SINGLE;
      }
      if (markFamily < 0) {
        add(i, i + 1, PUNCT);
      } else {
        anyMark = true;
        family[size] = markFamily;
        add(i, markEnd, direction(text, i, markEnd, from, to));
      }
      i = markEnd;
    }
    pair();
  }

  /**
   * Adds a copy of token {@code t} of {@code other}, a reading of the same text: for keeping a
   * few tokens of a paragraph after the next one is read.
   */
  void append(ParagraphTokens other, int t) {
    if (size == start.length) {
      grow();
    }
    hash[size] = other.hash[t];
    add(other.start[t], other.end[t], other.kind[t]);
  }

  /** Adds a token that is neither word nor punctuation, ending whatever run went before. */
  void appendBreak() {
    if (size == start.length) {
      grow();
    }
    int at = size == 0 ? 0 : end[size - 1];
    add(at, at, BREAK);
  }

  private void add(int s, int e, byte k) {
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    size++;
  }

  /**
   * Adds the word starting at {@code i}, and gives its end. A word runs over letters and digits,
   * joined by one apostrophe, hyphen, period, ampersand or slash between two of them, or by a
   * comma between two digits: {@code Kim's}, {@code Wang-Yi}, {@code U.S}, {@code 3.5},
   * {@code 2,400}.
   */
  private int addWord(int i, int to) {
    int h = FoldedWords.fold(text.charAt(i));
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      char folded = c < 128 ? ASCII_ALPHANUMERIC_FOLDED[c] : 0;
      if (folded != 0) {
        h = 31 * h + folded;
        j++;
      } else if (c >= 128 && Character.isLetterOrDigit(c)) {
        h = 31 * h + FoldedWords.fold(c);
        j++;
      } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '&' || c == '/')
          && j + 1 < to && isLetterOrDigit(text.charAt(j + 1))
          || c == ',' && j + 1 < to && isDigit(text.charAt(j - 1)) && isDigit(text.charAt(j + 1))) {
        h = 31 * (31 * h + FoldedWords.fold(c)) + FoldedWords.fold(text.charAt(j + 1));
        j += 2;
      } else {
        break;
      }
    }
    hash[size] = FoldedWords.finish(h);
    add(i, j, WORD);
    return j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? ASCII_ALPHANUMERIC_FOLDED[c] != 0 : Character.isLetterOrDigit(c);
  }

  /**
   * A single mark is an apostrophe where it cuts a word short: {@code players'} (a letter before,
   * none after, and an {@code s} before it), {@code '90s}, {@code 'n'}, {@code 'em}.
   */
  private static boolean isApostrophe(String text, int i, int from, int to) {
    char c = text.charAt(i);
    boolean letterBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
    if (letterBefore && letterAfter) {
      return true;
    }
    if (letterBefore && i - 2 >= from && text.charAt(i - 1) == 'n'
        && (text.charAt(i - 2) == '\'' || text.charAt(i - 2) == '\u2019')) {
      // The second mark of "rock 'n' roll".
      return true;
    }
    if (c == '\u2018' || c == '`') {
      return false;
    }
    if (!letterBefore && letterAfter) {
      // '90s, 'n', 'em, 'til, 'cause: elisions open with the mark.
      if (Character.isDigit(text.charAt(i + 1))) {
        return true;
      }
      int j = i + 1;
      while (j < to && j - i <= 6 && Character.isLetter(text.charAt(j))) {
        j++;
      }
      String word = FoldedWords.lowerCase(text, i + 1, j);
      return word.equals("n") || word.equals("em") || word.equals("til") || word.equals("cause")
          || word.equals("tis") || word.equals("twas");
    }
    // A mark after a plural s with no open single quote is decided in pairing; treat it as a
    // possible closing mark here.
    return false;
  }

  /** Which way a mark faces, from the characters beside it. */
  private static byte direction(String text, int i, int markEnd, int from, int to) {
    char c = text.charAt(i);
    if (c == '\u201E' || c == '\u00AB' || c == '`' || c == '\u2018' || c == '\u201F') {
      return c == '\u2018' && !opensBefore(text, i, from) ? CLOSE : OPEN;
    }
    boolean openBefore = opensBefore(text, i, from);
    boolean closeAfter = markEnd >= to || closesAfter(text.charAt(markEnd));
    if (c == '\u201C') {
      return !openBefore && closeAfter ? CLOSE : OPEN;
    }
    if (c == '\u201D' || c == '\u00BB' || c == '\u2019') {
      return openBefore && !closeAfter ? OPEN : CLOSE;
    }
    // Straight marks: open after space or an opening bracket, close before space or punctuation.
    if (openBefore && !closeAfter) {
      return OPEN;
    }
    if (!openBefore) {
      return CLOSE;
    }
    return STRAY;
  }

  private static boolean opensBefore(String text, int i, int from) {
    if (i == from) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Whitespace.isBlank(p) || "([{\u2014\u2013-/:".indexOf(p) >= 0 || p == '\u201C'
        || p == '"' || p == '\u2018' || p == '\u00AB' || p == '\u201E';
  }

  private static boolean closesAfter(char next) {
    return Whitespace.isBlank(next) || ".,;:!?)]}\u2014\u2013-\u2026".indexOf(next) >= 0
        || next == '"' || next == '\u201D' || next == '\u2019' || next == '\u00BB'
        || next == '\'';
  }

  /** Pairs opening and closing marks of the same family through a bounded stack. */
  private void pair() {
    hasQuotation = false;
    Arrays.fill(partner, 0, size, -1);
    if (!anyMark) {
      Arrays.fill(depth, 0, size, 0);
      return;
    }
    int top = 0;
    for (int t = 0; t < size; t++) {
      depth[t] = top;
      byte k = kind[t];
      if (k == STRAY && isSymmetric(t) && top > 0 && family[stack[top - 1]] == DOUBLE) {
        // A straight mark with blanks on both sides ("... center,' " she said") closes an
        // open quotation.
        k = CLOSE;
      }
      if (k != OPEN && k != CLOSE) {
        continue;
      }
      byte f = family[t];
      int match = -1;
      for (int s = top - 1; s >= 0; s--) {
        if (family[stack[s]] == f) {
          match = s;
          break;
        }
      }
      if (k == CLOSE || (match >= 0 && isSymmetric(t) && match == top - 1)) {
        // A straight mark facing neither way closes what its twin opened.
        if (match < 0) {
          kind[t] = f == SINGLE ? PUNCT : STRAY;
          continue;
        }
        kind[t] = CLOSE;
        partner[stack[match]] = t;
        partner[t] = stack[match];
        // Marks opened inside and never closed end here with their enclosing segment.
        top = match;
        depth[t] = top + 1;
        continue;
      }
      if (top == MAX_DEPTH) {
        kind[t] = STRAY;
        continue;
      }
      kind[t] = OPEN;
      hasQuotation = true;
      stack[top++] = t;
      depth[t] = top;
    }
    // Single marks left open at the paragraph end were apostrophes or slips: drop them, so that
    // only double marks and guillemets run to the end of a paragraph.
    for (int s = 0; s < top; s++) {
      if (family[stack[s]] == SINGLE) {
        kind[stack[s]] = STRAY;
        for (int t = stack[s] + 1; t < size; t++) {
          if (depth[t] > 0) {
            depth[t]--;
          }
        }
      }
    }
  }

  private boolean isSymmetric(int t) {
    char c = text.charAt(start[t]);
    return c == '"' || (c == '\'' && end[t] - start[t] == 2);
  }

  boolean isWord(int t) {
    return t >= 0 && t < size && kind[t] == WORD;
  }

  boolean isPunct(int t, char c) {
    return t >= 0 && t < size && kind[t] == PUNCT && text.charAt(start[t]) == c;
  }

  /**
   * Whether the word at {@code t} starts with a capital, or with one digit and then a capital, as
   * the names {@code 3Com} and {@code 3M} do; not a time run into a name, {@code 57PMJeb}.
   */
  boolean isCapitalized(int t) {
    if (!isWord(t)) {
      return false;
    }
    char first = text.charAt(start[t]);
    if (first < 128) {
      // A word starts with a letter or a digit, so below '9' it is a digit.
      return first >= 'A' && first <= 'Z' || first <= '9' && isCapitalAfterDigit(t);
    }
    return Character.isUpperCase(first);
  }

  private boolean isCapitalAfterDigit(int t) {
    return end[t] - start[t] > 1 && Character.isUpperCase(text.charAt(start[t] + 1));
  }

  /**
   * Whether the word at {@code t} is initials, capitals each followed by a period but the last,
   * whose period is read as a mark of its own: {@code U.S.A} of {@code U.S.A.}; not {@code D-N.Y}.
   */
  boolean isInitials(int t) {
    if (!isWord(t) || end[t] - start[t] < 3 || (end[t] - start[t]) % 2 == 0) {
      return false;
    }
    for (int i = start[t]; i < end[t]; i += 2) {
      if (!Character.isUpperCase(text.charAt(i)) || i + 1 < end[t] && text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** The word at {@code t} in lower case; made once per token and kept. */
  String lower(int t) {
    if (lowered == null || lowered.length < size) {
      lowered = new String[start.length];
    }
    String word = lowered[t];
    if (word == null) {
      word = FoldedWords.lowerCase(text, start[t], end[t]);
      lowered[t] = word;
    }
    return word;
  }

  /** Whether token {@code t} is the word {@code word} (in lower case), in any case. */
  boolean is(int t, String word) {
    return isWord(t) && end[t] - start[t] == word.length()
        && FoldedWords.sameFolded(word, text, start[t]);
  }

  /**
   * Whether the word at {@code t} ends with {@code suffix} (in lower case), in any case; false
   * where no word stands at {@code t}, as for {@link #is}.
   */
  boolean endsWith(int t, String suffix) {
    if (!isWord(t)) {
      return false;
    }
    int from = end[t] - suffix.length();
    return from >= start[t] && FoldedWords.sameFolded(suffix, text, from);
  }

  /** Whether the token at {@code t} holds the character {@code c}. */
  boolean holds(int t, char c) {
    for (int i = start[t]; i < end[t]; i++) {
      if (text.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }
}
