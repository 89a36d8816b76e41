package io.litmine.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one process) in a child JVM,
 * for the integration tests and {@code litmine demo}. Its data directory persists: a restart on the
 * same directory keeps the topics (the storage is formatted only once; Kafka refuses a second
 * format with a new cluster id, platform.md P8).
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> JVM_OPTIONS =
            List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final ChildJvm broker;
    private final int port;

    private EmbeddedKafka(ChildJvm broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    /** Starts a broker with its data under {@code dataDir}, on free ports. */
    public static EmbeddedKafka start(Path dataDir) throws IOException {
        Path classpath = ServiceClasspath.locate("kafka", "kafka-broker");
        Path dir = dataDir.toAbsolutePath();
        Files.createDirectories(dir);
        int port = ChildJvm.freePort();
        int controllerPort = ChildJvm.freePort();
        Path config = writeConfig(dir, port, controllerPort);
        formatOnce(classpath, dir, config);
        ChildJvm broker =
                ChildJvm.start(
                        "kafka",
                        classpath,
                        JVM_OPTIONS,
                        "kafka.Kafka",
                        List.of(config.toString()),
                        dir);
        try {
            broker.awaitPort(port, START_TIMEOUT);
        } catch (IOException e) {
            broker.close();
            throw e;
        }
        return new EmbeddedKafka(broker, port);
    }

    /** {@code host:port} for clients. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private static Path writeConfig(Path dir, int port, int controllerPort) throws IOException {
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.setProperty(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty(
                "listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        props.setProperty("log.dirs", dir.resolve("logs").toString());
        props.setProperty("num.partitions", "3");
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "3");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        Path config = dir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            props.store(out, "litmine embedded Kafka broker (KRaft, single node)");
        }
        return config;
    }

    private static void formatOnce(Path classpath, Path dir, Path config) throws IOException {
        if (Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        String clusterId = kafkaUuid();
        ChildJvm format =
                ChildJvm.start(
                        "kafka-format",
                        classpath,
                        List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
                        "kafka.tools.StorageTool",
                        List.of("format", "-t", clusterId, "-c", config.toString()),
                        dir);
        int status = format.awaitExit(Duration.ofSeconds(120));
        if (status != 0) {
            throw new IOException(
                    "formatting Kafka storage failed (" + status + "):\n" + format.logTail());
        }
    }

    /**
     * A cluster id as Kafka writes it: 16 random bytes, URL-safe base64 without padding. Like
     * Kafka's own {@code Uuid.randomUuid()}, never one starting with '-': the storage tool's
     * argument parser would take it for an option (it happened: 1 run in 64 failed to format).
     */
    static String kafkaUuid() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }

    @Override
    public void close() {
        broker.close();
    }
}
