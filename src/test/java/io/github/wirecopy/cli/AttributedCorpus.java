package io.github.wirecopy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny corpus in PolNeAR's layout, {@code articles/ID.txt} and {@code attributions.jsonl},
 * written by these tests from their own texts (see {@link QuoteFixtures#gold}).
 */
final class AttributedCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final List<String> lines = new ArrayList<>();

  /** A corpus to be written into {@code dir}. */
  AttributedCorpus(Path dir) {
    this.dir = dir;
  }

  /** Adds an article with its text and gold attributions. */
  AttributedCorpus article(String id, String split, String text,
      Attributions.Attribution... attributions) throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles").resolve(id + ".txt"), text, StandardCharsets.UTF_8);
    ObjectNode line = JSON.createObjectNode()
        .put("id", id)
        .put("split", split)
        .put("publisher", "test");
    ArrayNode list = line.putArray("attributions");
    for (Attributions.Attribution attribution : attributions) {
      ObjectNode node = list.addObject();
      node.put("speech", attribution.speech().label());
      node.set("source", attribution.source().map(AttributedCorpus::extent).orElse(null));
      node.set("cue", attribution.cue().map(AttributedCorpus::extent).orElse(null));
      node.set("content", extent(attribution.content()));
    }
    lines.add(JSON.writeValueAsString(line));
    return this;
  }

  /** Writes {@code attributions.jsonl} and returns the directory. */
  Path write() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("attributions.jsonl"),
        String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return dir;
  }

  private static ObjectNode extent(Attributions.Extent extent) {
    ObjectNode node = JSON.createObjectNode().put("text", extent.text());
    ArrayNode offsets = node.putArray("offsets");
    for (Attributions.Range range : extent.offsets()) {
      offsets.addArray().add(range.start()).add(range.end());
    }
    return node;
  }
}
