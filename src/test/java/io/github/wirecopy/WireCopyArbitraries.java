package io.github.wirecopy;

import io.github.wirecopy.GeneratedArticle.ExpectedDateline;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Building blocks for generated wire copy: headers, every dateline form the library promises to
 * read, and paragraphs of news sentences whose boundaries are beyond doubt to a human reader.
 *
 * <p>Sentences only end after a plain word, a number or a closing quote or bracket, never after an
 * abbreviation or an initial, so the expected split follows from the text alone. Abbreviations,
 * initials, decimals and quotes appear mid-sentence, where the splitter must not break.
 */
final class WireCopyArbitraries {

  private WireCopyArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // Articles

  /** Whole articles, possibly preceded by a BOM, blank lines or indentation. */
  static Arbitrary<GeneratedArticle> articles() {
    return Combinators.combine(headers(), datelines(), afterSeparatorGaps(), paragraphs(), layouts())
        .as(WireCopyArbitraries::assemble);
  }

  /** Headers, possibly preceded by a BOM, blank lines or indentation. */
  static Arbitrary<Header> headers() {
    return Combinators.combine(leads(), headerGaps(), headerDates(), headerGaps()).as(Header::new);
  }

  /**
   * Headers fit to open an article in a corpus: the header line is the article's first line,
   * indented or not, so the article's text begins at the start of a corpus line.
   */
  static Arbitrary<Header> corpusHeaders() {
    return Combinators.combine(indents(), headerGaps(), headerDates(), headerGaps()).as(Header::new);
  }

  /** {@code lead + "date" + gap + YYYY-MM-DD + after}: the header and the blank that follows it. */
  record Header(String lead, String gap, LocalDate date, String after) {}

  /** The article's line end, the break between paragraphs, and what trails the last one. */
  record Layout(String lineEnd, String paragraphBreak, String ending) {}

  /** A paragraph's sentences and the blank written between each two of them. */
  record WrittenParagraph(List<String> sentences, String joiner) {}

  /**
   * The article made of these parts. Line breaks are written as {@code \n} in the parts and
   * turned into the layout's line end here, so that offsets are counted in the final text.
   */
  static GeneratedArticle assemble(
      Header header, Optional<WrittenDateline> dateline, String afterSeparator,
      List<WrittenParagraph> paragraphs, Layout layout) {
    String lineEnd = layout.lineEnd();
    StringBuilder text = new StringBuilder();
    text.append(withLineEnd(header.lead(), lineEnd)).append("date").append(header.gap());
    int dateOffset = text.length();
    text.append(header.date()).append(header.after());
    if (dateline.isPresent()) {
      WrittenDateline written = dateline.get();
      text.append(written.written(header.date())).append(written.separator()).append(afterSeparator);
    }
    int bodyStart = text.length();
    List<String> paragraphTexts = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    for (WrittenParagraph paragraph : paragraphs) {
      paragraphTexts.add(withLineEnd(String.join(paragraph.joiner(), paragraph.sentences()), lineEnd));
      sentences.add(List.copyOf(paragraph.sentences()));
    }
    text.append(String.join(withLineEnd(layout.paragraphBreak(), lineEnd), paragraphTexts));
    text.append(withLineEnd(layout.ending(), lineEnd));
    return new GeneratedArticle(
        text.toString(), header.date(), dateOffset, dateline.map(d -> d.expected(header.date())),
        bodyStart, List.copyOf(paragraphTexts), List.copyOf(sentences));
  }

  private static String withLineEnd(String text, String lineEnd) {
    return text.replace("\n", lineEnd);
  }

  static Arbitrary<LocalDate> headerDates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2049, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** What may stand before {@code date}: nothing, indentation, a BOM, blank lines. */
  private static Arbitrary<String> leads() {
    return Arbitraries.of("", "", " ", "  ", "\t", "\u00A0", "\uFEFF", "\uFEFF ", "\n", "\n\n ", " \n\t");
  }

  private static Arbitrary<String> indents() {
    return Arbitraries.of("", "", " ", "  ", "\t", " \t");
  }

