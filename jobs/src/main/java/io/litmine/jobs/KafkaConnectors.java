package io.litmine.jobs;

import io.litmine.operators.flink.RawRecord;
import io.litmine.schemas.Alert;
import io.litmine.schemas.DeadLetter;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** The job's real Kafka source and sinks, built from {@link MiningOptions.KafkaOptions}. */
public final class KafkaConnectors {
    private KafkaConnectors() {}

    /**
     * Reads the articles topic from the group's committed offsets (the earliest for a new group);
     * bounded to the offsets that are latest at start when configured.
     */
    @SuppressWarnings("deprecation")
    public static KafkaSource<RawRecord> articles(MiningOptions.KafkaOptions kafka) {
        KafkaSourceBuilder<RawRecord> builder =
                KafkaSource.<RawRecord>builder()
                        .setBootstrapServers(kafka.bootstrapServers())
                        .setTopics(kafka.articlesTopic())
                        .setGroupId(kafka.groupId())
                        .setStartingOffsets(
                                OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                        .setDeserializer(new RawRecordDeserializer());
        if (kafka.bounded()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    public static KafkaSink<Alert> alerts(MiningOptions.KafkaOptions kafka) {
        return KafkaSink.<Alert>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer(
                        KafkaRecordSerializationSchema.<Alert>builder()
                                .setTopic(kafka.alertsTopic())
                                .setKeySerializationSchema(new TopicSerialization.AlertKey())
                                .setValueSerializationSchema(new TopicSerialization.AlertValue())
                                .build())
                .build();
    }

    public static KafkaSink<DeadLetter> deadLetters(MiningOptions.KafkaOptions kafka) {
        return KafkaSink.<DeadLetter>builder()
                .setBootstrapServers(kafka.bootstrapServers())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer(
                        KafkaRecordSerializationSchema.<DeadLetter>builder()
                                .setTopic(kafka.deadLettersTopic())
                                .setKeySerializationSchema(new TopicSerialization.DeadLetterKey())
                                .setValueSerializationSchema(
                                        new TopicSerialization.DeadLetterValue())
                                .build())
                .build();
    }
}
