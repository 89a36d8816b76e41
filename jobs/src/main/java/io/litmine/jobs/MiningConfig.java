package io.litmine.jobs;

import static org.apache.flink.configuration.ConfigOptions.key;

import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;

/**
 * Every setting of the mining job: key, type, default and description, in one place. A YAML file
 * (nested or dotted keys) and command-line overrides set them; {@link MiningOptions#from} checks
 * them. Secrets are not options: the Neo4j password comes from the environment or a file.
 */
public final class MiningConfig {
    private MiningConfig() {}

    public static final ConfigOption<String> KAFKA_BOOTSTRAP =
            key("kafka.bootstrap-servers")
                    .stringType()
                    .defaultValue("localhost:9092")
                    .withDescription("Kafka bootstrap servers, host:port[,host:port...].");
    public static final ConfigOption<String> KAFKA_GROUP =
            key("kafka.group-id")
                    .stringType()
                    .defaultValue("litmine-mining")
                    .withDescription(
                            "Consumer group; offsets are committed on checkpoints, and a new"
                                    + " group starts from the earliest offset.");
    public static final ConfigOption<String> TOPIC_ARTICLES =
            key("kafka.topics.articles")
                    .stringType()
                    .defaultValue("pubmed.articles")
                    .withDescription("Topic the articles are read from.");
    public static final ConfigOption<String> TOPIC_ALERTS =
            key("kafka.topics.alerts")
                    .stringType()
                    .defaultValue("mining.alerts")
                    .withDescription("Topic the alerts are written to.");
    public static final ConfigOption<String> TOPIC_DEADLETTERS =
            key("kafka.topics.deadletters")
                    .stringType()
                    .defaultValue("mining.deadletters")
                    .withDescription("Topic of the records that could not be processed.");
    public static final ConfigOption<Boolean> KAFKA_BOUNDED =
            key("kafka.bounded")
                    .booleanType()
                    .defaultValue(false)
                    .withDescription(
                            "Stop at the offsets that were latest when the job started (demo,"
                                    + " tests, backfills) instead of running forever.");

    public static final ConfigOption<String> NEO4J_URI =
            key("neo4j.uri")
                    .stringType()
                    .defaultValue("bolt://localhost:7687")
                    .withDescription("Bolt URI of Neo4j.");
    public static final ConfigOption<String> NEO4J_USER =
            key("neo4j.user").stringType().defaultValue("neo4j").withDescription("Neo4j user.");
    public static final ConfigOption<String> NEO4J_DATABASE =
            key("neo4j.database")
                    .stringType()
                    .defaultValue("")
                    .withDescription("Neo4j database; empty for the server's default.");
    public static final ConfigOption<String> NEO4J_PASSWORD_FILE =
            key("neo4j.password-file")
                    .stringType()
                    .noDefaultValue()
                    .withDescription(
                            "File holding the Neo4j password; without it the password comes from"
                                    + " the environment variable LITMINE_NEO4J_PASSWORD.");

    public static final ConfigOption<Integer> SINK_BATCH_SIZE =
            key("sink.batch-size")
                    .intType()
                    .defaultValue(200)
                    .withDescription("Article updates per Neo4j write transaction.");
    public static final ConfigOption<Duration> SINK_MAX_WAIT =
            key("sink.max-wait")
                    .durationType()
                    .defaultValue(Duration.ofSeconds(2))
                    .withDescription("Longest an update waits in the sink's buffer.");
    public static final ConfigOption<Integer> SINK_MAX_ATTEMPTS =
            key("sink.max-attempts")
                    .intType()
                    .defaultValue(5)
                    .withDescription(
                            "Attempts per batch on transient Neo4j errors before the job fails"
                                    + " (and restarts from its checkpoint).");
    public static final ConfigOption<Duration> SINK_BACKOFF =
            key("sink.initial-backoff")
                    .durationType()
                    .defaultValue(Duration.ofMillis(200))
                    .withDescription("Wait before the first retry; doubled on each retry.");

    public static final ConfigOption<Integer> MINING_BATCH_SIZE =
            key("mining.batch-size")
                    .intType()
                    .defaultValue(8)
                    .withDescription("Articles per model batch.");
    public static final ConfigOption<Duration> MINING_MAX_WAIT =
            key("mining.max-wait")
                    .durationType()
                    .defaultValue(Duration.ofSeconds(1))
                    .withDescription("Longest an article waits for its batch to fill.");
    public static final ConfigOption<Integer> MINING_MAX_ABSTRACT =
            key("mining.max-abstract-chars")
                    .intType()
                    .defaultValue(100_000)
                    .withDescription("Longer abstracts go to the dead-letter topic.");
    public static final ConfigOption<List<String>> MINING_TASKS =
            key("mining.tasks")
                    .stringType()
                    .asList()
                    .defaultValues("kd-dti")
                    .withDescription("Tasks to run: kd-dti, ddi, bc5cdr, hoc (';'-separated).");
    public static final ConfigOption<String> MINING_MODELS =
            key("mining.models-dir")
                    .stringType()
                    .defaultValue("models")
                    .withDescription(
                            "Folder with one model directory per task (<dir>/<task>/model.json).");
    public static final ConfigOption<List<String>> MINING_LEXICONS =
            key("mining.lexicons")
                    .stringType()
                    .asList()
                    .defaultValues()
                    .withDescription(
                            "Lexicon files (name<TAB>identifier) mapping entity names to keys.");

    public static final ConfigOption<Integer> CORROBORATION =
            key("alerts.corroboration-threshold")
                    .intType()
                    .defaultValue(3)
                    .withDescription(
                            "Distinct articles at which a drug-target claim is CORROBORATED.");

    public static final ConfigOption<Integer> PARALLELISM =
            key("job.parallelism").intType().defaultValue(1).withDescription("Job parallelism.");
    public static final ConfigOption<Duration> CHECKPOINT_INTERVAL =
            key("job.checkpoint-interval")
                    .durationType()
                    .defaultValue(Duration.ofSeconds(10))
                    .withDescription(
                            "Checkpoint interval. Alerts leave after the checkpoint that covers"
                                    + " their graph write, so this bounds alert latency.");

    /** Every option, for validation and the reference in docs/job.md. */
    public static final List<ConfigOption<?>> ALL =
            List.of(
                    KAFKA_BOOTSTRAP,
                    KAFKA_GROUP,
                    TOPIC_ARTICLES,
                    TOPIC_ALERTS,
                    TOPIC_DEADLETTERS,
                    KAFKA_BOUNDED,
                    NEO4J_URI,
                    NEO4J_USER,
                    NEO4J_DATABASE,
                    NEO4J_PASSWORD_FILE,
                    SINK_BATCH_SIZE,
                    SINK_MAX_WAIT,
                    SINK_MAX_ATTEMPTS,
                    SINK_BACKOFF,
                    MINING_BATCH_SIZE,
                    MINING_MAX_WAIT,
                    MINING_MAX_ABSTRACT,
                    MINING_TASKS,
                    MINING_MODELS,
                    MINING_LEXICONS,
                    CORROBORATION,
                    PARALLELISM,
                    CHECKPOINT_INTERVAL);
}
