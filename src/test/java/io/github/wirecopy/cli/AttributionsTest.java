package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionsTest {

  private static final String LINE = "{\"id\": \"n1\", \"split\": \"dev\", "
      + "\"publisher\": \"wire\", "
      + "\"attributions\": [{\"speech\": \"mixed\", "
      + "\"source\": {\"text\": \"Ann\", \"offsets\": [[16, 19]]}, "
      + "\"cue\": null, "
      + "\"content\": {\"text\": \"so it goes\", \"offsets\": [[30, 32], [40, 48]]}}]}";

  @TempDir Path dir;

  @Test
  void readsArticlesAndTheirAttributions() throws Exception {
    List<Attributions.Entry> entries = read("\n" + LINE + "\n"
        + "{\"id\": \"n2\", \"split\": \"train\", \"attributions\": []}\n");

    assertThat(entries).hasSize(2);
    Attributions.Entry first = entries.get(0);
    assertThat(first.id()).isEqualTo("n1");
    assertThat(first.split()).isEqualTo("dev");
    assertThat(first.line()).isEqualTo(2);
    Attributions.Attribution attribution = first.attributions().get(0);
    assertThat(attribution.speech()).isEqualTo(Attributions.Speech.MIXED);
    assertThat(attribution.source()).hasValue(new Attributions.Extent(
        "Ann", List.of(new Attributions.Range(16, 19))));
    assertThat(attribution.cue()).isEmpty();
    assertThat(attribution.content().offsets()).containsExactly(
        new Attributions.Range(30, 32), new Attributions.Range(40, 48));
    assertThat(entries.get(1).attributions()).isEmpty();
  }

  @Test
  void unknownSpeechIsAnErrorWithItsLine() {
    String second = LINE.replace("n1", "n2").replace("mixed", "quoted");

    assertThatThrownBy(() -> read(LINE + "\n" + second))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("attributions.jsonl:2: attribution 0: speech")
        .hasMessageContaining("quoted");
  }

  @Test
  void offsetsThatEndBeforeTheyStartAreAnError() {
    assertThatThrownBy(() -> read(LINE.replace("[[16, 19]]", "[[19, 16]]")))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining(":1: attribution 0: source.offsets");
  }

  @Test
  void missingContentIsAnError() {
    assertThatThrownBy(() -> read(LINE.replaceAll(", \"content\": \\{.*\\}\\}\\]", "}]")))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("content: missing");
  }

  @Test
  void brokenJsonIsAnErrorWithItsLine() {
    assertThatThrownBy(() -> read(LINE + "\n{\"id\": \n"))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("attributions.jsonl:2: not JSON");
  }

  @Test
  void repeatedIdIsAnError() {
    assertThatThrownBy(() -> read(LINE + "\n" + LINE + "\n"))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining(":2: id \"n1\" appears twice");
  }

  @Test
  void idThatIsNotAFileNameIsAnError() {
    assertThatThrownBy(() -> read(LINE.replace("\"n1\"", "\"../n1\"")))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("id: expected a file name");
  }

  @Test
  void missingFileIsAnIoError() {
    assertThatThrownBy(() -> Attributions.read(dir.resolve("absent.jsonl")))
        .isInstanceOf(NoSuchFileException.class);
  }

  private List<Attributions.Entry> read(String content) throws IOException, CommandFailure {
    Path file = Files.writeString(
        dir.resolve("attributions.jsonl"), content, StandardCharsets.UTF_8);
    return Attributions.read(file);
  }
}
