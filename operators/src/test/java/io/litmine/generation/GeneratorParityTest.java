package io.litmine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtException;
import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.model.ModelDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parity with Hugging Face's generate on the tiny fixture model: every case, not a sample. */
class GeneratorParityTest {

    @TempDir static Path temp;
    private static final TinyGoldens GOLDENS = TinyGoldens.load();
    private static Generator generator;

    @BeforeAll
    static void open() {
        ModelDirectory model = ModelDirectory.load(TinyModel.directory(temp));
        generator =
                Generator.open(model, EngineOptions.DEFAULT.withProvider(ExecutionProvider.CPU));
    }

    @AfterAll
    static void close() {
        generator.close();
    }

    @Test
    void greedyMatchesHuggingFaceForEveryPrompt() {
        int matches = 0;
        for (JsonNode c : GOLDENS.cases()) {
            Generation result = generate(c, GenerationOptions.greedy(GOLDENS.maxNewTokens()));
            assertThat(result.newIds()).isEqualTo(TinyGoldens.intList(c.get("greedy_new_ids")));
            matches++;
        }
        System.out.printf("greedy parity: %d/%d%n", matches, GOLDENS.cases().size());
        assertThat(matches).isEqualTo(6);
    }

    @Test
    void beamSearchMatchesHuggingFaceIdsAndScoreForEveryPrompt() {
        int matches = 0;
        for (JsonNode c : GOLDENS.cases()) {
            Generation result = generate(c, GenerationOptions.beams(GOLDENS.maxNewTokens(), 5));
            assertThat(result.newIds()).isEqualTo(TinyGoldens.intList(c.get("beam5_new_ids")));
            assertThat(result.score()).isCloseTo(c.get("beam5_score").asDouble(), within(1e-4));
            matches++;
        }
        System.out.printf("beam5 parity (ids and score): %d/%d%n", matches, GOLDENS.cases().size());
        assertThat(matches).isEqualTo(6);
    }

    @Test
    void leftPaddedBatchGivesTheUnpaddedResultsForEveryRow() {
        JsonNode batched = GOLDENS.batched();
        List<int[]> prompts = new ArrayList<>();
        for (JsonNode c : GOLDENS.cases()) {
            prompts.add(TinyGoldens.ints(c.get("prompt_ids")));
        }
        assertThat(LeftPadded.of(prompts, 1).ids()).isDeepEqualTo(rows(batched.get("input_ids")));
        List<Generation> results =
                generator.generate(prompts, GenerationOptions.greedy(GOLDENS.maxNewTokens()));
        int matches = 0;
        for (int row = 0; row < prompts.size(); row++) {
            assertThat(results.get(row).newIds())
                    .isEqualTo(TinyGoldens.intList(batched.get("new_ids").get(row)));
            matches++;
        }
        System.out.printf("batched left-padded parity: %d/%d%n", matches, prompts.size());
        assertThat(matches).isEqualTo(6);
    }

    @Test
    void lastPositionTopEightLogitsMatchWithin1e4() throws OrtException {
        DecoderRunner runner =
                new DecoderRunner(
                        SessionFactory.environment(),
                        generator.lease().session(),
                        generator.model().manifest().dims());
        int matches = 0;
        for (JsonNode c : GOLDENS.cases()) {
            int[] prompt = TinyGoldens.ints(c.get("prompt_ids"));
            float[][] logits = new float[1][generator.model().manifest().dims().vocabSize()];
            runner.prefill(new int[][] {prompt}, new int[1], 1, prompt.length, logits);
            int[] top = topIds(logits[0], 8);
            assertThat(top).containsExactly(TinyGoldens.ints(c.get("last_logits_top8_ids")));
            JsonNode values = c.get("last_logits_top8_vals");
            for (int i = 0; i < 8; i++) {
                assertThat((double) logits[0][top[i]])
                        .isCloseTo(values.get(i).asDouble(), within(1e-4));
            }
            matches++;
        }
        System.out.printf(
                "top-8 last logits within 1e-4: %d/%d%n", matches, GOLDENS.cases().size());
        assertThat(matches).isEqualTo(6);
    }

    private static Generation generate(JsonNode c, GenerationOptions options) {
        return generator.generate(List.of(TinyGoldens.ints(c.get("prompt_ids"))), options).get(0);
    }

    private static int[][] rows(JsonNode matrix) {
        int[][] rows = new int[matrix.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = TinyGoldens.ints(matrix.get(i));
        }
        return rows;
    }

    private static int[] topIds(float[] logits, int k) {
        return IntStream.range(0, logits.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer id) -> logits[id]).reversed())
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
