package io.litmine.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * sacremoses {@code MosesTokenizer(lang="en").tokenize(text, aggressive_dash_splits=True,
 * escape=True)}, the word tokenizer of Hugging Face's {@code BioGptTokenizer}, step by step as in
 * biogpt-spec §1.2. Every step is a linear scan with the exact semantics of the Python regex it
 * replaces, so any input finishes in time proportional to its length. Stateless and thread-safe.
 */
final class MosesTokenizer {
    private final MosesPadding padding;
    private final List<ContextRule> commaRules;
    private final ContextRule trailingNumberComma;
    private final List<ContextRule> apostropheRules;
    private final NonbreakingPrefixes prefixes;

    MosesTokenizer(MosesResources moses) {
        IntPredicate number = moses.isN()::contains;
        IntPredicate alpha = moses.isAlpha()::contains;
        IntPredicate notAlpha = alpha.negate();
        this.padding = new MosesPadding(moses);
        this.commaRules =
                List.of(
                        new ContextRule(number.negate(), ',', null, " , "),
                        new ContextRule(null, ',', number.negate(), " , "));
        this.trailingNumberComma = new ContextRule(number, ',', null, " , ");
        this.apostropheRules =
                List.of(
                        new ContextRule(notAlpha, '\'', notAlpha, " ' "),
                        new ContextRule(alpha.or(number).negate(), '\'', alpha, " ' "),
                        new ContextRule(alpha, '\'', notAlpha, " ' "),
                        new ContextRule(alpha, '\'', alpha, " '"),
                        new ContextRule(number, '\'', cp -> cp == 's', " '"));
        this.prefixes = new NonbreakingPrefixes(moses);
    }

    /** The escaped, dash-split Moses tokens of {@code text}; empty for blank text. */
    List<String> tokenize(String text) {
        String padded =
                padding.splitHyphens(padding.padNonAlnum(MosesPadding.normalizeSpace(text)));
        String marked = MultiDots.replace(padded);
        for (ContextRule rule : commaRules) {
            marked = rule.apply(marked);
        }
        marked = splitTrailingNumberComma(marked);
        for (ContextRule rule : apostropheRules) {
            marked = rule.apply(marked);
        }
        List<String> tokens = prefixes.apply(PythonWhitespace.split(marked));
        splitTrailingDotApostrophe(tokens);
        List<String> out = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            out.add(XmlEscapes.escape(MultiDots.restore(token)));
        }
        return out;
    }

    /** Step 9, {@code ([{IsN}])[,]$} → {@code \1 , }: only ever at the very end. */
    private String splitTrailingNumberComma(String text) {
        int lastCp = text.isEmpty() ? -1 : text.codePointBefore(text.length());
        if (lastCp != ',' || text.length() < 2) {
            return text;
        }
        int start =
                text.length() - 1 - Character.charCount(text.codePointBefore(text.length() - 1));
        return text.substring(0, start) + trailingNumberComma.apply(text.substring(start));
    }

    /** Step 17, {@code \.' ?$} → {@code " . ' "}, on the last token. */
    private static void splitTrailingDotApostrophe(List<String> tokens) {
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).endsWith(".'")) {
            return;
        }
        String last = tokens.remove(tokens.size() - 1);
        if (last.length() > 2) {
            tokens.add(last.substring(0, last.length() - 2));
        }
        tokens.add(".");
        tokens.add("'");
    }
}
