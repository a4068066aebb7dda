package io.github.wirecopy.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tiny labelled corpora, written for these tests, in the two label formats that
 * {@code eval-datelines} reads.
 */
final class LabelledCorpus {

  /**
   * Four Xinhua and AFP style articles. The labels put the second one in the wrong place and
   * give the first and third the wrong dateline date; the fourth has no dateline and no place
   * label, so it is not scored. Place 2/3, date 1/3, agency 3/3.
   */
  static final String NEWSWIRE_TEXT = String.join("\n",
      " date 2021-03-05 OSLO, March 4 (Xinhua) -- The city council approved a new tram line.",
      "",
      " date 2021-03-06 LIMA, March 5 (AFP) - Heavy rain closed two mountain roads.",
      "",
      " date 2021-03-07 NAIROBI, March 6 (Xinhua) -- A new bridge opened over the river.",
      "",
      " date 2021-03-08 Residents planted maple trees along the avenue.",
      "");

  static final String NEWSWIRE_LABELS = String.join("\n",
      "id\tagency\tdate\tdateline_place\tdateline_date",
      "N1\tXinhua\t2021-03-05\tOSLO\t2021-03-03",
      "N2\tAFP\t2021-03-06\tCUZCO\t2021-03-05",
      "N3\tXinhua\t2021-03-07\tNAIROBI\t2021-03-05",
      "N4\tXinhua\t2021-03-08\t\t",
      "");

  /**
   * Four Reuters style articles, the month of the labels written with the typos real labels
   * have. The third label has the wrong day; the fourth article, a table, has no dateline.
   * Place 3/3, date 2/3.
   */
  static final String REUTERS_TEXT = String.join("\n",
      " date 1987-03-02 DENVER, March 2 - Grain exports rose last week, traders said.",
      "",
      " date 1987-03-03 TORONTO, March 3 - A mining firm raised its dividend.",
      "",
      " date 1987-04-01 BOSTON, April 1 - Bank lending slowed, analysts said.",
      "",
      " date 1987-04-02 Net profit 4.5 mln vs 3.1 mln.",
      "");

  static final String REUTERS_LABELS = String.join("\n",
      "id\tdate\tdateline\tdateline_place\tdateline_date_text",
      "1\t1987-03-02\tDENVER, March 2 -\tDENVER\tMArch 2",
      "2\t1987-03-03\tTORONTO, March 3 -\tTORONTO\tMarchg 3",
      "3\t1987-04-01\tBOSTON, April 1 -\tBOSTON\tAPril 2",
      "4\t1987-04-02\t\t\t",
      "");

  private LabelledCorpus() {}

  /** Writes {@code all.txt} and {@code labels.tsv} into {@code dir}, and returns it. */
  static Path write(Path dir, String text, String labels) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("all.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("labels.tsv"), labels, StandardCharsets.UTF_8);
    return dir;
  }
}
