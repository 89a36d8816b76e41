package io.litmine.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The tiny random-weight fixture as a task model directory: its decoder, the BioGPT merges, and a
 * vocabulary whose last 9 pieces are renamed to the learned prompt tokens, so a task prompt fits in
 * the fixture's 42384 rows. Outputs mean nothing; tests check plumbing. (The operators module has
 * the same helper in its tests; test classes do not cross modules.)
 */
public final class TinyTaskModel {
    private TinyTaskModel() {}

    public static Path create(Path parent) throws IOException {
        Path root = Path.of(System.getProperty("litmine.home", "..")).toAbsolutePath().normalize();
        Path model = Files.createDirectories(parent.resolve("tiny-kd-dti"));
        Files.copy(root.resolve("fixtures/biogpt-tiny/model.onnx"), model.resolve("model.onnx"));
        Files.writeString(
                model.resolve("config.json"),
                "{\"model_type\":\"biogpt\",\"vocab_size\":42384,\"hidden_size\":32,"
                        + "\"num_hidden_layers\":2,\"num_attention_heads\":4,"
                        + "\"intermediate_size\":64,\"max_position_embeddings\":512,"
                        + "\"pad_token_id\":1,\"bos_token_id\":0,\"eos_token_id\":2}");
        Files.copy(root.resolve("data/biogpt/merges.txt"), model.resolve("merges.txt"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode vocab =
                (ObjectNode) json.readTree(root.resolve("data/biogpt/vocab.json").toFile());
        List<String> last = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().asInt() >= 42375) {
                last.add(entry.getKey());
            }
        }
        for (String piece : last) {
            int id = vocab.remove(piece).asInt();
            vocab.put("learned" + (id - 42374) + "</w>", id);
        }
        Files.writeString(model.resolve("vocab.json"), json.writeValueAsString(vocab));
        return model;
    }
}
