package io.github.wirecopy;

import io.github.wirecopy.internal.ArticleTextParser;
import io.github.wirecopy.internal.QuoteFinder;
import io.github.wirecopy.internal.SpeechCues;
import io.github.wirecopy.internal.SentenceSplitter;
import io.github.wirecopy.internal.TextPosition;
import io.github.wirecopy.internal.Whitespace;
import io.github.wirecopy.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A configured parser of wire copy: one article from a string or a reader, or a whole corpus as
 * a lazy stream.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder().maxArticleLength(1 << 20).build();
 * Article article = parser.parse(text);
 * try (Stream<CorpusEntry> entries = parser.corpus(Path.of("corpus.txt"))) {
 *   entries.forEach(entry -> ...);
 * }
 * }</pre>
 *
 * <p>A parser is immutable: build it once and share it between threads freely.
 *
 * <p>For any input, the parse methods return a result or throw {@link ArticleParseException}; an
 * I/O failure of a reader comes as {@link UncheckedIOException}. Time is linear in the input.
 */
public final class ArticleParser {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleParser.class);

  /**
   * The default for {@link Builder#maxArticleLength(int)} in a heap of 2.7 GB or more: 16 Mi
   * characters, whose full parse may take about 1.6 GB of heap at its peak. In a smaller heap the
   * default is {@link #maxArticleLengthForHeap(long)} of it, so that no article the default
   * parser accepts can run the heap out of memory.
   */
  public static final int DEFAULT_MAX_ARTICLE_LENGTH = 16 * 1024 * 1024;

  /**
   * The heap a full parse may take at its peak, per character of the article, the corpus
   * reader's copies of its text included. The largest peak measured on hostile copy (a quote, a
   * cue and a new name every few characters; {@code ArticleHeapRun} in {@code benchmarks/}) was
   * about 100 bytes a character; this leaves room above it.
   */
  private static final long PEAK_HEAP_BYTES_PER_CHARACTER = 160;

  /** The heap a run holds beside its article: the lexicons, the reader's and writer's buffers. */
  private static final long HEAP_RESERVE_BYTES = 16L << 20;

  /** The most threads {@link Builder#corpusThreads(int)} takes. */
  public static final int MAX_CORPUS_THREADS = 256;

  private final int maxArticleLength;
  private final int corpusThreads;
  private final ArticleTextParser engine;

  private ArticleParser(Builder builder) {
    this.maxArticleLength = builder.maxArticleLength;
    this.corpusThreads = builder.corpusThreads;
    this.engine = new ArticleTextParser(
        new SentenceSplitter(builder.abbreviations),
        builder.extractQuotes ? new QuoteFinder(SpeechCues.withExtra(builder.speechCues)) : null);
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The longest article whose full parse, quotes and speakers included, fits in {@code heapBytes}
   * of heap with room to spare above the largest peak measured on hostile copy; the builder's
   * default for this JVM's heap. With threads parsing at once, each sharing a heap, give each
   * its share: {@code maxArticleLength(maxArticleLengthForHeap(heap / threads))}. No more than
   * {@link #DEFAULT_MAX_ARTICLE_LENGTH}, and no less than 16, the smallest limit allowed.
   */
  public static int maxArticleLengthForHeap(long heapBytes) {
    long fits = heapBytes <= HEAP_RESERVE_BYTES
        ? 0 : (heapBytes - HEAP_RESERVE_BYTES) / PEAK_HEAP_BYTES_PER_CHARACTER;
    return (int) Math.max(16, Math.min(DEFAULT_MAX_ARTICLE_LENGTH, fits));
  }

  /** The largest article, in UTF-16 code units, this parser accepts. */
  public int maxArticleLength() {
    return maxArticleLength;
  }

  /** How many threads of its own a corpus stream parses the articles on: 0 for none. */
  public int corpusThreads() {
    return corpusThreads;
  }

  /**
   * Parses one article.
   *
   * @throws ArticleParseException where {@code text} is not one well-formed article, or is longer
   *     than {@link #maxArticleLength()}
   */
  public Article parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String string = text.toString();
    if (string.length() > maxArticleLength) {
      throw tooLong(string, String.valueOf(string.length()));
    }
    try {
      return engine.parse(string);
    } catch (ArticleParseException e) {
      throw e;
    } catch (RuntimeException e) {
      // A defect of ours must not escape as an undocumented exception: report it, keep it visible.
      LOG.error("wirecopy failed on an article it should have handled; please report this", e);
      throw new ArticleParseException("internal error: " + e, 1, 1, 0);
    }
  }

  /**
   * Reads one article from {@code reader} to its end, and parses it. The reader is not closed.
   *
   * @throws ArticleParseException as {@link #parse(CharSequence)} does; reading stops once the
   *     text exceeds {@link #maxArticleLength()}
   * @throws UncheckedIOException where the reader fails
   */
  public Article parse(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = reader.read(buffer)) >= 0) {
        if (text.length() + n > maxArticleLength) {
          text.append(buffer, 0, maxArticleLength - text.length());
          throw tooLong(text, "more");
        }
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(text);
  }

  /**
   * The error for an article longer than the limit, placed where the limit is crossed in
   * {@code kept}, its first {@link #maxArticleLength()} characters or more.
   */
  ArticleParseException tooLong(CharSequence kept, String foundLength) {
    return TextPosition.error(
        "expected an article of at most " + maxArticleLength + " characters, found "
            + foundLength,
        kept, maxArticleLength);
  }

  /**
   * Reads a corpus lazily: every line whose first word is {@code date} followed by an ISO date
   * starts an article. The stream yields one {@link CorpusEntry} per article, in order, holding
   * the article or its failure with the location in the corpus. It holds one article in memory at
   * a time, or with {@link Builder#corpusThreads(int) corpusThreads} a few, read ahead and parsed
   * on threads of the stream's own. Blank lines before the first article are skipped; any
   * other text there is yielded as a failed entry, so nothing is lost. Closing the stream closes
   * the reader, and stops the stream's threads.
   *
   * @throws UncheckedIOException from the stream's operations where the reader fails, after the
   *     entries read before the failure, or where the thread is interrupted while it waits for
   *     the stream's threads (an {@link java.io.InterruptedIOException} as the cause)
   */
  public Stream<CorpusEntry> corpus(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    return stream(new CorpusReader(reader, this));
  }

  private Stream<CorpusEntry> stream(CorpusReader articles) {
    if (corpusThreads == 0) {
      return stream(articles, articles::close).map(article -> article.parse(this));
    }
    // The articles read ahead and being handed out may hold together as much text as the default
    // article limit lets one article hold in this heap, so that they need no more heap than it.
    long maxCharsHeld = maxArticleLengthForHeap(Runtime.getRuntime().maxMemory());
    ParallelCorpusReader entries =
        new ParallelCorpusReader(articles, this, corpusThreads, maxCharsHeld);
    return stream(entries, entries::close);
  }

  private static <T> Stream<T> stream(Iterator<T> iterator, Runnable onClose) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
            false)
        .onClose(onClose);
  }

  /**
   * Reads a UTF-8 corpus lazily from {@code in}, as {@link #corpus(Reader)} does. Bytes that are
   * not UTF-8 fail the article that holds them, with the first of them as its error (the byte,
   * where its U+FFFD stands in the article's text, and its byte offset in the input), and the
   * articles after it read on; the failed entry's text has a U+FFFD for each invalid sequence.
   * Closing the stream closes {@code in}.
   *
   * <p>Gzip data (told by its first bytes, whatever the file is called) is decompressed as it is
   * read, one member after another; lines, columns and offsets are then in the decompressed text.
   * Where the gzip data is corrupt or cut short, the text read ends with a U+FFFD, which fails
   * the article it cuts short; the articles before stand. Data compressed in other formats
   * (bzip2, xz, zstd, zip) is one failed entry that says so.
   *
   * @throws UncheckedIOException from the stream's operations where {@code in} fails
   */
  public Stream<CorpusEntry> corpus(InputStream in) {
    return stream(new CorpusReader(new Utf8Reader(new DecompressingInputStream(in)), this));
  }

  /**
   * Reads a UTF-8 corpus file lazily, as {@link #corpus(InputStream)} does. Close the stream
   * when done.
   *
   * @throws UncheckedIOException where the file cannot be opened, and from the stream's
   *     operations where it cannot be read
   */
  public Stream<CorpusEntry> corpus(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      return corpus(Files.newInputStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures an {@link ArticleParser}; each setter checks its value at once. */
  public static final class Builder {

    private int maxArticleLength = maxArticleLengthForHeap(Runtime.getRuntime().maxMemory());
    private final List<String> abbreviations = new ArrayList<>();
    private boolean extractQuotes = true;
    private final List<String> speechCues = new ArrayList<>();
    private int corpusThreads;

    private Builder() {}

    /**
     * The largest article accepted, in UTF-16 code units; a longer one is an
     * {@link ArticleParseException}, and the corpus reader keeps only this much of its text.
     * Defaults to the longest article whose parse fits this JVM's heap with room to spare,
     * {@link #maxArticleLengthForHeap(long)} of {@link Runtime#maxMemory()}: at most
     * {@link #DEFAULT_MAX_ARTICLE_LENGTH}, 314,572 in a heap of 64 MiB. That holds for one article
     * at a time; where several threads parse at once, give each its share of the heap.
     *
     * @throws IllegalArgumentException unless {@code maxArticleLength >= 16}
     */
    public Builder maxArticleLength(int maxArticleLength) {
      if (maxArticleLength < 16) {
        throw new IllegalArgumentException(
            "maxArticleLength must be >= 16, got " + maxArticleLength);
      }
      this.maxArticleLength = maxArticleLength;
      return this;
    }

    /**
     * How many threads of its own a stream from {@code corpus(..)} parses the articles on. With
     * 0, the default, the caller's thread parses each article as it reads it. With more, the
     * caller's thread reads the corpus and splits it into articles while the stream's threads
     * parse them, several at once, in batches of consecutive articles; the stream yields the
     * same entries as with 0, in corpus order. One thread already lets the caller's own work on
     * each entry (writing it out, say) run beside the parse. The articles read ahead are bounded
     * in number, and they and those the caller is being handed together hold no more text than
     * the default article limit lets one article hold in this heap (a longer article parses
     * alone), so that the heap a corpus needs stays what one article needs. The threads are daemon threads, started as the stream is read and
     * stopped when it is exhausted or closed, or soon after it is dropped unfinished. {@link ArticleParser#parse(CharSequence) parse}
     * always runs on the caller's thread.
     *
     * @throws IllegalArgumentException unless {@code 0 <= corpusThreads <= 256}
     */
    public Builder corpusThreads(int corpusThreads) {
      if (corpusThreads < 0 || corpusThreads > MAX_CORPUS_THREADS) {
        throw new IllegalArgumentException("corpusThreads must be between 0 and "
            + MAX_CORPUS_THREADS + ", got " + corpusThreads);
      }
      this.corpusThreads = corpusThreads;
      return this;
    }

    /**
     * Words, written without their final period and case-sensitive, whose period never ends a
     * sentence, in addition to the built-in titles and abbreviations: {@code "Amb"},
     * {@code "Maj.Gen"}.
     *
     * @throws IllegalArgumentException for a blank word or one holding white space
     */
    public Builder addAbbreviations(Collection<String> words) {
      Objects.requireNonNull(words, "words");
      for (String word : words) {
        Objects.requireNonNull(word, "abbreviation");
        if (word.isEmpty() || word.chars().anyMatch(c -> Whitespace.isBlank((char) c))
            || word.endsWith(".")) {
          throw new IllegalArgumentException(
              "an abbreviation must be one word without its final period, got \"" + word + "\"");
        }
      }
      abbreviations.addAll(words);
      return this;
    }

    /**
     * Whether articles carry their quotes and speakers. Enabled by default; disabled, the parser
     * gives structure only (header, dateline, paragraphs, sentences), and faster.
     */
    public Builder extractQuotes(boolean extractQuotes) {
      this.extractQuotes = extractQuotes;
      return this;
    }

    /**
     * Verbs of communication that mark reported speech, in addition to the built-in lexicon
     * ({@code say}, {@code tell}, {@code add}, {@code stress}, {@code according to}, ...). Give
     * each verb in its base form, alone or with its particle ({@code "tweet"},
     * {@code "spell out"}): its regular inflections ({@code tweets}, {@code tweeted},
     * {@code tweeting}) are added with it. Matching ignores case.
     *
     * @throws IllegalArgumentException for a blank cue, or one that is not words of letters
     *     separated by single spaces
     */
    public Builder addSpeechCues(Collection<String> cues) {
      Objects.requireNonNull(cues, "cues");
      for (String cue : cues) {
        Objects.requireNonNull(cue, "cue");
        if (!SpeechCues.isWellFormed(cue)) {
          throw new IllegalArgumentException(
              "a speech cue must be words of letters separated by single spaces, got \"" + cue
                  + "\"");
        }
      }
      speechCues.addAll(cues);
      return this;
    }

    /** The parser, immutable and thread-safe. */
    public ArticleParser build() {
      return new ArticleParser(this);
    }
  }
}
