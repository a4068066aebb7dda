package io.github.wirecopy;

import static io.github.wirecopy.QuotedCopy.XINHUA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.wirecopy.WireCopyArbitraries.Person;
import io.github.wirecopy.WireCopyArbitraries.QuotingArticle;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.QuoteKind;
import io.github.wirecopy.model.Speaker;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Quotes and speakers of generated copy: every span resolves to its text inside the body, a
 * quote's content inside the paragraph it names, no quote runs from one article of a corpus into
 * the next, speaker ids resolve, and parsing is deterministic. Copy whose quotes are known from
 * how it was written gives exactly those quotes.
 */
class QuoteProperties {

  private static final int TRIES = 200;

  private final ArticleParser parser = ArticleParser.builder().build();

  /** A corpus of quoting articles, and the articles it was made of. */
  record Corpus(String text, List<QuotingArticle> articles) {}

  @Property(tries = TRIES)
  void everyQuoteAndMentionSpanResolvesToItsTextInsideTheBody(
      @ForAll("quotingArticles") QuotingArticle generated) {
    Article article = parser.parse(generated.text());

    // The invariants check content, cue, mention and speaker mention spans against the text and
    // the paragraphs; here, also that nothing of a quote stands before the body.
    ArticleInvariants.assertWellFormed(article, generated.text());
    for (Quote quote : article.quotes()) {
      assertThat(quote.content().span().start()).isGreaterThanOrEqualTo(generated.bodyStart());
      quote.cue().ifPresent(cue ->
          assertThat(cue.span().start()).isGreaterThanOrEqualTo(generated.bodyStart()));
      quote.mention().ifPresent(mention ->
          assertThat(mention.span().start()).isGreaterThanOrEqualTo(generated.bodyStart()));
    }
  }

  @Property(tries = TRIES)
  void theSpeakerOfAQuoteHoldsTheMentionAtIt(@ForAll("quotingArticles") QuotingArticle generated) {
    Article article = parser.parse(generated.text());

    for (Quote quote : article.quotes()) {
      if (quote.speaker().isPresent() && quote.mention().isPresent()) {
        assertThat(article.speakers().get(quote.speaker().getAsInt()).mentions())
            .as("mentions of the speaker of %s", quote)
            .contains(quote.mention().get());
      }
    }
  }

  @Property(tries = TRIES)
  void parsingIsDeterministic(@ForAll("quotingArticles") QuotingArticle generated) {
    Article first = parser.parse(generated.text());

    assertThat(parser.parse(generated.text())).isEqualTo(first);
    assertThat(ArticleParser.builder().build().parse(generated.text())).isEqualTo(first);
    assertThat(parser.parse(new StringReader(generated.text()))).isEqualTo(first);
  }

  @Property(tries = 100)
  void noQuoteRunsFromOneArticleOfACorpusIntoTheNext(@ForAll("corpora") Corpus corpus) {
    List<CorpusEntry> entries;
    try (Stream<CorpusEntry> stream = parser.corpus(new StringReader(corpus.text()))) {
      entries = stream.toList();
    }

    assertThat(entries).hasSameSizeAs(corpus.articles());
    for (int i = 0; i < entries.size(); i++) {
      Article inCorpus = entries.get(i).article().orElseThrow();
      Article alone = parser.parse(corpus.articles().get(i).text());
      ArticleInvariants.assertQuotesWellFormed(inCorpus);
      assertThat(inCorpus.quotes()).as("quotes of article %d", i).isEqualTo(alone.quotes());
      assertThat(inCorpus.speakers()).as("speakers of article %d", i).isEqualTo(alone.speakers());
      assertThat(inCorpus.quotes()).isNotEmpty();
    }
  }

  /** A direct quote, its marks, its words, its attribution, and its source. */
  record DirectCase(String paragraph, String content, String cue, String mention, Person person) {}

  @Property(tries = TRIES)
  void directQuoteInAnyMarkStyleGivesItsWordsCueAndSpeaker(
      @ForAll("directCases") DirectCase example) {
    Article article = QuotedCopy.parse(XINHUA, example.paragraph());

    assertThat(article.quotes()).hasSize(1);
    Quote quote = article.quotes().get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(quote.content().text()).isEqualTo(example.content());
    assertThat(quote.cue().map(Phrase::text)).contains(example.cue());
    assertThat(quote.mention().map(Phrase::text)).contains(example.mention());
    assertSpeaker(article, quote, example.person());
  }

  /** Reported speech, and the clause, cue and source it reports. */
  record ReportedCase(
      String paragraph, String content, String cue, String mention, Person person) {}

