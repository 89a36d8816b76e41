package io.litmine.tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * sacremoses {@code MosesDetokenizer(lang="en").detokenize(tokens)} (biogpt-spec §1.6.3): joins
 * Moses tokens back into text. Lossy by design ({@code a|b} comes back as {@code a | b}); the task
 * parsers and the evaluation were built on exactly this output, so it is reproduced, not improved.
 * Stateless and thread-safe.
 */
final class MosesDetokenizer {
    private static final int[][] CJK_RANGES = {
        {4352, 4607}, {11904, 42191}, {43072, 43135}, {44032, 55215}, {63744, 64255},
        {65072, 65103}, {65381, 65500}, {94208, 101119}, {110592, 110895}, {110960, 111359},
        {131072, 196607},
    };

    private final CodePointSet isSc;
    private final CodePointSet isAlpha;

    MosesDetokenizer(MosesResources moses) {
        this.isSc = moses.isSc();
        this.isAlpha = moses.isAlphaPlain();
    }

    String detokenize(List<String> tokens) {
        String text = " " + String.join(" ", tokens) + " ";
        text = XmlEscapes.unescape(text.replace(" @-@ ", "-"));
        List<String> words = PythonWhitespace.split(text);
        StringBuilder out = new StringBuilder(text.length());
        Map<String, Integer> quoteCounts = new HashMap<>();
        String prepend = " ";
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String previous = i > 0 ? words.get(i - 1) : null;
            prepend = appendWord(out, word, previous, prepend, quoteCounts);
        }
        return PythonWhitespace.strip(collapseSpaces(out));
    }

    /** Appends one token by the first rule that applies; returns the next prepend space. */
    private String appendWord(
            StringBuilder out,
            String word,
            String previous,
            String prepend,
            Map<String, Integer> quoteCounts) {
        if (isCjk(word.codePointAt(0))) {
            boolean afterCjk =
                    previous != null && isCjk(previous.codePointBefore(previous.length()));
            out.append(afterCjk ? "" : prepend).append(word);
            return " ";
        }
        if (allMatch(word, cp -> isSc.contains(cp) || "([{¿¡".indexOf(cp) >= 0)) {
            out.append(prepend).append(word);
            return "";
        }
        if (allMatch(word, cp -> ",.?!:;\\%}])".indexOf(cp) >= 0)) {
            out.append(word);
            return " ";
        }
        if (previous != null && isContraction(word)) {
            out.append(word);
            return " ";
        }
        if (allMatch(word, cp -> "'\"„“`".indexOf(cp) >= 0)) {
            return appendQuote(out, word, previous, prepend, quoteCounts);
        }
        out.append(prepend).append(word);
        return " ";
    }

    /** {@code ^['][{IsAlpha}]}: an English contraction such as {@code 's}, left-shifted. */
    private boolean isContraction(String word) {
        return word.length() > 1 && word.charAt(0) == '\'' && isAlpha.contains(word.codePointAt(1));
    }

    /** Opening quotes shift right, closing quotes left, counted per kind of quote. */
    private static String appendQuote(
            StringBuilder out,
            String word,
            String previous,
            String prepend,
            Map<String, Integer> quoteCounts) {
        String kind = allMatch(word, cp -> "„“”".indexOf(cp) >= 0) ? "\"" : word;
        int count = quoteCounts.getOrDefault(kind, 0);
        if (count % 2 == 1) {
            out.append(word);
            quoteCounts.put(kind, count + 1);
            return " ";
        }
        if (word.equals("'") && previous != null && previous.endsWith("s")) {
            out.append(word);
            return " ";
        }
        out.append(prepend).append(word);
        quoteCounts.put(kind, count + 1);
        return "";
    }

    /**
     * sacremoses {@code is_cjk}: the first range whose end exceeds it decides (exclusive bounds).
     */
    static boolean isCjk(int cp) {
        for (int[] range : CJK_RANGES) {
            if (cp < range[1]) {
                return range[0] < cp;
            }
        }
        return false;
    }

    private static boolean allMatch(String word, IntPredicate test) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (!test.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return !word.isEmpty();
    }

    /** {@code re.sub(r" {2,}", " ")}. */
    private static String collapseSpaces(StringBuilder text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
