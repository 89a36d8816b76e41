package io.litmine.generation;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.model.ModelDims;
import io.litmine.model.ModelDirectory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark decodes what the generator decodes; its figures are printed, never asserted. */
class GenerationBenchmarkTest {

    @TempDir Path temp;

    @Test
    void benchmarkRowZeroIsTheGreedyContinuationOfItsPrompt() {
        ModelDirectory model = ModelDirectory.load(TinyModel.directory(temp));
        try (Generator generator =
                Generator.open(model, EngineOptions.DEFAULT.withProvider(ExecutionProvider.CPU))) {
            BenchmarkResult result = new GenerationBenchmark(generator).run(2, 12, 6, 0, 7L, 1);

            int[] prompt = GenerationBenchmark.randomPrompts(2, 12, 42384, 7L)[0];
            List<Integer> greedy =
                    generator
                            .generate(List.of(prompt), GenerationOptions.greedy(6))
                            .get(0)
                            .newIds();
            assertThat(result.row0NewIds()).startsWith(greedy.toArray(Integer[]::new));
            assertThat(result.row0NewIds()).hasSize(6);
            assertThat(result.prefillMs()).isPositive();
            System.out.println("tiny model bench (not a figure of merit): " + result);
        }
    }

    @Test
    void countsBioGptBaseParametersAsTheSpecSays() {
        ModelDims base = new ModelDims(42384, 1024, 24, 16, 1024);

        assertThat(GenerationBenchmark.parameters(base)).isEqualTo(346_763_264L);
    }
}
