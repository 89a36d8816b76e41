package io.litmine.jobs;

import io.litmine.schemas.Alert;
import io.litmine.schemas.DeadLetter;
import io.litmine.schemas.TopicCodec;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** Kafka keys and values of the job's output topics, as the topics' JSON Schemas document them. */
final class TopicSerialization {
    private TopicSerialization() {}

    /** Alert value: the JSON of {@code mining.alerts}. */
    static final class AlertValue implements SerializationSchema<Alert> {
        private static final long serialVersionUID = 1L;
        private transient TopicCodec<Alert> codec;

        @Override
        public byte[] serialize(Alert alert) {
            if (codec == null) {
                codec = TopicCodec.alerts();
            }
            return codec.encode(alert);
        }
    }

    /** Alert key: the claim id, so every alert of a claim lands in one partition, in order. */
    static final class AlertKey implements SerializationSchema<Alert> {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] serialize(Alert alert) {
            return alert.claimId().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Dead-letter value: the JSON of {@code mining.deadletters}. */
    static final class DeadLetterValue implements SerializationSchema<DeadLetter> {
        private static final long serialVersionUID = 1L;
        private transient TopicCodec<DeadLetter> codec;

        @Override
        public byte[] serialize(DeadLetter letter) {
            if (codec == null) {
                codec = TopicCodec.deadLetters();
            }
            return codec.encode(letter);
        }
    }

    /** Dead-letter key: the original key (PMID), or none. */
    static final class DeadLetterKey implements SerializationSchema<DeadLetter> {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] serialize(DeadLetter letter) {
            return letter.key() == null ? null : letter.key().getBytes(StandardCharsets.UTF_8);
        }
    }
}
