package io.github.wirecopy;

import io.github.wirecopy.model.Article;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of a corpus, as the corpus reader yields it: either the parsed {@link Article} or
 * the {@link ArticleParseException} that stopped it, with the raw text either way, so that
 * nothing of the corpus is lost.
 *
 * <p>{@link #line()} and {@link #offset()} say where the article's text begins in the corpus.
 * Entries are {@link Serializable}, as the model is, for frameworks that move them between JVMs.
 */
public final class CorpusEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int index;
  private final int line;
  private final long offset;
  private final String text;
  private final long length;
  private final Article article;
  private final ArticleParseException failure;

  private CorpusEntry(
      int index, int line, long offset, String text, long length, Article article,
      ArticleParseException failure) {
    this.index = index;
    this.line = line;
    this.offset = offset;
    this.text = Objects.requireNonNull(text, "text");
    this.length = length;
    this.article = article;
    this.failure = failure;
  }

  static CorpusEntry parsed(int index, int line, long offset, Article article) {
    return new CorpusEntry(index, line, offset, article.text(), article.text().length(), article, null);
  }

  static CorpusEntry failed(
      int index, int line, long offset, String text, long length, ArticleParseException failure) {
    return new CorpusEntry(index, line, offset, text, length, null, Objects.requireNonNull(failure));
  }

  /** The 0-based position of this article in its corpus. */
  public int index() {
    return index;
  }

  /** The 1-based line of the corpus where the article's text begins. */
  public int line() {
    return line;
  }

  /** The 0-based offset, in UTF-16 code units, where the article's text begins in the corpus. */
  public long offset() {
    return offset;
  }

  /**
   * The article's raw text as it stands in the corpus. For an article longer than the parser's
   * {@link ArticleParser.Builder#maxArticleLength(int) limit} this is its first
   * {@code maxArticleLength} characters only: {@link #length()} gives the whole length, and
   * {@link #offset()} where to find it. In an article read as bytes that are not all UTF-8, each
   * invalid sequence stands as one U+FFFD.
   */
  public String text() {
    return text;
  }

  /** The length of the article's raw text in the corpus, in UTF-16 code units. */
  public long length() {
    return length;
  }

  /** Whether the article parsed. */
  public boolean isParsed() {
    return article != null;
  }

  /** The article, where it parsed. */
  public Optional<Article> article() {
    return Optional.ofNullable(article);
  }

  /** Why the article did not parse, with its location in the corpus. */
  public Optional<ArticleParseException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Rejects a serial form that no corpus reader could have made: one text, one outcome. */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (text == null || (article == null) == (failure == null)) {
      throw new InvalidObjectException(
          "a corpus entry needs its text and either an article or a failure");
    }
  }

  @Override
  public String toString() {
    return "CorpusEntry{index=" + index + ", line=" + line + ", offset=" + offset
        + (article != null ? ", parsed" : ", failed: " + failure.getMessage()) + "}";
  }
}
