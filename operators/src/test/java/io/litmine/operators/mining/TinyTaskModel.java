package io.litmine.operators.mining;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.generation.TinyModel;
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
 * the fixture's 42384 rows. Outputs mean nothing; tests check plumbing.
 */
public final class TinyTaskModel {
    private TinyTaskModel() {}

    public static Path create(Path parent) throws IOException {
        Path model = TinyModel.directory(parent);
        Path root = TinyModel.repoRoot();
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
