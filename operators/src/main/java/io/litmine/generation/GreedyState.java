package io.litmine.generation;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Where a greedy batch stands. The cache holds exactly the unfinished rows, in row order, so cache
 * slot {@code s} is row {@code activeRows()[s]}.
 *
 * @param rows per prompt, in input order
 */
record GreedyState(List<RowProgress> rows) {

    GreedyState {
        rows = List.copyOf(rows);
    }

    /** The rows still generating, in order: the cache's slots. */
    int[] activeRows() {
        return IntStream.range(0, rows.size()).filter(r -> !rows.get(r).finished()).toArray();
    }

    boolean allFinished() {
        return rows.stream().allMatch(RowProgress::finished);
    }
}
