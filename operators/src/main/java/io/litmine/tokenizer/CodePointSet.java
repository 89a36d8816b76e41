package io.litmine.tokenizer;

import java.util.Arrays;

/**
 * An immutable set of Unicode code points with a constant-time bit lookup. The Moses character
 * classes hold thousands of single characters; as a {@code java.util.regex} class they would be
 * tested one by one, and Java's own {@code \p{...}} classes give different answers (biogpt-spec
 * §1.2), so every class is one of these, built from the literal lists.
 */
final class CodePointSet {
    private static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

    private final long[] words;

    private CodePointSet(long[] words) {
        this.words = words;
    }

    /** The set of every code point of {@code chars} (each surrogate pair counts as one). */
    static CodePointSet of(CharSequence chars) {
        long[] words = new long[0];
        int[] points = chars.codePoints().toArray();
        for (int cp : points) {
            int index = cp >>> 6;
            if (index >= words.length) {
                words = Arrays.copyOf(words, index + 1);
            }
            words[index] |= 1L << cp;
        }
        return new CodePointSet(words);
    }

    /** This set plus every code point of {@code other}. */
    CodePointSet union(CodePointSet other) {
        long[] merged = Arrays.copyOf(words, Math.max(words.length, other.words.length));
        for (int i = 0; i < other.words.length; i++) {
            merged[i] |= other.words[i];
        }
        return new CodePointSet(merged);
    }

    boolean contains(int codePoint) {
        int index = codePoint >>> 6;
        return codePoint >= 0
                && codePoint <= MAX_CODE_POINT
                && index < words.length
                && (words[index] & (1L << codePoint)) != 0;
    }

    /** Whether any code point of {@code text} is in the set. */
    boolean containsAny(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (contains(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    int size() {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }
}
