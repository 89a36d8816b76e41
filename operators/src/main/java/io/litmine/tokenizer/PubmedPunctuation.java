package io.litmine.tokenizer;

import java.util.Map;

/**
 * The default {@link TokenizerMode#PUBMED} pre-mapping, a deliberate deviation from Hugging Face
 * (biogpt-spec §1.7). BioGPT's vocabulary has no curly quotes, en or em dashes, ellipsis or
 * invisible format characters, so {@code Alzheimer’s} would reach the model as {@code Alzheimer
 * <unk> s}; the task data sets contain none of them, PubMed does. Each is mapped to the ASCII form
 * the training text used. Only characters the vocabulary lacks are mapped: {@code ‐} (U+2010),
 * {@code −} (U+2212) and the primes are in it and stay (a test checks both facts).
 */
final class PubmedPunctuation {
    /** Replacement by character; the empty string deletes it. */
    static final Map<Character, String> MAPPING =
            Map.ofEntries(
                    Map.entry('\u2018', "'"), // ‘ left single quotation mark
                    Map.entry('\u2019', "'"), // ’ right single quotation mark, apostrophe
                    Map.entry('\u201A', "'"), // ‚ single low-9 quotation mark
                    Map.entry('\u201C', "\""), // “
                    Map.entry('\u201D', "\""), // ”
                    Map.entry('\u201E', "\""), // „
                    Map.entry('\u00AB', "\""), // «
                    Map.entry('\u00BB', "\""), // »
                    Map.entry('\u2013', "-"), // – en dash
                    Map.entry('\u2014', "-"), // — em dash
                    Map.entry('\u2026', "..."), // … horizontal ellipsis
                    Map.entry('\u200B', ""), // zero-width space
                    Map.entry('\u200C', ""), // zero-width non-joiner
                    Map.entry('\u200D', ""), // zero-width joiner
                    Map.entry('\u2060', ""), // word joiner
                    Map.entry('\uFEFF', ""), // zero-width no-break space, byte order mark
                    Map.entry('\u00AD', "")); // soft hyphen

    private PubmedPunctuation() {}

    /** {@code text} with every mapped character replaced; the same instance if there is none. */
    static String normalize(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = isCandidate(c) ? MAPPING.get(c) : null;
            if (replacement != null) {
                out = out == null ? new StringBuilder(text.length()).append(text, 0, i) : out;
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A cheap pre-filter: every mapped character is at or above U+00AB. */
    private static boolean isCandidate(char c) {
        return c >= '\u00AB';
    }
}
