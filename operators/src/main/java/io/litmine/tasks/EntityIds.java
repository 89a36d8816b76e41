package io.litmine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The name → MeSH id maps the official BC5CDR post-processing looks predicted names up in ({@code
 * test.entities.json}: {@code {chemical2id, disease2id}}). The lookup is exact and case-sensitive,
 * and a miss gives {@code "-1"}, which the evaluation counts as a wrong pair. There is no such map
 * for new articles; it exists to reproduce the published evaluation.
 */
public record EntityIds(Map<String, String> chemicalIds, Map<String, String> diseaseIds) {

    /** What the official script writes for a name missing from the map. */
    public static final String MISSING = "-1";

    public EntityIds {
        chemicalIds = Map.copyOf(chemicalIds);
        diseaseIds = Map.copyOf(diseaseIds);
    }

    /** Reads a {@code {chemical2id, disease2id}} file such as {@code bc5cdr_test.entities.json}. */
    public static EntityIds read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null
                || !root.path("chemical2id").isObject()
                || !root.path("disease2id").isObject()) {
            throw new IOException(file + ": expected an object with chemical2id and disease2id");
        }
        Builder builder = new Builder();
        builder.addAll(root);
        return builder.build();
    }

    /** The ids of a parsed pair, {@code "-1"} for a name the map lacks. */
    public MeshIdPair lookup(ChemicalDiseasePair pair) {
        return new MeshIdPair(
                chemicalIds.getOrDefault(pair.chemical(), MISSING),
                diseaseIds.getOrDefault(pair.disease(), MISSING));
    }

    /** One looked-up pair. */
    public record MeshIdPair(String chemicalId, String diseaseId) {}

    /**
     * Unions per-document maps in order, the last value winning, which is how the official
     * test-wide map was made from the documents of {@code test.json}.
     */
    static final class Builder {
        private final Map<String, String> chemicals = new HashMap<>();
        private final Map<String, String> diseases = new HashMap<>();

        /** Adds the {@code chemical2id} and {@code disease2id} objects of {@code node}. */
        void addAll(JsonNode node) {
            putAll(node.path("chemical2id"), chemicals);
            putAll(node.path("disease2id"), diseases);
        }

        private static void putAll(JsonNode object, Map<String, String> target) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                target.put(e.getKey(), e.getValue().asText());
            }
        }

        EntityIds build() {
            return new EntityIds(chemicals, diseases);
        }
    }
}
