package io.github.wirecopy.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * One input of {@code wirecopy parse}: a file, or standard input.
 *
 * @param name the file as the user gave it (or as found under a directory they gave), or
 *     {@code -} for standard input; this is what {@code source.file} and error messages show
 * @param path the file, or {@code null} for standard input
 */
record Input(String name, Path path) {

  /** The operand, and the name, that stands for standard input. */
  static final String STDIN = "-";

  /** Standard input. */
  static Input stdin() {
    return new Input(STDIN, null);
  }

  /** Whether this is standard input. */
  boolean isStdin() {
    return path == null;
  }

  /** The size in bytes where it is known beforehand, as for a regular file; else -1. */
  long knownSize() {
    if (path == null || !Files.isRegularFile(path)) {
      return -1;
    }
    try {
      return Files.size(path);
    } catch (IOException e) {
      return -1; // only the progress bar wants it; reading will report the problem properly
    }
  }

  /**
   * The inputs that operands name, in order: standard input where there are none or for
   * {@code -}; a file as it is; for a directory, the regular files under it, at any depth and
   * through symbolic links, in sorted path order, leaving out hidden ones (name starting with
   * {@code .}) and anything inside hidden directories. Anything else that exists, such as a named pipe, is read as a file.
   *
   * @throws NoSuchFileException for an operand that does not exist, before anything is read
   * @throws IOException where a directory cannot be walked
   */
  static List<Input> expand(List<String> operands) throws IOException {
    List<Input> inputs = new ArrayList<>();
    if (operands.isEmpty()) {
      inputs.add(stdin());
    }
    for (String operand : operands) {
      if (operand.equals(STDIN)) {
        inputs.add(stdin());
        continue;
      }
      Path path = Path.of(operand);
      if (Files.isDirectory(path)) {
        for (Path file : filesUnder(path)) {
          inputs.add(new Input(file.toString(), file));
        }
      } else if (Files.exists(path)) {
        inputs.add(new Input(operand, path));
      } else {
        throw new NoSuchFileException(operand);
      }
    }
    return inputs;
  }

  private static List<Path> filesUnder(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    FileVisitor<Path> collector = new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        // The directory given is taken whatever its name: only what lies inside it can be hidden.
        return !dir.equals(directory) && isHidden(dir)
            ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile() && !isHidden(file)) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof FileSystemLoopException) {
          return FileVisitResult.CONTINUE; // a link back up the tree: its files are listed already
        }
        throw e;
      }
    };
    // Links are followed, the one given included, as a user linking corpora together expects.
    Files.walkFileTree(
        directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, collector);
    files.sort(null);
    return files;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
