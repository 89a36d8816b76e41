package io.litmine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.testsupport.Checkout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repository's bundled data and reference fixtures, found from any module directory. */
final class TestData {

    static final ObjectMapper JSON = new ObjectMapper();

    private TestData() {}

    /** The repository root: the first directory upwards that holds {@code data/biogpt}. */
    static Path root() {
        return Checkout.root();
    }

    static Path biogpt(String file) {
        return root().resolve("data/biogpt").resolve(file);
    }

    static Path taskFixture(String file) {
        return root().resolve("fixtures/tasks").resolve(file);
    }

    /** The staged test file of a task. */
    static Path testFile(String task) {
        return biogpt(task.equals("hoc") ? "hoc_test.tsv" : task + "_test.json");
    }

    static List<JsonNode> jsonLines(Path file) {
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
