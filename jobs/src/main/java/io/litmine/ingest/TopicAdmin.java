package io.litmine.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a topic when it is missing, so a first run works on a fresh broker without relying on
 * broker-side auto-creation (often disabled in production, and it would pick one partition).
 */
public final class TopicAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    /**
     * The largest record litmine topics accept by default, 16 MiB: PubMed has abstracts far over
     * Kafka's 1 MB default, and the job must see them to dead-letter them with a reason instead of
     * the producer refusing them unseen.
     */
    public static final int DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private TopicAdmin() {}

    /** {@link #ensureTopic(String, String, int, long, int)} with records up to 16 MiB. */
    public static void ensureTopic(
            String bootstrapServers, String topic, int partitions, long timeoutSeconds) {
        ensureTopic(bootstrapServers, topic, partitions, timeoutSeconds, DEFAULT_MAX_RECORD_BYTES);
    }

    /**
     * Makes sure {@code topic} exists, creating it with {@code max.message.bytes} = {@code
     * maxRecordBytes}; fails with the broker's reason when it cannot, or after {@code
     * timeoutSeconds} when no broker answers. An existing topic is left as it is (its limit is the
     * operator's to change).
     */
    public static void ensureTopic(
            String bootstrapServers,
            String topic,
            int partitions,
            long timeoutSeconds,
            int maxRecordBytes) {
        Map<String, Object> config =
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        (int) (timeoutSeconds * 1000),
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        (int) Math.min(30_000, timeoutSeconds * 1000));
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(timeoutSeconds, TimeUnit.SECONDS);
            if (existing.contains(topic)) {
                return;
            }
            NewTopic newTopic =
                    new NewTopic(topic, Optional.of(partitions), Optional.empty())
                            .configs(
                                    Map.of(
                                            TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                                            String.valueOf(maxRecordBytes)));
            admin.createTopics(List.of(newTopic)).all().get(timeoutSeconds, TimeUnit.SECONDS);
            LOG.info(
                    "created topic {} with {} partitions, records up to {} bytes",
                    topic,
                    partitions,
                    maxRecordBytes);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw noBroker(bootstrapServers, timeoutSeconds, e);
            }
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IngestException(
                        "cannot create topic "
                                + topic
                                + " at "
                                + bootstrapServers
                                + ": "
                                + e.getCause(),
                        e);
            }
        } catch (TimeoutException e) {
            throw noBroker(bootstrapServers, timeoutSeconds, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while checking topic " + topic, e);
        }
    }

    private static IngestException noBroker(String servers, long timeoutSeconds, Exception e) {
        return new IngestException(
                "no Kafka broker answered at " + servers + " within " + timeoutSeconds + " s", e);
    }
}
