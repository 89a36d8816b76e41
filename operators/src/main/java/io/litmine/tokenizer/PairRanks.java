package io.litmine.tokenizer;

import java.util.Arrays;

/**
 * Merge rank by symbol pair: an open-addressing hash table from the two symbol ids packed in a
 * {@code long} to the rank, so the BPE inner loop neither boxes nor allocates. Filled once while
 * loading, read-only afterwards, hence safe to share between threads.
 */
final class PairRanks {
    static final int NONE = Integer.MAX_VALUE;
    private static final long EMPTY = -1L;

    private final long[] keys;
    private final int[] ranks;
    private final int mask;

    PairRanks(int expectedPairs) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedPairs * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.ranks = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(keys, EMPTY);
    }

    /** Sets the rank of the pair, replacing an earlier one (a later duplicate line wins in HF). */
    void put(int first, int second, int rank) {
        long key = key(first, second);
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ranks[slot] = rank;
    }

    /** The rank of the pair, or {@link #NONE}; symbols without an id (negative) have no pair. */
    int rank(int first, int second) {
        if (first < 0 || second < 0) {
            return NONE;
        }
        long key = key(first, second);
        for (int slot = slot(key); keys[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return ranks[slot];
            }
        }
        return NONE;
    }

    private static long key(int first, int second) {
        return ((long) first << 32) | (second & 0xFFFFFFFFL);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
