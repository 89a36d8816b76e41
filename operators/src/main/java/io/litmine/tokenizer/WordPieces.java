package io.litmine.tokenizer;

/**
 * The BPE pieces of one Moses token and their ids: the unit the cache holds. Immutable by
 * convention: the arrays are never handed out, only copied from.
 */
final class WordPieces {
    private final String[] pieces;
    private final int[] ids;

    WordPieces(String[] pieces, int[] ids) {
        this.pieces = pieces;
        this.ids = ids;
    }

    int size() {
        return ids.length;
    }

    String piece(int index) {
        return pieces[index];
    }

    /** Copies the ids into {@code target} at {@code offset}. */
    void copyIds(int[] target, int offset) {
        System.arraycopy(ids, 0, target, offset, ids.length);
    }
}
