package io.litmine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.extract.TaskExtractor.Extraction;
import io.litmine.generation.EngineOptions;
import io.litmine.generation.GenerationOptions;
import io.litmine.tasks.BioGptTask;
import io.litmine.tasks.TaskResult;
import io.litmine.tasks.Tasks;
import io.litmine.tasks.TestSet;
import io.litmine.testsupport.Checkout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demonstration models committed in {@code models/demo} (tools/train_demo_model.py): each is
 * within its size budget, says what it is, and has learned its task's output format: greedy
 * decoding of test-set prompts gives text in the task's template, which a random model does not.
 */
class DemoModelsTest {
    private static final long BUDGET_BYTES = 15_000_000;

    @ParameterizedTest
    @CsvSource({
        "kd-dti, data/biogpt/kd-dti_test.json, the interaction between",
        "ddi, data/biogpt/ddi_test.json, the interaction between",
        "hoc, data/biogpt/hoc_test.tsv, the type of this document is"
    })
    void theModelIsSmallLabelledAndAnswersInItsTasksFormat(
            String taskName, String testFile, String template) throws IOException {
        Path dir = Checkout.root().resolve("models/demo").resolve(taskName);

        assertThat(sizeOf(dir)).as(dir + " in bytes").isLessThanOrEqualTo(BUDGET_BYTES);
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("model.json").toFile());
        JsonNode training = new ObjectMapper().readTree(dir.resolve("training.json").toFile());
        assertThat(manifest.get("task").asText()).isEqualTo(taskName);
        assertThat(training.get("what").asText()).contains("NOT BioGPT");
        assertThat(training.get("training_data").get("file").asText()).doesNotContain("_test");

        List<String> generated = firstGenerations(Tasks.byName(taskName), dir, testFile, 12);

        long inFormat = generated.stream().filter(g -> g.startsWith(template)).count();
        System.out.printf(
                "%s: %d/%d generations start with \"%s\"%n",
                taskName, inFormat, generated.size(), template);
        assertThat(inFormat).as(String.join("\n", generated)).isGreaterThanOrEqualTo(10);
    }

    private static <R extends TaskResult> List<String> firstGenerations(
            BioGptTask<R> task, Path dir, String testFile, int count) throws IOException {
        TestSet<R> testSet = task.readTestSet(Checkout.root().resolve(testFile));
        List<List<String>> sources =
                testSet.records().stream().limit(count).map(r -> r.sources()).toList();
        try (TaskExtractor<R> extractor =
                TaskExtractor.open(
                        task, dir, EngineOptions.DEFAULT, GenerationOptions.greedy(96), 4)) {
            return extractor.extractSources(sources).stream()
                    .map(Extraction::generated)
                    .map(g -> g.get(0))
                    .toList();
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(DemoModelsTest::bytes).sum();
        }
    }

    private static long bytes(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
