package io.github.wirecopy.benchmarks;

import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.cli.WirecopyCli;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How much heap the full parse of one article needs, and whether the limit
 * {@link ArticleParser#maxArticleLengthForHeap(long)} derives from a heap keeps every article
 * within it. Not a benchmark: it times nothing, it runs {@code wirecopy parse} in JVMs of its own
 * with one heap size after another. Run it from the project root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.wirecopy.benchmarks.ArticleHeapRun \
 *     [HEAP_MB ...]
 * </pre>
 *
 * <p>First, for every kind of hostile copy in {@link #HOSTILE}, and for ordinary copy beside
 * them, one article of 0.5 and of 1.5 million characters, each alone in a file: the smallest
 * {@code -Xmx} (to 2 MB) under which {@code wirecopy parse} parses it, its limit lifted; the
 * difference between the two, per character, is what the parse takes at its peak for each further
 * character. Then the check, for each {@code HEAP_MB} (default 64 and 512), with that heap and
 * the default limit: a corpus of one article of every kind of hostile copy exactly as long as the
 * limit, and one of 40 million characters outside Latin-1, far over it, must give every article at
 * the limit parsed and the long one rejected; then {@link #MIXED_CORPORA} corpora of articles at
 * the limit made of random mixes of {@link #FRAGMENTS} must parse whole. Exits with status 1
 * where the check fails. The JVMs run with the default collector; another one may give the
 * program less of its {@code -Xmx}.
 */
public final class ArticleHeapRun {

  /**
   * Units of hostile copy, repeated to make an article: quotes, cues, speakers, paragraphs and
   * sentences as short as they come. {@code %n} is a name new at each repetition, so that every
   * quote has a speaker of its own.
   */
  static final List<String> HOSTILE = List.of(
      "\"A,\" he said. ",
      "\"A,\" said %n. ",
      "\"A,\" %n Ode said. ",
      "\"A,\" %n said.\n\n",
      "“A,” Mr. %n told reporters. ",
      "%n said he would go. ",
      "%n: «a» ",
      "A said B. ",
      "according to A. ",
      "a.\n\n",
      "a\n",
      "A. ",
      "\"a\" ",
      "“中，”他说。",
      "(a) ");

  /**
   * Pieces of copy that random units are made of, for the kinds {@link #HOSTILE} does not list:
   * quotation marks of every style, cues, names, titles, breaks, abbreviations, other scripts.
   */
  static final List<String> FRAGMENTS = List.of(
      "\"A,\"", " he said.", " %n said", " “a”", " a.", "\n\n", " according to A.", " (a)",
      " he added that b.", "中", " —", " 'a'", " said", " Mr. %n", " %n", "\"", ",", " \"", "\n",
      " told", " C D E", "«", "»", " she", " I", " we", " %n:", " said %n.", "“", "”", " — ", ";",
      " and", " that", " who", ".", "!", "?", " U.S.", " Jan. 5", " 'We", "'");

  /** Corpora of random units checked at each heap, five articles each, and their seed. */
  private static final int MIXED_CORPORA = 20;
  private static final long MIXED_SEED = 20261129L;

  /** The header, dateline and first paragraph every article opens with. */
  private static final String HEADER =
      " date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- The committee met.\n\n";

  private static final int SMALL = 500_000;
  private static final int LARGE = 1_500_000;
  private static final int OVER_LIMIT = 40_000_000;

  private ArticleHeapRun() {}

  public static void main(String[] args) throws Exception {
    int[] heapsMb = args.length > 0
        ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {64, 512};
    Path directory = Files.createTempDirectory("wirecopy-article-heap");
    boolean held = true;
    try {
      System.out.println("| copy | heap for 0.5 M chars (MB) | for 1.5 M chars (MB) "
          + "| peak per further character (bytes) |");
      System.out.println("|---|---:|---:|---:|");
      double worst = 0;
      Path article = directory.resolve("article.txt");
      for (String unit : HOSTILE) {
        double perCharacter = peakPerCharacter(article, "`" + unit.replace("\n", "\\n") + "`",
            hostile(unit, SMALL), hostile(unit, LARGE));
        worst = Math.max(worst, perCharacter);
      }
      WireCopyGenerator generator = new WireCopyGenerator(WireCopyGenerator.CORPUS_SEED);
      peakPerCharacter(article, "ordinary copy (`WireCopyGenerator.longArticle`)",
          generator.longArticle(SMALL), generator.longArticle(LARGE));
      System.out.printf(Locale.ROOT, "largest peak per character, hostile copy: %.0f bytes%n",
          worst);

      for (int heapMb : heapsMb) {
        held &= check(directory.resolve("corpus.txt"), heapMb);
      }
    } finally {
      try (var files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
      Files.delete(directory);
    }
    if (!held) {
      System.exit(1);
    }
  }

  /**
   * Runs a corpus of one article of every kind of hostile copy exactly as long as the limit for a
   * heap of {@code heapMb}, and one far longer, through {@code wirecopy parse} with that heap and
   * its default limit, prints what came of it, and says whether it held: every article at the
   * limit parsed, the long one rejected, and no {@link OutOfMemoryError}.
   */
  private static boolean check(Path file, int heapMb) throws IOException, InterruptedException {
    int limit = ArticleParser.maxArticleLengthForHeap(heapMb * 1024L * 1024L);
    List<String> corpus = new ArrayList<>();
    for (String unit : HOSTILE) {
      corpus.add(hostile(unit, limit - 1)); // with its line break, exactly the limit
    }
    corpus.add(HEADER + "€".repeat(OVER_LIMIT - HEADER.length()));
    String expected = String.format(Locale.ROOT, "%d articles parsed, 1 rejected",
        HOSTILE.size());
    // Exit status 1: an article was rejected, as the long one must be.
    String failure = failure(file, heapMb, corpus, 1, expected);
    System.out.printf(Locale.ROOT, "-Xmx%dm, default limit %,d characters: %d articles at the"
            + " limit and one of %,d: %s%n", heapMb, limit, HOSTILE.size(), OVER_LIMIT,
        failure == null ? "held (" + expected + ")" : "FAILED, " + failure);
    return failure == null && checkMixed(file, heapMb, limit);
  }

  /**
   * Runs {@link #MIXED_CORPORA} corpora of five articles exactly as long as {@code limit}, each
   * made of a unit of one to six random {@link #FRAGMENTS}, through {@code wirecopy parse} with
   * a heap of {@code heapMb}: every article must parse.
   */
  private static boolean checkMixed(Path file, int heapMb, int limit)
      throws IOException, InterruptedException {
    Random random = new Random(MIXED_SEED);
    for (int c = 0; c < MIXED_CORPORA; c++) {
      List<String> units = new ArrayList<>();
      List<String> corpus = new ArrayList<>();
      for (int a = 0; a < 5; a++) {
        StringBuilder unit = new StringBuilder();
        for (int f = random.nextInt(6); f >= 0; f--) {
          unit.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        String repeated = unit.append(' ').toString();
        units.add(repeated);
        corpus.add(hostile(repeated, limit - 1));
      }
      String failure = failure(file, heapMb, corpus, 0, "5 articles parsed, 0 rejected");
      if (failure != null) {
        System.out.printf(Locale.ROOT, "-Xmx%dm, random units %s: FAILED, %s%n",
            heapMb, units, failure);
        return false;
      }
    }
    System.out.printf(Locale.ROOT, "-Xmx%dm, %d corpora of 5 articles at the limit, each of a"
        + " random unit: held (every article parsed)%n", heapMb, MIXED_CORPORA);
    return true;
  }

  /**
   * Writes {@code corpus} to {@code file} and runs it through {@code wirecopy parse} with a heap
   * of {@code heapMb} and the default limit: null where the run ended with {@code status} and its
   * summary holds {@code summary}, else what went wrong.
   */
  private static String failure(Path file, int heapMb, List<String> corpus, int status,
      String summary) throws IOException, InterruptedException {
    write(file, corpus);
    Run run = parse(file, heapMb, List.of());
    if (run.status == status && run.stderr.contains(summary)
        && !run.stderr.contains("OutOfMemoryError")) {
      return null;
    }
    return "exit status " + run.status + ":\n" + run.stderr;
  }

  /**
   * Finds the smallest heaps for the article {@code small} and the longer {@code large}, prints
   * them as a row of the table, and returns what each further character takes at the peak.
   */
  private static double peakPerCharacter(Path file, String copy, String small, String large)
      throws IOException, InterruptedException {
    write(file, List.of(small));
    int smallHeapMb = smallestHeapMb(file);
    write(file, List.of(large));
    int largeHeapMb = smallestHeapMb(file);
    double perCharacter = (largeHeapMb - smallHeapMb) * 1e6 / (large.length() - small.length());
    System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f |%n",
        copy, smallHeapMb, largeHeapMb, perCharacter);
    return perCharacter;
  }

  /** One article of {@code unit} repeated to exactly {@code length} characters. */
  static String hostile(String unit, int length) {
    StringBuilder text = new StringBuilder(length + 64).append(HEADER);
    for (int i = 0; text.length() < length; i++) {
      text.append(unit.replace("%n", name(i)));
    }
    text.setLength(length);
    return text.toString();
  }


  /** A capitalised name made of the letters of {@code i} in base 26: {@code Ab}, {@code Bb}. */
  private static String name(int i) {
    StringBuilder name = new StringBuilder().append((char) ('A' + i % 26));
    for (int rest = i / 26; ; rest /= 26) {
      name.append((char) ('a' + rest % 26));
      if (rest < 26) {
        return name.toString();
      }
    }
  }

  private static void write(Path file, List<String> articles) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String text : articles) {
        out.write(text);
        out.write('\n');
      }
    }
  }

  /** The smallest heap, to 2 MB, under which {@code file}'s one article parses with no limit. */
  private static int smallestHeapMb(Path file) throws IOException, InterruptedException {
    List<String> noLimit = List.of("--max-article-length", Integer.toString(Integer.MAX_VALUE));
    // Start from a heap that surely holds the article, the search is slow near the edge: a JVM
    // short of memory collects again and again before it gives up.
    int fails = 8;
    int parses = 64 + (int) (Files.size(file) * 256 / 1_000_000);
    Run roomy = parse(file, parses, noLimit);
    if (roomy.status != 0) {
      throw new IllegalStateException(file + " does not parse even in " + parses + " MB:\n"
          + roomy.stderr);
    }
    while (parses - fails > 2) {
      int heapMb = (fails + parses) / 2;
      if (parse(file, heapMb, noLimit).status == 0) {
        parses = heapMb;
      } else {
        fails = heapMb;
      }
    }
    return parses;
  }

  private record Run(int status, String stderr) {}

  /** {@code wirecopy parse --no-progress OPTIONS file} in a JVM of its own, output dropped. */
  private static Run parse(Path file, int heapMb, List<String> options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"),
        WirecopyCli.class.getName(), "parse", "--no-progress"));
    command.addAll(options);
    command.add(file.toString());
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), stderr);
  }
}
