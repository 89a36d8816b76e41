package io.litmine.ingest;

import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.TopicCodec;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes records keyed by PMID with an idempotent producer (acks=all): a retried send cannot
 * duplicate or reorder a record within its partition, so all versions of an article arrive in the
 * order the files were given.
 */
public final class KafkaRecordSink implements RecordSink {
    private final Producer<String, byte[]> producer;
    private final String topic;
    private final TopicCodec<PubmedRecord> codec = TopicCodec.articles();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    /** A sink for records up to {@link TopicAdmin#DEFAULT_MAX_RECORD_BYTES}. */
    public KafkaRecordSink(String bootstrapServers, String topic) {
        this(bootstrapServers, topic, TopicAdmin.DEFAULT_MAX_RECORD_BYTES);
    }

    /**
     * A sink for records up to {@code maxRecordBytes} (the producer's {@code max.request.size}; the
     * topic must accept them too, see {@link TopicAdmin}).
     */
    public KafkaRecordSink(String bootstrapServers, String topic, int maxRecordBytes) {
        this(new KafkaProducer<>(config(bootstrapServers, maxRecordBytes)), topic);
    }

    KafkaRecordSink(Producer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    static Properties config(String bootstrapServers, int maxRecordBytes) {
        Properties props = new Properties();
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRecordBytes);
        // the whole record must fit in the producer's buffer (32 MiB by default) with room to spare
        props.put(
                ProducerConfig.BUFFER_MEMORY_CONFIG,
                Math.max(32L * 1024 * 1024, 2L * maxRecordBytes));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "litmine-ingest");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    @Override
    public void send(PubmedRecord record) {
        rethrowFailure();
        producer.send(
                new ProducerRecord<>(topic, record.pmid(), codec.encode(record)),
                (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    }
                });
    }

    @Override
    public void flush() {
        producer.flush();
        rethrowFailure();
    }

    private void rethrowFailure() {
        Exception error = failure.get();
        if (error != null) {
            throw new IngestException(
                    "publishing to " + topic + " failed: " + error.getMessage(), error);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
