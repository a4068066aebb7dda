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
 * Splits a corpus into articles as it reads, one line at a time, and parses each article as soon
 * as the next header (or the end) closes it.
 *
 * <p>Memory is bounded by the parser's article limit: a line or an article longer than the limit
 * is counted to its end but only its first {@code maxArticleLength} characters are kept.
 */
final class CorpusReader implements Iterator<CorpusEntry>, AutoCloseable {

  private final Reader reader;
  private final ArticleParser parser;
  private final int maxLength;

  private final char[] buffer = new char[1 << 16];
  private int position;
  private int filled;
  private boolean endOfInput;

  /** The line being read, its terminator included, up to {@code maxLength + 1} characters. */
  private final StringBuilder line = new StringBuilder(256);
  private long lineLength;
  private int lineContentLength;
  private int nextLineNumber = 1;
  private long consumed;

  /** The article being gathered. */
  private final StringBuilder article = new StringBuilder(8192);
  private boolean articleStarted;
  private boolean articleTruncated;
  private int articleLine;
  private long articleOffset;
  private long articleLength;
  private int index;

  /** A line read but not yet placed: the header line that closed the previous article. */
  private boolean lineHeld;
  private CorpusEntry next;

  CorpusReader(Reader reader, ArticleParser parser) {
    this.reader = reader;
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
  public CorpusEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CorpusEntry entry = next;
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

  private CorpusEntry advance() {
    while (true) {
      if (lineHeld) {
        lineHeld = false;
      } else if (!readLine()) {
        return articleStarted ? finishArticle() : null;
      }
      long lineOffset = consumed - lineLength;
      int lineNumber = nextLineNumber - 1;
      boolean header = HeaderParser.isHeaderLine(line, 0, lineContentLength);
      if (header && articleStarted) {
        lineHeld = true; // the header opens the next article, after this one is handed out
        return finishArticle();
      }
      if (!articleStarted) {
        if (!header && Whitespace.isBlank(line, 0, line.length()) && lineLength == line.length()) {
          continue; // blank lines between articles or before the first belong to none
        }
        startArticle(lineNumber, lineOffset);
      }
      appendLine();
    }
  }

  private void startArticle(int lineNumber, long offset) {
    articleStarted = true;
    articleTruncated = false;
    articleLine = lineNumber;
    articleOffset = offset;
    articleLength = 0;
    article.setLength(0);
  }

  private void appendLine() {
    articleLength += lineLength;
    if (articleTruncated) {
      return;
    }
    int room = maxLength - article.length();
    if (lineLength <= room) {
      article.append(line);
    } else {
      article.append(line, 0, Math.min(room, line.length()));
      articleTruncated = true;
    }
  }

  private CorpusEntry finishArticle() {
    articleStarted = false;
    String text = article.toString();
    int entryIndex = index++;
    if (articleTruncated) {
      ArticleParseException tooLong = TextPosition.error(
          "expected an article of at most " + maxLength + " characters, found " + articleLength,
          text, maxLength);
      return CorpusEntry.failed(entryIndex, articleLine, articleOffset, text, articleLength,
          tooLong.shiftedBy(articleLine - 1, articleOffset));
    }
    try {
      return CorpusEntry.parsed(entryIndex, articleLine, articleOffset, parser.parse(text));
    } catch (ArticleParseException e) {
      return CorpusEntry.failed(entryIndex, articleLine, articleOffset, text, articleLength,
          e.shiftedBy(articleLine - 1, articleOffset));
    }
  }

  /**
   * Reads the next line, terminator included, into {@link #line}; false at the end of input. A line
   * ends at {@code \n}, {@code \r\n} or a lone {@code \r}.
   */
  private boolean readLine() {
    line.setLength(0);
    lineLength = 0;
    lineContentLength = -1;
    while (true) {
      if (position == filled && !fill()) {
        break;
      }
      int start = position;
      int end = start;
      char terminator = 0;
      while (end < filled) {
        char c = buffer[end];
        if (c == '\n' || c == '\r') {
          terminator = c;
          break;
        }
        end++;
      }
      keep(start, end);
      position = end;
      if (terminator == 0) {
        continue;
      }
      lineContentLength = line.length();
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
    if (lineContentLength < 0) {
      lineContentLength = line.length();
    }
    consumed += lineLength;
    nextLineNumber++;
    return true;
  }

  /** Counts {@code [from, to)} of the buffer into the line, keeping no more than the limit allows. */
  private void keep(int from, int to) {
    lineLength += to - from;
    int room = maxLength + 1 - line.length();
    if (room > 0) {
      line.append(buffer, from, Math.min(room, to - from));
    }
  }

  private boolean fill() {
    if (endOfInput) {
      return false;
    }
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
