import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails where a file tracked by git shares a run of {@code N} or more words with the research
 * corpora: they are copyrighted copies, and the project's examples, tests and docs must be
 * written by the project, not adapted from them.
 *
 * <p>Run from the project root: {@code java .ci/CorpusTextCheck.java CORPORA_DIR N}. Words are
 * compared folded (lower case, letters and digits, typographic apostrophes and quotation marks
 * as plain ones), so that a copied sentence is found whatever its quotation marks; a run is
 * reported once, with the line where it starts. Runs of a few words are newsroom idiom that any
 * writer uses ({@code officials who asked not to be named said} is eight), hence a threshold
 * above them. {@code benchmarks/results/} holds figures the benchmarks wrote, and is skipped.
 */
public class CorpusTextCheck {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'\\p{L}+)?");

  private static final Pattern TEXT_FILES =
      Pattern.compile(".*\\.(java|md|txt|xml|json|jsonl|sh|properties)|.*/[^./]+|[^./]+");

  public static void main(String[] args) throws IOException, InterruptedException {
    Path corpora = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long[] corpusRuns = corpusRuns(corpora, n);
    int found = 0;
    for (String file : trackedFiles()) {
      if (file.startsWith("benchmarks/results/") || !TEXT_FILES.matcher(file).matches()) {
        continue;
      }
      found += check(Path.of(file), corpusRuns, n);
    }
    if (found > 0) {
      System.err.printf("%d runs of %d or more words shared with %s: write examples of our own%n",
          found, n, corpora);
      System.exit(1);
    }
    System.out.printf("no tracked file shares a run of %d words with %s (%d runs there)%n", n,
        corpora, corpusRuns.length);
  }

  /** The hashes of every run of {@code n} words of the corpora's text files, sorted. */
  private static long[] corpusRuns(Path corpora, int n) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpora)) {
      files = walk.filter(Files::isRegularFile)
          .filter(path -> path.toString().endsWith(".txt")).sorted().toList();
    }
    long[] runs = new long[1 << 20];
    int size = 0;
    for (Path file : files) {
      long[] hashes = wordHashes(Files.readString(file, StandardCharsets.UTF_8)).hashes;
      for (int i = 0; i + n <= hashes.length; i++) {
        if (size == runs.length) {
          runs = Arrays.copyOf(runs, size * 2);
        }
        runs[size++] = runHash(hashes, i, n);
      }
    }
    runs = Arrays.copyOf(runs, size);
    Arrays.sort(runs);
    return runs;
  }

  /** Reports each run of {@code n} or more words of {@code file} found in the corpora. */
  private static int check(Path file, long[] corpusRuns, int n) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      return 0;
    }
    Words words = wordHashes(text);
    int found = 0;
    int i = 0;
    while (i + n <= words.hashes.length) {
      if (Arrays.binarySearch(corpusRuns, runHash(words.hashes, i, n)) < 0) {
        i++;
        continue;
      }
      int end = i + n;
      while (end < words.hashes.length
          && Arrays.binarySearch(corpusRuns, runHash(words.hashes, end - n + 1, n)) >= 0) {
        end++;
      }
      int line = 1 + (int) text.substring(0, words.starts[i]).chars().filter(c -> c == '\n').count();
      System.err.printf("%s:%d: %s%n", file, line,
          text.substring(words.starts[i], words.ends[end - 1]).replaceAll("\\s+", " "));
      found++;
      i = end;
    }
    return found;
  }

  private record Words(long[] hashes, int[] starts, int[] ends) {}

  /** Each word of {@code text}, folded, as a 64-bit hash, with where it stands. */
  private static Words wordHashes(String text) {
    String folded = text.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    List<long[]> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(folded);
    while (matcher.find()) {
      long hash = 1125899906842597L;
      for (int i = matcher.start(); i < matcher.end(); i++) {
        hash = 31 * hash + folded.charAt(i);
      }
      words.add(new long[] {hash, matcher.start(), matcher.end()});
    }
    long[] hashes = new long[words.size()];
    int[] starts = new int[words.size()];
    int[] ends = new int[words.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = words.get(i)[0];
      starts[i] = (int) words.get(i)[1];
      ends[i] = (int) words.get(i)[2];
    }
    return new Words(hashes, starts, ends);
  }

  /** A hash of the {@code n} word hashes from {@code from}. */
  private static long runHash(long[] hashes, int from, int n) {
    long hash = 0;
    for (int i = from; i < from + n; i++) {
      hash = hash * 0x9E3779B97F4A7C15L + hashes[i];
      hash ^= hash >>> 29;
    }
    return hash;
  }

  private static List<String> trackedFiles() throws IOException, InterruptedException {
    Process git = new ProcessBuilder("git", "ls-files", "-z").redirectErrorStream(false).start();
    String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (git.waitFor() != 0) {
      throw new UncheckedIOException(new IOException("git ls-files failed"));
    }
    return Arrays.stream(listing.split("\0")).filter(name -> !name.isEmpty()).toList();
  }
}
