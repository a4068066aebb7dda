package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirecopy.model.Article;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A corpus parsed on threads of its stream's own: a failure to read it comes after the entries
 * read before it, as on the caller's thread, an interrupted wait fails as interrupted I/O, and the
 * threads stop when the stream is closed, exhausted or interrupted, or soon after it is dropped.
 */
class ParallelCorpusTest {

  private static final ArticleParser PARALLEL = ArticleParser.builder().corpusThreads(3).build();

  private static String corpus(int articles) {
    StringBuilder corpus = new StringBuilder();
    for (int i = 1; i <= articles; i++) {
      corpus.append("date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- Officials met in round ")
          .append(i).append(" on Monday.\n\n\"We agreed on a plan,\" the minister said.\n");
    }
    return corpus.toString();
  }

  @Test
  void readFailureComesAfterTheEntriesReadBeforeItAsOnTheCallersThread() {
    // The reader serves ten articles and fails; the tenth is not known to be whole.
    String text = corpus(10);
    List<String> sequential = new ArrayList<>();
    try (Stream<CorpusEntry> entries = Wirecopy.parser().corpus(new FailingAfterReader(text))) {
      Iterator<CorpusEntry> iterator = entries.iterator();
      assertThatThrownBy(() -> iterator.forEachRemaining(entry -> sequential.add(entry.text())))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("feed connection lost");
    }
    assertThat(sequential).hasSize(9);

    List<String> parallel = new ArrayList<>();
    try (Stream<CorpusEntry> entries = PARALLEL.corpus(new FailingAfterReader(text))) {
      Iterator<CorpusEntry> iterator = entries.iterator();
      assertThatThrownBy(() -> iterator.forEachRemaining(entry -> parallel.add(entry.text())))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("feed connection lost");
    }
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void closingTheStreamStopsItsThreadsAndClosesTheReader() throws InterruptedException {
    Set<Thread> before = parserThreads();
    ClosingReader reader = new ClosingReader(corpus(200));

    try (Stream<CorpusEntry> entries = PARALLEL.corpus(reader)) {
      Iterator<CorpusEntry> iterator = entries.iterator();
      assertThat(iterator.next().isParsed()).isTrue();
      assertThat(newParserThreads(before)).as("the stream's threads, while it is read")
          .isNotEmpty();
    }

    assertThat(reader.closed).isTrue();
    awaitNoNewParserThreads(before, 1000);
  }

  @Test
  void exhaustingTheStreamStopsItsThreadsUnclosed() throws InterruptedException {
    Set<Thread> before = parserThreads();

    // Never closed, as a caller may forget to.
    Iterator<CorpusEntry> entries = PARALLEL.corpus(new StringReader(corpus(50))).iterator();
    int parsed = entries.next().isParsed() ? 1 : 0;
    Set<Thread> started = newParserThreads(before);
    assertThat(started).as("the stream's threads, while it is read").isNotEmpty();
    while (entries.hasNext()) {
      parsed += entries.next().isParsed() ? 1 : 0;
    }

    assertThat(parsed).isEqualTo(50);
    awaitNoNewParserThreads(before, 1000);
  }

  @Test
  void streamDroppedUnclosedAndUnfinishedLeavesNoThreadBehind() throws InterruptedException {
    Set<Thread> before = parserThreads();

    // Neither closed nor read to its end, as a caller may leave it.
    Iterator<CorpusEntry> entries = PARALLEL.corpus(new StringReader(corpus(200))).iterator();
    assertThat(entries.next().isParsed()).isTrue();
    assertThat(newParserThreads(before)).as("the stream's threads, while it is read")
        .isNotEmpty();

    awaitNoNewParserThreads(before, 10_000);
  }

  @Test
  void interruptedWaitIsAnInterruptedIoFailureAndStopsTheThreads() throws InterruptedException {
    Set<Thread> before = parserThreads();
    // An article whose parse takes long enough that the caller waits for it: 360,000
    // characters of quotes.
    String article = "date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- "
        + "\"A,\" said Li Wei. ".repeat(20_000) + "\n";
    ArticleParser parser = ArticleParser.builder().corpusThreads(1).build();
    Stream<CorpusEntry> entries = parser.corpus(new StringReader(article + corpus(3)));
    Iterator<CorpusEntry> iterator = entries.iterator();

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(iterator::next)
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(InterruptedIOException.class);
    } finally {
      assertThat(Thread.interrupted()).as("the caller's interrupt status kept").isTrue();
    }
    // The worker ends once it has finished the article it was parsing.
    awaitNoNewParserThreads(before, 1500);
  }

  @Test
  void entriesComeInCorpusOrderWithQuotesAndSpeakers() {
    List<CorpusEntry> entries;
    try (Stream<CorpusEntry> read = PARALLEL.corpus(new StringReader(corpus(100)))) {
      entries = read.toList();
    }

    assertThat(entries).extracting(CorpusEntry::index)
        .isEqualTo(IntStream.range(0, 100).boxed().toList());
    for (CorpusEntry entry : entries) {
      Article article = entry.article().orElseThrow();
      assertThat(article.paragraphs().get(0).text()).contains("round " + (entry.index() + 1) + " on");
      assertThat(article.quotes()).hasSize(1);
      assertThat(article.speakers().get(0).name()).isEqualTo("the minister");
    }
  }

  private static Set<Thread> parserThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("wirecopy-corpus-"))
        .collect(Collectors.toSet());
  }

  private static Set<Thread> newParserThreads(Set<Thread> before) {
    Set<Thread> now = parserThreads();
    now.removeAll(before);
    return now;
  }

  /**
   * Waits for the threads started since {@code before} to end, at most {@code millis} each:
   * well under the two seconds after which an idle one ends by itself, where the stream must
   * have stopped them.
   */
  private static void awaitNoNewParserThreads(Set<Thread> before, long millis)
      throws InterruptedException {
    for (Thread thread : newParserThreads(before)) {
      thread.join(millis);
      assertThat(thread.isAlive()).as("%s still running", thread.getName()).isFalse();
    }
  }
}
