package io.litmine.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** {@code fixtures/biogpt-tiny/goldens.json}: what Hugging Face's generate produced. */
final class TinyGoldens {

    private final JsonNode root;

    private TinyGoldens(JsonNode root) {
        this.root = root;
    }

    static TinyGoldens load() {
        try {
            return new TinyGoldens(
                    new ObjectMapper().readTree(TinyModel.fixture("goldens.json").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        root.get("cases").forEach(cases::add);
        return cases;
    }

    JsonNode batched() {
        return root.get("batched_left_padded");
    }

    int maxNewTokens() {
        return root.get("generation").get("max_new_tokens").asInt();
    }

    static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    static List<Integer> intList(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }
}
