package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** data/biogpt/golden/tokenizer_examples.jsonl, the worked examples of biogpt-spec §1.2. */
class TokenizerExamplesTest {
    private static final int EXPECTED_EXAMPLES = 10;

    private final BioGptTokenizer strict = RepoData.tokenizer(TokenizerMode.STRICT);
    private final List<JsonNode> examples =
            RepoData.jsonLines(RepoData.biogptDir().resolve("golden/tokenizer_examples.jsonl"));

    @Test
    void everyExampleGivesTheGoldenTokensPiecesIdsAndDetokenizedText() {
        List<String> failures = new ArrayList<>();
        for (JsonNode example : examples) {
            String text = example.get("text").asText();
            List<String> pieces = RepoData.strings(example.get("bpe_tokens"));
            boolean same =
                    strict.mosesTokens(text).equals(RepoData.strings(example.get("moses_tokens")))
                            && strict.tokens(text).equals(pieces)
                            && java.util.Arrays.equals(
                                    strict.encodeWithBos(text),
                                    RepoData.ints(example.get("input_ids")))
                            && strict.decodePieces(pieces)
                                    .equals(example.get("detokenized").asText());
            if (!same) {
                failures.add(text);
            }
        }
        System.out.printf(
                "tokenizer examples: %d/%d exact%n",
                examples.size() - failures.size(), examples.size());
        assertThat(examples).hasSize(EXPECTED_EXAMPLES);
        assertThat(failures).isEmpty();
    }

    @Test
    void examplesWithoutUnknownPiecesDecodeFromIdsToTheGoldenText() {
        int checked = 0;
        for (JsonNode example : examples) {
            int[] ids = RepoData.ints(example.get("input_ids"));
            if (java.util.Arrays.stream(ids).noneMatch(id -> id == strict.unkId())) {
                assertThat(strict.decode(ids)).isEqualTo(example.get("detokenized").asText());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(EXPECTED_EXAMPLES - 1);
    }

    @Test
    void pubmedModeMapsTheCurlyApostropheAndDashThatStrictModeLeavesUnknown() {
        String text = "in Alzheimer’s disease — a review";
        BioGptTokenizer pubmed = RepoData.tokenizer(TokenizerMode.PUBMED);

        assertThat(strict.encode(text)).contains(strict.unkId());
        assertThat(pubmed.encode(text)).doesNotContain(pubmed.unkId());
        assertThat(pubmed.mosesTokens(text))
                .containsExactly("in", "Alzheimer", "&apos;s", "disease", "-", "a", "review");
        assertThat(pubmed.decode(pubmed.encode(text)))
                .isEqualTo("in Alzheimer's disease - a review");
    }
}
