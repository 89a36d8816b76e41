package io.litmine.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Step 15 of biogpt-spec §1.2, sacremoses {@code handles_nonbreaking_prefixes}: a token ending in a
 * period keeps it (an abbreviation such as {@code e.g.}, {@code Fig.}, {@code No. 5}) or has it
 * split off as a sentence end. Works on the token list, which also does step 16 (single spaces,
 * stripped) for free.
 */
final class NonbreakingPrefixes {
    private static final Set<String> NUMERIC_ONLY = Set.of("No", "Art", "pp");

    private final MosesResources moses;

    NonbreakingPrefixes(MosesResources moses) {
        this.moses = moses;
    }

    List<String> apply(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size() + 8);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.length() >= 2 && token.endsWith(".") && !keepsPeriod(tokens, i)) {
                out.add(token.substring(0, token.length() - 1));
                out.add(".");
            } else {
                out.add(token);
            }
        }
        return out;
    }

    private boolean keepsPeriod(List<String> tokens, int i) {
        String prefix = tokens.get(i).substring(0, tokens.get(i).length() - 1);
        boolean hasNext = i + 1 < tokens.size();
        if ((prefix.indexOf('.') >= 0 && moses.isAlpha().containsAny(prefix))
                || (moses.nonbreakingPrefixes().contains(prefix) && !NUMERIC_ONLY.contains(prefix))
                || (hasNext && moses.isLower().contains(tokens.get(i + 1).codePointAt(0)))) {
            return true;
        }
        return NUMERIC_ONLY.contains(prefix) && hasNext && startsWithAsciiDigit(tokens.get(i + 1));
    }

    private static boolean startsWithAsciiDigit(String token) {
        char first = token.charAt(0);
        return first >= '0' && first <= '9';
    }
}
