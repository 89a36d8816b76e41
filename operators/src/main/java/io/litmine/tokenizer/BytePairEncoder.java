package io.litmine.tokenizer;

import java.util.Arrays;

/**
 * Hugging Face {@code BioGptTokenizer.bpe} (biogpt-spec §1.3) over the code points of one Moses
 * token: repeatedly take the adjacent pair with the lowest merge rank and merge all its
 * non-overlapping occurrences left to right, until no pair has a rank.
 *
 * <p>A word is returned as symbol values: a non-negative value is a symbol id of {@link BpeMerges};
 * a code point that never occurs in the merges is {@code -1 - codePoint} (it can never merge). The
 * last symbol is the one that carries {@code </w>}.
 *
 * <p>The direct loop costs O(n²) for a word of n code points, fine for words but not for a megabyte
 * without a space; words longer than {@link #LONG_WORD} therefore use a heap of pairs that performs
 * the same merges in the same order in O(n log n). No cap changes the result: both paths give
 * Hugging Face's pieces for any word (tested against each other). Stateless.
 */
final class BytePairEncoder {
    static final int LONG_WORD = 64;

    private final BpeMerges merges;

    BytePairEncoder(BpeMerges merges) {
        this.merges = merges;
    }

    int[] encode(String word) {
        int[] symbols = initialSymbols(word);
        return symbols.length > LONG_WORD ? encodeLong(symbols) : encodeShort(symbols);
    }

    private int[] initialSymbols(String word) {
        int[] points = word.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int id = merges.codePointSymbol(points[i], i == points.length - 1);
            points[i] = id >= 0 ? id : -1 - points[i];
        }
        return points;
    }

    /** The loop of HF, one full scan per merge. */
    int[] encodeShort(int[] word) {
        int length = word.length;
        while (length > 1) {
            int best = PairRanks.NONE;
            int first = 0;
            int second = 0;
            for (int i = 0; i + 1 < length; i++) {
                int rank = merges.rank(word[i], word[i + 1]);
                if (rank < best) {
                    best = rank;
                    first = word[i];
                    second = word[i + 1];
                }
            }
            if (best == PairRanks.NONE) {
                break;
            }
            length = mergeAll(word, length, first, second, merges.merged(best));
        }
        return Arrays.copyOf(word, length);
    }

    private static int mergeAll(int[] word, int length, int first, int second, int merged) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            if (i + 1 < length && word[i] == first && word[i + 1] == second) {
                word[out++] = merged;
                i++;
            } else {
                word[out++] = word[i];
            }
        }
        return out;
    }

    /**
     * The same merges with a linked list and a heap keyed by (rank, position). All heap entries of
     * the lowest rank are taken out together and applied left to right, which is exactly one
     * iteration of the HF loop; pairs created meanwhile are pushed and wait for a later round.
     */
    int[] encodeLong(int[] word) {
        return new LongWordMerge(merges, word).run();
    }
}
