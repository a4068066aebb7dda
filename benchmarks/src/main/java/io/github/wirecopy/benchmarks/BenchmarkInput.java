package io.github.wirecopy.benchmarks;

import io.github.wirecopy.CorpusEntry;
import io.github.wirecopy.ArticleParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The corpora the benchmarks read, by the name their {@code input} parameter takes:
 * {@value #GENERATED} (our own generated copy, always there) and, where {@code ../shared/corpora}
 * exists, {@code newswire} and {@code reuters} (real wire copy, read in place, never copied into
 * the project).
 */
public final class BenchmarkInput {

  /** Our generated copy: the same text on every machine. */
  public static final String GENERATED = "generated";

  /** The real corpora, where present. */
  public static final List<String> REAL = List.of("newswire", "reuters");

  /** The size of the generated corpus: between the two real ones (3.5 MB and 14 MB). */
  public static final long GENERATED_BYTES = 8_000_000L;

  private final String name;
  private final String[] articles;
  private final long[] utf8Bytes;
  private final long totalUtf8Bytes;

  /** The articles {@code articles}, named {@code name}. */
  static BenchmarkInput of(String name, List<String> articles) {
    return new BenchmarkInput(name, articles);
  }

  private BenchmarkInput(String name, List<String> articles) {
    this.name = name;
    this.articles = articles.toArray(String[]::new);
    this.utf8Bytes = new long[this.articles.length];
    long total = 0;
    for (int i = 0; i < this.articles.length; i++) {
      utf8Bytes[i] = WireCopyGenerator.utf8Length(this.articles[i]);
      total += utf8Bytes[i];
    }
    this.totalUtf8Bytes = total;
  }

  /**
   * The inputs this checkout can run: {@value #GENERATED}, then each of {@link #REAL} whose file
   * is there. Those left out are named on standard output (a fresh clone has none of them).
   */
  public static List<String> available() {
    List<String> names = new ArrayList<>(List.of(GENERATED));
    for (String name : REAL) {
      if (Corpora.corpusFile(name).isPresent()) {
        names.add(name);
      } else {
        System.out.println("skipping the real corpus " + name
            + ": ../shared/corpora/" + name + "/all.txt not found (a fresh clone has none)");
      }
    }
    return names;
  }

  /**
   * The articles of input {@code name}, each as the text of one article, in memory.
   *
   * @throws IllegalArgumentException for an unknown name or a real corpus that is not there
   */
  public static BenchmarkInput load(String name) {
    if (name.equals(GENERATED)) {
      return new BenchmarkInput(name,
          WireCopyGenerator.corpus(WireCopyGenerator.CORPUS_SEED, GENERATED_BYTES));
    }
    Path file = realCorpusFile(name);
    // The library's own corpus reader splits the file; every article of both corpora parses.
    try (Stream<CorpusEntry> entries = structureOnly().corpus(file)) {
      return new BenchmarkInput(name, entries.map(CorpusEntry::text).collect(Collectors.toList()));
    }
  }

  /**
   * A corpus file of input {@code name} on disk: the real {@code all.txt}, or the generated
   * corpus written into {@code scratch}, one article at a time.
   */
  public static Path file(String name, Path scratch) {
    if (!name.equals(GENERATED)) {
      return realCorpusFile(name);
    }
    Path file = scratch.resolve("generated-corpus.txt");
    try (Writer out = new BufferedWriter(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      WireCopyGenerator.writeCorpus(WireCopyGenerator.CORPUS_SEED, GENERATED_BYTES, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A parser for splitting a corpus into articles: the structure is all it needs. */
  static ArticleParser structureOnly() {
    return ParseMode.parser(ParseMode.STRUCTURE);
  }

  private static Path realCorpusFile(String name) {
    if (!REAL.contains(name)) {
      throw new IllegalArgumentException(
          "unknown input \"" + name + "\"; expected " + GENERATED + " or one of " + REAL);
    }
    return Corpora.corpusFile(name).orElseThrow(() -> new IllegalArgumentException(
        "input " + name + " needs ../shared/corpora/" + name + "/all.txt, which is not there"));
  }

  /** The input's name. */
  public String name() {
    return name;
  }

  /** The number of articles. */
  public int size() {
    return articles.length;
  }

  /** The text of article {@code index}, counting from 0. */
  public String article(int index) {
    return articles[index];
  }

  /**
   * {@code count} of the articles, spread evenly over them in their order: the first, and then
   * every (size ÷ count)th; all of them where {@code count} is not less than their number.
   */
  public BenchmarkInput evenlySpaced(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a pool needs at least one article, not " + count);
    }
    int n = Math.min(count, articles.length);
    List<String> picked = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      picked.add(articles[(int) ((long) i * articles.length / n)]);
    }
    return new BenchmarkInput(name, picked);
  }

  /** The text of the next article of {@code cursor}, its bytes added to {@code rate}. */
  public String next(ArticleCursor cursor, InputRate rate) {
    int index = cursor.next(articles.length);
    rate.add(utf8Bytes[index]);
    return article(index);
  }

  /** The UTF-8 size of all articles together, in bytes. */
  public long totalUtf8Bytes() {
    return totalUtf8Bytes;
  }

  /** All articles as one string, in order. */
  public String concatenated() {
    return String.join("", articles);
  }
}
