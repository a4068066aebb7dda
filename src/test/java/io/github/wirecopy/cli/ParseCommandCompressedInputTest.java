package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wirecopy parse} reads gzip-compressed corpora, files and standard input alike, as the
 * text they hold; other compressed data, and gzip data cut short, are rejects that say so, and
 * the run goes on.
 */
class ParseCommandCompressedInputTest {

  @TempDir Path dir;

  @Test
  void gzipFileAndGzipStandardInputGiveTheOutputOfTheText() throws IOException {
    Path plain = Files.writeString(dir.resolve("corpus.txt"), ParseCommandOutputTest.CORPUS);
    Path gzip = Files.write(dir.resolve("corpus.txt.gz"), gzip(ParseCommandOutputTest.CORPUS));

    CliRun fromText = CliRun.run("parse", plain.toString());
    CliRun fromFile = CliRun.run("parse", gzip.toString());
    CliRun fromStdin = CliRun.run(new ByteArrayInputStream(gzip(ParseCommandOutputTest.CORPUS)),
        false, "parse", "-");

    assertThat(fromText.exitCode()).isZero();
    assertThat(fromText.outLines()).hasSize(3);
    assertThat(fromFile.exitCode()).isZero();
    assertThat(fromFile.out().replace(gzip.toString(), plain.toString()))
        .isEqualTo(fromText.out());
    assertThat(fromStdin.exitCode()).isZero();
    assertThat(fromStdin.out().replace("\"file\":\"-\"", "\"file\":\"" + plain + "\""))
        .isEqualTo(fromText.out());
  }

  @Test
  void otherCompressedDataIsRejectedByNameAndTheRunGoesOn() throws IOException {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    byte[] bzip2 = HexFormat.of().parseHex("425a683931415926535900ff");
    Files.write(corpus.resolve("a.txt.bz2"), bzip2);
    Files.writeString(corpus.resolve("b.txt"), ParseCommandOutputTest.CORPUS);
    Path rejects = dir.resolve("rejects.txt");

    CliRun run = CliRun.run("parse", "--rejects", rejects.toString(), corpus.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.err()).contains(corpus.resolve("a.txt.bz2") + ":1:1: expected UTF-8 text or gzip"
        + " data, found bzip2 data, which wirecopy does not decompress: decompress it first\n");
    assertThat(run.err()).contains("3 articles parsed, 1 rejected");
    assertThat(Files.readString(rejects)).isEqualTo("\uFFFD\n");
  }

  @Test
  void gzipCutShortKeepsTheArticlesBeforeAndRejectsTheOneItCuts() throws IOException {
    byte[] whole = gzip(ParseCommandOutputTest.CORPUS);
    Path cut = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(whole, whole.length - 8));
    Path next = Files.writeString(dir.resolve("next.txt"), ParseCommandOutputTest.CORPUS);

    CliRun run = CliRun.run("parse", cut.toString(), next.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2 + 3);
    int end = ParseCommandOutputTest.CORPUS.getBytes(StandardCharsets.UTF_8).length;
    List<String> lines = ParseCommandOutputTest.CORPUS.lines().toList();
    assertThat(run.err()).contains(cut + ":" + (lines.size() + 1) + ":1: expected more gzip data,"
        + " found the end of the input, at byte offset " + end + " in the decompressed input\n");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