  private static Arbitrary<String> headerGaps() {
    return Arbitraries.of(" ", " ", "  ", "\t", "\u00A0");
  }

  static Arbitrary<String> afterSeparatorGaps() {
    return Arbitraries.of(" ", " ", "  ");
  }

  static Arbitrary<Layout> layouts() {
    return Combinators.combine(
            Arbitraries.of("\n", "\n", "\r\n", "\r"),
            Arbitraries.of("\n\n", "\n\n", "\n\n\n", "\n \n", "\n\t\n", "  \n\n", "\n\u00A0\n"),
            Arbitraries.of("", "\n", "  \n", "\n\n", " ", "\t\n"))
        .as(Layout::new);
  }

  // ---------------------------------------------------------------------------------------------
  // Datelines

  /**
   * A dateline as written, the separator after it, and the fields a parser must find in it. Its
   * date, if any, is written relative to the header's, which it is put together with.
   *
   * @param beforeDate what is written before the date, or the whole dateline where it has none
   * @param date how the date is written, if there is one
   * @param afterDate what is written after the date, up to the agency's closing mark
   * @param separator the blank and dash after it ({@code " --"}), {@code "."} after
   *     {@code /TASS/}, or nothing
   */
  record WrittenDateline(
      String beforeDate, Optional<DateWriting> date, String afterDate, String separator,
      Optional<String> location, List<String> places, Optional<String> agency) {

    static WrittenDateline withoutDate(
        String written, String separator, Optional<String> location, List<String> places,
        Optional<String> agency) {
      return new WrittenDateline(written, Optional.empty(), "", separator, location, places, agency);
    }

    /** From the place to the agency's closing mark, as in the article. */
    String written(LocalDate headerDate) {
      return beforeDate + date.map(d -> d.written(headerDate)).orElse("") + afterDate;
    }

    ExpectedDateline expected(LocalDate headerDate) {
      return new ExpectedDateline(
          written(headerDate), location, places, date.map(d -> d.date(headerDate)), agency);
    }
  }

  /** A place as written, and as the parser must report it: its whitespace normalised. */
  private record Place(String written, String normalised) {}

  /**
   * A dateline date a few days from the header's, so that the date meant is beyond doubt, written
   * as datelines write it: {@code Jan. 11}, {@code Jan 11}, {@code January 11}, {@code Sept. 3},
   * {@code 2 March}.
   */
  record DateWriting(int daysFromHeader, MonthStyle style, boolean dayFirst) {

    LocalDate date(LocalDate headerDate) {
      return headerDate.plusDays(daysFromHeader);
    }

    String written(LocalDate headerDate) {
      LocalDate date = date(headerDate);
      return dayFirst
          ? date.getDayOfMonth() + " " + monthName(date.getMonth(), MonthStyle.FULL)
          : monthName(date.getMonth(), style) + " " + date.getDayOfMonth();
    }
  }

  /** Every promised dateline form, or none at all. */
  static Arbitrary<Optional<WrittenDateline>> datelines() {
    Arbitrary<WrittenDateline> forms = Arbitraries.oneOf(List.of(
        placeDateAgency(),
        placeRegionDateAgency(),
        placeAgency(),
        placeRegionAgency(),
        placeDateDash(),
        citiesRegionDateAgency(),
        dateAgency(),
        agencyOnly(),
        placeDateKnownAgencyWithoutDash(),
        tass(),
        mixedCasePlaceAgency()));
    return Arbitraries.frequencyOf(
        Tuple.of(8, forms.map(Optional::of)),
        Tuple.of(1, Arbitraries.just(Optional.empty())));
  }

  /** {@code BEIJING, Jan. 11 (Xinhua) --} */
  private static Arbitrary<WrittenDateline> placeDateAgency() {
    return Combinators.combine(capitalPlaces(), dateWritings(), parenthesisGaps(), agencies(), dashes())
        .as((place, date, gap, agency, dash) -> new WrittenDateline(
            place.written() + ", ", Optional.of(date), gap + "(" + agency + ")", dash,
            Optional.of(place.normalised()), List.of(place.normalised()), Optional.of(agency)));
  }

