package io.github.wirecopy.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real corpora that sit beside the project ({@code ../shared/corpora} from the project
 * root). They are research copies of copyrighted news: read in place, never copied into the
 * project. A fresh clone has none, and the benchmarks then run on generated copy only.
 */
public final class Corpora {

  /** Names the corpora folder explicitly, for runs from elsewhere. */
  public static final String PROPERTY = "wirecopy.corpora";

  private Corpora() {}

  /**
   * The corpora folder: the {@value #PROPERTY} system property where set, otherwise
   * {@code ../shared/corpora} from the project root, whether the run starts at the root or in
   * {@code benchmarks/}.
   */
  public static Optional<Path> directory() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null) {
      Path path = Path.of(configured);
      return Files.isDirectory(path) ? Optional.of(path.toAbsolutePath()) : Optional.empty();
    }
    for (String candidate : new String[] {"../shared/corpora", "../../shared/corpora"}) {
      Path path = Path.of(candidate);
      if (Files.isDirectory(path)) {
        return Optional.of(path.toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }

  /** The {@code all.txt} of corpus {@code name} ({@code newswire}, {@code reuters}), where present. */
  public static Optional<Path> corpusFile(String name) {
    return directory().map(d -> d.resolve(name).resolve("all.txt")).filter(Files::isRegularFile);
  }
}
