package io.litmine.tasks;

import java.util.regex.Pattern;

/**
 * The name normalisation of the official KD-DTI/DDI {@code hard_match_evaluation.py}. A name ending
 * in a bracketed part has two views, the part inside the brackets (abbreviation) and the part
 * before them (body); each view is then normalised. Applied to relations too.
 */
final class NameNormalisation {

    private static final String[] ROMAN = {
        "0", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"
    };
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-zA-Z0-9]+");

    private NameNormalisation() {}

    /** {@code x.strip().lower().replace(' ', '')}: the key each field is stored under. */
    static String key(String field) {
        return PythonText.lower(PythonText.strip(field)).replace(" ", "");
    }

    /** {@code get_abbr}: {@code aaa (bb)} gives {@code bb}. */
    static String abbreviation(String s) {
        String name = PythonText.strip(s);
        if (hasBracketedEnd(name)) {
            return normalise(name.substring(name.lastIndexOf('(') + 1, name.length() - 1));
        }
        return normalise(name);
    }

    /** {@code rm_abbr}: {@code aaa (bb)} gives {@code aaa}. */
    static String body(String s) {
        String name = PythonText.strip(s);
        if (hasBracketedEnd(name)) {
            return normalise(name.substring(0, name.lastIndexOf('(')));
        }
        return normalise(name);
    }

    private static boolean hasBracketedEnd(String name) {
        return name.indexOf('(') >= 0 && name.endsWith(")");
    }

    /**
     * {@code normalize_name}: a final ASCII digit after a non-numeric character becomes an
     * upper-case roman numeral (after everything was lower-cased, so {@code type v} never matches
     * {@code type 5} while {@code 5} matches {@code 5}); then {@code -type} goes and only ASCII
     * letters and digits stay.
     */
    static String normalise(String s) {
        String name = PythonText.strip(s);
        int length = name.codePointCount(0, name.length());
        if (length > 2) {
            int last = name.codePointBefore(name.length());
            int lastStart = name.length() - Character.charCount(last);
            int previous = name.codePointBefore(lastStart);
            if (last >= '0' && last <= '9' && !PythonText.isNumeric(previous)) {
                name = name.substring(0, lastStart) + ROMAN[last - '0'];
            }
        }
        return NON_ALNUM.matcher(name.replace("-type", "")).replaceAll("");
    }
}
