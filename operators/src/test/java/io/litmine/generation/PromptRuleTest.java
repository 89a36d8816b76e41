package io.litmine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.model.ModelDirectory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The position limit, with the tiny model's config claiming only 8 positions. */
class PromptRuleTest {

    @TempDir Path temp;
    private Generator generator;

    @BeforeEach
    void open() {
        ModelDirectory model = ModelDirectory.load(TinyModel.directory(temp, 4, 2, 8));
        generator =
                Generator.open(model, EngineOptions.DEFAULT.withProvider(ExecutionProvider.CPU));
    }

    @AfterEach
    void close() {
        generator.close();
    }

    @Test
    void aPromptLongerThanThePositionLimitIsRefusedNamingItsRow() {
        List<int[]> prompts = List.of(new int[] {2, 21}, new int[] {2, 3, 4, 5, 6, 7, 8, 9, 10});

        assertThatThrownBy(() -> generator.generate(prompts, GenerationOptions.greedy(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prompt 1 has 9 tokens")
                .hasMessageContaining("at most 8 positions");
    }

    @Test
    void generationEndsWithEosWhereThePositionLimitIsReached() {
        List<int[]> prompts = List.of(new int[] {2, 19822, 21, 5, 6}, new int[] {2, 19822, 21});

        List<Generation> greedy = generator.generate(prompts, GenerationOptions.greedy(24));
        List<Generation> beams = generator.generate(prompts, GenerationOptions.beams(24, 3));

        assertThat(greedy.get(0).newIds()).hasSize(4).endsWith(2);
        assertThat(greedy.get(1).newIds()).hasSize(6).endsWith(2);
        assertThat(beams.get(0).newIds()).hasSize(4).endsWith(2);
    }

    @Test
    void idsOutsideTheVocabularyAreRefused() {
        assertThatThrownBy(
                        () ->
                                generator.generate(
                                        List.of(new int[] {2, 42384}), GenerationOptions.greedy(2)))
                .hasMessageContaining("prompt 0 has id 42384 outside the vocabulary of 42384");
    }
}
