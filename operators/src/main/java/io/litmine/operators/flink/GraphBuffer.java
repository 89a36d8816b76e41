package io.litmine.operators.flink;

import io.litmine.operators.graph.AlertRules;
import io.litmine.operators.graph.ArticleUpdate;
import io.litmine.operators.graph.BatchRetrier;
import io.litmine.operators.graph.GraphWriter;
import io.litmine.operators.graph.Neo4jConnection;
import io.litmine.operators.graph.WriteResult;
import io.litmine.schemas.Alert;
import io.litmine.schemas.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * The write path shared by the Neo4j sink and the write operator: owns one driver, buffers updates,
 * writes a batch through the retrying, bad-row-isolating {@link BatchRetrier}, and turns the result
 * into alerts and dead letters. Not thread-safe: Flink calls it from the task thread.
 */
final class GraphBuffer implements AutoCloseable {
    /** The topic field of dead letters for rows the graph refused (they are not Kafka records). */
    static final String GRAPH_STAGE = "neo4j";

    private final SinkBatchOptions options;
    private final Driver driver;
    private final GraphWriter graph;
    private final BatchRetrier<ArticleUpdate, WriteResult> retrier;
    private List<ArticleUpdate> buffer = new ArrayList<>();

    GraphBuffer(Neo4jConnection connection, SinkBatchOptions options, AlertRules alertRules) {
        this.options = options;
        this.driver = connection.openDriver();
        this.graph = new GraphWriter(driver, connection.database(), alertRules);
        this.retrier =
                new BatchRetrier<>(
                        graph::write,
                        GraphBuffer::isTransient,
                        options.maxAttempts(),
                        options.initialBackoff(),
                        d -> Thread.sleep(d.toMillis()));
        graph.createConstraints();
    }

    /** Buffers an update; true when the buffer is full and should be flushed. */
    boolean add(ArticleUpdate update) {
        buffer.add(update);
        return buffer.size() >= options.batchSize();
    }

    boolean isEmpty() {
        return buffer.isEmpty();
    }

    /** Writes what is buffered; the alerts and dead letters it produced. */
    GraphOutcome flush() throws InterruptedException {
        if (buffer.isEmpty()) {
            return new GraphOutcome(List.of(), List.of());
        }
        List<ArticleUpdate> batch = buffer;
        buffer = new ArrayList<>();
        BatchRetrier.Outcome<ArticleUpdate, WriteResult> outcome = retrier.run(batch);
        Instant now = Instant.now();
        List<Alert> alerts = new ArrayList<>();
        for (WriteResult result : outcome.results()) {
            alerts.addAll(result.alerts());
        }
        List<DeadLetter> deadLetters = new ArrayList<>();
        for (BatchRetrier.Rejected<ArticleUpdate> rejected : outcome.rejected()) {
            deadLetters.add(
                    DeadLetter.of(
                            GRAPH_STAGE,
                            -1,
                            -1,
                            rejected.row().pmid(),
                            "graph write refused: " + rejected.reason(),
                            String.valueOf(rejected.row()).getBytes(StandardCharsets.UTF_8),
                            now));
        }
        return new GraphOutcome(alerts, deadLetters);
    }

    /** Marks alerts sent in the graph's outbox: Kafka holds them, a replay need not resend them. */
    void markAlertsSent(List<String> alertIds) {
        graph.markAlertsSent(alertIds);
    }

    static boolean isTransient(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof RetryableException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        driver.close();
    }
}
