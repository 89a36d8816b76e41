package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strict mode against fixtures/tokenizer-hf-goldens.jsonl: what Hugging Face transformers'
 * BioGptTokenizer produced for 208 PubMed and HoC texts, compared at every stage.
 */
class HuggingFaceGoldenParityTest {
    private static final int EXPECTED_ROWS = 208;

    private final BioGptTokenizer tokenizer = RepoData.tokenizer(TokenizerMode.STRICT);
    private final List<JsonNode> rows =
            RepoData.jsonLines(RepoData.root().resolve("fixtures/tokenizer-hf-goldens.jsonl"));

    @Test
    void everyGoldenTextGivesHuggingFacesMosesTokensPiecesAndInputIds() {
        List<String> failures = new ArrayList<>();
        int exact = 0;
        for (JsonNode row : rows) {
            String text = row.get("text").asText();
            Encoding encoding = tokenizer.encodeWithTokens(text);
            boolean same =
                    tokenizer.mosesTokens(text).equals(RepoData.strings(row.get("moses")))
                            && encoding.tokens().equals(RepoData.strings(row.get("bpe")))
                            && Arrays.equals(encoding.ids(), RepoData.ints(row.get("ids")))
                            && Arrays.equals(
                                    tokenizer.encodeWithBos(text),
                                    RepoData.ints(row.get("input_ids")));
            if (same) {
                exact++;
            } else {
                failures.add(row.get("src").asText() + "/" + row.get("id").asText());
            }
        }
        System.out.printf("HF goldens, encode: %d/%d exact%n", exact, rows.size());
        assertThat(rows).hasSize(EXPECTED_ROWS);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyGoldenDecodesToHuggingFacesText() {
        List<String> failures = new ArrayList<>();
        int exact = 0;
        for (JsonNode row : rows) {
            int[] ids = RepoData.ints(row.get("ids"));
            int[] inputIds = RepoData.ints(row.get("input_ids"));
            boolean same =
                    tokenizer.decode(ids).equals(row.get("decoded").asText())
                            && tokenizer
                                    .decode(inputIds)
                                    .equals(row.get("decoded_skip_special").asText());
            if (same) {
                exact++;
            } else {
                failures.add(row.get("src").asText() + "/" + row.get("id").asText());
            }
        }
        System.out.printf("HF goldens, decode: %d/%d exact%n", exact, rows.size());
        assertThat(rows).hasSize(EXPECTED_ROWS);
        assertThat(failures).isEmpty();
    }
}
