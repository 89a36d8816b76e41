package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PubmedPunctuationTest {
    @Test
    void everyMappedCharacterIsOneTheVocabularyLacksAndEveryReplacementIsKnown()
            throws IOException {
        JsonNode vocab =
                RepoData.JSON.readTree(RepoData.biogptDir().resolve("vocab.json").toFile());
        BioGptTokenizer strict = RepoData.tokenizer(TokenizerMode.STRICT);
        for (Map.Entry<Character, String> entry : PubmedPunctuation.MAPPING.entrySet()) {
            String c = String.valueOf(entry.getKey());
            assertThat(vocab.has(c) || vocab.has(c + "</w>"))
                    .as("U+%04X", (int) entry.getKey())
                    .isFalse();
            String replaced = "x" + entry.getValue() + "y";
            assertThat(strict.encode(replaced)).as(replaced).doesNotContain(strict.unkId());
        }
    }

    @Test
    void charactersTheVocabularyHasAreLeftAlone() {
        String text = "a‐b −1 5′ ≥ 2";
        assertThat(PubmedPunctuation.normalize(text)).isSameAs(text);
    }

    @Test
    void pubmedPunctuationBecomesAsciiAndInvisibleCharactersDisappear() {
        assertThat(
                        PubmedPunctuation.normalize(
                                "“a” ‘b’ 10–20 x—y wait… ca\u00ADre zero\u200Bwidth"))
                .isEqualTo("\"a\" 'b' 10-20 x-y wait... care zerowidth");
    }
}
