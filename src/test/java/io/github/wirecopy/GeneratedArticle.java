package io.github.wirecopy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An article written by {@link WireCopyArbitraries}, together with the parts a correct parser
 * must find in it. The parts are known from how the text was put together, not from any parser.
 *
 * @param text the article as written, header included
 * @param date the header's date
 * @param dateOffset where the header's {@code YYYY-MM-DD} begins in {@code text}
 * @param dateline the dateline written after the header, if any
 * @param bodyStart where the first paragraph begins in {@code text}
 * @param paragraphs the paragraph texts, trimmed, in order
 * @param sentences the sentence texts of each paragraph, trimmed, in order
 */
record GeneratedArticle(
    String text,
    LocalDate date,
    int dateOffset,
    Optional<ExpectedDateline> dateline,
    int bodyStart,
    List<String> paragraphs,
    List<List<String>> sentences) {

  /** The dateline fields a parser must report. */
  record ExpectedDateline(
      String text,
      Optional<String> location,
      List<String> places,
      Optional<LocalDate> date,
      Optional<String> agency) {}

  /** This article with {@code isoShapedDate}, a {@code YYYY-MM-DD} that may not exist, as its header date. */
  GeneratedArticle withHeaderDate(String isoShapedDate) {
    String changed = text.substring(0, dateOffset) + isoShapedDate + text.substring(dateOffset + 10);
    return new GeneratedArticle(changed, date, dateOffset, dateline, bodyStart, paragraphs, sentences);
  }

  /** This article's text, ending with a line break so that another article may follow it. */
  String textEndingWithLineBreak() {
    return text.endsWith("\n") || text.endsWith("\r") ? text : text + "\n";
  }
}
