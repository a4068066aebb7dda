package io.github.wirecopy.benchmarks;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;
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
 * Peer: Stanford CoreNLP, the tool a Java user would otherwise pick to find quotations, on the
 * same corpus and one article per operation as {@link ParseBenchmark}. CoreNLP is fed one article
 * at a time on purpose: its quote annotator is far slower on one long document.
 *
 * <p>{@code tokenize,ssplit,quote} is its quote finder; it has no reported speech, and
 * attributing quotes to speakers needs its 474 MB models jar, so attribution is off
 * ({@code quote.attributeQuotes=false}). {@code tokenize,ssplit} is its sentence splitting alone.
 *
 * <p>CoreNLP is GPL: a dependency of these benchmarks only, never shipped, never copied.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
// Its first iterations run about twice as slow as the later ones: a longer warm-up.
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class CoreNlpBenchmark {

  private StanfordCoreNLP tokenizeSsplitQuote;
  private StanfordCoreNLP tokenizeSsplit;

  @Setup(Level.Trial)
  public void buildPipelines() {
    RedwoodConfiguration.current().clear().apply(); // its "Adding annotator" lines are noise here
    tokenizeSsplitQuote = pipeline("tokenize,ssplit,quote");
    tokenizeSsplit = pipeline("tokenize,ssplit");
  }

  private static StanfordCoreNLP pipeline(String annotators) {
    Properties properties = new Properties();
    properties.setProperty("annotators", annotators);
    // Without this, "quote" needs coreference annotations and refuses to start.
    properties.setProperty("quote.attributeQuotes", "false");
    return new StanfordCoreNLP(properties);
  }

  /** Tokens, sentences and quotations of one article. */
  @Benchmark
  public Annotation tokenizeSsplitQuote(CorpusInput input, ArticleCursor cursor, InputRate rate) {
    return annotate(tokenizeSsplitQuote, input.next(cursor, rate));
  }

  /** Tokens and sentences of one article. */
  @Benchmark
  public Annotation tokenizeSsplit(CorpusInput input, ArticleCursor cursor, InputRate rate) {
    return annotate(tokenizeSsplit, input.next(cursor, rate));
  }

  private static Annotation annotate(StanfordCoreNLP pipeline, String article) {
    Annotation document = new Annotation(article);
    pipeline.annotate(document);
    return document;
  }
}
