package io.litmine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.model.ModelDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Model directories written by {@code tools/export_biogpt.py} from the tiny fixture reproduce
 * Hugging Face's goldens ({@code fixtures/biogpt-tiny/goldens.json}), every case, with both loops.
 * The Python tests ({@code tools/tests}, run by Maven before these) export them to {@code
 * target/exported}: {@code hf} (Hugging Face folder, GreedySearch graph), {@code hf-beam}
 * (BeamSearch graph), {@code fairseq} (a fairseq-layout copy, BeamSearch graph), {@code hf-fp16}
 * (float16 weights), {@code hf-external} (weights in external data files).
 */
class ExportedModelParityTest {

    private static final TinyGoldens GOLDENS = TinyGoldens.load();
    private static final EngineOptions CPU =
            EngineOptions.DEFAULT.withProvider(ExecutionProvider.CPU);

    @ParameterizedTest
    @ValueSource(strings = {"hf", "fairseq"})
    void stepwiseGreedyAndBeamMatchHuggingFaceForEveryPrompt(String export) {
        try (GenerationEngine engine = open(export, Engine.STEPWISE, 1)) {
            assertThat(engine.engineName()).isEqualTo("stepwise");
            assertThat(greedyMatches(engine)).isEqualTo(6);
            assertThat(beamMatches(engine)).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hf-fp16", "hf-external"})
    void float16AndExternalDataExportsKeepGreedyParityWithBothLoops(String export) {
        try (GenerationEngine engine = open(export, Engine.STEPWISE, 1)) {
            assertThat(greedyMatches(engine)).isEqualTo(6);
        }
        try (GenerationEngine engine = open(export, Engine.SEARCH, 1)) {
            assertThat(greedyMatches(engine)).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hf"})
    void inGraphGreedySearchMatchesHuggingFaceForEveryPromptAndTheLeftPaddedBatch(String export) {
        try (GenerationEngine engine = open(export, Engine.SEARCH, 1)) {
            assertThat(engine.engineName()).isEqualTo("search-greedy");
            assertThat(greedyMatches(engine)).isEqualTo(6);
            assertThat(batchedMatches(engine)).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hf-beam", "fairseq"})
    void inGraphBeamSearchMatchesHuggingFaceIdsAndScoreForEveryPrompt(String export) {
        try (GenerationEngine engine = open(export, Engine.SEARCH, 5)) {
            assertThat(engine.engineName()).isEqualTo("search-beam");
            assertThat(beamMatches(engine)).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hf"})
    void autoUsesTheSearchGraphWhenItCanAndTheStepwiseLoopOtherwise(String export) {
        try (GenerationEngine greedy = open(export, Engine.AUTO, 1)) {
            assertThat(greedy.engineName()).isEqualTo("search-greedy");
        }
        try (GenerationEngine beams = open(export, Engine.AUTO, 5)) {
            assertThat(beams.engineName()).isEqualTo("stepwise");
            assertThat(beamMatches(beams)).isEqualTo(6);
        }
    }

    private static GenerationEngine open(String export, Engine engine, int beams) {
        Path dir = exported(export);
        return GenerationEngines.open(ModelDirectory.load(dir), CPU, engine, beams);
    }

    static Path exported(String name) {
        Path dir = TinyModel.repoRoot().resolve("operators/target/exported").resolve(name);
        Assumptions.assumeTrue(
                Files.isDirectory(dir),
                dir
                        + " is missing: tools/tests/run.sh did not export it (it skips without"
                        + " Python's torch and onnx)");
        return dir;
    }

    private static int greedyMatches(GenerationEngine engine) {
        int matches = 0;
        for (JsonNode c : GOLDENS.cases()) {
            Generation result = one(engine, c, GenerationOptions.greedy(GOLDENS.maxNewTokens()));
            assertThat(result.newIds()).isEqualTo(TinyGoldens.intList(c.get("greedy_new_ids")));
            matches++;
        }
        System.out.printf("%s greedy parity: %d/%d%n", engine.engineName(), matches, 6);
        return matches;
    }

    private static int beamMatches(GenerationEngine engine) {
        int matches = 0;
        for (JsonNode c : GOLDENS.cases()) {
            Generation result = one(engine, c, GenerationOptions.beams(GOLDENS.maxNewTokens(), 5));
            assertThat(result.newIds()).isEqualTo(TinyGoldens.intList(c.get("beam5_new_ids")));
            assertThat(result.score()).isCloseTo(c.get("beam5_score").asDouble(), within(1e-4));
            matches++;
        }
        System.out.printf(
                "%s beam5 parity (ids and score): %d/%d%n", engine.engineName(), matches, 6);
        return matches;
    }

    private static int batchedMatches(GenerationEngine engine) {
        List<int[]> prompts = new ArrayList<>();
        GOLDENS.cases().forEach(c -> prompts.add(TinyGoldens.ints(c.get("prompt_ids"))));
        List<Generation> results =
                engine.generate(prompts, GenerationOptions.greedy(GOLDENS.maxNewTokens()));
        JsonNode expected = GOLDENS.batched().get("new_ids");
        int matches = 0;
        for (int row = 0; row < prompts.size(); row++) {
            assertThat(results.get(row).newIds()).isEqualTo(TinyGoldens.intList(expected.get(row)));
            matches++;
        }
        System.out.printf(
                "%s batched left-padded parity: %d/%d%n", engine.engineName(), matches, 6);
        return matches;
    }

    private static Generation one(GenerationEngine engine, JsonNode c, GenerationOptions options) {
        return engine.generate(List.of(TinyGoldens.ints(c.get("prompt_ids"))), options).get(0);
    }
}
