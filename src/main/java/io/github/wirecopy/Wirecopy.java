package io.github.wirecopy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.wirecopy.model.Article;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The front door: parse wire copy with the default parser, and read or write the model as JSON.
 *
 * <pre>{@code
 * Article article = Wirecopy.parse(" date 2021-01-12 BEIJING, Jan. 11 (Xinhua) -- ...");
 * article.dateline().flatMap(Dateline::location);   // Optional[BEIJING]
 * String json = Wirecopy.objectMapper().writeValueAsString(article);
 * }</pre>
 *
 * <p>For other limits or abbreviations, build an {@link ArticleParser}.
 */
public final class Wirecopy {

  private static final ArticleParser DEFAULT_PARSER = ArticleParser.builder().build();

  private static final ObjectMapper MAPPER = configure(new ObjectMapper());

  private Wirecopy() {}

  /**
   * Parses one article with the default parser.
   *
   * @throws ArticleParseException where the text is not one well-formed article
   */
  public static Article parse(CharSequence text) {
    return DEFAULT_PARSER.parse(text);
  }

  /** Reads a UTF-8 corpus file lazily with the default parser; see {@link ArticleParser#corpus(Path)}. */
  public static Stream<CorpusEntry> corpus(Path path) {
    return DEFAULT_PARSER.corpus(path);
  }

  /** The parser {@link #parse(CharSequence)} uses, with the default settings. */
  public static ArticleParser parser() {
    return DEFAULT_PARSER;
  }

  /**
   * A Jackson mapper configured for the model: Java 8 {@code Optional} and {@code java.time}
   * support, dates as ISO strings ({@code "2021-01-12"}), empty optionals left out, unknown
   * properties rejected. Each call returns a fresh copy, safe to configure further.
   */
  public static ObjectMapper objectMapper() {
    return MAPPER.copy();
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    return mapper
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);
  }
}
