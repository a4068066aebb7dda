package io.github.wirecopy.internal;

import java.util.Arrays;

/**
 * The words, punctuation and quotation marks of one paragraph, with the marks paired into quoted
 * segments, for the quote finder to look around in.
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

  private final byte[] family;
  private String[] lowered;

  ParagraphTokens(String text, int from, int to) {
    this.text = text;
    // About one token in six characters of prose; the arrays grow where there are more.
    int capacity = Math.max(16, (to - from) / 6);
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    byte[] families = new byte[capacity];
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Whitespace.isBlank(c)) {
        i++;
        continue;
      }
      if (size == start.length) {
        int grown = size * 2;
        start = Arrays.copyOf(start, grown);
        end = Arrays.copyOf(end, grown);
        kind = Arrays.copyOf(kind, grown);
        families = Arrays.copyOf(families, grown);
      }
      if (Character.isLetterOrDigit(c)) {
        int j = wordEnd(text, i, to);
        add(i, j, WORD);
        i = j;
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
        families[size] = markFamily;
        add(i, markEnd, direction(text, i, markEnd, from, to));
      }
      i = markEnd;
    }
    family = families;
    partner = new int[size];
    depth = new int[size];
    pair();
  }

  private void add(int s, int e, byte k) {
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    size++;
  }

  /**
   * A word runs over letters and digits, joined by one apostrophe, hyphen, period, ampersand or
   * slash between two of them: {@code Kim's}, {@code Wang-Yi}, {@code U.S}, {@code 3.5}.
   */
  private static int wordEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        j++;
      } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '&' || c == '/')
          && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
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
      String word = SpeechCues.lowerCase(text, i + 1, j);
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
    int[] stack = new int[MAX_DEPTH];
    int top = 0;
    Arrays.fill(partner, -1);
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

  boolean isCapitalized(int t) {
    return isWord(t) && Character.isUpperCase(text.charAt(start[t]));
  }

  /** The word at {@code t} in lower case; made once per token and kept. */
  String lower(int t) {
    if (lowered == null) {
      lowered = new String[size];
    }
    String word = lowered[t];
    if (word == null) {
      word = SpeechCues.lowerCase(text, start[t], end[t]);
      lowered[t] = word;
    }
    return word;
  }

  /** Whether the word equals {@code word}, ignoring case. */
  boolean is(int t, String word) {
    return isWord(t) && end[t] - start[t] == word.length()
        && text.regionMatches(true, start[t], word, 0, word.length());
  }
}
