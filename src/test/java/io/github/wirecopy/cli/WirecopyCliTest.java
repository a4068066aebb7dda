package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WirecopyCliTest {

  @Test
  void helpListsEveryCommand() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: wirecopy")
        .containsPattern("(?m)^\\s+parse\\s").containsPattern("(?m)^\\s+quotes\\s")
        .containsPattern("(?m)^\\s+eval-quotes\\s").containsPattern("(?m)^\\s+eval-datelines\\s");
  }

  @Test
  void versionNamesTheTool() {
    CliRun run = CliRun.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("wirecopy ");
  }

  @Test
  void commandHelpDescribesExitStatus() {
    assertThat(CliRun.run("parse", "--help").out()).contains("Exit status:");
    assertThat(CliRun.run("eval-datelines", "--help").out()).contains("Exit status:");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required command").contains("wirecopy --help");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(CliRun.run("frobnicate").exitCode()).isEqualTo(2);
  }
}
