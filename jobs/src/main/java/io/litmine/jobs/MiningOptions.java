package io.litmine.jobs;

import static io.litmine.jobs.MiningConfig.*;

import io.litmine.operators.flink.SinkBatchOptions;
import io.litmine.operators.graph.Neo4jConnection;
import io.litmine.tasks.Tasks;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;

/**
 * The mining job's settings, checked: an immutable value built once from a {@link Configuration}
 * (YAML file plus overrides, see {@link MiningConfig}) and the environment. {@link #toString()}
 * shows everything but the password.
 */
public record MiningOptions(
        KafkaOptions kafka,
        Neo4jConnection neo4j,
        SinkBatchOptions sink,
        MinerOptions mining,
        int corroborationThreshold,
        int parallelism,
        Duration checkpointInterval)
        implements Serializable {

    /** Environment variable holding the Neo4j password. */
    public static final String PASSWORD_ENV = "LITMINE_NEO4J_PASSWORD";

    /** Kafka side of the job. */
    public record KafkaOptions(
            String bootstrapServers,
            String groupId,
            String articlesTopic,
            String alertsTopic,
            String deadLettersTopic,
            boolean bounded)
            implements Serializable {}

    /** The model side: batching, input limits, tasks and where their models are. */
    public record MinerOptions(
            int batchSize,
            Duration maxWait,
            int maxAbstractChars,
            List<String> tasks,
            Path modelsDir,
            List<Path> lexicons)
            implements Serializable {
        public MinerOptions {
            tasks = List.copyOf(tasks);
            lexicons = List.copyOf(lexicons);
        }
    }

    public MiningOptions {
        positive("mining.batch-size", mining.batchSize());
        positive("mining.max-abstract-chars", mining.maxAbstractChars());
        positive("job.parallelism", parallelism);
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException(
                    "job.checkpoint-interval must be positive (alerts leave on checkpoints), got "
                            + checkpointInterval);
        }
        mining.tasks().forEach(Tasks::byName);
    }

    /** Options from a configuration; the password from {@code env} or the password file. */
    public static MiningOptions from(Configuration config, Map<String, String> env)
            throws IOException {
        return new MiningOptions(
                new KafkaOptions(
                        config.get(KAFKA_BOOTSTRAP),
                        config.get(KAFKA_GROUP),
                        config.get(TOPIC_ARTICLES),
                        config.get(TOPIC_ALERTS),
                        config.get(TOPIC_DEADLETTERS),
                        config.get(KAFKA_BOUNDED)),
                new Neo4jConnection(
                        config.get(NEO4J_URI),
                        config.get(NEO4J_USER),
                        password(config, env),
                        config.get(NEO4J_DATABASE)),
                new SinkBatchOptions(
                        config.get(SINK_BATCH_SIZE),
                        config.get(SINK_MAX_WAIT),
                        config.get(SINK_MAX_ATTEMPTS),
                        config.get(SINK_BACKOFF)),
                new MinerOptions(
                        config.get(MINING_BATCH_SIZE),
                        config.get(MINING_MAX_WAIT),
                        config.get(MINING_MAX_ABSTRACT),
                        config.get(MINING_TASKS),
                        Path.of(config.get(MINING_MODELS)),
                        config.get(MINING_LEXICONS).stream().map(Path::of).toList()),
                config.get(CORROBORATION),
                config.get(PARALLELISM),
                config.get(CHECKPOINT_INTERVAL));
    }

    private static String password(Configuration config, Map<String, String> env)
            throws IOException {
        String file = config.get(NEO4J_PASSWORD_FILE);
        if (file != null) {
            return Files.readString(Path.of(file)).strip();
        }
        String fromEnv = env.get(PASSWORD_ENV);
        if (fromEnv == null || fromEnv.isBlank()) {
            throw new IllegalArgumentException(
                    "no Neo4j password: set "
                            + PASSWORD_ENV
                            + " or neo4j.password-file in the configuration");
        }
        return fromEnv;
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be >= 1, got " + value);
        }
    }
}
