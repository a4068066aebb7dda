package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One parser shared by several threads gives each of them what sequential parsing gives. */
class ConcurrencyTest {

  private static final int THREADS = 8;

  private final ArticleParser shared =
      ArticleParser.builder().addAbbreviations(List.of("Kpt")).maxArticleLength(4096).build();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void sharedParserGivesEveryThreadTheSequentialResults() throws Exception {
    List<String> texts = texts();
    List<Object> sequential = texts.stream().map(this::outcome).toList();

    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Object>>> runs = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      runs.add(pool.submit(() -> {
        // Each thread visits the texts in its own order, so that different threads work on
        // different articles at the same moment.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        Object[] results = new Object[texts.size()];
        start.await();
        for (int i : order) {
          results[i] = outcome(texts.get(i));
        }
        return List.of(results);
      }));
    }
    start.countDown();

    for (Future<List<Object>> run : runs) {
      assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(sequential);
    }
  }

  @Test
  void sharedParserReadsTheSameCorpusFromSeveralThreadsAlike() throws Exception {
    String corpus = String.join("\n", texts().subList(0, 200));
    List<String> sequential = corpusOutcomes(corpus);

    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> runs = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Callable<List<String>> read = () -> {
        start.await();
        return corpusOutcomes(corpus);
      };
      runs.add(pool.submit(read));
    }
    start.countDown();

    for (Future<List<String>> run : runs) {
      assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(sequential);
    }
  }

  /** The article, or the message and location of the failure: both compare by value. */
  private Object outcome(String text) {
    try {
      return shared.parse(text);
    } catch (ArticleParseException e) {
      return e.getMessage() + " @" + e.offset();
    }
  }

  private List<String> corpusOutcomes(String corpus) {
    try (Stream<CorpusEntry> entries = shared.corpus(new StringReader(corpus))) {
      return entries.map(e -> e.line() + ":" + e.offset() + ":"
              + e.article().map(Object::toString).orElseGet(() -> e.failure().orElseThrow().getMessage()))
          .toList();
    }
  }

  /** Generated articles, some with a header date that does not exist, some over the limit. */
  private static List<String> texts() {
    List<GeneratedArticle> generated = WireCopyArbitraries.articles().sampleStream().limit(600).toList();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      GeneratedArticle article = i % 7 == 0 ? generated.get(i).withHeaderDate("2021-02-30") : generated.get(i);
      String text = article.textEndingWithLineBreak();
      texts.add(i % 11 == 3 ? text + "\nKpt. Ortega said visas resume. ".repeat(200) : text);
    }
    return texts;
  }
}
