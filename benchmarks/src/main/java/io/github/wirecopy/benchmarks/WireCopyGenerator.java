package io.github.wirecopy.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Wire copy written for this project, generated from a seed so that every machine benchmarks the
 * same text: a {@code date} header, the dateline of one of the agencies wirecopy supports
 * (Xinhua, AFP, Reuters old and new, AP, UPI, Bloomberg, PTI, TASS), then paragraphs of one to
 * three sentences of realistic length, with direct, mixed and reported quotes and pronouns that
 * refer back to a speaker. The same seed gives the same text, character for character.
 *
 * <p>Every sentence is our own: the stories are invented, the names made up.
 *
 * <pre>{@code
 * List<String> articles = WireCopyGenerator.corpus(42, 8_000_000);   // 8 MB of UTF-8
 * String article = new WireCopyGenerator(7).article();
 * }</pre>
 *
 * <p>An instance is not thread-safe: each holds its own random sequence.
 */
public final class WireCopyGenerator {

  /** The seed of the corpus every benchmark reads, so their figures describe the same text. */
  public static final long CORPUS_SEED = 20_261_128L;

  private static final String[] SUBJECTS = {
      "The transport ministry", "The city council", "The central bank", "The port authority",
      "Health officials", "The company", "The regional government", "Local police",
      "The weather service", "Organisers", "The electricity utility",
      "The national statistics office", "Prosecutors", "The football federation",
      "Rescue teams", "The university", "The water board", "Lawmakers",
      "The airline", "The steelmaker", "Farmers' groups", "The education department"};

  private static final String[] VERBS = {
      "announced", "approved", "rejected", "postponed", "completed", "reviewed", "extended",
      "unveiled", "suspended", "confirmed", "defended", "criticised", "delayed", "backed"};

  private static final String[] OBJECTS = {
      "a plan to rebuild the old river bridge", "new rules for night-time deliveries",
      "a budget of 3.5 billion yuan for rural schools", "the second phase of the coastal railway",
      "talks on a water-sharing agreement with its neighbours",
      "a program to train 2,000 nurses over five years", "the sale of its shipping unit",
      "a curfew in the eastern districts", "a 12 percent rise in bus fares",
      "the reopening of the northern border crossing", "a review of safety checks at the plant",
      "emergency funds for families who lost their homes",
      "a new terminal at the international airport", "limits on the use of groundwater",
      "the merger of two regional banks", "a tax break for small workshops",
      "the annual harvest festival", "plans for a second desalination plant"};

  private static final String[] ADJUNCTS = {
      "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "late on Friday",
      "over the weekend", "earlier this week", "after months of delays", "in the northern province",
      "despite heavy rain", "for the third year running", "at a news conference in the capital",
      "in a statement issued before dawn", "ahead of next month's elections",
      "after a long debate", "in a move that surprised many traders"};

  private static final String[] CLAUSES = {
      "the project would be finished by the end of the year",
      "prices had risen by 4.2 percent in the past 12 months",
      "no one was hurt in the blaze, which started in a storage shed",
      "the talks would resume next week in Geneva",
      "the new line would cut travel times between the two cities by half",
      "more than 300 families had been moved to higher ground",
      "the company expected sales to grow in the second half of the year",
      "the plant had met every standard set by the inspectors",
      "the decision was taken after a long review of the costs",
      "the number of visitors had doubled since the museum reopened",
      "two suspects were being held for questioning",
      "the harvest was likely to be the smallest in a decade",
      "the bank would keep its key rate at 3.75 percent",
      "the roads would stay closed until engineers had inspected them"};

  private static final String[] QUOTES = {
      "We have done everything we can to keep the roads open",
      "This is a good day for the families who waited so long",
      "Nobody should have to wait six hours for a bus",
      "We are not going to raise fares this year",
      "The water is still rising and we are asking people to stay away from the river",
      "Our engineers checked every pillar of the bridge before we reopened it",
      "It was the worst storm I have seen in 30 years",
      "We will keep talking until there is an agreement that works for everyone",
      "The figures show that the economy is finding its feet again",
      "I want to thank the volunteers who worked through the night",
      "There is no reason to panic, but people should be careful",
      "We expected a difficult season and that is what we got"};

