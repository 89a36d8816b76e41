package io.litmine.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.testsupport.Checkout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The repository's data and fixtures, found by walking up from the working directory. */
final class RepoData {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<TokenizerMode, BioGptTokenizer> TOKENIZERS = new ConcurrentHashMap<>();

    private RepoData() {}

    static Path root() {
        return Checkout.root();
    }

    static Path biogptDir() {
        return root().resolve("data/biogpt");
    }

    /** One shared tokenizer per mode over data/biogpt, as a TaskManager would share it. */
    static BioGptTokenizer tokenizer(TokenizerMode mode) {
        return TOKENIZERS.computeIfAbsent(
                mode,
                m -> {
                    try {
                        return BioGptTokenizer.load(biogptDir(), m);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    static List<JsonNode> jsonLines(Path file) {
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
