package io.github.wirecopy;

/**
 * Thrown when text is not a well-formed wire-copy article.
 *
 * <p>It says what was expected and where: {@link #line()} and {@link #column()} are 1-based,
 * {@link #offset()} is the 0-based UTF-16 offset. {@link #getMessage()} reads like
 * {@code expected "date YYYY-MM-DD" at line 1, column 1}; {@link #originalMessage()} is the text
 * without the location. When an article is read from a corpus, the location is the one in the
 * corpus.
 *
 * <p>This is the only exception the parser throws for bad input.
 */
public final class ArticleParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String originalMessage;
  private final int line;
  private final int column;
  private final long offset;

  /**
   * Creates an exception for a problem at the given location.
   *
   * @param originalMessage what was wrong, without the location
   * @param line 1-based line
   * @param column 1-based column, in UTF-16 code units
   * @param offset 0-based offset, in UTF-16 code units
   */
  public ArticleParseException(String originalMessage, int line, int column, long offset) {
    super(originalMessage + " at line " + line + ", column " + column);
    this.originalMessage = originalMessage;
    this.line = line;
    this.column = column;
    this.offset = offset;
  }

  /** The message without its location. */
  public String originalMessage() {
    return originalMessage;
  }

  /** The 1-based line of the problem. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, in UTF-16 code units. */
  public int column() {
    return column;
  }

  /** The 0-based offset of the problem, in UTF-16 code units. */
  public long offset() {
    return offset;
  }

  /** This problem as seen from a text that starts at the given line and offset of a larger one. */
  ArticleParseException shiftedBy(int lines, long chars) {
    // Only the first line of an article shares its columns with the corpus line it starts on,
    // and articles always start at the beginning of a line, so the column never changes.
    return new ArticleParseException(originalMessage, line + lines, column, offset + chars);
  }
}
