package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tokenizer's share of data/biogpt/golden/&lt;task&gt;_test_model_io.jsonl, every record: the
 * ids of the (already built) source text inside the model prefix, the ids of the gold target and
 * its detokenized text. Building the source text, truncation and the learned prompt ids belong to
 * the tasks; truncation (biogpt-spec §3.0: M−1 ids plus the id of {@code ...}) is redone here only
 * to compare the prefixes of the longest documents.
 */
class ModelIoGoldenParityTest {
    private static final String ELLIPSIS_PIECE = "...</w>";

    private final BioGptTokenizer tokenizer = RepoData.tokenizer(TokenizerMode.STRICT);

    @ParameterizedTest(name = "{0}: {1} records")
    @CsvSource({
        "kd-dti, 1159, 9, 640",
        "ddi, 191, 9, 640",
        "bc5cdr, 500, 9, 640",
        "hoc, 4947, 1, 900"
    })
    void sourceIdsTargetIdsAndTargetTextMatchEveryRecord(
            String task, int records, int learnedPrompts, int maxSource) {
        List<JsonNode> rows =
                RepoData.jsonLines(
                        RepoData.biogptDir().resolve("golden/" + task + "_test_model_io.jsonl"));
        int ellipsisId = tokenizer.encode("...")[0];
        assertThat(tokenizer.tokens("...")).containsExactly(ELLIPSIS_PIECE);
        List<String> failures = new ArrayList<>();
        int sources = 0;
        int truncated = 0;
        int targets = 0;
        for (JsonNode row : rows) {
            int[] prefix = RepoData.ints(row.get("input_ids"));
            int[] expectedSource = Arrays.copyOfRange(prefix, 1, prefix.length - learnedPrompts);
            int[] source = tokenizer.encode(row.get("source_text").asText());
            if (source.length > maxSource) {
                source = Arrays.copyOf(source, maxSource);
                source[maxSource - 1] = ellipsisId;
                truncated++;
            }
            if (prefix[0] == tokenizer.bosId() && Arrays.equals(source, expectedSource)) {
                sources++;
            } else {
                failures.add(task + " source " + row.get("id").asText());
            }
            if (targetMatches(row)) {
                targets++;
            } else {
                failures.add(task + " target " + row.get("id").asText());
            }
        }
        System.out.printf(
                "%s: sources %d/%d (%d truncated), targets %d/%d%n",
                task, sources, rows.size(), truncated, targets, rows.size());
        assertThat(rows).hasSize(records);
        assertThat(failures).isEmpty();
    }

    /** target_ids = encode(target_text) + [&lt;/s&gt;]; decode(target_ids) = target_detok. */
    private boolean targetMatches(JsonNode row) {
        int[] targetIds = RepoData.ints(row.get("target_ids"));
        int[] encoded = tokenizer.encode(row.get("target_text").asText());
        int[] withEos = Arrays.copyOf(encoded, encoded.length + 1);
        withEos[encoded.length] = tokenizer.bosId();
        return Arrays.equals(withEos, targetIds)
                && tokenizer.decode(targetIds).equals(row.get("target_detok").asText());
    }
}
