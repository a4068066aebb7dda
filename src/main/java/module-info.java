/**
 * wirecopy: parses newswire copy into immutable, typed documents.
 *
 * <p>{@code io.github.wirecopy} is the front door ({@code Wirecopy}, {@code ArticleParser}) and
 * {@code io.github.wirecopy.model} the document model; the engine in {@code internal} and the
 * command-line tool in {@code cli} are not part of the API.
 */
module io.github.wirecopy {
  exports io.github.wirecopy;
  exports io.github.wirecopy.model;

  // Jackson builds and reads the generated model classes, and the CLI's output records.
  opens io.github.wirecopy.model to com.fasterxml.jackson.databind;
  opens io.github.wirecopy.cli to com.fasterxml.jackson.databind, info.picocli;

  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  // Compile-time only: the annotations of the generated model, and the optional CLI.
  requires static org.immutables.value.annotations;
  requires static info.picocli;
}