  private static final String[] FRAGMENTS = {
      "a step in the right direction", "the largest investment in a generation",
      "simply not acceptable", "a matter of weeks", "fully under control",
      "long overdue", "a serious mistake", "the best news we have had all year"};

  /** A made-up person, the role that introduces them, and the pronoun that refers back. */
  private record Speaker(String name, String role, String pronoun) {}

  private static final Speaker[] SPEAKERS = {
      new Speaker("Li Wei", "a spokesman for the ministry", "he"),
      new Speaker("Maria Okonjo", "the city's mayor", "she"),
      new Speaker("Ahmed Rahimi", "head of the port authority", "he"),
      new Speaker("Dr. Anna Kowalczyk", "who leads the hospital's emergency unit", "she"),
      new Speaker("Gen. Tomas Reyes", "the army's regional commander", "he"),
      new Speaker("Sen. Laura Whitfield", "who chairs the budget committee", "she"),
      new Speaker("Kenji Arakawa", "an analyst at a Tokyo brokerage", "he"),
      new Speaker("Fatima Diallo", "a farmer from the valley", "she"),
      new Speaker("Mr. Chen Bo", "the company's chief executive", "he"),
      new Speaker("Priya Raman", "a senior economist at the central bank", "she")};

  /** A dateline form: where it is filed from and how the agency writes the date. */
  private enum Agency {
    XINHUA(new String[] {"BEIJING", "SHANGHAI", "NAIROBI", "KOMPONG SPEU, Cambodia", "HANOI"}),
    AFP(new String[] {"PARIS", "GENEVA", "ABIDJAN, Ivory Coast", "KUALA LUMPUR", "DAKAR"}),
    REUTERS(new String[] {"LONDON", "KYIV/KHARKIV, Ukraine", "SINGAPORE", "FRANKFURT", "LAGOS"}),
    REUTERS_1987(new String[] {"NEW YORK", "CHICAGO", "TOKYO", "BRUSSELS", "SYDNEY"}),
    AP(new String[] {"WASHINGTON", "SPRINGFIELD, Ill.", "PORTLAND, Ore.", "DALLAS", "BOSTON"}),
    UPI(new String[] {""}),
    BLOOMBERG(new String[] {""}),
    PTI(new String[] {"New Delhi", "Mumbai", "Kolkata", "Chennai", "Pune"}),
    TASS(new String[] {"MOSCOW", "NOVOSIBIRSK", "KAZAN", "MURMANSK", "SOCHI"});

    private final String[] places;

    Agency(String[] places) {
      this.places = places;
    }
  }

  private static final String[] MONTHS_AP = {
      "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
      "Dec."};
  private static final String[] MONTHS_SHORT = {
      "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"};
  private static final String[] MONTHS_FULL = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"};

  private final SplittableRandom random;
  private LocalDate date = LocalDate.of(2021, 1, 4);

  /** A generator whose articles are fixed by {@code seed}. */
  public WireCopyGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * The articles of the generator seeded with {@code seed}, until they hold at least
   * {@code minUtf8Bytes} bytes of UTF-8.
   */
  public static List<String> corpus(long seed, long minUtf8Bytes) {
    WireCopyGenerator generator = new WireCopyGenerator(seed);
    List<String> articles = new ArrayList<>();
    long bytes = 0;
    while (bytes < minUtf8Bytes) {
      String article = generator.article();
      articles.add(article);
      bytes += utf8Length(article);
    }
    return articles;
  }

