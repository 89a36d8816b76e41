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
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a topic when it is missing, so a first run works on a fresh broker without relying on
 * broker-side auto-creation (often disabled in production, and it would pick one partition).
 */
public final class TopicAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);
    private static final long TIMEOUT_SECONDS = 60;

    private TopicAdmin() {}

    /** Makes sure {@code topic} exists; fails with the broker's reason when it cannot. */
    public static void ensureTopic(String bootstrapServers, String topic, int partitions) {
        Map<String, Object> config =
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        (int) (TIMEOUT_SECONDS * 1000));
        try (Admin admin = Admin.create(config)) {
            Set<String> existing =
                    admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (existing.contains(topic)) {
                return;
            }
            admin.createTopics(
                            List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty())))
                    .all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.info("created topic {} with {} partitions", topic, partitions);
        } catch (ExecutionException e) {
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
            throw new IngestException(
                    "no Kafka broker answered at "
                            + bootstrapServers
                            + " within "
                            + TIMEOUT_SECONDS
                            + " s",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while checking topic " + topic, e);
        }
    }
}
