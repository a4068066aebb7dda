package io.github.wirecopy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gold attribution relations, as PolNeAR's {@code attributions.jsonl} gives them: per line, one
 * article's {@code {"id", "split", "attributions": [...]}} (other fields, such as
 * {@code publisher}, are not read), each attribution with its {@code speech} and its
 * {@code source}, {@code cue} and {@code content} as
 * {@code {"text", "offsets": [[start, end], ...]}} ({@code source} and {@code cue} may be null).
 * Offsets are half-open and count code points of the article's file, not UTF-16 units: see
 * {@link CodePointOffsets}.
 */
final class Attributions {

  private Attributions() {}

  /** How an attribution gives the words: quoted, partly quoted, or reported. */
  enum Speech {
    DIRECT, MIXED, REPORTED;

    /** The name as the file writes it and the report shows it: {@code direct}. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The gold of one article.
   *
   * @param id the article's id, also the name of its file {@code articles/ID.txt}
   * @param split {@code train} or {@code dev}
   * @param attributions in file order
   * @param line the 1-based line of the file, for messages
   */
  record Entry(String id, String split, List<Attribution> attributions, int line) {}

  /** One attribution relation: who ({@code source}) said ({@code cue}) what ({@code content}). */
  record Attribution(
      Speech speech, Optional<Extent> source, Optional<Extent> cue, Extent content) {}

  /**
   * Annotated words: their text, and where they stand in code point offsets, one range for each
   * piece of a discontinuous annotation.
   */
  record Extent(String text, List<Range> offsets) {}

  /** A half-open range {@code [start, end)} of code points. */
  record Range(int start, int end) {}

  /**
   * Reads an attributions file, skipping blank lines.
   *
   * @throws CommandFailure where a line is not such an object, or repeats an earlier id; the
   *     message gives the file and line
   * @throws IOException where the file cannot be read
   */
  static List<Entry> read(Path file) throws IOException, CommandFailure {
    ObjectMapper mapper = new ObjectMapper();
    List<Entry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Entry entry;
        try {
          entry = entry(mapper.readTree(line), lineNumber);
        } catch (JsonProcessingException e) {
          throw new CommandFailure(
              file + ":" + lineNumber + ": not JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
          throw new CommandFailure(file + ":" + lineNumber + ": " + e.getMessage(), e);
        }
        if (!ids.add(entry.id())) {
          throw new CommandFailure(
              file + ":" + lineNumber + ": id \"" + entry.id() + "\" appears twice");
        }
        entries.add(entry);
      }
    }
    return List.copyOf(entries);
  }

  /** One line; {@link IllegalArgumentException} says what is wrong with it. */
  static Entry entry(JsonNode node, int line) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected an object");
    }
    String id = string(node, "id");
    // The id names a file under articles/: it must stay there.
    if (id.isEmpty() || id.contains("/") || id.contains("\\") || id.startsWith(".")) {
      throw new IllegalArgumentException("id: expected a file name, got \"" + id + "\"");
    }
    String split = string(node, "split");
    JsonNode list = node.get("attributions");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException("attributions: expected an array");
    }
    List<Attribution> attributions = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      try {
        attributions.add(attribution(list.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("attribution " + i + ": " + e.getMessage(), e);
      }
    }
    return new Entry(id, split, List.copyOf(attributions), line);
  }

  private static Attribution attribution(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected an object");
    }
    String speech = string(node, "speech");
    Speech kind = switch (speech) {
      case "direct" -> Speech.DIRECT;
      case "mixed" -> Speech.MIXED;
      case "reported" -> Speech.REPORTED;
      default -> throw new IllegalArgumentException(
          "speech: expected direct, mixed or reported, got \"" + speech + "\"");
    };
    Optional<Extent> content = extent(node, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("content: expected an object, got null");
    }
    return new Attribution(kind, extent(node, "source"), extent(node, "cue"), content.get());
  }

  private static Optional<Extent> extent(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null) {
      throw new IllegalArgumentException(field + ": missing");
    }
    if (node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(field + ": expected an object or null");
    }
    String text = string(node, "text");
    JsonNode offsets = node.get("offsets");
    if (offsets == null || !offsets.isArray() || offsets.isEmpty()) {
      throw new IllegalArgumentException(field + ".offsets: expected [[start, end], ...]");
    }
    List<Range> ranges = new ArrayList<>(offsets.size());
    for (JsonNode pair : offsets) {
      if (!pair.isArray() || pair.size() != 2 || !pair.get(0).canConvertToInt()
          || !pair.get(1).canConvertToInt() || !pair.get(0).isIntegralNumber()
          || !pair.get(1).isIntegralNumber()) {
        throw new IllegalArgumentException(
            field + ".offsets: expected pairs of integers, got " + pair);
      }
      int start = pair.get(0).intValue();
      int end = pair.get(1).intValue();
      if (start < 0 || end < start) {
        throw new IllegalArgumentException(
            field + ".offsets: expected 0 <= start <= end, got " + pair);
      }
      ranges.add(new Range(start, end));
    }
    return Optional.of(new Extent(text, List.copyOf(ranges)));
  }

  private static String string(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException(field + ": expected a string");
    }
    return node.asText();
  }
}