  @Property(tries = TRIES)
  void reportedSpeechGivesItsClauseCueAndSpeaker(@ForAll("reportedCases") ReportedCase example) {
    Article article = QuotedCopy.parse(XINHUA, example.paragraph());

    assertThat(article.quotes()).hasSize(1);
    Quote quote = article.quotes().get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.content().text()).isEqualTo(example.content());
    assertThat(quote.cue().map(Phrase::text)).contains(example.cue());
    assertThat(quote.mention().map(Phrase::text)).contains(example.mention());
    assertSpeaker(article, quote, example.person());
  }

  /** Three paragraphs naming one person in full, by short name, then by pronoun. */
  record ThreeMentions(List<String> paragraphs, Person person, String pronoun) {}

  @Property(tries = TRIES)
  void shortNameAndPronounLaterResolveToTheSpeakerNamedInFull(
      @ForAll("threeMentions") ThreeMentions example) {
    Article article = QuotedCopy.parse(XINHUA, example.paragraphs().toArray(String[]::new));

    assertThat(article.quotes()).hasSize(3);
    assertThat(article.quotes()).allSatisfy(q -> assertThat(q.speaker()).hasValue(0));
    assertThat(article.speakers()).hasSize(1);
    Speaker speaker = article.speakers().get(0);
    assertThat(speaker.name()).isEqualTo(example.person().name());
    assertThat(speaker.title()).isEqualTo(example.person().titleIfAny());
    assertThat(speaker.mentions()).extracting(Phrase::text).containsExactly(
        example.person().introduced(), example.person().shortName(), example.pronoun());
  }

  /** A paragraph whose quotation mark never closes, then one of reported speech. */
  record Unbalanced(String paragraphs, String openQuote, String nextClause, Person person) {}

  @Property(tries = TRIES)
  void unbalancedMarkEndsItsQuoteAtItsParagraph(@ForAll("unbalanced") Unbalanced example) {
    Article article = QuotedCopy.parse(XINHUA, example.paragraphs());

    assertThat(article.paragraphs()).hasSize(2);
    assertThat(article.quotes()).extracting(q -> q.content().text(), Quote::paragraph)
        .containsExactly(
            tuple(example.openQuote(), 0),
            tuple(example.nextClause(), 1));
    assertSpeaker(article, article.quotes().get(1), example.person());
  }

  private static void assertSpeaker(Article article, Quote quote, Person person) {
    Speaker speaker = QuotedCopy.speaker(article, quote)
        .orElseThrow(() -> new AssertionError("no speaker for " + quote));
    assertThat(speaker.name()).isEqualTo(person.name());
    assertThat(speaker.title()).isEqualTo(person.titleIfAny());
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  @Provide
  Arbitrary<QuotingArticle> quotingArticles() {
    return WireCopyArbitraries.quotingArticles();
  }

  @Provide
  Arbitrary<Corpus> corpora() {
    return Combinators.combine(
            WireCopyArbitraries.corpusQuotingArticles().list().ofMinSize(2).ofMaxSize(4),
            Arbitraries.of("", "\n", "\n\n", "\r\n").list().ofSize(4))
        .as((articles, gaps) -> {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < articles.size(); i++) {
            text.append(articles.get(i).textEndingWithLineBreak()).append(gaps.get(i));
          }
          return new Corpus(text.toString(), List.copyOf(articles));
        });
  }

  @Provide
  Arbitrary<DirectCase> directCases() {
    return Combinators.combine(WireCopyArbitraries.quoteMarkStyles(),
            WireCopyArbitraries.quotedWords(), WireCopyArbitraries.people(),
            Arbitraries.integers().between(0, 3))
        .as((marks, words, person, form) -> {
          String content = words + ",";
          String quoted = marks.around(content);
          return switch (form) {
            case 0 -> new DirectCase(quoted + " " + person.introduced() + " said.", content,
                "said", person.introduced(), person);
            case 1 -> new DirectCase(quoted + " said " + person.introduced() + ".", content,
                "said", person.introduced(), person);
            case 2 -> new DirectCase(quoted + " " + person.introduced() + " told reporters.",
                content, "told reporters", person.introduced(), person);
            default -> new DirectCase(person.introduced() + " said: " + marks.around(words + "."),
                words + ".", "said", person.introduced(), person);
          };
        });
  }

  @Provide
  Arbitrary<ReportedCase> reportedCases() {
    return Combinators.combine(WireCopyArbitraries.reportedClauses(),
            WireCopyArbitraries.people(),
            Arbitraries.of("said", "added", "stressed", "noted", "told reporters", "reiterated",
                "pointed out"),
            Arbitraries.integers().between(0, 5))
        .as((clause, person, cue, form) -> {
          String who = person.introduced();
          String opening = WireCopyArbitraries.capitalized(clause);
          return switch (form) {
            case 0 -> new ReportedCase(who + " " + cue + " that " + clause + ".", clause, cue,
                who, person);
            case 1 -> new ReportedCase(who + " " + cue + " " + clause + ".", clause, cue, who,
                person);
            case 2 -> new ReportedCase(opening + ", " + who + " said.", opening, "said", who,
                person);
            case 3 -> new ReportedCase(opening + ", said " + who + ".", opening, "said", who,
                person);
            case 4 -> new ReportedCase("According to " + who + ", " + clause + ".", clause,
                "According to", who, person);
            default -> new ReportedCase(opening + ", according to " + who + ".", opening,
                "according to", who, person);
          };
        });
  }

  @Provide
  Arbitrary<ThreeMentions> threeMentions() {
    return Combinators.combine(WireCopyArbitraries.people(),
            WireCopyArbitraries.reportedClauses().list().ofSize(3), Arbitraries.of("He", "She"))
        .as((person, clauses, pronoun) -> {
          List<String> paragraphs = new ArrayList<>();
          paragraphs.add(person.introduced() + " said " + clauses.get(0) + ".");
          paragraphs.add(person.shortName() + " added that " + clauses.get(1) + ".");
          paragraphs.add(pronoun + " said " + clauses.get(2) + ".");
          return new ThreeMentions(List.copyOf(paragraphs), person, pronoun);
        });
  }

  @Provide
  Arbitrary<Unbalanced> unbalanced() {
    return Combinators.combine(WireCopyArbitraries.doubleQuoteMarkStyles(),
            WireCopyArbitraries.quotedWords(), WireCopyArbitraries.reportedClauses(),
            WireCopyArbitraries.people())
        .as((marks, words, clause, person) -> {
          String open = words + " and nothing will change that";
          String next = WireCopyArbitraries.capitalized(clause);
          return new Unbalanced(
              "The envoy said: " + marks.open() + open + "\n\n" + next + ", " + person.introduced()
                  + " said.",
              open, next, person);
        });
  }
}
