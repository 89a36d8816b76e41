package io.litmine.jobs;

import io.litmine.operators.flink.RawRecord;
import io.litmine.operators.flink.RecordTypes;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps Kafka records raw, with their coordinates: decoding happens in the job, where a failure can
 * become a dead letter instead of failing the source.
 */
final class RawRecordDeserializer implements KafkaRecordDeserializationSchema<RawRecord> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawRecord> out) {
        out.collect(
                new RawRecord(
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        record.key() == null
                                ? null
                                : new String(record.key(), StandardCharsets.UTF_8),
                        record.value(),
                        record.timestamp()));
    }

    @Override
    public TypeInformation<RawRecord> getProducedType() {
        return RecordTypes.RAW_RECORD;
    }
}
