package io.github.wirecopy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The memory-speed reference: {@code String.indexOf} looking through the corpus, as one string,
 * for a character it does not hold. That is one vectorised pass over the text, the physical
 * limit for anything that reads every character once; wirecopy's rate is given as a fraction of
 * it, measured in the same run. Beside it, the same pass one character at a time, and a bare
 * split into words, with a branch at each word's end and without: the least a hand-written
 * scanner, and a reader of words, cost on this text.
 *
 * <p>The corpus is repeated to at least {@value #MIN_SCAN_BYTES} bytes so that the scan reads
 * from memory, as a pass over a corpus does: a few megabytes would sit in the processor's cache
 * and scan several times faster than any real input arrives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class IndexOfBenchmark {

  /** BEL: no wire copy holds it, so the scan always runs to the end. */
  private static final char ABSENT = '\u0007';

  /** Well past the caches of this kind of machine. */
  static final long MIN_SCAN_BYTES = 100_000_000L;

  /**
   * Each ASCII character as {@link #classOf} gives it: 1 for a letter or digit, 2 for another
   * character that is not blank, 0 for a blank; so that prose is read without Unicode tables.
   */
  private static final byte[] ASCII_CLASS = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_CLASS[c] = (byte) classOf(c);
    }
  }

  /** Characters copied out of the text at a time by the split without branches: 64 masks. */
  private static final int CHUNK = 64 * 64;

  /** The word split keeps the spans of the last 4,096 tokens, as a reader looking back would. */
  private static final int TOKEN_MASK = (1 << 12) - 1;

  private final int[] tokenStarts = new int[TOKEN_MASK + 1];
  private final int[] tokenEnds = new int[TOKEN_MASK + 1];
  private final char[] chunk = new char[CHUNK];
  private String text;
  private long utf8Bytes;
  private int articles;

  @Setup(Level.Trial)
  public void join(CorpusInput input) {
    BenchmarkInput corpus = input.corpus();
    int copies = (int) ((MIN_SCAN_BYTES + corpus.totalUtf8Bytes() - 1) / corpus.totalUtf8Bytes());
    text = corpus.concatenated().repeat(copies);
    utf8Bytes = corpus.totalUtf8Bytes() * copies;
    articles = corpus.size() * copies;
    compileIndexOf();
    if (text.indexOf(ABSENT) >= 0) {
      throw new IllegalStateException("input " + corpus.name() + " holds U+0007; pick another");
    }
    int branching = splitWords(new InputRate());
    int masked = splitWordsByMask(new InputRate());
    if (branching != masked) {
      throw new IllegalStateException("the two word splits of " + corpus.name() + " disagree: "
          + branching + " and " + masked + " tokens");
    }
  }

  /**
   * Calls {@code indexOf} often on short strings, so that the JIT compiler compiles it with its
   * vectorised intrinsic, as it does in any program that scans strings often. Called only on the
   * long text, a few dozen times a second, it may instead be compiled as a plain loop, at a
   * quarter to a half of the speed: so it was for the UTF-16 text of generated copy on JDK 17
   * (6 GB/s instead of 12) and for newswire on JDK 25 (4 instead of 22). This scan is the
   * reference of the structure target, so it must be the fast one. Strings of both of Java's
   * representations are scanned, one byte a character (Latin-1) and two (UTF-16), since each
   * has its own intrinsic.
   *
   * @return what the scans found, only so that no compiler drops them as unused
   */
  private static int compileIndexOf() {
    String latin1 = "wire copy ".repeat(400);
    String utf16 = "\u201Cwire copy\u201D ".repeat(400);
    int found = 0;
    for (int i = 0; i < 200_000; i++) {
      found += latin1.indexOf(ABSENT) + utf16.indexOf(ABSENT);
    }
    return found;
  }

  /** One scan of the repeated corpus. */
  @Benchmark
  public int scanWholeCorpus(InputRate rate) {
    rate.add(utf8Bytes, articles);
    return text.indexOf(ABSENT);
  }

  /**
   * The same scan one character at a time, as a hand-written scanner reads: {@code charAt} and
   * one comparison per character, a branch never taken. No parser that decides anything per
   * character can be faster than this loop; {@code indexOf} is, because the JVM compares many
   * characters per instruction there.
   */
  @Benchmark
  public int scanCharByChar(InputRate rate) {
    rate.add(utf8Bytes, articles);
    String scanned = text;
    int found = 0;
    for (int i = 0; i < scanned.length(); i++) {
      if (scanned.charAt(i) == ABSENT) {
        found++;
      }
    }
    return found;
  }

  /**
   * Each character decides whether a word starts or ends: a bare word split over the same text,
   * which records where each word and each other non-blank character starts and ends, and does
   * nothing more. A word is a run of letters and digits. This is the least a reader of words
   * costs when it takes the text one character at a time, as the quote finder does: it reads
   * every character, and at each word's end takes a branch that the processor often mispredicts.
   */
  @Benchmark
  public int splitWords(InputRate rate) {
    rate.add(utf8Bytes, articles);
    String scanned = text;
    int[] starts = tokenStarts;
    int[] ends = tokenEnds;
    int tokens = 0;
    int length = scanned.length();
    int i = 0;
    while (i < length) {
      char c = scanned.charAt(i);
      if (isWordCharacter(c)) {
        int start = i++;
        while (i < length && isWordCharacter(scanned.charAt(i))) {
          i++;
        }
        starts[tokens & TOKEN_MASK] = start;
        ends[tokens & TOKEN_MASK] = i;
        tokens++;
      } else if (c == ' ' || Character.isWhitespace(c)) {
        i++;
      } else {
        starts[tokens & TOKEN_MASK] = i;
        ends[tokens & TOKEN_MASK] = ++i;
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * The same split as {@link #splitWords}, the same tokens (in another order within each 64
   * characters, words before the other characters), without a branch at each word's end:
   * the text is copied out {@value #CHUNK} characters at a time ({@code String.getChars}), each
   * 64 characters become a bit mask of the letters and digits and one of the other characters
   * that are not blank, and words start and end where the first mask changes, found with {@code
   * Long.numberOfTrailingZeros}. The loop that builds the masks takes no branch on ASCII text,
   * but still a table lookup per character: what a reader of words costs that avoids the branch
   * and, without the Vector API, still looks at every character.
   */
  @Benchmark
  public int splitWordsByMask(InputRate rate) {
    rate.add(utf8Bytes, articles);
    String scanned = text;
    char[] chars = chunk;
    int[] starts = tokenStarts;
    int[] ends = tokenEnds;
    int tokens = 0;
    int length = scanned.length();
    // Whether the character before the current block is a letter or digit, as bit 0.
    long carry = 0;
    int wordStart = -1;
    for (int chunkStart = 0; chunkStart < length; chunkStart += CHUNK) {
      int chunkLength = Math.min(CHUNK, length - chunkStart);
      scanned.getChars(chunkStart, chunkStart + chunkLength, chars, 0);
      for (int base = 0; base < chunkLength; base += 64) {
        int limit = Math.min(64, chunkLength - base);
        long word = 0;
        long other = 0;
        for (int k = 0; k < limit; k++) {
          char c = chars[base + k];
          int characterClass = c < 128 ? ASCII_CLASS[c] : classOf(c);
          word |= (long) (characterClass & 1) << k;
          other |= (long) (characterClass >>> 1) << k;
        }
        int position = chunkStart + base;
        // A bit set where a character differs from the one before: alternately a word's start
        // and the end after it.
        for (long edges = word ^ (word << 1 | carry); edges != 0; edges &= edges - 1) {
          int at = position + Long.numberOfTrailingZeros(edges);
          if (wordStart < 0) {
            wordStart = at;
          } else {
            starts[tokens & TOKEN_MASK] = wordStart;
            ends[tokens & TOKEN_MASK] = at;
            tokens++;
            wordStart = -1;
          }
        }
        for (; other != 0; other &= other - 1) {
          int at = position + Long.numberOfTrailingZeros(other);
          starts[tokens & TOKEN_MASK] = at;
          ends[tokens & TOKEN_MASK] = at + 1;
          tokens++;
        }
        carry = word >>> 63;
      }
    }
    if (wordStart >= 0) {
      starts[tokens & TOKEN_MASK] = wordStart;
      ends[tokens & TOKEN_MASK] = length;
      tokens++;
    }
    return tokens;
  }

  private static boolean isWordCharacter(char c) {
    return c < 128 ? ASCII_CLASS[c] == 1 : Character.isLetterOrDigit(c);
  }

  /** What {@link #splitWords} reads a character as: a word's (1), a blank (0), another (2). */
  private static int classOf(char c) {
    if (Character.isLetterOrDigit(c)) {
      return 1;
    }
    return c == ' ' || Character.isWhitespace(c) ? 0 : 2;
  }
}
