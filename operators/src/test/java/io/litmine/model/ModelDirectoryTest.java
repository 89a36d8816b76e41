package io.litmine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.generation.TinyModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDirectoryTest {

    @TempDir Path temp;

    @Test
    void readsDimsAndSpecialIdsFromHuggingFaceConfig() {
        ModelDirectory model = ModelDirectory.load(TinyModel.directory(temp));

        assertThat(model.manifest().dims()).isEqualTo(new ModelDims(42384, 32, 2, 4, 512));
        assertThat(model.manifest().dims().headDim()).isEqualTo(8);
        assertThat(model.manifest().specialIds()).isEqualTo(new SpecialIds(0, 1, 2, 3));
        assertThat(model.decoder().getFileName()).hasToString("model.onnx");
        assertThat(model.vocabJson()).isEmpty();
    }

    @Test
    void readsTheManifestBeforeTheConfigAndFindsTheNamedDecoder() throws IOException {
        Path dir = TinyModel.directory(temp);
        Files.move(dir.resolve("model.onnx"), dir.resolve("decoder.onnx"));
        Files.copy(
                TinyModel.repoRoot().resolve("data/biogpt/vocab.json"), dir.resolve("vocab.json"));
        Files.writeString(dir.resolve("model.json"), manifest("decoder.onnx", 4));

        ModelManifest manifest = ModelDirectory.load(dir).manifest();

        assertThat(manifest.task()).isEqualTo("kd-dti");
        assertThat(manifest.learnedPromptIds()).containsExactly(42384 - 9, 42384 - 8);
        assertThat(manifest.maxSourceTokens()).isEqualTo(400);
        assertThat(manifest.decoding()).isEqualTo(new DecodingSettings(1, 1.0, 64));
        assertThat(manifest.labels()).containsExactly("inhibitor", "agonist");
        assertThat(manifest.provenance().exporter()).isEqualTo("litmine-export 0.1");
        assertThat(ModelDirectory.load(dir).vocabJson()).isPresent();
    }

    @Test
    void namesTheFolderWhenItHasNoDescription() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> ModelDirectory.load(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("neither model.json nor config.json");
    }

    @Test
    void namesTheManifestAndTheReasonWhenItIsInvalid() throws IOException {
        Path dir = TinyModel.directory(temp);
        Files.writeString(dir.resolve("model.json"), manifest("model.onnx", 5));

        assertThatThrownBy(() -> ModelDirectory.load(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("model.json")
                .hasMessageContaining("hidden 32 is not a multiple of heads 5");
    }

    @Test
    void namesTheMissingDecoder() throws IOException {
        Path dir = TinyModel.directory(temp);
        Files.delete(dir.resolve("model.onnx"));

        assertThatThrownBy(() -> ModelDirectory.load(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("has no decoder")
                .hasMessageContaining("decoder.onnx, model.onnx");
    }

    private static String manifest(String decoder, int heads) {
        return """
                {"task": "kd-dti", "format": "decoder-with-past", "decoder": "%s",
                 "dims": {"vocab_size": 42384, "hidden": 32, "layers": 2, "heads": %d,
                          "max_positions": 512},
                 "special_ids": {"bos": 0, "pad": 1, "eos": 2, "unk": 3},
                 "learned_prompt_ids": [42375, 42376], "max_source_tokens": 400,
                 "decoding": {"num_beams": 1, "length_penalty": 1.0, "max_new_tokens": 64},
                 "labels": ["inhibitor", "agonist"],
                 "provenance": {"exported_from": "random", "exporter": "litmine-export 0.1",
                                "weights_sha256": "00"}}
                """
                .formatted(decoder, heads);
    }
}
