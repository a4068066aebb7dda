package io.github.wirecopy.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
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
 * Peer: Apache OpenNLP's maximum-entropy sentence detector with its English model from Maven
 * Central, on the same corpus and one article per operation as {@link ParseBenchmark}. It gives
 * sentence spans, as wirecopy's sentences carry spans; wirecopy's structure-only parse, which
 * splits sentences and does more (header, dateline, paragraphs, the model objects), is the
 * figure it is compared with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class OpenNlpSentenceBenchmark {

  /** The model file inside {@code opennlp-models-sentdetect-en}. */
  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private SentenceDetectorME detector;

  @Setup(Level.Trial)
  public void loadModel() throws IOException {
    try (InputStream in = OpenNlpSentenceBenchmark.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(MODEL + " is not on the class path"));
      }
      // SentenceDetectorME is not thread-safe; this benchmark runs on one thread.
      detector = new SentenceDetectorME(new SentenceModel(in));
    }
  }

  /** The sentence spans of one article. */
  @Benchmark
  public Span[] sentenceDetector(CorpusInput input, ArticleCursor cursor, InputRate rate) {
    return detector.sentPosDetect(input.next(cursor, rate));
  }
}
