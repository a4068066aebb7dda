package io.github.wirecopy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {

  @Test
  void offsetsAreTheSameInTextOfTheBasicMultilingualPlane() {
    CodePointOffsets offsets = CodePointOffsets.of("Caf\u00e9 \u201cno\u201d");

    for (int i = 0; i <= 9; i++) {
      assertThat(offsets.toChar(i)).isEqualTo(i);
    }
    assertThatThrownBy(() -> offsets.toChar(10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachCharacterOutsideTheBmpShiftsTheOffsetsAfterItByOne() {
    // a, U+1F600 (two chars), b, U+10348 (two chars), c
    String text = "a\uD83D\uDE00b\uD800\uDF48c";
    CodePointOffsets offsets = CodePointOffsets.of(text);

    assertThat(new int[] {offsets.toChar(0), offsets.toChar(1), offsets.toChar(2),
        offsets.toChar(3), offsets.toChar(4), offsets.toChar(5)})
        .containsExactly(0, 1, 3, 4, 6, 7);
    assertThat(text.substring(offsets.toChar(2), offsets.toChar(3))).isEqualTo("b");
    assertThat(text.substring(offsets.toChar(4), offsets.toChar(5))).isEqualTo("c");
  }

  @Test
  void offsetOutsideTheTextIsRejected() {
    CodePointOffsets offsets = CodePointOffsets.of("a\uD83D\uDE00b");

    assertThat(offsets.toChar(3)).isEqualTo(4); // the end of the text is an offset too
    assertThatThrownBy(() -> offsets.toChar(4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 code points");
    assertThatThrownBy(() -> offsets.toChar(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
