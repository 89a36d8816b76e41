package io.litmine.tokenizer;

import java.util.Arrays;

/**
 * One run of the heap-based BPE of {@link BytePairEncoder#encodeLong}: a doubly linked list of
 * symbols and a min-heap of {@code rank << 32 | position} entries. Entries go stale when a merge
 * changes their pair; they are checked against the current pair when taken out. Single use.
 */
final class LongWordMerge {
    private final BpeMerges merges;
    private final int[] symbols;
    private final int[] next;
    private final int[] previous;
    private final LongMinHeap heap;

    LongWordMerge(BpeMerges merges, int[] word) {
        this.merges = merges;
        this.symbols = word.clone();
        this.next = new int[word.length];
        this.previous = new int[word.length];
        this.heap = new LongMinHeap(word.length);
        for (int i = 0; i < word.length; i++) {
            next[i] = i + 1 < word.length ? i + 1 : -1;
            previous[i] = i - 1;
        }
        for (int i = 0; i + 1 < word.length; i++) {
            pushPair(i);
        }
    }

    int[] run() {
        int[] round = new int[16];
        while (!heap.isEmpty()) {
            int rank = (int) (heap.peek() >>> 32);
            int count = 0;
            while (!heap.isEmpty() && (int) (heap.peek() >>> 32) == rank) {
                if (count == round.length) {
                    round = Arrays.copyOf(round, count * 2);
                }
                round[count++] = (int) heap.pop();
            }
            for (int i = 0; i < count; i++) {
                mergeIfCurrent(round[i], rank);
            }
        }
        return collect();
    }

    /** Merges the pair at {@code position} unless a merge of this round already changed it. */
    private void mergeIfCurrent(int position, int rank) {
        if (symbols[position] == Removed.MARK || next[position] < 0) {
            return;
        }
        int right = next[position];
        if (merges.rank(symbols[position], symbols[right]) != rank) {
            return;
        }
        symbols[position] = merges.merged(rank);
        symbols[right] = Removed.MARK;
        next[position] = next[right];
        if (next[right] >= 0) {
            previous[next[right]] = position;
            pushPair(position);
        }
        if (previous[position] >= 0) {
            pushPair(previous[position]);
        }
    }

    private void pushPair(int position) {
        int rank = merges.rank(symbols[position], symbols[next[position]]);
        if (rank != PairRanks.NONE) {
            heap.push(((long) rank << 32) | position);
        }
    }

    private int[] collect() {
        int count = 0;
        for (int i = 0; i >= 0 && i < symbols.length; i = next[i]) {
            symbols[count++] = symbols[i];
        }
        return Arrays.copyOf(symbols, count);
    }

    /** The marker of a symbol merged into its left neighbour; no real value is this small. */
    private static final class Removed {
        static final int MARK = Integer.MIN_VALUE;
    }
}
