package io.litmine.tokenizer;

import java.util.function.IntPredicate;

/**
 * One sacremoses substitution of the shape {@code (L)m(R)} → {@code \1 <middle> \2}: a marker
 * character {@code m} between an optional left and an optional right code point class, each
 * consumed by the match. The scan is the regex's own: try at each code point, on a match emit the
 * replacement and continue after it, otherwise copy one code point and move on. Used for the comma
 * and apostrophe steps 7, 8 and 10–14 of biogpt-spec §1.2.
 *
 * @param left the class of the code point before the marker, or null if the pattern has none
 * @param marker the marker character
 * @param right the class of the code point after the marker, or null if the pattern has none
 * @param replacement what replaces the marker (the left and right code points are kept)
 */
record ContextRule(IntPredicate left, char marker, IntPredicate right, String replacement) {

    String apply(String text) {
        if (text.indexOf(marker) < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int matchEnd = matchAt(text, i);
            if (matchEnd < 0) {
                i += Character.charCount(text.codePointAt(i));
            } else {
                out = out == null ? new StringBuilder(text.length() + 16) : out;
                out.append(text, copied, i);
                appendReplacement(out, text, i, matchEnd);
                copied = matchEnd;
                i = matchEnd;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The end of a match starting at {@code start}, or -1. */
    private int matchAt(String text, int start) {
        int markerAt = start;
        if (left != null) {
            int cp = text.codePointAt(start);
            if (!left.test(cp)) {
                return -1;
            }
            markerAt = start + Character.charCount(cp);
        }
        if (markerAt >= text.length() || text.charAt(markerAt) != marker) {
            return -1;
        }
        int end = markerAt + 1;
        if (right != null) {
            if (end >= text.length() || !right.test(text.codePointAt(end))) {
                return -1;
            }
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private void appendReplacement(StringBuilder out, String text, int start, int end) {
        int markerAt = left == null ? start : start + Character.charCount(text.codePointAt(start));
        out.append(text, start, markerAt).append(replacement).append(text, markerAt + 1, end);
    }
}
