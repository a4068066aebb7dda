package io.github.wirecopy.internal;

/**
 * A fixed set of lower-case words, looked up by a word of the text in any case without making a
 * string of it: an open-addressing table keyed by a case-blind hash of the characters.
 *
 * <p>The quote finder asks tens of such sets about the words around every cue; reading the word
 * where it stands, with the hash {@link ParagraphTokens} computed as it read the word, keeps
 * those questions free of allocation. Instances are immutable and may be shared between threads.
 */
final class FoldedWords {

  private final String[] table;
  /**
   * The {@link #hash} of the word in each slot of {@link #table}: a probe compares it first, so
   * that a word of the text that is not in the set, nearly every word asked about, is turned
   * away without reading the characters of the set's words.
   */
  private final int[] hashes;

  private FoldedWords(String[] words) {
    table = new String[Integer.highestOneBit(Math.max(8, words.length * 4))];
    hashes = new int[table.length];
    int mask = table.length - 1;
    for (String word : words) {
      if (!word.equals(lowerCase(word, 0, word.length()))) {
        throw new IllegalArgumentException("not in lower case: " + word);
      }
      int hash = hash(word, 0, word.length());
      int slot = hash & mask;
      while (table[slot] != null && !table[slot].equals(word)) {
        slot = (slot + 1) & mask;
      }
      table[slot] = word;
      hashes[slot] = hash;
    }
  }

  /** The set of {@code words}, each in lower case. */
  static FoldedWords of(String... words) {
    return new FoldedWords(words);
  }

  /** Whether {@code word}, in any case, is in the set. */
  boolean contains(String word) {
    return contains(word, 0, word.length(), hash(word, 0, word.length()));
  }

  /** Whether token {@code t} of {@code tokens} is a word of the set, in any case. */
  boolean contains(ParagraphTokens tokens, int t) {
    return tokens.isWord(t) && contains(tokens.text, tokens.start[t], tokens.end[t], tokens.hash[t]);
  }

  /** Whether {@code text} at {@code [start, end)}, whose {@link #hash} is {@code hash}, is in the set. */
  boolean contains(CharSequence text, int start, int end, int hash) {
    return slotOf(text, start, end, hash) >= 0;
  }

  /**
   * The slot of the table that holds {@code text} at {@code [start, end)}, whose {@link #hash}
   * is {@code hash}, or -1 where the set does not hold it: for a table of values beside this one,
   * {@link #slots()} long.
   */
  int slotOf(CharSequence text, int start, int end, int hash) {
    int mask = table.length - 1;
    int length = end - start;
    for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash) {
        String word = table[slot];
        if (word.length() == length && sameFolded(word, text, start)) {
          return slot;
        }
      }
    }
    return -1;
  }

  /** The slot of {@code word}, a word of the set; see {@link #slotOf(CharSequence, int, int, int)}. */
  int slotOf(String word) {
    return slotOf(word, 0, word.length(), hash(word, 0, word.length()));
  }

  /** The number of slots of the table, all words and the room between them. */
  int slots() {
    return table.length;
  }

  /**
   * A character as words are compared: in lower case, with the typographic apostrophe as the
   * straight one ({@code Kim’s} is {@code kim's}).
   */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }

  /** A hash of the characters of {@code [start, end)} that ignores case, as {@link #fold} does. */
  static int hash(CharSequence text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(text.charAt(i));
    }
    return finish(h);
  }

  /** The last step of {@link #hash}, for a hash built up one character at a time. */
  static int finish(int h) {
    return h ^ (h >>> 16);
  }

  /** Whether {@code text} from {@code start} holds {@code word}, folded, for its whole length. */
  static boolean sameFolded(String word, CharSequence text, int start) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != fold(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  /** The characters of {@code [start, end)}, folded. */
  static String lowerCase(CharSequence text, int start, int end) {
    char[] word = new char[end - start];
    for (int i = start; i < end; i++) {
      word[i - start] = fold(text.charAt(i));
    }
    return new String(word);
  }
}
