package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.tokenizer.TextTokenizer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PromptEncoderTest {

    private static PromptVocabulary vocabulary;

    @BeforeAll
    static void readVocabulary() throws IOException {
        vocabulary = PromptVocabulary.read(TestData.biogpt("vocab.json"));
    }

    /** A tokenizer that returns {@code n} ids 100, 101, ... for a text of {@code n} words. */
    private static final TextTokenizer WORD_COUNTER =
            new TextTokenizer() {
                @Override
                public int[] encode(String text) {
                    return IntStream.range(0, text.split(" ").length).map(i -> 100 + i).toArray();
                }

                @Override
                public String decode(int[] ids) {
                    throw new UnsupportedOperationException();
                }
            };

    private static String words(int n) {
        return String.join(" ", java.util.Collections.nCopies(n, "w"));
    }

    @Test
    void learnedPromptTokensAreAppendedAfterTheBaseVocabularyAsFairseqDoes() {
        PromptEncoder encoder =
                PromptEncoder.create(PromptSpec.learned(9, 640), WORD_COUNTER, vocabulary);

        assertThat(encoder.learnedIds())
                .containsExactly(42384, 42385, 42386, 42387, 42388, 42389, 42390, 42391, 42392);
    }

    @Test
    void learnedTokenAlreadyInTheVocabularyKeepsItsId() {
        Map<String, Integer> ids = new HashMap<>(Map.of("</s>", 2, "...</w>", 7, "a</w>", 8));
        ids.put("learned1</w>", 9);

        int[] learned =
                PromptEncoder.learnedIds(
                        PromptSpec.learned(2, 10).learnedTokens(),
                        new PromptVocabulary(ids, "test"));

        assertThat(learned).containsExactly(9, 10);
    }

    @Test
    void sourceWithinBudgetIsFramedByBoundaryAndPrompt() {
        PromptEncoder encoder =
                PromptEncoder.create(PromptSpec.learned(1, 900), WORD_COUNTER, vocabulary);

        assertThat(encoder.encode("a b c")).containsExactly(2, 100, 101, 102, 42384);
    }

    @Test
    void sourceExactlyAtBudgetIsNotTruncated() {
        PromptEncoder encoder =
                PromptEncoder.create(PromptSpec.learned(9, 640), WORD_COUNTER, vocabulary);

        int[] ids = encoder.encode(words(640));

        assertThat(ids).hasSize(1 + 640 + 9);
        assertThat(ids[640]).isEqualTo(100 + 639);
    }

    @Test
    void sourceOverBudgetKeepsBudgetMinusOneIdsAndEndsInEllipsis() {
        PromptEncoder encoder =
                PromptEncoder.create(PromptSpec.learned(9, 640), WORD_COUNTER, vocabulary);

        int[] ids = encoder.encode(words(641));

        assertThat(ids).hasSize(1 + 640 + 9);
        assertThat(ids[639]).isEqualTo(100 + 638);
        assertThat(ids[640]).isEqualTo(11475);
        assertThat(ids[641]).isEqualTo(42384);
    }

    @Test
    void vocabularyWithoutTheBoundaryTokenIsRejectedByName() {
        PromptVocabulary broken = new PromptVocabulary(Map.of("a</w>", 4), "broken/vocab.json");

        assertThatThrownBy(
                        () -> PromptEncoder.create(PromptSpec.learned(1, 10), WORD_COUNTER, broken))
                .hasMessageContaining("broken/vocab.json")
                .hasMessageContaining("</s>");
    }
}