  /**
   * Writes a corpus file's worth of articles, separated by blank lines as in a corpus dump, until
   * at least {@code minUtf8Bytes} bytes of UTF-8 are written; holds one article at a time.
   *
   * @return the number of articles written
   */
  public static long writeCorpus(long seed, long minUtf8Bytes, Writer out) throws IOException {
    WireCopyGenerator generator = new WireCopyGenerator(seed);
    long bytes = 0;
    long articles = 0;
    while (bytes < minUtf8Bytes) {
      String article = generator.article() + "\n";
      out.write(article);
      bytes += utf8Length(article);
      articles++;
    }
    return articles;
  }

  /** The next article: header, dateline, and three to nine paragraphs, ending in a line break. */
  public String article() {
    StringBuilder text = new StringBuilder(3000);
    appendHeaderAndDateline(text);
    int paragraphs = 3 + random.nextInt(7);
    appendBody(text, paragraphs);
    return text.toString();
  }

  /**
   * One article of at least {@code minUtf8Bytes} bytes of ordinary copy: a header, a dateline,
   * and as many paragraphs as it takes, as a very long story or a badly split feed would be.
   */
  public String longArticle(long minUtf8Bytes) {
    StringBuilder text = new StringBuilder((int) Math.min(minUtf8Bytes + 4096, 1 << 30));
    appendHeaderAndDateline(text);
    long bytes = utf8Length(text);
    while (bytes < minUtf8Bytes) {
      int before = text.length();
      appendBody(text, 8);
      text.append('\n');
      bytes += utf8Length(text.subSequence(before, text.length()));
    }
    return text.toString();
  }

  /**
   * A header and then nothing but quotation marks, straight and curly, single and double, opening
   * and closing, with a blank between them now and then: at least {@code minUtf8Bytes} bytes of
   * one paragraph in which every character might open or close a quote.
   */
  public static String hostileQuotes(long minUtf8Bytes) {
    return repeated("\"“”'‘’«»„\"\" “\"”'\"", minUtf8Bytes);
  }

  /**
   * A header and then {@code said} over and over: at least {@code minUtf8Bytes} bytes of one
   * paragraph in which every word is a speech verb.
   */
  public static String hostileSaid(long minUtf8Bytes) {
    return repeated("said ", minUtf8Bytes);
  }

  private static String repeated(String unit, long minUtf8Bytes) {
    StringBuilder text = new StringBuilder((int) Math.min(minUtf8Bytes + 64, 1 << 30))
        .append(" date 2021-01-04 ");
    long bytes = utf8Length(text);
    long unitBytes = utf8Length(unit);
    while (bytes < minUtf8Bytes) {
      text.append(unit);
      bytes += unitBytes;
    }
    return text.append('\n').toString();
  }

  /** The UTF-8 length of {@code text} without encoding it. */
  public static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private void appendHeaderAndDateline(StringBuilder text) {
    // About fifty stories a day, so that a gigabyte of copy still spans decades, not millennia.
    if (random.nextInt(50) == 0) {
      date = date.plusDays(1);
    }
    // Datelines carry the day the story was filed, often the day before the header's date.
    LocalDate filed = date.minusDays(random.nextInt(2));
    text.append(" date ").append(date).append(' ');
    Agency agency = pick(Agency.values());
    String place = pick(agency.places);
    int month = filed.getMonthValue() - 1;
    int day = filed.getDayOfMonth();
    switch (agency) {
      case XINHUA -> text.append(place).append(", ").append(MONTHS_AP[month]).append(' ')
          .append(day).append(" (Xinhua) -- ");
      case AFP -> text.append(place).append(", ").append(MONTHS_SHORT[month]).append(' ')
          .append(day).append(" (AFP) - ");
      case REUTERS -> text.append(place).append(", ").append(MONTHS_FULL[month]).append(' ')
          .append(day).append(" (Reuters) - ");
      case REUTERS_1987 -> text.append(place).append(", ").append(MONTHS_SHORT[month])
          .append(' ').append(day).append(" - ");
      case AP -> text.append(place).append(" (AP) — ");
      case UPI -> text.append(MONTHS_AP[month]).append(' ').append(day).append(" (UPI) -- ");
      case BLOOMBERG -> text.append("(Bloomberg) -- ");
      case PTI -> text.append(place).append(", ").append(MONTHS_SHORT[month]).append(' ')
          .append(day).append(" (PTI) ");
      case TASS -> text.append(place).append(", ").append(MONTHS_FULL[month]).append(' ')
          .append(day).append(". /TASS/. ");
    }
  }

