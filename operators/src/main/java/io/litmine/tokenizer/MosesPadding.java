package io.litmine.tokenizer;

/**
 * Steps 1–5 of sacremoses {@code tokenize} (biogpt-spec §1.2) as single scans instead of regex
 * substitutions: each returns exactly what the Python substitution returns, code point by code
 * point, and the input itself when nothing changes.
 */
final class MosesPadding {
    private final CodePointSet isAlnum;

    MosesPadding(MosesResources moses) {
        this.isAlnum = moses.isAlnum();
    }

    /**
     * Steps 1–3: {@code \s+} → one space, then delete {@code [\000-\037]}, then strip. Deleting a
     * control character between two whitespace runs leaves two spaces, as in Python; later steps
     * split on runs of whitespace, so that is harmless but kept exact.
     */
    static String normalizeSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpaceRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (PythonWhitespace.isSpace(c)) {
                if (!inSpaceRun) {
                    out.append(' ');
                }
                inSpaceRun = true;
            } else {
                inSpaceRun = false;
                if (c >= 0x20) {
                    out.append(c);
                }
            }
        }
        return PythonWhitespace.strip(out.toString());
    }

    /** Step 4: spaces around every character that is not alnum, whitespace or {@code .'`,-}. */
    String padNonAlnum(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!keepsUnpadded(cp)) {
                out = out == null ? new StringBuilder(text.length() + 32) : out;
                out.append(text, copied, i).append(' ').append(text, i, next).append(' ');
                copied = next;
            }
            i = next;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private boolean keepsUnpadded(int cp) {
        return isAlnum.contains(cp)
                || cp == '.'
                || cp == '\''
                || cp == '`'
                || cp == ','
                || cp == '-'
                || PythonWhitespace.isSpace(cp);
    }

    /** Step 5, aggressive dash splits: {@code ([{IsAlnum}])\-(?=[{IsAlnum}])} → {@code \1 @-@ }. */
    String splitHyphens(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            out.appendCodePoint(cp);
            if (isAlnum.contains(cp)
                    && next + 1 < text.length()
                    && text.charAt(next) == '-'
                    && isAlnum.contains(text.codePointAt(next + 1))) {
                out.append(" @-@ ");
                next++;
            }
            i = next;
        }
        return out.toString();
    }
}
