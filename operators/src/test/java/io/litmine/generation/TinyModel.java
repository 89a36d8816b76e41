package io.litmine.generation;

import io.litmine.testsupport.Checkout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tiny random-weight BioGPT of {@code fixtures/biogpt-tiny} as a model directory: its {@code
 * model.onnx} next to a Hugging Face {@code config.json} with the fixture's dims (vocab 42384,
 * hidden 32, 2 layers, 4 heads, 512 positions; fixtures/README.md).
 */
public final class TinyModel {

    private TinyModel() {}

    /** The repository root, found by walking up to the folder that holds {@code data/biogpt}. */
    public static Path repoRoot() {
        return Checkout.root();
    }

    public static Path fixture(String name) {
        return repoRoot().resolve("fixtures/biogpt-tiny").resolve(name);
    }

    /** A fresh folder with the fixture decoder and a config.json of the given dims. */
    public static Path directory(Path parent, int heads, int layers, int maxPositions) {
        try {
            Path dir =
                    Files.createDirectories(
                            parent.resolve("tiny-" + heads + "-" + layers + "-" + maxPositions));
            Files.copy(fixture("model.onnx"), dir.resolve("model.onnx"));
            Files.writeString(dir.resolve("config.json"), config(heads, layers, maxPositions));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's real dims. */
    public static Path directory(Path parent) {
        return directory(parent, 4, 2, 512);
    }

    private static String config(int heads, int layers, int maxPositions) {
        return "{\"model_type\": \"biogpt\", \"vocab_size\": 42384, \"hidden_size\": 32,"
                + " \"num_hidden_layers\": "
                + layers
                + ", \"num_attention_heads\": "
                + heads
                + ","
                + " \"intermediate_size\": 64, \"max_position_embeddings\": "
                + maxPositions
                + ","
                + " \"pad_token_id\": 1, \"bos_token_id\": 0, \"eos_token_id\": 2}";
    }
}