  /**
   * Paragraphs as the agencies write them: a lead that says what happened, then quotes of the
   * people involved (direct, mixed and reported), background and pronouns that refer back.
   */
  private void appendBody(StringBuilder text, int paragraphs) {
    // One article keeps one quotation style, as one desk's copy does.
    boolean curly = random.nextInt(4) == 0;
    String open = curly ? "“" : "\"";
    String close = curly ? "”" : "\"";
    Speaker speaker = pick(SPEAKERS);
    boolean introduced = false;
    appendStatement(text);
    if (random.nextBoolean()) {
      text.append(' ');
      appendStatement(text);
    }
    for (int p = 1; p < paragraphs; p++) {
      text.append("\n\n");
      if (random.nextInt(4) == 0) {
        speaker = pick(SPEAKERS);
        introduced = false;
      }
      String who = introduced ? capitalise(speaker.pronoun) : speaker.name;
      String whoAfter = introduced ? speaker.pronoun : speaker.name;
      switch (random.nextInt(8)) {
        case 0 -> { // "Q1. Q2," Name said.
          text.append(open).append(pick(QUOTES)).append(". ").append(pick(QUOTES)).append(',')
              .append(close).append(' ').append(whoAfter).append(" said.");
          introduced = true;
        }
        case 1 -> { // "Q," said Name, role.
          text.append(open).append(pick(QUOTES)).append(',').append(close).append(" said ")
              .append(speaker.name).append(", ").append(speaker.role).append('.');
          introduced = true;
        }
        case 2 -> { // Name said: "Q."
          text.append(who).append(" said: ").append(open).append(pick(QUOTES)).append('.')
              .append(close);
          introduced = true;
        }
        case 3 -> { // mixed: Name said the plan was "fragment" and that clause.
          text.append(who).append(" said the decision was ").append(open).append(pick(FRAGMENTS))
              .append(close).append(" and that ").append(pick(CLAUSES)).append('.');
          introduced = true;
        }
        case 4 -> { // reported, with "that" or without
          text.append(who).append(random.nextBoolean() ? " said that " : " told reporters ")
              .append(pick(CLAUSES)).append('.');
          if (random.nextBoolean()) {
            text.append(' ').append(capitalise(speaker.pronoun)).append(" added that ")
                .append(pick(CLAUSES)).append('.');
          }
          introduced = true;
        }
        case 5 -> { // According to Name, clause.
          text.append("According to ").append(speaker.name).append(", ").append(speaker.role)
              .append(", ").append(pick(CLAUSES)).append('.');
          introduced = true;
        }
        default -> { // background, one to three sentences
          int sentences = 1 + random.nextInt(3);
          for (int s = 0; s < sentences; s++) {
            if (s > 0) {
              text.append(' ');
            }
            appendStatement(text);
          }
        }
      }
    }
    text.append('\n');
  }

  /** A statement of about twenty words: who did what, when or where, and sometimes why. */
  private void appendStatement(StringBuilder text) {
    text.append(pick(SUBJECTS)).append(' ').append(pick(VERBS)).append(' ').append(pick(OBJECTS))
        .append(' ').append(pick(ADJUNCTS));
    switch (random.nextInt(4)) {
      case 0 -> text.append(", saying ").append(pick(CLAUSES));
      case 1 -> text.append(", as lawmakers in the U.S. state had said ").append(pick(CLAUSES));
      default -> { }
    }
    text.append('.');
  }

  private <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
