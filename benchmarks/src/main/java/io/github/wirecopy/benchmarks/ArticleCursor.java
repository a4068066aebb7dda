package io.github.wirecopy.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Walks a corpus one article per benchmark operation, round and round, so that an operation is
 * one article and every article counts alike. Each thread walks on its own.
 */
@State(Scope.Thread)
public class ArticleCursor {

  private int next;

  /** The index of the next article of a corpus of {@code size} articles. */
  public int next(int size) {
    int index = next;
    next = index + 1 == size ? 0 : index + 1;
    return index;
  }
}
