package io.github.wirecopy.cli;

/**
 * Turns offsets counted in code points, as annotation tools outside Java count them, into the
 * UTF-16 {@code char} offsets of our spans: in a text holding a character outside the Basic
 * Multilingual Plane, such as an emoji, the two part ways after it.
 */
final class CodePointOffsets {

  private final int codePoints;
  /** The char offset of each code point offset; null where the two are the same throughout. */
  private final int[] charOffsets;

  private CodePointOffsets(int codePoints, int[] charOffsets) {
    this.codePoints = codePoints;
    this.charOffsets = charOffsets;
  }

  /** The offsets of {@code text}. */
  static CodePointOffsets of(String text) {
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      return new CodePointOffsets(codePoints, null);
    }
    int[] charOffsets = new int[codePoints + 1];
    int at = 0;
    for (int i = 0; i < codePoints; i++) {
      charOffsets[i] = at;
      at += Character.charCount(text.codePointAt(at));
    }
    charOffsets[codePoints] = at;
    return new CodePointOffsets(codePoints, charOffsets);
  }

  /**
   * The char offset of a code point offset.
   *
   * @throws IllegalArgumentException unless {@code 0 <= codePointOffset <=} the text's code points
   */
  int toChar(int codePointOffset) {
    if (codePointOffset < 0 || codePointOffset > codePoints) {
      throw new IllegalArgumentException("offset " + codePointOffset
          + " lies outside the text of " + codePoints + " code points");
    }
    return charOffsets == null ? codePointOffset : charOffsets[codePointOffset];
  }
}
