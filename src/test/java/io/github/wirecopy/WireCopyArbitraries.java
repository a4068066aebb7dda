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

  /** Whole articles fit for a corpus: each begins at the start of a line with its header. */
  static Arbitrary<GeneratedArticle> corpusArticles() {
    return Combinators.combine(corpusHeaders(), datelines(), afterSeparatorGaps(), paragraphs(),
            layouts())
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
              : capitalized(word);
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

  // ---------------------------------------------------------------------------------------------
  // Quotes

  /**
   * An article of quote-bearing copy: its text, and where its body begins. Unlike
   * {@link GeneratedArticle} it promises no sentence split: quotes run across sentences, and the
   * quote tests check what they find against the text itself.
   */
  record QuotingArticle(String text, int bodyStart) {

    /** This article's text, ending with a line break so that another article may follow it. */
    String textEndingWithLineBreak() {
      return text.endsWith("\n") || text.endsWith("\r") ? text : text + "\n";
    }
  }

  /** A pair of quotation marks of one style; single marks hold double ones inside them. */
  record QuoteMarks(String style, String open, String close, boolean single) {

    String around(String words) {
      return open + words + close;
    }

    /** Marks of the other family, for a quote inside a quote. */
    QuoteMarks inner() {
      return single ? CURLY_DOUBLE : STRAIGHT_SINGLE;
    }

    @Override
    public String toString() {
      return style;
    }
  }

  private static final QuoteMarks CURLY_DOUBLE =
      new QuoteMarks("curly double", "\u201C", "\u201D", false);
  private static final QuoteMarks STRAIGHT_SINGLE = new QuoteMarks("straight single", "'", "'", true);

  /** Every quotation-mark style wire copy uses. */
  static final List<QuoteMarks> QUOTE_MARK_STYLES = List.of(
      new QuoteMarks("straight double", "\"", "\"", false),
      CURLY_DOUBLE,
      new QuoteMarks("curly single", "\u2018", "\u2019", true),
      STRAIGHT_SINGLE,
      new QuoteMarks("guillemets", "\u00AB", "\u00BB", false),
      new QuoteMarks("German low-high", "\u201E", "\u201C", false),
      new QuoteMarks("TeX backticks", "``", "''", false));

  /**
   * A person as copy names them.
   *
   * @param title the title written before the name, or empty
   * @param name the full name, family name first or last
   * @param shortName the one word of it copy uses later: the family name
   */
  record Person(String title, String name, String shortName) {

    /** How copy introduces the person: {@code Foreign Minister Wang Yi}. */
    String introduced() {
      return title.isEmpty() ? name : title + " " + name;
    }

    Optional<String> titleIfAny() {
      return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }
  }

  /** Words naming a source: as they open a sentence, and inside one. */
  record SourceWords(String opening, String inner) {}

  /**
   * Articles of quote-bearing copy: direct quotes in every mark style, reported speech in the
   * patterns of news copy, quotes run over paragraphs, unbalanced marks, apostrophes, and
   * sentences that look like quotes and are not.
   */
  static Arbitrary<QuotingArticle> quotingArticles() {
    return Combinators.combine(headers(), datelines(), afterSeparatorGaps(), quotingParagraphs(),
            layouts())
        .as((header, dateline, gap, paragraphs, layout) ->
            quoting(assemble(header, dateline, gap, paragraphs, layout)));
  }

  /**
   * Quote-bearing articles fit for a corpus, each opening with a paragraph that opens with a
   * quotation mark and ending with one whose quote never closes: were a quote to run on from one
   * article into the next, it would be here.
   */
  static Arbitrary<QuotingArticle> corpusQuotingArticles() {
    return Combinators.combine(corpusHeaders(), datelines(), afterSeparatorGaps(),
            openingQuoteParagraphs(), quotingParagraphs(),
            unclosedQuoteParagraphs(), layouts())
        .as((header, dateline, gap, first, middle, last, layout) -> {
          List<WrittenParagraph> paragraphs = new ArrayList<>();
          paragraphs.add(first);
          paragraphs.addAll(middle);
          paragraphs.add(last);
          return quoting(assemble(header, dateline, gap, paragraphs, layout));
        });
  }

  private static QuotingArticle quoting(GeneratedArticle article) {
    return new QuotingArticle(article.text(), article.bodyStart());
  }

  /** A paragraph of one sentence, or of sentences written as one. */
  private static WrittenParagraph paragraphOf(String sentence) {
    return new WrittenParagraph(List.of(sentence), " ");
  }

  /** {@code "We are ready," the spokesman said.}: a paragraph that opens with a quotation mark. */
  static Arbitrary<WrittenParagraph> openingQuoteParagraphs() {
    return Combinators.combine(quoteMarkStyles(), quotedWords(), sources())
        .as((marks, words, source) ->
            paragraphOf(marks.around(words + ",") + " " + source.inner() + " said."));
  }

  /** Paragraphs of quoting copy, some in runs of a quote continued over paragraphs. */
  static Arbitrary<List<WrittenParagraph>> quotingParagraphs() {
    Arbitrary<List<WrittenParagraph>> plain = Combinators.combine(
            quotingSentences().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(" ", " ", "  ", "\n"))
        .as(WrittenParagraph::new)
        .map(List::of);
    Arbitrary<List<WrittenParagraph>> blocks = Arbitraries.frequencyOf(
        Tuple.of(6, plain),
        Tuple.of(2, quoteRuns()),
        Tuple.of(1, unclosedQuoteParagraphs().map(List::of)));
    return blocks.list().ofMinSize(1).ofMaxSize(5).map(lists -> {
      List<WrittenParagraph> paragraphs = new ArrayList<>();
      lists.forEach(paragraphs::addAll);
      return List.copyOf(paragraphs);
    });
  }

  /** One sentence, or a few run together, of quoting copy. */
  static Arbitrary<String> quotingSentences() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, directSentences()),
        Tuple.of(4, reportedSentences()),
        Tuple.of(2, splitQuotes()),
        Tuple.of(2, mixedSentences()),
        Tuple.of(2, participleSentences()),
        Tuple.of(1, midSentenceCues()),
        Tuple.of(2, notQuotes()),
        Tuple.of(1, saidNoise()));
  }

  /** {@code "We are ready," Foreign Minister Wang Yi said.} and the other orders. */
  static Arbitrary<String> directSentences() {
    return Combinators.combine(quoteMarkStyles(), quotedWords(), sources(), people(),
            Arbitraries.integers().between(0, 4))
        .as((marks, words, source, person, form) -> switch (form) {
          case 0 -> marks.around(words + ",") + " " + source.inner() + " said.";
          case 1 -> marks.around(words + ",") + " said " + person.introduced() + ".";
          case 2 -> source.opening() + " told reporters: " + marks.around(words + ".");
          case 3 -> marks.around(words + " " + marks.inner().around("for good") + ",") + " "
              + source.inner() + " said.";
          default -> marks.around(words + "?") + " " + source.inner() + " asked.";
        });
  }

  /** {@code "A," he said, "b."} */
  private static Arbitrary<String> splitQuotes() {
    return Combinators.combine(quoteMarkStyles(), quotedWords(), reportedClauses(), sources())
        .as((marks, first, second, source) -> marks.around(first + ",") + " " + source.inner()
            + " said, " + marks.around("and " + second + "."));
  }

  /** Reported speech in the patterns of news copy. */
  static Arbitrary<String> reportedSentences() {
    return Combinators.combine(sources(), reportedClauses(), speechCues(), people(),
            Arbitraries.integers().between(0, 6))
        .as((source, clause, cue, person, form) -> switch (form) {
          case 0 -> source.opening() + " " + cue + " that " + clause + ".";
          case 1 -> source.opening() + " " + cue + " " + clause + ".";
          case 2 -> capitalized(clause) + ", " + source.inner() + " said.";
          case 3 -> capitalized(clause) + ", said " + person.introduced() + ".";
          case 4 -> "According to " + person.introduced() + ", " + clause + ".";
          case 5 -> capitalized(clause) + ", according to " + source.inner() + ".";
          default -> person.introduced() + " was quoted as saying " + clause + ".";
        });
  }

  /** {@code He said the plan was "a disaster".} */
  private static Arbitrary<String> mixedSentences() {
    return Combinators.combine(sources(), quoteMarkStyles(),
            Arbitraries.of("a disaster", "dead and buried", "far from over", "not for sale"))
        .as((source, marks, fragment) ->
            source.opening() + " said the plan was " + marks.around(fragment) + ".");
  }

  /** {@code X said A, stressing that B.} and {@code Noting that A, X said B.} */
  private static Arbitrary<String> participleSentences() {
    return Combinators.combine(sources(), reportedClauses(), reportedClauses(),
            Arbitraries.of("stressing", "adding", "noting", "warning"), Arbitraries.of(true, false))
        .as((source, first, second, participle, before) -> before
            ? capitalized(participle) + " that " + first + ", " + source.inner() + " said "
                + second + "."
            : source.opening() + " said " + first + ", " + participle + " that " + second + ".");
  }

  /** {@code The plan, said Clements, would be ready by June.} */
  private static Arbitrary<String> midSentenceCues() {
    return Combinators.combine(sources(), people(), Arbitraries.of(true, false))
        .as((source, person, cueFirst) -> "The plan, "
            + (cueFirst ? "said " + person.introduced() : source.inner() + " said")
            + ", would be ready by June.");
  }

  /** Mental states, apostrophes and scare quotes in narration: none of them a quote. */
  private static Arbitrary<String> notQuotes() {
    return Arbitraries.oneOf(List.of(
        Combinators.combine(sources(), reportedClauses(),
                Arbitraries.of("believes", "thinks", "fears", "hopes"))
            .as((source, clause, verb) -> source.opening() + " " + verb + " " + clause + "."),
        Arbitraries.of(
            "The WPK's congress opened on Monday, and Kim's speech lasted three hours.",
            "The WPK\u2019s congress opened on Monday, and Kim\u2019s speech lasted three hours.",
            "Fans of '90s rock 'n' roll filled the players' stand on Sunday.",
            "Fans of \u201990s rock \u2019n\u2019 roll filled the players\u2019 stand on Sunday.",
            "The so-called \"peace plan\" was rejected on Monday.",
            "The city opened two subway lines on Monday.")));
  }

  /** Sentences that stack cue words: {@code Said and said again, ...}. */
  private static Arbitrary<String> saidNoise() {
    return Arbitraries.of(
        "Said and said again, the word lost its meaning.",
        "He said she said they said, officials said.",
        "According to according to the report, nothing changed.",
        "\"Said,\" said Said, \"said.\"");
  }

  /**
   * A quote run over two to four paragraphs: each paragraph but the last opens a quote and leaves
   * it open, the next opens with a mark again; the source is named in the first or the last.
   */
  static Arbitrary<List<WrittenParagraph>> quoteRuns() {
    return Combinators.combine(doubleQuoteMarkStyles(),
            quotedWords().list().ofMinSize(2).ofMaxSize(4), sources(), Arbitraries.of(true, false))
        .as((marks, words, source, namedFirst) -> {
          List<WrittenParagraph> paragraphs = new ArrayList<>();
          int last = words.size() - 1;
          for (int i = 0; i <= last; i++) {
            String paragraph;
            if (i == 0 && namedFirst) {
              paragraph = source.opening() + " said: " + marks.open() + words.get(i) + ".";
            } else if (i == last && !namedFirst) {
              paragraph = marks.around(words.get(i) + ",") + " " + source.inner() + " said.";
            } else if (i == last) {
              paragraph = marks.around(words.get(i) + ".");
            } else {
              paragraph = marks.open() + words.get(i) + ".";
            }
            paragraphs.add(paragraphOf(paragraph));
          }
          return List.copyOf(paragraphs);
        });
  }

  /** A paragraph whose last quote never closes, in any mark style. */
  static Arbitrary<WrittenParagraph> unclosedQuoteParagraphs() {
    return Combinators.combine(quoteMarkStyles(), quotedWords(), sources(),
            Arbitraries.of(true, false))
        .as((marks, words, source, introduced) -> paragraphOf(introduced
            ? source.opening() + " said: " + marks.open() + words + " and nothing will change"
            : marks.open() + words + ", " + source.inner() + " said."));
  }

  /** One of {@link #QUOTE_MARK_STYLES}. */
  static Arbitrary<QuoteMarks> quoteMarkStyles() {
    return Arbitraries.of(QUOTE_MARK_STYLES);
  }

  /** The double-mark styles, which alone carry a quote to the end of a paragraph. */
  static Arbitrary<QuoteMarks> doubleQuoteMarkStyles() {
    return quoteMarkStyles().filter(marks -> !marks.single());
  }

  /**
   * Words of a direct quote: a capitalized clause without final punctuation, some with
   * apostrophes of every kind (none a plural possessive, which a single mark could close on).
   */
  static Arbitrary<String> quotedWords() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of(
            "We will not make sharp turns", "The plan is working", "There is no going back",
            "Talks will resume next week", "It's a fair deal for every member",
            "Kim's speech took us back to the '90s", "The WPK\u2019s congress changed nothing",
            "Nobody here wants rock 'n' roll at the ceremony", "We didn\u2019t expect this"),
        decimals().map(n -> "Growth will recover to " + n + " percent")));
  }

  /** Reported clauses: lower case, no commas, no quotation marks, no cue words. */
  static Arbitrary<String> reportedClauses() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of(
            "the talks were useful", "exports grew in the first quarter",
            "the border would reopen on Monday", "the WPK's congress would open on Monday",
            "the country\u2019s exports fell in May", "the players' union had agreed",
            "the '90s were over", "the band would play rock 'n' roll until midnight"),
        decimals().map(n -> "prices would rise " + n + " percent this year")));
  }

  /** Cues before a reported clause. */
  private static Arbitrary<String> speechCues() {
    return Arbitraries.of("said", "added", "stressed", "noted", "told reporters", "reiterated",
        "pointed out", "warned", "announced", "confirmed", "has said", "also said");
  }

  /** Sources: people named in full or in short, pronouns, descriptions, groups, organisations. */
  static Arbitrary<SourceWords> sources() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, people().map(p -> new SourceWords(p.introduced(), p.introduced()))),
        Tuple.of(1, people().map(p -> new SourceWords(p.shortName(), p.shortName()))),
        Tuple.of(2, Arbitraries.of("he", "she", "they", "it")
            .map(pronoun -> new SourceWords(capitalized(pronoun), pronoun))),
        Tuple.of(2, Arbitraries.of("the spokesman", "a Foreign Ministry spokesman", "officials",
                "the ministry", "the players' union", "the players\u2019 union", "analysts",
                "a senior official")
            .map(words -> new SourceWords(capitalized(words), words))));
  }

  /**
   * People with invented names, family name first or last, with or without a title. The names
   * tell no gender (no syllables of them make {@code Karen} or {@code Tom}), so he and she may
   * both stand for them.
   */
  static Arbitrary<Person> people() {
    Arbitrary<String> titles = Arbitraries.of("", "", "Prime Minister", "Foreign Minister",
        "Senator", "Vice Premier", "Ambassador", "Governor", "President");
    return Combinators.combine(titles, inventedNameWords(), inventedNameWords(),
            Arbitraries.of(true, false))
        .filter((title, family, given, familyFirst) -> !family.equals(given))
        .as((title, family, given, familyFirst) ->
            new Person(title, familyFirst ? family + " " + given : given + " " + family, family));
  }

  /** Capitalized words of syllables that make no English word and no given name. */
  private static Arbitrary<String> inventedNameWords() {
    return Arbitraries.of("zhu", "qar", "vo", "dri", "xel", "tok", "brun", "gha")
        .list().ofMinSize(2).ofMaxSize(3)
        .map(syllables -> capitalized(String.join("", syllables)));
  }

  static String capitalized(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