  /** {@code BRISBANE, Australia, Jan. 1(Xinhua) --} */
  private static Arbitrary<WrittenDateline> placeRegionDateAgency() {
    return Combinators.combine(
            capitalPlaces(), regions(), dateWritings(), parenthesisGaps(), agencies(), dashes())
        .as((place, region, date, gap, agency, dash) -> new WrittenDateline(
            place.written() + ", " + region + ", ", Optional.of(date), gap + "(" + agency + ")", dash,
            Optional.of(place.normalised() + ", " + region), List.of(place.normalised()),
            Optional.of(agency)));
  }

  /** {@code CANBERRA (Xinhua) --}, {@code WASHINGTON (AP) —} */
  private static Arbitrary<WrittenDateline> placeAgency() {
    return Combinators.combine(capitalPlaces(), agencies(), dashes())
        .as((place, agency, dash) -> WrittenDateline.withoutDate(
            place.written() + " (" + agency + ")", dash,
            Optional.of(place.normalised()), List.of(place.normalised()), Optional.of(agency)));
  }

  /** {@code SPRINGFIELD, Ill. (AP) —}, {@code SEOUL, South Korea (AP) —} */
  private static Arbitrary<WrittenDateline> placeRegionAgency() {
    return Combinators.combine(capitalPlaces(), regions(), agencies(), dashes())
        .as((place, region, agency, dash) -> WrittenDateline.withoutDate(
            place.written() + ", " + region + " (" + agency + ")", dash,
            Optional.of(place.normalised() + ", " + region), List.of(place.normalised()),
            Optional.of(agency)));
  }

  /** {@code NEW YORK, Feb 26 -}, {@code AMSTERDAM, 2 March -} */
  private static Arbitrary<WrittenDateline> placeDateDash() {
    return Combinators.combine(capitalPlaces(), dateWritings(), dashes())
        .as((place, date, dash) -> new WrittenDateline(
            place.written() + ", ", Optional.of(date), "", dash,
            Optional.of(place.normalised()), List.of(place.normalised()), Optional.empty()));
  }

  /** {@code KYIV/KHARKIV, Ukraine, March 3 (Reuters) -} */
  private static Arbitrary<WrittenDateline> citiesRegionDateAgency() {
    return Combinators.combine(
            capitalPlaces().list().ofSize(2), regions(), dateWritings(), agencies(), dashes())
        .as((cities, region, date, agency, dash) -> {
          String written = String.join("/", cities.stream().map(Place::written).toList());
          List<String> places = cities.stream().map(Place::normalised).toList();
          return new WrittenDateline(
              written + ", " + region + ", ", Optional.of(date), " (" + agency + ")", dash,
              Optional.of(String.join("/", places) + ", " + region), places, Optional.of(agency));
        });
  }

  /** {@code Jan. 19 (UPI) --} */
  private static Arbitrary<WrittenDateline> dateAgency() {
    return Combinators.combine(dateWritings(), agencies(), dashes())
        .as((date, agency, dash) -> new WrittenDateline(
            "", Optional.of(date), " (" + agency + ")", dash,
            Optional.empty(), List.of(), Optional.of(agency)));
  }

  /** {@code (Bloomberg) --} */
  private static Arbitrary<WrittenDateline> agencyOnly() {
    return Combinators.combine(agencies(), dashes())
        .as((agency, dash) -> WrittenDateline.withoutDate(
            "(" + agency + ")", dash, Optional.empty(), List.of(), Optional.of(agency)));
  }

  /** {@code New Delhi, Oct 16 (PTI)}: no dash after a known agency. */
  private static Arbitrary<WrittenDateline> placeDateKnownAgencyWithoutDash() {
    return Combinators.combine(
            mixedCasePlaces(), dateWritings(),
            Arbitraries.of("PTI", "IANS", "ANI", "UNI", "Xinhua", "Yonhap", "AFP", "Reuters"))
        .as((place, date, agency) -> new WrittenDateline(
            place.written() + ", ", Optional.of(date), " (" + agency + ")", "",
            Optional.of(place.normalised()), List.of(place.normalised()), Optional.of(agency)));
  }

