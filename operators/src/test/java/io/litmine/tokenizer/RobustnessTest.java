package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Any String in, ids out: no exception, no hang, a sensible round trip. */
class RobustnessTest {
    private final BioGptTokenizer tokenizer = RepoData.tokenizer(TokenizerMode.PUBMED);
    private final BioGptTokenizer strict = RepoData.tokenizer(TokenizerMode.STRICT);

    @Test
    void emptyAndBlankTextGiveOnlyTheLeadingEos() {
        for (String text : new String[] {"", " ", "\t\n\r \u00a0\u2009\u3000", "\u0001\u0002"}) {
            assertThat(tokenizer.encode(text)).isEmpty();
            assertThat(tokenizer.encodeWithBos(text)).containsExactly(tokenizer.bosId());
            assertThat(tokenizer.decode(tokenizer.encodeWithBos(text))).isEmpty();
        }
    }

    @Test
    void controlCharactersAreDroppedAndWhitespaceRunsSeparateWords() {
        assertThat(tokenizer.mosesTokens("a\u0000b\u0007c\td\u000be\u0085f\u2028g"))
                .containsExactly("abc", "d", "e", "f", "g");
    }

    @Test
    void loneSurrogatesBecomeUnknownPiecesWithoutAnException() {
        String text = "a\uD800b \uDC00 c\uDBFF";
        int[] ids = tokenizer.encode(text);
        assertThat(ids).contains(tokenizer.unkId());
        assertThat(tokenizer.mosesTokens(text)).contains("\uD800", "\uDC00");
        assertThat(tokenizer.decode(ids)).startsWith("a").endsWith("c");
    }

    @Test
    void emojiAndCjkAreSeparateTokensAndDecodeWithoutSpacesBetweenCjk() {
        assertThat(strict.mosesTokens("cells😀 中文 of 𝛽"))
                .containsExactly("cells", "😀", "中", "文", "of", "𝛽");
        assertThat(strict.tokens("𝛽")).containsExactly("𝛽</w>");
        assertThat(strict.encode("𝛽")).doesNotContain(strict.unkId());
        assertThat(strict.decodePieces(strict.tokens("中 文 x"))).isEqualTo("中文 x");
    }

    @Test
    @Timeout(60)
    void aMegabyteWithoutSpacesCompletesAndRoundTrips() {
        String word = "abcdefghij".repeat(100_000);
        int[] ids = tokenizer.encode(word);
        assertThat(ids.length).isBetween(1, word.length());
        assertThat(tokenizer.decode(ids)).isEqualTo(word);

        String dots = ".".repeat(1_000_000);
        assertThat(tokenizer.mosesTokens(dots)).containsExactly(dots);
    }

    @Test
    @Timeout(60)
    void aMegabyteOfMixedPunctuationWithoutSpacesCompletes() {
        String text = "IL-6/STAT3,p<0.05;x'y\"z(α)[1]&|".repeat(32_000);
        int[] ids = tokenizer.encode(text);
        assertThat(ids.length).isGreaterThan(text.length() / 4);
        assertThat(tokenizer.decode(ids)).contains("IL-6 / STAT3");
    }

    @Test
    void randomCodePointsNeverThrow() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append((char) random.nextInt(0x10000));
            }
            String input = text.toString();
            assertThatCode(() -> tokenizer.decode(tokenizer.encodeWithBos(input)))
                    .as("%s", input.codePoints().mapToObj(Integer::toHexString).toList())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void specialTokenSpellingsArePlainTextNotSpecialIds() {
        int[] ids = strict.encode("a </s> b <unk> <pad> <s>");
        assertThat(ids).doesNotContain(strict.bosId(), strict.unkId());
        assertThat(strict.decode(ids)).isEqualTo("a < / s > b < unk > < pad > < s >");
    }

    @Test
    void learnedPromptIdsBeyondTheVocabularyAreDroppedWhenDecoding() {
        int[] ids = {2, 6, 145, 42384, 42392, 2};
        assertThat(tokenizer.decode(ids)).isEqualTo("the type");
    }
}
