package io.litmine.tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's notion of whitespace ({@code \s} in a {@code str} regex, {@code str.split()}, {@code
 * str.strip()}), which sacremoses relies on and which differs from both Java {@code \s} and Java's
 * {@code UNICODE_CHARACTER_CLASS} (biogpt-spec §1.2).
 */
final class PythonWhitespace {
    private PythonWhitespace() {}

    /** U+0009–000D, U+001C–0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028/9, U+202F, … */
    static boolean isSpace(int cp) {
        if (cp <= 0x20) {
            return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || cp >= 0x1C;
        }
        if (cp < 0x85) {
            return false;
        }
        return cp == 0x85
                || cp == 0xA0
                || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028
                || cp == 0x2029
                || cp == 0x202F
                || cp == 0x205F
                || cp == 0x3000;
    }

    /** Python {@code text.split()}: the non-empty runs of non-whitespace. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            // every whitespace code point is in the BMP, so char-wise testing is exact
            boolean space = isSpace(text.charAt(i));
            if (space && start >= 0) {
                parts.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    /** Python {@code text.strip()}. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
