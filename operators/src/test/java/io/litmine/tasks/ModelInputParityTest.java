package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.tokenizer.BioGptTokenizer;
import io.litmine.tokenizer.TokenizerMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of {@code data/biogpt/golden/<task>_test_model_io.jsonl}: the prompt the task builds
 * for the test record (source text, tokenizer, truncation, {@code </s>} and learned prompt ids from
 * the vocabulary) must equal the golden {@code input_ids} exactly. Run with the tokenizer in both
 * modes: the test sets contain none of the punctuation the PubMed mode maps.
 */
class ModelInputParityTest {

    @ParameterizedTest(name = "{0} ({1}): {2} records, {3} truncated")
    @CsvSource({
        "kd-dti, STRICT, 1159, 33",
        "ddi, STRICT, 191, 5",
        "bc5cdr, STRICT, 500, 2",
        "hoc, STRICT, 4947, 0",
        "kd-dti, PUBMED, 1159, 33",
        "ddi, PUBMED, 191, 5",
        "bc5cdr, PUBMED, 500, 2",
        "hoc, PUBMED, 4947, 0"
    })
    void buildsTheGoldenModelInputIdsForEveryTestRecord(
            String name, TokenizerMode mode, int count, int truncated) throws IOException {
        BioGptTask<?> task = Tasks.byName(name);
        BioGptTokenizer tokenizer = BioGptTokenizer.load(TestData.biogpt(""), mode);
        PromptEncoder encoder =
                PromptEncoder.create(
                        task.prompt(),
                        tokenizer,
                        PromptVocabulary.read(TestData.biogpt("vocab.json")));
        List<TestRecord> records = task.readTestSet(TestData.testFile(name)).records();
        List<JsonNode> golden =
                TestData.jsonLines(TestData.biogpt("golden/" + name + "_test_model_io.jsonl"));
        List<String> mismatches = new ArrayList<>();
        int overBudget = 0;
        for (int i = 0; i < golden.size(); i++) {
            String source = records.get(i).sources().get(0);
            if (!Arrays.equals(encoder.encode(source), ids(golden.get(i).get("input_ids")))) {
                mismatches.add(golden.get(i).get("id").asText());
            }
            overBudget += tokenizer.encode(source).length > task.prompt().maxSourceTokens() ? 1 : 0;
        }
        System.out.printf(
                "%s model input ids (%s): %d/%d exact, %d truncated%n",
                name, mode, golden.size() - mismatches.size(), golden.size(), overBudget);
        assertThat(golden).hasSize(count);
        assertThat(mismatches).isEmpty();
        assertThat(overBudget).isEqualTo(truncated);
    }

    private static int[] ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).mapToInt(JsonNode::asInt).toArray();
    }
}
