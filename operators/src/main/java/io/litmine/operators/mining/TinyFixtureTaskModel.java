package io.litmine.operators.mining;

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
 * The repository's tiny random-weight BioGPT fixture laid out as a KD-DTI model directory: its
 * decoder, the BioGPT merges and a vocabulary whose last 9 pieces are renamed to the learned prompt
 * tokens, so a task prompt fits in the fixture's 42384 rows. It exercises the whole real path; its
 * outputs are noise. The demo falls back to it when no task models exist, {@code bench pipeline}
 * runs on it, and the tests of the mining path use it.
 */
public final class TinyFixtureTaskModel {
    private static final String CONFIG =
            "{\"model_type\":\"biogpt\",\"vocab_size\":42384,\"hidden_size\":32,"
                    + "\"num_hidden_layers\":2,\"num_attention_heads\":4,"
                    + "\"intermediate_size\":64,\"max_position_embeddings\":512,"
                    + "\"pad_token_id\":1,\"bos_token_id\":0,\"eos_token_id\":2}";

    private TinyFixtureTaskModel() {}

    /** Creates (once) {@code <parent>/tiny-kd-dti} from the checkout's fixture and data files. */
    public static Path kdDti(Path home, Path parent) throws IOException {
        Path model = parent.resolve("tiny-kd-dti");
        if (Files.exists(model.resolve("vocab.json"))) {
            return model;
        }
        Files.createDirectories(model);
        Path onnx = home.resolve("fixtures/biogpt-tiny/model.onnx");
        if (!Files.exists(onnx)) {
            throw new IOException(
                    onnx + " is missing: run from a litmine checkout or pass --models");
        }
        Files.copy(onnx, model.resolve("model.onnx"));
        Files.copy(home.resolve("data/biogpt/merges.txt"), model.resolve("merges.txt"));
        Files.writeString(model.resolve("config.json"), CONFIG);
        ObjectMapper json = new ObjectMapper();
        ObjectNode vocab =
                (ObjectNode) json.readTree(home.resolve("data/biogpt/vocab.json").toFile());
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
