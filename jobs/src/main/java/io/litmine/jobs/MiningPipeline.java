package io.litmine.jobs;

import io.litmine.operators.flink.Neo4jWriteOperator;
import io.litmine.operators.graph.AlertRules;
import io.litmine.operators.mining.ClaimAssembler;
import io.litmine.operators.mining.EntityNormaliser;
import io.litmine.operators.mining.MinerFactory;
import java.io.IOException;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Wires the real connectors (Kafka in and out, Neo4j) into {@link MiningJob} and configures the
 * environment: parallelism and checkpointing from the options. Used by {@code litmine run}, {@code
 * litmine demo} and {@code flink run}.
 */
public final class MiningPipeline {
    public static final String JOB_NAME = "litmine-mining";

    private MiningPipeline() {}

    public static void addTo(
            StreamExecutionEnvironment env, MiningOptions options, MinerFactory miner)
            throws IOException {
        env.setParallelism(options.parallelism());
        env.enableCheckpointing(options.checkpointInterval().toMillis());
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
                        KafkaConnectors.alerts(options.kafka()),
                        KafkaConnectors.deadLetters(options.kafka()),
                        miner,
                        new ClaimAssembler(normaliser),
                        options.mining())
                .addTo(env);
    }
}
