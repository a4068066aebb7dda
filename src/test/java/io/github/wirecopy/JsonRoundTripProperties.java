package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Dateline;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Phrase;
import io.github.wirecopy.model.Quote;
import io.github.wirecopy.model.Sentence;
import io.github.wirecopy.model.Span;
import io.github.wirecopy.model.Speaker;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every model value written as JSON by {@link Wirecopy#objectMapper()} reads back equal. */
class JsonRoundTripProperties {

  private final ObjectMapper mapper = Wirecopy.objectMapper();

  @Property
  void jsonRoundTripPreservesArticle(@ForAll("articles") Article article) throws Exception {
    String json = mapper.writeValueAsString(article);

    assertThat(mapper.readValue(json, Article.class)).isEqualTo(article);
  }

  @Property(tries = 500)
  void jsonRoundTripPreservesEveryElementOfArticle(@ForAll("articles") Article article)
      throws Exception {
    for (Dateline dateline : article.dateline().stream().toList()) {
      assertThat(roundTrip(dateline, Dateline.class)).isEqualTo(dateline);
    }
    for (Paragraph paragraph : article.paragraphs()) {
      assertThat(roundTrip(paragraph, Paragraph.class)).isEqualTo(paragraph);
      assertThat(roundTrip(paragraph.span(), Span.class)).isEqualTo(paragraph.span());
      for (Sentence sentence : paragraph.sentences()) {
        assertThat(roundTrip(sentence, Sentence.class)).isEqualTo(sentence);
      }
    }
  }

  @Property(tries = 200)
  void jsonRoundTripPreservesQuotesAndSpeakers(@ForAll("quotingArticles") Article article)
      throws Exception {
    assertThat(roundTrip(article, Article.class)).isEqualTo(article);
    for (Quote quote : article.quotes()) {
      assertThat(roundTrip(quote, Quote.class)).isEqualTo(quote);
      assertThat(roundTrip(quote.content(), Phrase.class)).isEqualTo(quote.content());
      for (Phrase phrase : quote.cue().stream().toList()) {
        assertThat(roundTrip(phrase, Phrase.class)).isEqualTo(phrase);
      }
      for (Phrase phrase : quote.mention().stream().toList()) {
        assertThat(roundTrip(phrase, Phrase.class)).isEqualTo(phrase);
      }
    }
    for (Speaker speaker : article.speakers()) {
      assertThat(roundTrip(speaker, Speaker.class)).isEqualTo(speaker);
    }
  }

  @Property
  void jsonRoundTripPreservesSpan(@ForAll("spans") Span span) throws Exception {
    assertThat(roundTrip(span, Span.class)).isEqualTo(span);
  }

  private <T> T roundTrip(T value, Class<T> type) throws Exception {
    return mapper.readValue(mapper.writeValueAsString(value), type);
  }

  @Provide
  Arbitrary<Article> articles() {
    return WireCopyArbitraries.articles().map(generated -> Wirecopy.parse(generated.text()));
  }

  @Provide
  Arbitrary<Article> quotingArticles() {
    return WireCopyArbitraries.quotingArticles().map(generated -> Wirecopy.parse(generated.text()));
  }

  @Provide
  Arbitrary<Span> spans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, Integer.MAX_VALUE / 2),
            Arbitraries.integers().between(0, Integer.MAX_VALUE / 2))
        .as((start, length) -> Span.of(start, start + length));
  }
}
