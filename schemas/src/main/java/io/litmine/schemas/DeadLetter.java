package io.litmine.schemas;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A value on the {@code mining.deadletters} topic: a record litmine could not process, with where
 * it came from and why, so that nothing is silently lost and an operator can replay it.
 *
 * @param topic the topic the record was read from
 * @param partition its partition, or -1 when it did not come from Kafka
 * @param offset its offset, or -1
 * @param key the original key (PMID), or null
 * @param reason why it was rejected, naming the field or stage that failed
 * @param payload the original payload as text, cut to {@link #MAX_PAYLOAD_CHARS}
 * @param payloadTruncated whether the payload was cut
 * @param time when it was rejected
 */
@JsonPropertyOrder({
    "topic",
    "partition",
    "offset",
    "key",
    "reason",
    "payload",
    "payloadTruncated",
    "time"
})
public record DeadLetter(
        String topic,
        int partition,
        long offset,
        String key,
        String reason,
        String payload,
        boolean payloadTruncated,
        Instant time)
        implements Serializable {

    /** Longest payload kept, in chars: enough to recognise a record, small enough for Kafka. */
    public static final int MAX_PAYLOAD_CHARS = 16_384;

    public DeadLetter {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(time, "time");
    }

    /** A dead letter for raw bytes, decoding them leniently and cutting the payload if needed. */
    public static DeadLetter of(
            String topic,
            int partition,
            long offset,
            String key,
            String reason,
            byte[] raw,
            Instant time) {
        String text = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        boolean cut = text.length() > MAX_PAYLOAD_CHARS;
        return new DeadLetter(
                topic,
                partition,
                offset,
                key,
                reason,
                cut ? text.substring(0, MAX_PAYLOAD_CHARS) : text,
                cut,
                time);
    }

    /**
     * What identifies this rejection across replays: the source, its coordinates, the key and the
     * reason, but not the time. The dead-letter sink is at-least-once, so a job restarted from a
     * checkpoint rejects the records after it again; consumers count distinct keys.
     */
    public String rejectionKey() {
        return String.join("\u0000", topic, partition + ":" + offset, String.valueOf(key), reason);
    }
}
