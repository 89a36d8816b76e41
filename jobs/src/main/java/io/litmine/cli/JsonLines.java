package io.litmine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON-lines input and output for the commands that read records line by line. A bad line is
 * reported on stderr by line number and reason and skipped, so one broken record does not cost the
 * rest of the file. Output escapes non-ASCII characters, so it survives any terminal or platform
 * charset unchanged (as Python's {@code json.dumps} does by default).
 */
final class JsonLines {

    static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** One record: its 1-based line number and the parsed object. */
    record Line(int number, ObjectNode object) {

        /** A string field; a missing or non-string value makes the line bad. */
        String text(String field) throws BadLine {
            JsonNode value = object.get(field);
            if (value == null) {
                throw new BadLine("no '" + field + "' field");
            }
            if (!value.isTextual()) {
                throw new BadLine("'" + field + "' is not a string");
            }
            return value.asText();
        }
    }

    /** Why a line was rejected; the message becomes "line N: message". */
    static final class BadLine extends Exception {
        BadLine(String message) {
            super(message);
        }
    }

    /** What to do with each good line. */
    @FunctionalInterface
    interface LineHandler {
        void accept(Line line) throws BadLine;
    }

    private final PrintWriter err;
    private final String command;
    private int accepted;
    private int rejected;

    JsonLines(String command, PrintWriter err) {
        this.command = command;
        this.err = err;
    }

    /** Feeds every non-blank line of {@code in} that is a JSON object to {@code handler}. */
    void forEach(BufferedReader in, LineHandler handler) throws IOException {
        int number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                handler.accept(new Line(number, parseObject(text)));
                accepted++;
            } catch (BadLine e) {
                rejected++;
                err.println(command + ": line " + number + ": " + e.getMessage());
            }
        }
        err.flush();
    }

    private static ObjectNode parseObject(String text) throws BadLine {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadLine("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        return (ObjectNode) node;
    }

    int accepted() {
        return accepted;
    }

    int rejected() {
        return rejected;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
