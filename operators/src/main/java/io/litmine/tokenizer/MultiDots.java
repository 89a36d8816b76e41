package io.litmine.tokenizer;

/**
 * sacremoses {@code replace_multidots} (step 6) and {@code restore_multidots} (step 18) in linear
 * time. Python runs {@code while "DOTMULTI." in text} loops that rescan the whole text once per dot
 * of the longest run, which is quadratic on a long run of dots; the result here is the same for
 * every input, including text that itself spells {@code DOTMULTI} (tested against a literal port of
 * the loops).
 *
 * <p>How the loop ends, worked out once: a run of k ≥ 2 dots first becomes {@code " DOTMULTI"} plus
 * k−1 dots. Every later pass turns {@code DOTMULTI.} into {@code DOTDOTMULTI}, and into {@code
 * "DOTDOTMULTI "} (with a space) when the dot is the last one and a character follows. So an
 * occurrence of {@code DOTMULTI} followed by j dots ends as j times {@code DOT}, then {@code
 * DOTMULTI}, then a space if a character follows, except that the space-adding substitution
 * consumes that character: when it is the {@code D} of the next occurrence, followed by the same
 * number of dots, that next occurrence gets no space in the same pass.
 */
final class MultiDots {
    private static final String MARK = "DOTMULTI";
    private static final String DOT = "DOT";
    private static final String MULTI = "MULTI";

    private MultiDots() {}

    /** Step 6. */
    static String replace(String text) {
        boolean hasRun = text.contains("..");
        if (!hasRun && !text.contains(MARK)) {
            return text;
        }
        return expandMarks(hasRun ? markRuns(text) : text);
    }

    /** {@code \.([\.]+)} → {@code " DOTMULTI\1"}. */
    private static String markRuns(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && text.charAt(end) == '.') {
                end++;
            }
            if (end - i >= 2) {
                out.append(' ').append(MARK).append(text, i + 1, end);
                i = end;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** The fixed point of the {@code while "DOTMULTI." in text} loop. */
    private static String expandMarks(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        int previousEnd = -1;
        int previousDots = 0;
        boolean previousSpaced = false;
        for (int at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, copied)) {
            int dotsEnd = at + MARK.length();
            while (dotsEnd < text.length() && text.charAt(dotsEnd) == '.') {
                dotsEnd++;
            }
            int dots = dotsEnd - at - MARK.length();
            boolean consumedByPrevious =
                    previousEnd == at && previousDots == dots && previousSpaced;
            boolean spaced = dots > 0 && dotsEnd < text.length() && !consumedByPrevious;
            out.append(text, copied, at).append(DOT.repeat(dots)).append(MARK);
            if (spaced) {
                out.append(' ');
            }
            copied = dotsEnd;
            previousEnd = dotsEnd;
            previousDots = dots;
            previousSpaced = spaced;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Step 18: {@code while "DOTDOTMULTI" in text} replace it by {@code DOTMULTI.}, then every
     * {@code DOTMULTI} by a dot; so m times {@code DOT} before {@code MULTI} becomes m dots.
     */
    static String restore(String text) {
        int at = text.indexOf(MULTI);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (; at >= 0; at = text.indexOf(MULTI, at + MULTI.length())) {
            int start = at;
            while (start - DOT.length() >= copied && text.startsWith(DOT, start - DOT.length())) {
                start -= DOT.length();
            }
            int dots = (at - start) / DOT.length();
            out.append(text, copied, start);
            out.append(dots == 0 ? MULTI : ".".repeat(dots));
            copied = at + MULTI.length();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
