package io.litmine.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A literal, slow port of sacremoses {@code tokenize} for tests: the regex substitutions of
 * biogpt-spec §1.2 one after another with {@code java.util.regex} (which, like Python, matches code
 * points), and the {@code while} loops of the multi-dot steps as written. The production {@link
 * MosesTokenizer} replaces each step by a linear scan; random texts must give the same tokens
 * through both.
 */
final class MosesRegexReference {
    private static final String SPACE =
            "\\x{9}-\\x{D}\\x{1C}-\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}"
                    + "\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";

    private final MosesResources moses;
    private final List<Object[]> beforeDots = new ArrayList<>();
    private final List<Object[]> afterDots = new ArrayList<>();

    MosesRegexReference(MosesResources moses) {
        this.moses = moses;
        String alnum = charClass(moses.isAlnum());
        String alpha = charClass(moses.isAlpha());
        String number = charClass(moses.isN());
        add(beforeDots, "[" + SPACE + "]+", " ");
        add(beforeDots, "[\\x{0}-\\x{1F}]", "");
        add(beforeDots, "([^" + alnum + SPACE + "\\.'`,\\-])", " $1 ");
        add(beforeDots, "([" + alnum + "])\\-(?=[" + alnum + "])", "$1 @-@ ");
        add(afterDots, "([^" + number + "])[,]", "$1 , ");
        add(afterDots, "[,]([^" + number + "])", " , $1");
        add(afterDots, "([" + number + "])[,]$", "$1 , ");
        add(afterDots, "([^" + alpha + "])[']([^" + alpha + "])", "$1 ' $2");
        add(afterDots, "([^" + alpha + number + "])[']([" + alpha + "])", "$1 ' $2");
        add(afterDots, "([" + alpha + "])[']([^" + alpha + "])", "$1 ' $2");
        add(afterDots, "([" + alpha + "])[']([" + alpha + "])", "$1 '$2");
        add(afterDots, "([" + number + "])[']([s])", "$1 '$2");
    }

    private static void add(List<Object[]> steps, String regex, String replacement) {
        steps.add(new Object[] {Pattern.compile(regex), replacement});
    }

    private static String apply(List<Object[]> steps, String text, int from, int to) {
        String out = text;
        for (Object[] step : steps.subList(from, to)) {
            out = ((Pattern) step[0]).matcher(out).replaceAll((String) step[1]);
        }
        return out;
    }

    List<String> tokenize(String input) {
        String text = apply(beforeDots, input, 0, 2);
        text = apply(beforeDots, PythonWhitespace.strip(text), 2, 4);
        text = text.replaceAll("\\.([\\.]+)", " DOTMULTI$1");
        while (text.contains("DOTMULTI.")) {
            text = text.replaceAll("DOTMULTI\\.([^\\.])", "DOTDOTMULTI $1");
            text = text.replaceAll("DOTMULTI\\.", "DOTDOTMULTI");
        }
        text = apply(afterDots, text, 0, afterDots.size());
        text = nonbreaking(text);
        text = PythonWhitespace.strip(text.replaceAll("[" + SPACE + "]+", " "));
        text = text.replaceAll("\\.' ?$", " . ' ");
        while (text.contains("DOTDOTMULTI")) {
            text = text.replace("DOTDOTMULTI", "DOTMULTI.");
        }
        text = text.replace("DOTMULTI", ".");
        text = text.replace("&", "&amp;").replace("|", "&#124;").replace("<", "&lt;");
        text = text.replace(">", "&gt;").replace("'", "&apos;").replace("\"", "&quot;");
        text = text.replace("[", "&#91;").replace("]", "&#93;");
        return PythonWhitespace.split(text);
    }

    private String nonbreaking(String text) {
        List<String> tokens = PythonWhitespace.split(text);
        Set<String> numericOnly = Set.of("No", "Art", "pp");
        Pattern endsWithPeriod = Pattern.compile("^(\\S+)\\.$");
        for (int i = 0; i < tokens.size(); i++) {
            Matcher m = endsWithPeriod.matcher(tokens.get(i));
            if (!m.find()) {
                continue;
            }
            String prefix = m.group(1);
            boolean keep =
                    (prefix.contains(".") && moses.isAlpha().containsAny(prefix))
                            || (moses.nonbreakingPrefixes().contains(prefix)
                                    && !numericOnly.contains(prefix))
                            || (i != tokens.size() - 1
                                    && !tokens.get(i + 1).isEmpty()
                                    && moses.isLower().contains(tokens.get(i + 1).codePointAt(0)));
            if (!keep
                    && !(numericOnly.contains(prefix)
                            && i + 1 < tokens.size()
                            && tokens.get(i + 1).matches("^[0-9]+.*"))) {
                tokens.set(i, prefix + " .");
            }
        }
        return String.join(" ", tokens);
    }

    /** The set as regex class content: ranges of escaped code points. */
    static String charClass(CodePointSet set) {
        StringBuilder out = new StringBuilder();
        int cp = 0;
        while (cp <= Character.MAX_CODE_POINT) {
            if (!set.contains(cp)) {
                cp++;
                continue;
            }
            int end = cp;
            while (end + 1 <= Character.MAX_CODE_POINT && set.contains(end + 1)) {
                end++;
            }
            out.append(String.format("\\x{%X}", cp));
            if (end > cp) {
                out.append(String.format("-\\x{%X}", end));
            }
            cp = end + 1;
        }
        return out.toString();
    }
}