  /** {@code MOSCOW, January 21. /TASS/.} */
  private static Arbitrary<WrittenDateline> tass() {
    Arbitrary<DateWriting> dates = Arbitraries.integers().between(-10, 2)
        .map(days -> new DateWriting(days, MonthStyle.FULL, false));
    return Combinators.combine(capitalPlaces(), dates)
        .as((place, date) -> new WrittenDateline(
            place.written() + ", ", Optional.of(date), ". /TASS/", ".",
            Optional.of(place.normalised()), List.of(place.normalised()), Optional.of("TASS")));
  }

  /** {@code Madrid (dpa) -} */
  private static Arbitrary<WrittenDateline> mixedCasePlaceAgency() {
    return Combinators.combine(mixedCasePlaces(), agencies(), dashes())
        .as((place, agency, dash) -> WrittenDateline.withoutDate(
            place.written() + " (" + agency + ")", dash,
            Optional.of(place.normalised()), List.of(place.normalised()), Optional.of(agency)));
  }

  /** The separator with the blank before it: {@code --}, {@code -}, {@code —}, {@code –}. */
  private static Arbitrary<String> dashes() {
    return Arbitraries.of(" --", " -", " —", " –");
  }

  private static Arbitrary<String> parenthesisGaps() {
    return Arbitraries.of(" ", " ", "");
  }

  /** Places in capitals, some of several words with odd blanks between them. */
  private static Arbitrary<Place> capitalPlaces() {
    Arbitrary<List<String>> words = Arbitraries.oneOf(List.of(
        Arbitraries.of(
            List.of("BEIJING"), List.of("UNITED", "NATIONS"), List.of("NEW", "YORK"),
            List.of("KUALA", "LUMPUR"), List.of("SEOUL"), List.of("KYIV"), List.of("KHARKIV"),
            List.of("CANBERRA"), List.of("WASHINGTON"), List.of("ADDIS", "ABABA"),
            List.of("SAINT-DENIS"), List.of("SAO", "PAULO"), List.of("RIO", "DE", "JANEIRO")),
        syllableWords(true).list().ofMinSize(1).ofMaxSize(2)));
    return Combinators.combine(words, Arbitraries.of(" ", " ", "  ", "\u00A0"))
        .as((list, blank) -> new Place(String.join(blank, list), String.join(" ", list)));
  }

  /** Places as some agencies write them: {@code New Delhi}, {@code Madrid}. */
  private static Arbitrary<Place> mixedCasePlaces() {
    Arbitrary<List<String>> words = Arbitraries.oneOf(List.of(
        Arbitraries.of(
            List.of("New", "Delhi"), List.of("Madrid"), List.of("Mumbai"), List.of("Hamburg"),
            List.of("Rio", "de", "Janeiro"), List.of("Kolkata")),
        syllableWords(false).list().ofMinSize(1).ofMaxSize(2)));
    return Combinators.combine(words, Arbitraries.of(" ", " ", "  ", "\u00A0"))
        .as((list, blank) -> new Place(String.join(blank, list), String.join(" ", list)));
  }

