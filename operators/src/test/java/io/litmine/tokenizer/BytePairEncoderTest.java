package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The direct HF loop and the heap-based path for long words must merge identically. */
class BytePairEncoderTest {
    private static BpeMerges merges;
    private static BytePairEncoder bpe;

    @BeforeAll
    static void loadMerges() throws IOException {
        merges = BpeMerges.load(RepoData.biogptDir().resolve("merges.txt"));
        bpe = new BytePairEncoder(merges);
    }

    @Test
    void heapPathMergesEveryGoldenWordExactlyAsTheDirectLoop() {
        Set<String> words = new LinkedHashSet<>();
        BioGptTokenizer tokenizer = RepoData.tokenizer(TokenizerMode.STRICT);
        for (JsonNode row :
                RepoData.jsonLines(
                        RepoData.root().resolve("fixtures/tokenizer-hf-goldens.jsonl"))) {
            words.addAll(tokenizer.mosesTokens(row.get("text").asText()));
        }
        for (String word : words) {
            assertThat(bpe.encodeLong(initial(word)))
                    .as(word)
                    .isEqualTo(bpe.encodeShort(initial(word)));
        }
        System.out.printf(
                "BPE heap path = direct loop on %d distinct golden words%n", words.size());
        assertThat(words).hasSizeGreaterThan(5_000);
    }

    @Test
    void heapPathMergesRandomLongWordsExactlyAsTheDirectLoop() {
        Random random = new Random(7);
        String alphabet = "aaeeiioonnttssrrllcchhpp123-.αβ中";
        for (int n = 0; n < 300; n++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(400);
            for (int i = 0; i < length; i++) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = word.toString();
            assertThat(bpe.encodeLong(initial(text)))
                    .as(text)
                    .isEqualTo(bpe.encodeShort(initial(text)));
        }
    }

    @Test
    void aRepeatedLetterMergesLeftToRightWithoutOverlap() {
        int[] pieces =
                bpe.encode("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        int[] direct =
                bpe.encodeShort(
                        initial(
                                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assertThat(pieces).isEqualTo(direct);
        assertThat(Arrays.stream(pieces).mapToObj(merges::symbol).reduce("", String::concat))
                .isEqualTo("a".repeat(68) + "</w>");
    }

    @Test
    void aCodePointAbsentFromTheMergesStaysOneSymbolWithItsWordEnd() {
        int[] pieces = bpe.encode("x😀");
        assertThat(pieces).hasSize(2);
        assertThat(pieces[1]).isEqualTo(-1 - "😀".codePointAt(0));
    }

    private static int[] initial(String word) {
        int[] points = word.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int id = merges.codePointSymbol(points[i], i == points.length - 1);
            points[i] = id >= 0 ? id : -1 - points[i];
        }
        return points;
    }
}
