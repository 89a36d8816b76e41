package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The linear-scan Moses steps against {@link MosesRegexReference}, the literal regex port, on
 * random texts built from the characters every step reacts to. The HF goldens are plain PubMed
 * ASCII; this covers what they cannot (odd apostrophes, comma runs, dot runs next to the literal
 * word DOTMULTI, control characters, astral and lone-surrogate code points).
 */
class MosesTokenizerReferenceTest {
    private static final String[] PIECES = {
        "a",
        "Z",
        "s",
        "e",
        "7",
        "0",
        ".",
        "..",
        "...",
        ",",
        "'",
        "`",
        "\"",
        "-",
        " ",
        "  ",
        "\t",
        "\u00a0",
        "\u2009",
        "\u0001",
        "\u001f",
        "(",
        ")",
        "&",
        "|",
        "<",
        ">",
        "[",
        "]",
        "/",
        "é",
        "α",
        "ह",
        "\u094D",
        "中",
        "한",
        "😀",
        "𝛽",
        "\uD800",
        "DOTMULTI",
        "DOT",
        "MULTI",
        "No",
        "pp",
        "Art",
        "e.g",
        "U.S",
        "Fig",
        "vs",
        "$",
        "€",
        "¿",
        "’",
        "—",
        "…",
        "١",
        "Ⅳ",
        "ß",
        "İ",
    };
    private static final int TEXTS = 5_000;

    private final MosesResources moses = MosesResources.english();
    private final MosesTokenizer tokenizer = new MosesTokenizer(moses);
    private final MosesRegexReference reference = new MosesRegexReference(moses);

    @Test
    void randomTextsTokenizeExactlyAsTheLiteralRegexPort() {
        Random random = new Random(20261128);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            String text = randomText(random);
            if (!tokenizer.tokenize(text).equals(reference.tokenize(text))) {
                mismatches.add(text);
            }
        }
        System.out.printf(
                "Moses scan vs regex port: %d/%d random texts equal%n",
                TEXTS - mismatches.size(), TEXTS);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void dotRunsAndLiteralDotmultiAreRestoredAsThePythonLoopsDo() {
        String[] texts = {
            "a..",
            "a...b",
            "....",
            "a..DOTMULTI.x",
            "x.DOTMULTI..y",
            "..DOTMULTI.",
            "DOTMULTI.DOTMULTI.x",
            "a..DOTMULTI.DOTMULTI.z",
            "DOTDOTMULTI",
            "e.g... U.S.. end...'",
            "1..2,,3'',s",
        };
        for (String text : texts) {
            assertThat(tokenizer.tokenize(text)).as(text).isEqualTo(reference.tokenize(text));
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(24);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
