package io.litmine.ingest;

import io.litmine.schemas.InvalidRecordException;
import io.litmine.schemas.TopicCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic back, from the beginning to the end offsets it had when reading started: for
 * the demo's report and for tests that check what ingestion published. Not a streaming consumer
 * (the Flink job is).
 */
public final class TopicReader {
    private TopicReader() {}

    /** A decoded record with its Kafka coordinates. */
    public record Keyed<T>(String key, int partition, long offset, T value) {}

    public static <T> List<Keyed<T>> readAll(
            String bootstrapServers, String topic, TopicCodec<T> codec, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Keyed<T>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            Set<TopicPartition> partitions =
                    consumer.partitionsFor(topic, timeout).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .collect(Collectors.toSet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record :
                        consumer.poll(Duration.ofMillis(200))) {
                    out.add(decode(codec, record));
                }
            }
            if (!reachedEnd(consumer, end)) {
                throw new IngestException(
                        "reading " + topic + " back did not reach its end within " + timeout);
            }
        }
        return out;
    }

    private static boolean reachedEnd(
            KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static <T> Keyed<T> decode(TopicCodec<T> codec, ConsumerRecord<String, byte[]> r) {
        try {
            return new Keyed<>(r.key(), r.partition(), r.offset(), codec.decode(r.value()));
        } catch (InvalidRecordException e) {
            throw new IngestException(
                    r.topic() + "-" + r.partition() + "@" + r.offset() + ": " + e.getMessage(), e);
        }
    }
}
