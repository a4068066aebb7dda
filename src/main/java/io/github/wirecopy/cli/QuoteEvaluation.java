package io.github.wirecopy.cli;

import io.github.wirecopy.ArticleParseException;
import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.internal.SpeechCues;
import io.github.wirecopy.internal.Whitespace;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import io.github.wirecopy.model.Span;
import io.github.wirecopy.model.Speaker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How well the parser finds quotes and their speakers, against gold attribution relations such as
 * PolNeAR's (see {@link Attributions}).
 *
 * <p><b>Gold quotations</b> are the attributions whose speech is direct or mixed, and the reported
 * ones whose cue holds a verb of communication ({@link SpeechCues#containsCue}); a reported one
 * without a cue is none. The other attributions (beliefs, intentions) are <b>optional</b>.
 *
 * <p>Content is counted in characters, a discontinuous gold content being the union of its
 * spans. Something <em>lies on</em> a set of characters when at least half of its content
 * characters are in that set (content of no characters lies on nothing). Per article:
 *
 * <ul>
 *   <li>a system quote is <b>correct</b> when it lies on the content of the gold quotations;
 *       otherwise it is <b>ignored</b> when it lies on the content of the optional attributions;
 *       otherwise it is a <b>false positive</b>;
 *   <li>a gold quotation is <b>found</b> when it lies on the content of the system quotes;
 *   <li>for each found gold quotation with a source, the system quote that has most content
 *       characters in common with it (among equals the tightest, with fewest characters outside
 *       it, then the first) has the <b>right speaker</b> when its
 *       mention overlaps the gold source, or when its speaker's name and the source text share
 *       the surname or head noun ({@link #sharesSurnameOrHeadNoun}); without speaker and mention
 *       it is wrong.
 * </ul>
 *
 * <p>Precision is correct / (correct + false positives), recall found / gold, F1 their harmonic
 * mean. Per kind, recall counts the gold quotations of one speech and precision the system quotes
 * of the matching {@link QuoteKind} (direct with DIRECT, mixed with MIXED, reported with
 * INDIRECT), a system quote being correct when it lies on gold quotations of any speech.
 */
final class QuoteEvaluation {

  /** How many of each kind of disagreement, and of parse failures, are kept for the report. */
  static final int MAX_LISTED = 50;

  /** The kind of system quote whose precision goes with the recall of each gold speech. */
  private static final QuoteKind[] KIND_OF_SPEECH = {
      QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.INDIRECT};

  private final SpeechCues cues;

  private int articles;
  private int failureCount;
  private final List<String> failures = new ArrayList<>();
  private int optional;
  private final int[] gold = new int[Attributions.Speech.values().length];
  private final int[] found = new int[Attributions.Speech.values().length];
  private final int[] correct = new int[QuoteKind.values().length];
  private final int[] ignored = new int[QuoteKind.values().length];
  private final int[] falsePositives = new int[QuoteKind.values().length];
  private int speakerRight;
  private int speakerScored;
  private final List<Listed> listedFalsePositives = new ArrayList<>();
  private final List<Listed> listedMisses = new ArrayList<>();
  private final List<Listed> listedWrongSpeakers = new ArrayList<>();

  /** An empty evaluation that tells gold quotations by {@code cues}. */
  QuoteEvaluation(SpeechCues cues) {
    this.cues = cues;
  }

  /**
   * Evaluates {@code parser} on a corpus directory holding {@code attributions.jsonl} and the
   * articles it names as {@code articles/ID.txt}, each read as UTF-8 and parsed whole.
   *
   * @param split the split whose articles to evaluate, or empty for all
   * @throws CommandFailure where a file cannot be read, the attributions are malformed, or their
   *     offsets lie outside their article
   */
  static QuoteEvaluation run(Path directory, Optional<String> split, ArticleParser parser)
      throws CommandFailure {
    Path attributionFile = directory.resolve("attributions.jsonl");
    List<Attributions.Entry> entries;
    try {
      entries = Attributions.read(attributionFile);
    } catch (IOException e) {
      throw new CommandFailure(attributionFile + ": " + IoFailure.describe(e), e);
    }
    QuoteEvaluation evaluation = new QuoteEvaluation(SpeechCues.builtIn());
    Path articleDirectory = directory.resolve("articles");
    for (Attributions.Entry entry : entries) {
      if (split.isPresent() && !split.get().equals(entry.split())) {
        continue;
      }
      Path file = articleDirectory.resolve(entry.id() + ".txt");
      String text;
      try {
        text = Files.readString(file); // UTF-8, and strict: bad bytes are an error
      } catch (IOException e) {
        throw new CommandFailure(file + ": " + IoFailure.describe(e), e);
      }
      Optional<Article> article;
      try {
        article = Optional.of(parser.parse(text));
      } catch (ArticleParseException e) {
        evaluation.failed(file + ":" + e.line() + ":" + e.column() + ": " + e.originalMessage());
        article = Optional.empty();
      }
      try {
        evaluation.add(entry.id(), text, article, entry.attributions());
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(attributionFile + ":" + entry.line() + ": " + e.getMessage()
            + " (" + file + ")", e);
      }
    }
    return evaluation;
  }

  /** Notes an article that did not parse: {@link #add} it still, without an article. */
  void failed(String message) {
    failureCount++;
    if (failures.size() < MAX_LISTED) {
      failures.add(message);
    }
  }

  /**
   * Scores one article.
   *
   * @param id the article's id, for the listings
   * @param text the article's text, into which the gold offsets (code points) and the article's
   *     spans (UTF-16 units) point
   * @param article the article as parsed from {@code text}, or empty where it did not parse: it
   *     has no quotes then
   * @throws IllegalArgumentException where a gold offset lies outside {@code text}, or the
   *     article was not parsed from {@code text}
   */
  void add(String id, String text, Optional<Article> article,
      List<Attributions.Attribution> attributions) {
    if (article.isPresent() && !article.get().text().equals(text)) {
      throw new IllegalArgumentException("the article was parsed from another text");
    }
    // Every offset is converted before anything is counted, so that bad gold counts nothing.
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<GoldQuotation> converted = new ArrayList<>(attributions.size());
    for (int i = 0; i < attributions.size(); i++) {
      Attributions.Attribution attribution = attributions.get(i);
      try {
        List<Span> content = charSpans(attribution.content(), offsets);
        converted.add(new GoldQuotation(attribution.speech(), content,
            chars(content, text.length()), attribution.source().map(s -> charSpans(s, offsets))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("attribution " + i + ": " + e.getMessage(), e);
      }
    }
    List<GoldQuotation> golds = new ArrayList<>();
    BitSet goldChars = new BitSet(text.length());
    BitSet optionalChars = new BitSet(text.length());
    for (int i = 0; i < attributions.size(); i++) {
      GoldQuotation attribution = converted.get(i);
      if (isQuotation(attributions.get(i))) {
        golds.add(attribution);
        goldChars.or(attribution.contentChars());
      } else {
        optional++;
        optionalChars.or(attribution.contentChars());
      }
    }

    List<Quote> quotes = article.map(Article::quotes).orElse(List.of());
    BitSet systemChars = new BitSet(text.length());
    for (Quote quote : quotes) {
      Span span = quote.content().span();
      int kind = quote.kind().ordinal();
      systemChars.set(span.start(), span.end());
      if (liesOn(count(goldChars, span), span.length())) {
        correct[kind]++;
      } else if (liesOn(count(optionalChars, span), span.length())) {
        ignored[kind]++;
      } else {
        falsePositives[kind]++;
        list(listedFalsePositives, new Listed(id, List.of(span), quote.kind().name(),
            excerpt(text, List.of(span)), ""));
      }
    }

    for (GoldQuotation quotation : golds) {
      int speech = quotation.speech().ordinal();
      gold[speech]++;
      BitSet covered = (BitSet) quotation.contentChars().clone();
      covered.and(systemChars);
      if (!liesOn(covered.cardinality(), quotation.contentChars().cardinality())) {
        list(listedMisses, new Listed(id, quotation.content(), quotation.speech().label(),
            excerpt(text, quotation.content()), ""));
        continue;
      }
      found[speech]++;
      if (quotation.source().isEmpty()) {
        continue;
      }
      speakerScored++;
      // Found: at least half its characters lie in system quotes, so some quote shares one.
      Quote best = mostInCommon(quotes, quotation.contentChars());
      List<Span> source = quotation.source().get();
      String sourceText = joined(text, source);
      List<Speaker> speakers = article.map(Article::speakers).orElse(List.of());
      if (rightSpeaker(best, speakers, source, sourceText)) {
        speakerRight++;
      } else {
        list(listedWrongSpeakers, new Listed(id, quotation.content(),
            quotation.speech().label(), excerpt(text, quotation.content()),
            "gold source \"" + sourceText + "\", system " + describeSpeaker(best, speakers)));
      }
    }
    articles++;
  }

  /** Whether an attribution is a gold quotation, rather than an optional one. */
  boolean isQuotation(Attributions.Attribution attribution) {
    return attribution.speech() != Attributions.Speech.REPORTED
        || attribution.cue().map(cue -> cues.containsCue(cue.text())).orElse(false);
  }

  /** At least half of {@code length} content characters, {@code inside} of them in the set. */
  static boolean liesOn(int inside, int length) {
    return length > 0 && 2L * inside >= length;
  }

  /**
   * The quote with most content characters in {@code chars}; among equals the tightest (fewest
   * characters outside {@code chars}: a quote nested in a wider one is judged on its own), then
   * the first; else null.
   */
  private static Quote mostInCommon(List<Quote> quotes, BitSet chars) {
    Quote best = null;
    int bestCommon = 0;
    int bestOutside = 0;
    for (Quote quote : quotes) {
      int common = count(chars, quote.content().span());
      int outside = quote.content().span().length() - common;
      if (common > bestCommon || common == bestCommon && common > 0 && outside < bestOutside) {
        best = quote;
        bestCommon = common;
        bestOutside = outside;
      }
    }
    return best;
  }

  /**
   * Whether {@code quote} names the gold source: its mention overlaps a span of the source, or
   * its speaker's name {@linkplain #sharesSurnameOrHeadNoun shares the surname or head noun} with
   * the source's text.
   */
  static boolean rightSpeaker(
      Quote quote, List<Speaker> speakers, List<Span> source, String sourceText) {
    if (quote.mention().isPresent()) {
      Span mention = quote.mention().get().span();
      for (Span span : source) {
        if (Math.max(mention.start(), span.start()) < Math.min(mention.end(), span.end())) {
          return true;
        }
      }
    }
    if (quote.speaker().isPresent()) {
      return sharesSurnameOrHeadNoun(speakers.get(quote.speaker().getAsInt()).name(), sourceText);
    }
    return false;
  }

  /**
   * Whether the last word of {@code name} is a word of {@code source}, or the last word of
   * {@code source} a word of {@code name}: {@code Barack Obama} and {@code Obama's}, {@code a
   * White House spokesman} and {@code the spokesman}. Words are runs of letters compared without
   * case; the last word is taken after dropping trailing punctuation and a possessive {@code 's}.
   */
  static boolean sharesSurnameOrHeadNoun(String name, String source) {
    Optional<String> lastOfName = lastWord(name);
    if (lastOfName.isPresent() && SpeechCues.words(source).contains(lastOfName.get())) {
      return true;
    }
    Optional<String> lastOfSource = lastWord(source);
    return lastOfSource.isPresent() && SpeechCues.words(name).contains(lastOfSource.get());
  }

  /** The last run of letters, in lower case, after dropping trailing punctuation and {@code 's}. */
  static Optional<String> lastWord(String text) {
    int end = skipNonLettersBack(text, text.length());
    if (end >= 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
      end = skipNonLettersBack(text, end - 2);
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    // Lower-cased as SpeechCues.words lower-cases the other side, letter by letter: a whole-string
    // toLowerCase would make a final capital sigma the final form, and miss a match.
    return start < end
        ? Optional.of(SpeechCues.words(text.substring(start, end)).get(0))
        : Optional.empty();
  }

  private static int skipNonLettersBack(String text, int end) {
    while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The extent's ranges as char spans of the text. */
  private static List<Span> charSpans(Attributions.Extent extent, CodePointOffsets offsets) {
    List<Span> spans = new ArrayList<>(extent.offsets().size());
    for (Attributions.Range range : extent.offsets()) {
      spans.add(Span.of(offsets.toChar(range.start()), offsets.toChar(range.end())));
    }
    return spans;
  }

  private static BitSet chars(List<Span> spans, int length) {
    BitSet chars = new BitSet(length);
    for (Span span : spans) {
      chars.set(span.start(), span.end());
    }
    return chars;
  }

  /** How many characters of {@code span} are in {@code chars}. */
  private static int count(BitSet chars, Span span) {
    int count = 0;
    for (int i = chars.nextSetBit(span.start()); i >= 0 && i < span.end();
        i = chars.nextSetBit(i + 1)) {
      count++;
    }
    return count;
  }

  private static String joined(String text, List<Span> spans) {
    StringBuilder joined = new StringBuilder();
    for (Span span : spans) {
      if (joined.length() > 0) {
        joined.append(' ');
      }
      joined.append(span.of(text));
    }
    return joined.toString();
  }

  /** The first 80 characters of the spans' text on one line, with {@code ...} where cut. */
  private static String excerpt(String text, List<Span> spans) {
    String joined = joined(text, spans);
    String oneLine = Whitespace.normalize(joined, 0, joined.length());
    if (oneLine.length() <= 80) {
      return oneLine;
    }
    int cut = Character.isHighSurrogate(oneLine.charAt(79)) ? 79 : 80;
    return oneLine.substring(0, cut) + "...";
  }

  private static String describeSpeaker(Quote quote, List<Speaker> speakers) {
    String speaker = quote.speaker().isPresent()
        ? "speaker \"" + speakers.get(quote.speaker().getAsInt()).name() + "\""
        : "no speaker";
    String mention = quote.mention().map(m -> "mention \"" + m.text() + "\" at " + m.span())
        .orElse("no mention");
    return speaker + ", " + mention;
  }

  private static void list(List<Listed> listed, Listed item) {
    if (listed.size() < MAX_LISTED) {
      listed.add(item);
    }
  }

  /** The articles scored, parsed or not. */
  int articles() {
    return articles;
  }

  /** The articles that did not parse, scored as having no quotes. */
  int failureCount() {
    return failureCount;
  }

  /** The first {@link #MAX_LISTED} parse failures, as {@code file:line:column: message}. */
  List<String> failures() {
    return List.copyOf(failures);
  }

  /** The attributions that are not gold quotations. */
  int optionalCount() {
    return optional;
  }

  /** Direct with DIRECT, mixed with MIXED, reported with INDIRECT: one row for each. */
  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Attributions.Speech speech : Attributions.Speech.values()) {
      QuoteKind kind = KIND_OF_SPEECH[speech.ordinal()];
      int k = kind.ordinal();
      rows.add(new Row(speech.label() + " / " + kind.name(), gold[speech.ordinal()],
          found[speech.ordinal()], correct[k], ignored[k], falsePositives[k]));
    }
    return rows;
  }

  /** All kinds together. */
  Row overall() {
    return new Row("all", sum(gold), sum(found), sum(correct), sum(ignored), sum(falsePositives));
  }

  /** Found gold quotations with a source whose speaker the system got right. */
  Ratio speaker() {
    return new Ratio(speakerRight, speakerScored);
  }

  /** The first {@link #MAX_LISTED} false positives, in corpus order. */
  List<Listed> falsePositives() {
    return List.copyOf(listedFalsePositives);
  }

  /** The first {@link #MAX_LISTED} gold quotations not found. */
  List<Listed> misses() {
    return List.copyOf(listedMisses);
  }

  /** The first {@link #MAX_LISTED} found gold quotations whose speaker is wrong. */
  List<Listed> wrongSpeakers() {
    return List.copyOf(listedWrongSpeakers);
  }

  private static int sum(int[] counts) {
    int sum = 0;
    for (int count : counts) {
      sum += count;
    }
    return sum;
  }

  /**
   * The counts of one row of the report.
   *
   * @param name which gold speech and system kind it counts
   * @param gold gold quotations
   * @param found gold quotations found
   * @param correct system quotes that lie on gold quotations
   * @param ignored system quotes, not correct, that lie on optional attributions
   * @param falsePositives the other system quotes
   */
  record Row(String name, int gold, int found, int correct, int ignored, int falsePositives) {

    /** The system quotes: correct, ignored and false positives together. */
    int system() {
      return correct + ignored + falsePositives;
    }

    /** correct / (correct + false positives); empty where both are zero. */
    OptionalDouble precision() {
      return new Ratio(correct, correct + falsePositives).value();
    }

    /** found / gold; empty where there is no gold. */
    OptionalDouble recall() {
      return new Ratio(found, gold).value();
    }

    /**
     * The harmonic mean of precision and recall, an empty one counting as zero; zero where both
     * are zero, empty where both are empty.
     */
    OptionalDouble f1() {
      OptionalDouble precision = precision();
      OptionalDouble recall = recall();
      if (precision.isEmpty() && recall.isEmpty()) {
        return OptionalDouble.empty();
      }
      double p = precision.orElse(0);
      double r = recall.orElse(0);
      return OptionalDouble.of(p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** A count out of a total. */
  record Ratio(int count, int total) {

    /** count / total; empty where the total is zero. */
    OptionalDouble value() {
      return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / total);
    }
  }

  /**
   * A quote or gold quotation listed for a developer to look at.
   *
   * @param id the article
   * @param spans where its content stands, in UTF-16 units of the article's text
   * @param kind the system kind ({@code DIRECT}) or gold speech ({@code direct})
   * @param excerpt the first 80 characters of its content
   * @param note what else there is to say, or empty
   */
  record Listed(String id, List<Span> spans, String kind, String excerpt, String note) {}

  /** A gold attribution, its content in char spans and as a set of characters. */
  private record GoldQuotation(Attributions.Speech speech, List<Span> content, BitSet contentChars,
      Optional<List<Span>> source) {}
}
