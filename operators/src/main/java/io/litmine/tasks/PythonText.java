package io.litmine.tasks;

import java.util.Locale;

/**
 * The few Python {@code str} semantics the official BioGPT scripts rely on. Java's {@code
 * String.strip()} and {@code \s} disagree with Python on NBSP, U+0085, U+2028 and others, and a
 * single disagreement changes which triples a line yields, so the rules are spelled out here.
 */
final class PythonText {

    private PythonText() {}

    /**
     * Python's {@code str.isspace()}: exactly these code points (bidi class WS/B/S or category Zs).
     * Note U+200B (zero-width space) is not whitespace for Python.
     */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D)
                || (cp >= 0x1C && cp <= 0x20)
                || cp == 0x85
                || cp == 0xA0
                || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028
                || cp == 0x2029
                || cp == 0x202F
                || cp == 0x205F
                || cp == 0x3000;
    }

    /** Python's {@code s.strip()} with no argument. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.lower()}; the root locale keeps the result independent of the host. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Python's {@code str.isnumeric()} for one code point, approximated by the Unicode numeric
     * categories (Nd, Nl, No). Python also counts the CJK ideographs that carry a Unihan numeric
     * value (e.g. 三); Java has no table for those, a deviation documented in docs/tasks.md.
     */
    static boolean isNumeric(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** A code point Python's {@code re} counts as {@code \w}: letters, numerics, underscore. */
    static boolean isWordChar(int cp) {
        return cp == '_' || Character.isLetter(cp) || isNumeric(cp);
    }
}
