package io.github.wirecopy.internal;

/**
 * A set of {@link FoldedWords#hash} values kept as bits: it answers "certainly not here" for most
 * words of a text in one array read, so that a table or map is only consulted for the few that
 * may be. It can say "perhaps" of a word that is not there, never "no" of one that is.
 */
final class HashBits {

  private final long[] bits;

  /** A set of {@code size} bits, a power of two. */
  HashBits(int size) {
    if (Integer.bitCount(size) != 1 || size < 64) {
      throw new IllegalArgumentException("size must be a power of two of at least 64: " + size);
    }
    bits = new long[size / 64];
  }

  void add(int hash) {
    int bit = hash & (bits.length * 64 - 1);
    bits[bit >>> 6] |= 1L << bit;
  }

  /** False only where no hash added has the bits of {@code hash}. */
  boolean mayContain(int hash) {
    int bit = hash & (bits.length * 64 - 1);
    return (bits[bit >>> 6] & 1L << bit) != 0;
  }
}
