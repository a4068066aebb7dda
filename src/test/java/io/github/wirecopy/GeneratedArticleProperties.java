package io.github.wirecopy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirecopy.GeneratedArticle.ExpectedDateline;
import io.github.wirecopy.model.Article;
import io.github.wirecopy.model.Paragraph;
import io.github.wirecopy.model.Sentence;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An article put together from known parts parses back into exactly those parts. */
class GeneratedArticleProperties {

  private final ArticleParser parser = ArticleParser.builder().build();

  @Property
  void generatedArticleParsesBackIntoItsParts(@ForAll("articles") GeneratedArticle generated) {
    Article article = parser.parse(generated.text());

    assertThat(article.date()).isEqualTo(generated.date());
    assertThat(article.dateline().map(d -> new ExpectedDateline(
            d.text(), d.location(), d.places(), d.date(), d.agency())))
        .as("dateline").isEqualTo(generated.dateline());
    assertThat(article.paragraphs()).extracting(Paragraph::text)
        .as("paragraphs").containsExactlyElementsOf(generated.paragraphs());
    List<List<String>> sentences = article.paragraphs().stream()
        .map(p -> p.sentences().stream().map(Sentence::text).toList())
        .toList();
    assertThat(sentences).as("sentences").isEqualTo(generated.sentences());
    assertThat(article.paragraphs().get(0).span().start())
        .as("where the first paragraph starts").isEqualTo(generated.bodyStart());
    ArticleInvariants.assertWellFormed(article, generated.text());
  }

  @Property
  void generatedArticleReadFromReaderEqualsArticleParsedFromString(
      @ForAll("articles") GeneratedArticle generated) {
    Article fromReader = parser.parse(new StringReader(generated.text()));

    assertThat(fromReader).isEqualTo(parser.parse(generated.text()));
  }

  @Provide
  Arbitrary<GeneratedArticle> articles() {
    return WireCopyArbitraries.articles();
  }
}
