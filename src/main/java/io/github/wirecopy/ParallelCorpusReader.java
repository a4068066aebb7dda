package io.github.wirecopy;

import io.github.wirecopy.CorpusReader.GatheredArticle;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A corpus read on the caller's thread and parsed on threads of its own, several articles at
 * once, its entries handed out in corpus order.
 *
 * <p>The caller's thread splits the corpus ({@link CorpusReader}) and hands the articles to the
 * workers in batches of consecutive articles, some tens of kilobytes of text each, so that a
 * corpus of short articles costs a hand-over per batch rather than per article. There are at
 * most {@code 2 * threads} batches ahead, handed out and not yet taken. Those and the batch the
 * caller is taking its entries from hold no more text together than {@code maxCharsHeld}
 * characters, unless one batch alone is longer, which is then the only one: the articles being
 * parsed and those parsed and not yet taken need no more heap than one article as long needs
 * sequentially, which is what the parser's default article limit is sized for.
 *
 * <p>A failure to read the corpus surfaces after the entries read before it, as it does when
 * reading sequentially. The worker threads are daemons; they stop when the corpus is exhausted or
 * the reader closed, or after two seconds without work.
 */
final class ParallelCorpusReader implements Iterator<CorpusEntry>, AutoCloseable {

  /** The text a batch is filled to, unless the bound on the text held asks for less. */
  private static final long BATCH_CHARS = 64 * 1024;

  /** How long a worker waits for a batch before it ends; the pool starts another when needed. */
  private static final long IDLE_THREAD_SECONDS = 2;

  private static final AtomicInteger READERS = new AtomicInteger();

  private final CorpusReader articles;
  private final ArticleParser parser;
  private final ExecutorService workers;
  private final int maxAhead;
  private final long maxCharsHeld;
  private final long batchChars;

  /** The batches handed to workers and not yet taken, in corpus order. */
  private final ArrayDeque<Batch> ahead = new ArrayDeque<>();
  private long charsAhead;
  /** The entries of the batch taken last, being handed out, and its text. */
  private Iterator<CorpusEntry> taken = Collections.emptyIterator();
  private long charsTaken;
  /** An article read but not yet put in a batch, for want of room ahead. */
  private GatheredArticle waiting;
  /** Why the corpus could not be read further; thrown once the entries before it are taken. */
  private RuntimeException readFailure;

  private record Batch(Future<List<CorpusEntry>> entries, long chars) {}

  /**
   * Parses the articles of {@code articles} with {@code parser} on {@code threads} threads.
   *
   * @param maxCharsHeld the most text, in characters, of the batches handed out and the one
   *     being taken; a batch of one article longer than that is still parsed, alone
   */
  ParallelCorpusReader(
      CorpusReader articles, ArticleParser parser, int threads, long maxCharsHeld) {
    this.articles = articles;
    this.parser = parser;
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads,
        IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
    // A stream dropped unclosed and unfinished leaves no thread behind for long.
    pool.allowCoreThreadTimeOut(true);
    this.workers = pool;
    this.maxAhead = 2 * threads;
    this.maxCharsHeld = maxCharsHeld;
    this.batchChars = Math.max(1, Math.min(BATCH_CHARS, maxCharsHeld / maxAhead));
  }

  private static ThreadFactory daemonThreads() {
    String prefix = "wirecopy-corpus-" + READERS.incrementAndGet() + "-parser-";
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public boolean hasNext() {
    if (taken.hasNext()) {
      return true;
    }
    charsTaken = 0; // the caller is done with the batch
    readAhead();
    if (!ahead.isEmpty()) {
      return true;
    }
    workers.shutdown();
    if (readFailure != null) {
      throw readFailure;
    }
    return false;
  }

  @Override
  public CorpusEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (!taken.hasNext()) {
      Batch first = ahead.poll();
      taken = await(first.entries()).iterator();
      charsAhead -= first.chars();
      charsTaken = first.chars();
      readAhead();
    }
    return taken.next();
  }

  /** How many batches are handed to workers and not yet taken. */
  int batchesAhead() {
    return ahead.size();
  }

  /** How much text the batches handed to workers and the one being taken hold together. */
  long charsHeld() {
    return charsAhead + charsTaken;
  }

  /** How many batches are held: those handed to workers, and the one being taken if any. */
  int batchesHeld() {
    return ahead.size() + (charsTaken > 0 ? 1 : 0);
  }

  /** The text a batch is filled to. */
  long batchChars() {
    return batchChars;
  }

  /** Hands batches to the workers while there is room ahead and the corpus reads. */
  private void readAhead() {
    while (ahead.size() < maxAhead) {
      List<GatheredArticle> batch = new ArrayList<>();
      long chars = 0;
      while (chars < batchChars && readNext()) {
        int length = waiting.text().length();
        boolean alone = ahead.isEmpty() && charsTaken == 0 && batch.isEmpty();
        if (!alone && (charsAhead + charsTaken + chars + length > maxCharsHeld
            || (!batch.isEmpty() && chars + length > batchChars))) {
          break;
        }
        batch.add(waiting);
        chars += length;
        waiting = null;
      }
      if (batch.isEmpty()) {
        return;
      }
      ahead.add(new Batch(workers.submit(() -> parse(batch)), chars));
      charsAhead += chars;
    }
  }

  /** Whether there is an article {@link #waiting}, reading the next one if need be. */
  private boolean readNext() {
    if (waiting == null && readFailure == null) {
      try {
        if (articles.hasNext()) {
          waiting = articles.next();
        }
      } catch (RuntimeException e) {
        readFailure = e;
      }
    }
    return waiting != null;
  }

  private List<CorpusEntry> parse(List<GatheredArticle> batch) {
    List<CorpusEntry> entries = new ArrayList<>(batch.size());
    for (GatheredArticle article : batch) {
      entries.add(article.parse(parser));
    }
    return entries;
  }

  private List<CorpusEntry> await(Future<List<CorpusEntry>> entries) {
    try {
      return entries.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new UncheckedIOException(
          new InterruptedIOException("interrupted while waiting for articles to be parsed"));
    } catch (ExecutionException e) {
      // The parse of an article fails as a failed entry, never by throwing; what comes here is
      // an Error of the worker's (out of memory), which the caller must see as its own.
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("parsing an article failed", cause);
    }
  }

  /** Stops the workers, abandoning the batches ahead, and closes the corpus. */
  @Override
  public void close() {
    workers.shutdownNow();
    ahead.clear();
    taken = Collections.emptyIterator();
    articles.close();
  }
}
