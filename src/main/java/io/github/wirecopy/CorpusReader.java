package io.github.wirecopy;

import io.github.wirecopy.internal.HeaderParser;
import io.github.wirecopy.internal.TextPosition;
import io.github.wirecopy.internal.Whitespace;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a corpus into articles as it reads, one line at a time, and hands out each article as
 * soon as the next header (or the end) closes it, to be parsed on the caller's thread or on
 * another ({@link ParallelCorpusReader}).
 *
 * <p>Each character is copied once, from the reader's buffer into the article being gathered;
 * lines are read straight into it and looked at there. Memory is bounded by the parser's article
 * limit: a line or an article longer than the limit is counted to its end but only its first
 * {@code maxArticleLength} characters are kept.
 */
final class CorpusReader implements Iterator<CorpusReader.GatheredArticle>, AutoCloseable {

  private final Reader reader;
  /** The reader when it decodes bytes itself and records those that are not UTF-8, else null. */
  private final Utf8Reader utf8;
  private final ArticleParser parser;
  private final int maxLength;

  private final char[] buffer = new char[1 << 16];
  private int position;
  private int filled;
  private boolean endOfInput;

  /**
   * The article being gathered, followed by the line being read. Once the article is over the
   * limit it holds just its first {@code maxLength} characters, and each further line is kept
   * only until it is known not to be a header; a line keeps at most {@code maxLength + 1}.
   */
  private final StringBuilder article = new StringBuilder(8192);
  private int lineStart;
  private int lineContentEnd;
  private long lineLength;
  private int nextLineNumber = 1;
  private long consumed;
  /** The first flaw (bytes that are not UTF-8, data not read) of the line and of the article. */
  private Utf8Reader.Flaw lineFlaw;
  private Utf8Reader.Flaw articleFlaw;

  private boolean articleStarted;
  private boolean articleTruncated;
  private int articleLine;
  private long articleOffset;
  private long articleLength;
  private int index;

  private GatheredArticle next;

  /**
   * An article as the reader gathered it, not yet parsed: its text (no more of it than the limit
   * allows), where it begins in the corpus, its whole length, and the failure its reading already
   * found (bytes that are not UTF-8, a text over the limit), placed in the article's text.
   */
  record GatheredArticle(
      int index, int line, long offset, String text, long length,
      ArticleParseException readFailure) {

    /** The corpus entry: the article parsed with {@code parser}, or why it failed. */
    CorpusEntry parse(ArticleParser parser) {
      ArticleParseException failure = readFailure;
      if (failure == null) {
        try {
          return CorpusEntry.parsed(index, line, offset, parser.parse(text));
        } catch (ArticleParseException e) {
          failure = e;
        }
      }
      return CorpusEntry.failed(index, line, offset, text, length,
          failure.shiftedBy(line - 1, offset));
    }
  }

  /**
   * Reads {@code reader}; where it is a {@link Utf8Reader}, decoding bytes itself, an article
   * holding bytes that are not UTF-8 fails.
   */
  CorpusReader(Reader reader, ArticleParser parser) {
    this.reader = reader;
    this.utf8 = reader instanceof Utf8Reader bytes ? bytes : null;
    this.parser = parser;
    this.maxLength = parser.maxArticleLength();
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public GatheredArticle next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    GatheredArticle entry = next;
    next = null;
    return entry;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private GatheredArticle advance() {
    while (readLine()) {
      long lineOffset = consumed - lineLength;
      int lineNumber = nextLineNumber - 1;
      boolean header = HeaderParser.isHeaderLine(article, lineStart, lineContentEnd);
      GatheredArticle finished = null;
      if (header && articleStarted) {
        finished = finishArticle(lineStart); // the header opens the next article
        article.delete(0, lineStart);
        lineStart = 0;
      }
      if (!articleStarted) {
        boolean keptWhole = article.length() - lineStart == lineLength;
        if (!header && keptWhole && Whitespace.isBlank(article, lineStart, article.length())) {
          article.setLength(lineStart); // blank lines between articles belong to none
          continue;
        }
        startArticle(lineNumber, lineOffset);
      }
      addLine();
      if (finished != null) {
        return finished;
      }
    }
    return articleStarted ? finishArticle(article.length()) : null;
  }

  private void startArticle(int lineNumber, long offset) {
    articleStarted = true;
    articleTruncated = false;
    articleLine = lineNumber;
    articleOffset = offset;
    articleLength = 0;
    articleFlaw = null;
  }

  /** Counts the line just read into the article, and keeps no more of it than the limit allows. */
  private void addLine() {
    articleLength += lineLength;
    if (articleFlaw == null) {
      articleFlaw = lineFlaw;
    }
    if (articleLength > maxLength) {
      articleTruncated = true;
      article.setLength(maxLength);
    }
  }

  /** Hands out the article in {@code article[0, end)}. */
  private GatheredArticle finishArticle(int end) {
    articleStarted = false;
    String text = article.substring(0, end);
    ArticleParseException failure = null;
    if (articleFlaw != null && articleFlaw.charOffset() - articleOffset < text.length()) {
      failure = TextPosition.error(articleFlaw.message(), text,
          (int) (articleFlaw.charOffset() - articleOffset));
    } else if (articleTruncated) {
      failure = parser.tooLong(text, String.valueOf(articleLength));
    }
    return new GatheredArticle(
        index++, articleLine, articleOffset, text, articleLength, failure);
  }

  /**
   * Reads the next line, terminator included, onto the end of {@link #article}; false at the end
   * of input. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}.
   */
  private boolean readLine() {
    lineStart = article.length();
    lineContentEnd = -1;
    lineLength = 0;
    lineFlaw = null;
    while (position < filled || fill()) {
      int end = position;
      while (end < filled && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      keep(position, end);
      position = end;
      if (end == filled) {
        continue;
      }
      lineContentEnd = article.length();
      char terminator = buffer[position];
      keep(position, position + 1);
      position++;
      if (terminator == '\r' && (position < filled || fill()) && buffer[position] == '\n') {
        keep(position, position + 1);
        position++;
      }
      break;
    }
    if (lineLength == 0) {
      return false;
    }
    if (lineContentEnd < 0) {
      lineContentEnd = article.length();
    }
    consumed += lineLength;
    nextLineNumber++;
    takeFlawBefore(consumed);
    return true;
  }

  /** Counts {@code [from, to)} of the buffer into the line, keeping no more than the limit allows. */
  private void keep(int from, int to) {
    lineLength += to - from;
    // In long arithmetic: with a limit near Integer.MAX_VALUE the sum would overflow to "no room".
    long room = (long) lineStart + maxLength + 1 - article.length();
    if (room > 0) {
      article.append(buffer, from, (int) Math.min(room, to - from));
    }
  }

  /** Notes the first flaw before character {@code end} as the line's, if it has none. */
  private void takeFlawBefore(long end) {
    if (utf8 != null) {
      Utf8Reader.Flaw first = utf8.takeFlawBefore(end);
      if (lineFlaw == null) {
        lineFlaw = first;
      }
    }
  }

  private boolean fill() {
    if (endOfInput) {
      return false;
    }
    // Every character read so far belongs to a line that is read or being read: their records of
    // flaws are taken now, so that a line of any length leaves none behind.
    takeFlawBefore(consumed + lineLength);
    try {
      int n = reader.read(buffer, 0, buffer.length);
      while (n == 0) {
        n = reader.read(buffer, 0, buffer.length);
      }
      if (n < 0) {
        endOfInput = true;
        return false;
      }
      position = 0;
      filled = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
