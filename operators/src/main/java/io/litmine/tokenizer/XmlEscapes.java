package io.litmine.tokenizer;

/**
 * The XML escaping of Moses: the tokenizer escapes (step 19 of biogpt-spec §1.2), the detokenizer
 * unescapes (§1.6). The vocabulary holds the escaped forms ({@code &amp;</w>}, {@code &#124;</w>}),
 * so this is part of the model's input format, not cosmetics.
 */
final class XmlEscapes {
    /**
     * Unescaping order of sacremoses; {@code &amp;} last, so {@code &amp;lt;} becomes {@code &lt;}.
     */
    private static final String[][] UNESCAPES = {
        {"&bar;", "|"},
        {"&#124;", "|"},
        {"&lt;", "<"},
        {"&gt;", ">"},
        {"&bra;", "["},
        {"&ket;", "]"},
        {"&quot;", "\""},
        {"&apos;", "'"},
        {"&#91;", "["},
        {"&#93;", "]"},
        {"&amp;", "&"},
    };

    private XmlEscapes() {}

    /**
     * {@code &}, {@code |}, {@code <}, {@code >}, {@code '}, {@code "}, {@code [}, {@code ]}. One
     * pass equals the eight ordered substitutions because no replacement contains a later target.
     */
    static String escape(String token) {
        StringBuilder out = null;
        for (int i = 0; i < token.length(); i++) {
            String entity = entity(token.charAt(i));
            if (entity != null) {
                out = out == null ? new StringBuilder(token.length() + 8).append(token, 0, i) : out;
                out.append(entity);
            } else if (out != null) {
                out.append(token.charAt(i));
            }
        }
        return out == null ? token : out.toString();
    }

    private static String entity(char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '|':
                return "&#124;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '\'':
                return "&apos;";
            case '"':
                return "&quot;";
            case '[':
                return "&#91;";
            case ']':
                return "&#93;";
            default:
                return null;
        }
    }

    /** The eleven substitutions, in order, each over the whole text. */
    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        String out = text;
        for (String[] pair : UNESCAPES) {
            out = out.replace(pair[0], pair[1]);
        }
        return out;
    }
}
