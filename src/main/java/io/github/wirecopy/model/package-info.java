/**
 * The document model: immutable values for a parsed wire-copy article.
 *
 * <p>Every element carries a {@link io.github.wirecopy.model.Span} of UTF-16 code units into the
 * text of its {@link io.github.wirecopy.model.Article}, so that
 * {@code article.text().substring(span.start(), span.end())} equals the element's text. All values
 * are immutable, safe to share between threads, and round-trip through JSON with the mapper from
 * {@link io.github.wirecopy.Wirecopy#objectMapper()}.
 *
 * <p>The values are also {@link java.io.Serializable}, so that a framework that moves objects
 * between JVMs (Apache Spark's default serializer, a cache) can carry them. Reading one back runs
 * the consistency checks that building one runs (spans within the text, quote and speaker
 * indexes); like all Java serialization, it is for streams from a source you trust. The serial
 * form is that of the fields of one release: it is for JVMs that run the same version of
 * wirecopy. To store articles, or to hand them to other versions and other languages, write JSON.
 */
@WirecopyStyle
package io.github.wirecopy.model;
