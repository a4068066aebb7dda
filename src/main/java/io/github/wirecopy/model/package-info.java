/**
 * The document model: immutable values for a parsed wire-copy article.
 *
 * <p>Every element carries a {@link io.github.wirecopy.model.Span} of UTF-16 code units into the
 * text of its {@link io.github.wirecopy.model.Article}, so that
 * {@code article.text().substring(span.start(), span.end())} equals the element's text. All values
 * are immutable, safe to share between threads, and round-trip through JSON with the mapper from
 * {@link io.github.wirecopy.Wirecopy#objectMapper()}.
 */
@WirecopyStyle
package io.github.wirecopy.model;
