package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of {@code data/biogpt/golden/<task>_test_model_io.jsonl}: the task's source text for
 * the test record must equal the golden {@code source_text} (title joining, lower-casing, the HoC
 * period rule), record for record and in the same order. The ids are checked by {@code
 * ModelInputParityTest}, which needs the real tokenizer.
 */
class SourceBuildingParityTest {

    @ParameterizedTest(name = "{0}: {1} records")
    @CsvSource({"kd-dti, 1159", "ddi, 191", "bc5cdr, 500", "hoc, 4947"})
    void buildsTheGoldenSourceTextForEveryTestRecord(String name, int count) throws IOException {
        BioGptTask<?> task = Tasks.byName(name);
        List<TestRecord> records = task.readTestSet(TestData.testFile(name)).records();
        List<JsonNode> golden =
                TestData.jsonLines(TestData.biogpt("golden/" + name + "_test_model_io.jsonl"));
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < golden.size(); i++) {
            JsonNode row = golden.get(i);
            TestRecord record = records.get(i);
            if (!record.id().equals(row.get("id").asText())
                    || !record.sources().equals(List.of(row.get("source_text").asText()))) {
                mismatches.add(row.get("id").asText());
            }
        }
        System.out.printf(
                "%s source text parity: %d/%d%n",
                name, golden.size() - mismatches.size(), golden.size());
        assertThat(records).hasSize(count);
        assertThat(golden).hasSize(count);
        assertThat(mismatches).isEmpty();
    }
}
