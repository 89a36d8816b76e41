package io.litmine.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JSON (de)serialisation of one topic's values, checked against the topic's JSON Schema on the way
 * in. Thread-safe and cheap to share: the mapper and the compiled schema are immutable.
 *
 * @param <T> the topic's record type
 */
public final class TopicCodec<T> {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();

    private final Topic topic;
    private final Class<T> type;
    private final JsonSchema schema;

    private TopicCodec(Topic topic, Class<T> type) {
        this.topic = topic;
        this.type = type;
        this.schema = loadSchema(topic);
    }

    /** Codec for {@code pubmed.articles}: articles and deletions. */
    public static TopicCodec<PubmedRecord> articles() {
        return new TopicCodec<>(Topic.ARTICLES, PubmedRecord.class);
    }

    /** Codec for {@code mining.alerts}. */
    public static TopicCodec<Alert> alerts() {
        return new TopicCodec<>(Topic.ALERTS, Alert.class);
    }

    /** Codec for {@code mining.deadletters}. */
    public static TopicCodec<DeadLetter> deadLetters() {
        return new TopicCodec<>(Topic.DEADLETTERS, DeadLetter.class);
    }

    /**
     * The shared mapper, configured as the topics expect (ISO instants, unknown fields kept out).
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public Topic topic() {
        return topic;
    }

    /** The value as one line of JSON, UTF-8. */
    public byte[] encode(T value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type.getSimpleName(), e);
        }
    }

    /** The value as one line of JSON text. */
    public String encodeToString(T value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type.getSimpleName(), e);
        }
    }

    /**
     * Parses and validates a payload.
     *
     * @throws InvalidRecordException naming why: not JSON, which schema rule failed, or which field
     *     could not be bound
     */
    public T decode(byte[] payload) throws InvalidRecordException {
        if (payload == null || payload.length == 0) {
            throw new InvalidRecordException("empty payload");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidRecordException("not JSON: " + e.getMessage(), e);
        }
        String problems = problems(tree);
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(
                    "does not match " + topic.defaultName() + ": " + problems);
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidRecordException(
                    "cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The schema violations of a JSON tree, joined by "; ", or "" when it is valid. */
    public String problems(JsonNode tree) {
        Set<ValidationMessage> messages = schema.validate(tree);
        return messages.stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .collect(Collectors.joining("; "));
    }

    private static JsonSchema loadSchema(Topic topic) {
        try (InputStream in = TopicCodec.class.getResourceAsStream(topic.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException(
                        "schema resource missing: " + topic.schemaResource());
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