  private static Arbitrary<String> regions() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of(
            "Australia", "South Korea", "Ukraine", "Ill.", "Calif.", "Mass.", "Ont.", "Kenya",
            "Brazil"),
        syllableWords(false)));
  }

  private static Arbitrary<String> agencies() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of(
            "Xinhua", "Reuters", "AP", "AFP", "UPI", "Yonhap", "Bloomberg", "dpa", "Kyodo",
            "Bernama", "PTI", "EFE"),
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(5)));
  }

  enum MonthStyle { FULL, AP, THREE_LETTERS, THREE_LETTERS_DOT }

  private static Arbitrary<DateWriting> dateWritings() {
    return Combinators.combine(
            Arbitraries.integers().between(-10, 2), Arbitraries.of(MonthStyle.class),
            Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
        .as(DateWriting::new);
  }

  private static String monthName(Month month, MonthStyle style) {
    String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String three = full.substring(0, 3);
    return switch (style) {
      case FULL -> full;
      case THREE_LETTERS -> three;
      case THREE_LETTERS_DOT -> full.length() == 3 ? full : three + ".";
      case AP -> switch (month) {
        case MARCH, APRIL, MAY, JUNE, JULY -> full;
        case SEPTEMBER -> "Sept.";
        default -> three + ".";
      };
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Body

  static Arbitrary<List<WrittenParagraph>> paragraphs() {
    Arbitrary<WrittenParagraph> paragraph = Combinators.combine(
            sentences().list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.of(" ", " ", " ", "  ", "\n", " \n"))
        .as(WrittenParagraph::new);
    return paragraph.list().ofMinSize(1).ofMaxSize(6);
  }

  /** One sentence of news copy, trimmed, ending where any reader would say it ends. */
  static Arbitrary<String> sentences() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, statements()),
        Tuple.of(2, quotedStatements()),
        Tuple.of(2, reportedQuotes()),
        Tuple.of(1, questions()),
        Tuple.of(1, asides()),
        Tuple.of(1, trailingOff()));
  }

  /** {@code Mr. Li met the U.S. delegation on Jan. 5.} */
  private static Arbitrary<String> statements() {
    return Combinators.combine(subjects(), predicates()).as((s, p) -> s + " " + p + ".");
  }

  /** {@code "We will not make sharp turns," Liu told reporters.} */
  private static Arbitrary<String> quotedStatements() {
    Arbitrary<String> quotes = Arbitraries.oneOf(List.of(
        Arbitraries.of(
            "We will not make sharp turns", "The plan is working", "It is a record",
            "There is no going back", "Talks will resume next week"),
        decimals().map(n -> "Growth will recover to " + n + " percent")));
    Arbitrary<String> speakers = Arbitraries.oneOf(List.of(
        Arbitraries.of("he said", "she said", "a spokesman said", "Liu told reporters"),
        names().map(name -> "said " + name),
        names().map(name -> name + " told a forum in Geneva")));
    return Combinators.combine(quotes, speakers, quoteMarks())
        .as((q, s, marks) -> marks.charAt(0) + q + "," + marks.charAt(1) + " " + s + ".");
  }

  /** {@code The ministry said the plan was "on track."}: the period inside the quotes. */
  private static Arbitrary<String> reportedQuotes() {
    return Combinators.combine(
            subjects(),
            Arbitraries.of("on track", "a turning point", "far from over", "not for sale"),
            quoteMarks())
        .as((s, q, marks) -> s + " said the plan was " + marks.charAt(0) + q + "." + marks.charAt(1));
  }

  /** {@code "Why now?" he asked.} */
  private static Arbitrary<String> questions() {
    return Combinators.combine(
            Arbitraries.of("Why now?", "Who will pay for it?", "Is it safe?", "Enough!"),
            Arbitraries.of("he asked", "she asked", "a delegate shouted"), quoteMarks())
        .as((q, s, marks) -> marks.charAt(0) + q + marks.charAt(1) + " " + s + ".");
  }

  /** Opening and closing quotation marks: straight or curly. */
  private static Arbitrary<String> quoteMarks() {
    return Arbitraries.of("\"\"", "\"\"", "\u201C\u201D");
  }

  /** {@code (The figure was later revised to 3.5 percent.)} */
  private static Arbitrary<String> asides() {
    return Combinators.combine(decimals(), Arbitraries.of("figure", "estimate", "forecast"))
        .as((n, what) -> "(The " + what + " was later revised to " + n + " percent.)");
  }

  /** {@code The meeting lasted 3.5 hours...} */
  private static Arbitrary<String> trailingOff() {
    return Combinators.combine(subjects(), decimals())
        .as((s, n) -> s + " spoke for " + n + " hours...");
  }

  /** Subjects that open a sentence with a capital, some with abbreviations or initials in them. */
  private static Arbitrary<String> subjects() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of(
            "Officials", "The ministry", "The central bank", "The U.S. delegation", "Analysts",
            "Police", "The company", "Example Corp Inc.", "The United Nations (UN)",
            "The International Monetary Fund (IMF)", "Prime Minister Kenji Sato"),
        names(),
        Combinators.combine(names(), Arbitraries.of("Gen.", "Mr.", "Dr."))
            .as((name, title) -> "A spokesman for " + title + " " + surname(name))));
  }

  /** Predicates that start in lower case and carry numbers, abbreviations, quotes and dashes. */
  private static Arbitrary<String> predicates() {
    return Arbitraries.oneOf(List.of(
        Combinators.combine(weekdays(), decimals())
            .as((day, n) -> "said on " + day + " that growth slowed to " + n + " percent"),
        decimals().map(n -> "rose " + n + " percent in early trading"),
        decimals().map(n -> "announced a $" + n + " bln investment plan"),
        decimals().map(n -> "expects " + n + " pct growth this year"),
        Combinators.combine(Arbitraries.of(Month.class), Arbitraries.integers().between(1, 28))
            .as((m, d) -> "met the U.S. delegation on " + monthName(m, MonthStyle.AP) + " " + d),
        Arbitraries.integers().between(1, 12).map(n -> "held talks at No. " + n + " conference hall"),
        thousands().map(n -> "said the company - which employs " + n + " people - would expand"),
        Arbitraries.just("said the figure (which was revised twice) would stand"),
        Arbitraries.just("paused... and then continued"),
        names().map(name -> "said " + name + " would visit the U.S. capital next week"),
        Arbitraries.integers().between(1, 12).map(h -> "landed at " + h + " a.m. local time"),
        Arbitraries.just("flew to St. Petersburg with Lt. Gen. Wang and Gov. Kalu"),
        Arbitraries.just("said the talks \u2014 which ran late \u2014 had ended"),
        Arbitraries.of("ranked No. 1", "kept its No. 2 spot").map(rank -> "said the team " + rank),
        thousands().map(n -> "said more than " + n + " people attended")));
  }

  /** People as copy names them: {@code Mr. Li}, {@code Gen. Wang}, {@code J. K. Kalomi}. */
  private static Arbitrary<String> names() {
    return Arbitraries.oneOf(List.of(
        Combinators.combine(
                Arbitraries.of("Mr.", "Mrs.", "Gen.", "Dr.", "Sen.", "Prof."),
                Arbitraries.oneOf(List.of(
                    Arbitraries.of("Li", "Wang", "Okafor", "Lopez", "Sato"), syllableWords(false))))
            .as((title, surname) -> title + " " + surname),
        Combinators.combine(
                Arbitraries.chars().range('A', 'Z'), Arbitraries.chars().range('A', 'Z'),
                syllableWords(false))
            .as((first, second, surname) -> first + ". " + second + ". " + surname)));
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /**
   * Invented words of syllables, in capitals or capitalised: never an English word, so never one
   * that opens sentences or abbreviates.
   */
  private static Arbitrary<String> syllableWords(boolean capitals) {
    return Arbitraries.of("ka", "lo", "mi", "zhu", "ren", "ta", "vo", "dri", "sen", "bu", "qar")
        .list().ofMinSize(2).ofMaxSize(3)
        .map(syllables -> {
          String word = String.join("", syllables);
          return capitals
              ? word.toUpperCase(Locale.ROOT)
              : Character.toUpperCase(word.charAt(0)) + word.substring(1);
        });
  }

  private static Arbitrary<String> weekdays() {
    return Arbitraries.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  }

  /** {@code 3.5}, {@code 12.25}, {@code 0.8} */
  static Arbitrary<String> decimals() {
    return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 99))
        .as((whole, fraction) -> whole + "." + fraction);
  }

  /** {@code 2,300} */
  private static Arbitrary<String> thousands() {
    return Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.integers().between(0, 999))
        .as((high, low) -> high + "," + String.format(Locale.ROOT, "%03d", low));
  }
}
