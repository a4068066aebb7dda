package io.github.wirecopy.benchmarks;

import io.github.wirecopy.ArticleParser;
import io.github.wirecopy.internal.SpeechCues;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Sentence;
import java.util.List;

/**
 * How much of each input a quote finder must read at the least: the share of the paragraphs'
 * text that lies in sentences holding a cue of the lexicon ({@code said}, {@code according to})
 * or a quotation mark. A finder that looked only at those sentences, and found them without
 * reading the words of the others, would still read this much; benchmarks/ANALYSIS.md sets it
 * against what the full-parse target allows. Not a benchmark: it counts, and times nothing. Run
 * it from the project root:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.wirecopy.benchmarks.CueShare
 * </pre>
 */
public final class CueShare {

  private CueShare() {}

  public static void main(String[] args) {
    List<String> inputs = BenchmarkInput.available();
    ArticleParser parser = BenchmarkInput.structureOnly();
    SpeechCues cues = SpeechCues.builtIn();
    System.out.println("| input | sentences | with a cue or a mark | their share of the text"
        + " | with a cue | with a mark |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String name : inputs) {
      Share share = new Share();
      BenchmarkInput input = BenchmarkInput.load(name);
      for (int a = 0; a < input.size(); a++) {
        Article article = parser.parse(input.article(a));
        for (Paragraph paragraph : article.paragraphs()) {
          for (Sentence sentence : paragraph.sentences()) {
            String text = sentence.text();
            share.add(text.length(), cues.containsCue(text), holdsQuotationMark(text));
          }
        }
      }
      System.out.printf("| %s | %,d | %,d | %.1f %% | %.1f %% | %.1f %% |%n", name,
          share.sentences, share.readSentences, 100.0 * share.readChars / share.chars,
          100.0 * share.cueChars / share.chars, 100.0 * share.markChars / share.chars);
    }
  }

  /**
   * Whether {@code text} holds a character that may be a quotation mark: any double mark or
   * guillemet, an opening single mark, or a straight or closing single mark that is not an
   * apostrophe between two letters ({@code Xinhua's}, {@code don't}). The finder tells more
   * apostrophes apart ({@code farmers'}), so this may count a few sentences too many; the share
   * with a cue alone, which does not rest on this test, is printed beside it.
   */
  static boolean holdsQuotationMark(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2018', '\u201B',
            '`' -> {
          return true;
        }
        case '\'', '\u2019' -> {
          boolean betweenLetters = i > 0 && i + 1 < text.length()
              && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
          if (!betweenLetters) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }

  /** Sentences and characters counted so far, of all sentences and of those a finder reads. */
  private static final class Share {
    long sentences;
    long chars;
    long readSentences;
    long readChars;
    long cueChars;
    long markChars;

    void add(int length, boolean cue, boolean mark) {
      sentences++;
      chars += length;
      if (cue || mark) {
        readSentences++;
        readChars += length;
      }
      if (cue) {
        cueChars += length;
      }
      if (mark) {
        markChars += length;
      }
    }
  }
}
