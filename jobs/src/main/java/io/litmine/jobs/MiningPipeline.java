package io.litmine.jobs;

import io.litmine.operators.flink.Neo4jWriteOperator;
import io.litmine.operators.graph.AlertRules;
import io.litmine.operators.mining.ClaimAssembler;
import io.litmine.operators.mining.EntityNormaliser;
import io.litmine.operators.mining.MinerFactory;
import io.litmine.schemas.Alert;
import java.io.IOException;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Wires the real connectors (Kafka in and out, Neo4j) into {@link MiningJob} and configures the
 * environment: parallelism and checkpointing from the options. Used by {@code litmine run}, {@code
 * litmine demo} and {@code flink run}.
 */
public final class MiningPipeline {
    public static final String JOB_NAME = "litmine-mining";

    private MiningPipeline() {}

    /**
     * A few restarts with a delay, then the job fails: bad records are isolated before they can
     * fail the job, so a failure that repeats is an outage (Neo4j down), not data, and should
     * surface instead of looping forever.
     */
    private static Configuration restartStrategy() {
        Configuration config = new Configuration();
        config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 5);
        config.set(
                RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(5));
        return config;
    }

    public static void addTo(
            StreamExecutionEnvironment env, MiningOptions options, MinerFactory miner)
            throws IOException {
        addTo(env, options, miner, UnaryOperator.identity());
    }

    /**
     * As {@link #addTo(StreamExecutionEnvironment, MiningOptions, MinerFactory)}, with the alert
     * sink wrapped: tests inject a failure between the graph write and the checkpoint there.
     */
    static void addTo(
            StreamExecutionEnvironment env,
            MiningOptions options,
            MinerFactory miner,
            UnaryOperator<Sink<Alert>> alertSinkWrapper)
            throws IOException {
        env.setParallelism(options.parallelism());
        env.enableCheckpointing(options.checkpointInterval().toMillis());
        env.configure(restartStrategy());
        Neo4jWriteOperator graphWriter =
                new Neo4jWriteOperator(
                        options.neo4j(),
                        options.sink(),
                        new AlertRules(options.corroborationThreshold()));
        EntityNormaliser normaliser =
                options.mining().lexicons().isEmpty()
                        ? EntityNormaliser.plain()
                        : EntityNormaliser.withLexicons(options.mining().lexicons());
        new MiningJob(
                        KafkaConnectors.articles(options.kafka()),
                        graphWriter,
                        alertSinkWrapper.apply(KafkaConnectors.alerts(options.kafka())),
                        KafkaConnectors.deadLetters(options.kafka()),
                        miner,
                        new ClaimAssembler(normaliser),
                        options.mining())
                .addTo(env);
    }
}
