package io.litmine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.model.ModelDirectory;
import io.litmine.model.ModelLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link GenerationEngines} picks the loop, and the errors when it cannot. */
class EngineChoiceTest {

    private static final EngineOptions CPU =
            EngineOptions.DEFAULT.withProvider(ExecutionProvider.CPU);

    @TempDir Path temp;

    @Test
    void engineNamesParseCaseInsensitivelyAndUnknownOnesAreExplained() {
        assertThat(Engine.parse(" Search ")).isEqualTo(Engine.SEARCH);
        assertThat(Engine.parse("stepwise")).isEqualTo(Engine.STEPWISE);
        assertThatThrownBy(() -> Engine.parse("fast"))
                .hasMessage("engine 'fast' is not one of auto, stepwise, search");
    }

    @Test
    void autoWithoutASearchGraphRunsStepwiseAndSearchIsRefusedNamingTheDirectory() {
        ModelDirectory model = ModelDirectory.load(TinyModel.directory(temp));
        try (GenerationEngine engine = GenerationEngines.open(model, CPU, Engine.AUTO, 1)) {
            assertThat(engine.engineName()).isEqualTo("stepwise");
        }
        assertThatThrownBy(() -> GenerationEngines.open(model, CPU, Engine.SEARCH, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(model.root() + " has no search graph (search.onnx)");
    }

    @Test
    void aGreedySearchGraphRefusesBeamsWhenSearchIsForced() {
        ModelDirectory model = ModelDirectory.load(ExportedModelParityTest.exported("hf"));
        assertThatThrownBy(() -> GenerationEngines.open(model, CPU, Engine.SEARCH, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot decode with 5 beam(s)")
                .hasMessageContaining("--search beam");
        assertThat(SharedSessions.users(model.root())).isZero();
    }

    @Test
    void aManifestNamingAMissingSearchGraphFailsAtLoad() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("no-search"));
        Path source = ExportedModelParityTest.exported("hf");
        for (String name : List.of("model.json", "decoder.onnx")) {
            Files.copy(source.resolve(name), copy.resolve(name));
        }
        assertThatThrownBy(() -> ModelDirectory.load(copy))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("names the search graph")
                .hasMessageContaining("search.onnx, which is missing");
    }

    @Test
    void autoDecodesABatchWhosePositionCapBindsStepwiseWithTheSameResult() {
        ModelDirectory model = ModelDirectory.load(ExportedModelParityTest.exported("hf"));
        List<int[]> prompts = List.of(new int[] {2, 11, 12, 13, 14, 15}, new int[] {2, 21});
        GenerationOptions long_ = GenerationOptions.greedy(model.manifest().dims().maxPositions());
        List<Generation> expected;
        try (GenerationEngine stepwise = GenerationEngines.open(model, CPU, Engine.STEPWISE, 1)) {
            expected = stepwise.generate(prompts, long_);
        }
        try (GenerationEngine auto = GenerationEngines.open(model, CPU, Engine.AUTO, 1)) {
            assertThat(auto.engineName()).isEqualTo("search-greedy");
            List<Generation> results = auto.generate(prompts, long_);
            for (int row = 0; row < prompts.size(); row++) {
                assertThat(results.get(row).newIds()).isEqualTo(expected.get(row).newIds());
            }
        }
    }

    @Test
    void searchEndsRowsAtTheirPositionCapWithEosAsStepwiseDoes() {
        ModelDirectory model = ModelDirectory.load(ExportedModelParityTest.exported("hf"));
        int maxPositions = model.manifest().dims().maxPositions();
        List<int[]> prompts = List.of(new int[] {2, 11, 12, 13}, new int[] {2, 21, 22, 23});
        GenerationOptions long_ = GenerationOptions.greedy(maxPositions);
        List<Generation> expected;
        try (GenerationEngine stepwise = GenerationEngines.open(model, CPU, Engine.STEPWISE, 1)) {
            expected = stepwise.generate(prompts, long_);
        }
        try (GenerationEngine search = GenerationEngines.open(model, CPU, Engine.SEARCH, 1)) {
            List<Generation> results = search.generate(prompts, long_);
            for (int row = 0; row < prompts.size(); row++) {
                List<Integer> ids = results.get(row).newIds();
                assertThat(ids).isEqualTo(expected.get(row).newIds());
                assertThat(ids.get(ids.size() - 1)).isEqualTo(2);
                System.out.printf(
                        "row %d: %d new ids, cap %d%n",
                        row, ids.size(), maxPositions - prompts.get(row).length + 1);
            }
        }
    }
}
