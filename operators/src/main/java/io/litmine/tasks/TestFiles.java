package io.litmine.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Reading the staged BioGPT test files, with errors that name the file and the record. */
final class TestFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestFiles() {}

    /** A {@code {id: {...}, ...}} test file, in file order. */
    static JsonNode readDocuments(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected a JSON object of documents keyed by id");
        }
        return root;
    }

    /** A text field of a document; {@code ""} when absent and {@code optional}. */
    static String text(Path file, String id, JsonNode doc, String field, boolean optional)
            throws IOException {
        JsonNode value = doc.get(field);
        if (value == null || value.isNull()) {
            if (optional) {
                return "";
            }
            throw new IOException(file + ": document " + id + " has no '" + field + "'");
        }
        if (!value.isTextual()) {
            throw new IOException(file + ": document " + id + ": '" + field + "' is not a string");
        }
        return value.asText();
    }

    /**
     * The gold list of a document; null for a null or empty list, a document {@code
     * rebuild_data.py} skips, so it is neither in the official pmid list nor evaluated.
     */
    static JsonNode goldList(Path file, String id, JsonNode doc, String field) throws IOException {
        JsonNode value = doc.get(field);
        if (value == null) {
            throw new IOException(
                    file
                            + ": document "
                            + id
                            + " has no '"
                            + field
                            + "' (is it the test file of another task?)");
        }
        if (value.isNull() || (value.isArray() && value.isEmpty())) {
            return null;
        }
        if (!value.isArray()) {
            throw new IOException(file + ": document " + id + ": '" + field + "' is not a list");
        }
        return value;
    }
}
