package io.github.wirecopy.internal;

import io.github.wirecopy.ArticleParseException;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Sentence;
import io.github.wirecopy.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine behind {@code ArticleParser}: turns the text of one article into an {@link Article}.
 *
 * <p>It reads the header, then the dateline, then splits the body into paragraphs at blank lines
 * and each paragraph into sentences. Each step is a single forward pass with bounded look-around,
 * so the work is linear in the text. Instances are immutable and thread-safe.
 */
public final class ArticleTextParser {

  private final SentenceSplitter sentenceSplitter;
  private final QuoteFinder quoteFinder;

  /**
   * An engine that splits sentences with {@code sentenceSplitter} and finds quotes with
   * {@code quoteFinder}, or gives structure only where that is null.
   */
  public ArticleTextParser(SentenceSplitter sentenceSplitter, QuoteFinder quoteFinder) {
    this.sentenceSplitter = sentenceSplitter;
    this.quoteFinder = quoteFinder;
  }

  /**
   * Parses one article.
   *
   * @throws ArticleParseException where the header is missing or wrong, or the text holds the
   *     header of a second article
   */
  public Article parse(String text) {
    HeaderParser.Header header = HeaderParser.parse(text);
    int bodyStart = Whitespace.skipBlank(text, header.end(), text.length());
    Article.Builder article = Article.builder().date(header.date()).text(text);
    // Line ends are found once, for the dateline and the paragraphs.
    NextOccurrence lineEnds = new NextOccurrence(text, '\n', '\r');
    if (bodyStart < text.length()) {
      DatelineParser.Match match = DatelineParser.find(
          text, bodyStart, lineEnds.from(bodyStart), header.date());
      if (match != null) {
        article.dateline(match.dateline());
        bodyStart = match.bodyStart();
      }
    }
    List<Paragraph> paragraphs = paragraphs(text, bodyStart, lineEnds, article);
    if (quoteFinder != null) {
      quoteFinder.find(text, paragraphs, article);
    }
    return article.build();
  }

  /**
   * Paragraphs are runs of non-blank lines; blank lines between them are dropped. They are added
   * to {@code article} and returned, for the quote finder. {@code lineEnds} are the line ends of
   * the text, not yet asked about past {@code from}.
   */
  private List<Paragraph> paragraphs(String text, int from, NextOccurrence lineEnds,
      Article.Builder article) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int length = text.length();
    int paragraphStart = -1;
    int paragraphEnd = -1;
    int lineStart = from;
    // The body may go on from the header's own line, which is no new article; every line after
    // it that opens like a header is one, as the corpus reader would split it.
    boolean onHeaderLine = from > 0 && text.charAt(from - 1) != '\n' && text.charAt(from - 1) != '\r';
    NextOccurrence marks = SentenceSplitter.marks(text);
    while (lineStart < length) {
      int lineEnd = lineEnds.from(lineStart);
      if (!onHeaderLine && HeaderParser.isHeaderLine(text, lineStart, lineEnd)) {
        throw TextPosition.error(
            "expected one article, found the header of another; read several articles with "
                + "ArticleParser.corpus(..)",
            text, Whitespace.skipInlineBlank(text, lineStart, lineEnd));
      }
      onHeaderLine = false;
      int contentStart = Whitespace.skipBlank(text, lineStart, lineEnd);
      if (contentStart == lineEnd) {
        if (paragraphStart >= 0) {
          add(paragraph(text, paragraphStart, paragraphEnd, marks), paragraphs, article);
          paragraphStart = -1;
        }
      } else {
        if (paragraphStart < 0) {
          paragraphStart = contentStart;
        }
        paragraphEnd = Whitespace.trimEnd(text, contentStart, lineEnd);
      }
      lineStart = lineEnd + 1;
      if (lineEnd + 1 < length && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n') {
        lineStart++;
      }
    }
    if (paragraphStart >= 0) {
      add(paragraph(text, paragraphStart, paragraphEnd, marks), paragraphs, article);
    }
    return paragraphs;
  }

  /**
   * Adds a paragraph to the list and to the article as soon as it is made. Handing the article
   * the whole list at the end would read every paragraph once more (the builder checks the type
   * of each element), from memory rather than cache where the article is long: a tenth of the
   * structure pass of a 10 MB article went there.
   */
  private static void add(
      Paragraph paragraph, List<Paragraph> paragraphs, Article.Builder article) {
    paragraphs.add(paragraph);
    article.addParagraphs(paragraph);
  }

  private Paragraph paragraph(String text, int start, int end, NextOccurrence marks) {
    String paragraphText = text.substring(start, end);
    Span paragraphSpan = Span.of(start, end);
    Paragraph.Builder paragraph = Paragraph.builder().text(paragraphText).span(paragraphSpan);
    // Most paragraphs of wire copy are one sentence: such a sentence shares the paragraph's
    // text and span instead of copying them, which spares a copy of most of the body.
    sentenceSplitter.split(text, start, end, marks, (s, e) -> {
      boolean wholeParagraph = s == start && e == end;
      paragraph.addSentences(Sentence.builder()
          .text(wholeParagraph ? paragraphText : text.substring(s, e))
          .span(wholeParagraph ? paragraphSpan : Span.of(s, e))
          .build());
    });
    return paragraph.build();
  }
}
