package io.litmine.operators.flink;

import io.litmine.operators.graph.AlertRules;
import io.litmine.operators.graph.ArticleUpdate;
import io.litmine.operators.graph.Neo4jConnection;
import java.util.List;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes article updates into Neo4j and emits what the writes produced (alerts, refused rows), so
 * they can go on to Kafka sinks. Flushes on batch size, on time, before every checkpoint barrier
 * and at the end of input: when a checkpoint completes, every write before it is committed and its
 * alerts are in the Kafka sink's checkpointed buffer.
 *
 * <p>Alerts are at-least-once with stable ids: the graph keeps each one pending (the outbox, see
 * {@code AlertOutbox}) until the checkpoint covering its emission completes, and a replayed write
 * re-emits the still-pending alerts of the claims it touched, so a failure between the graph write
 * and that checkpoint cannot lose an alert; it can only send it twice, with the same id.
 *
 * <p>Why an operator and not only {@link Neo4jSink}: a Sink V2 cannot emit records, and in Flink
 * 2.2 a post-commit topology cannot end in another Sink V2 (the sink expander fails with a
 * ConcurrentModificationException), so the alerts could not reach a KafkaSink.
 */
public final class Neo4jWriteOperator extends AbstractStreamOperator<GraphOutcome>
        implements OneInputStreamOperator<ArticleUpdate, GraphOutcome> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Neo4jWriteOperator.class);

    private final Neo4jConnection connection;
    private final SinkBatchOptions options;
    private final AlertRules alertRules;

    private transient GraphBuffer graph;
    private transient AlertConfirmations confirmations;
    private transient boolean timerSet;

    public Neo4jWriteOperator(
            Neo4jConnection connection, SinkBatchOptions options, AlertRules alertRules) {
        this.connection = connection;
        this.options = options;
        this.alertRules = alertRules;
    }

    @Override
    public void open() throws Exception {
        super.open();
        graph = new GraphBuffer(connection, options, alertRules);
        confirmations = new AlertConfirmations();
    }

    @Override
    public void processElement(StreamRecord<ArticleUpdate> element) throws Exception {
        if (graph.add(element.getValue())) {
            flush();
        } else if (!timerSet) {
            timerSet = true;
            long due =
                    getProcessingTimeService().getCurrentProcessingTime()
                            + options.maxWait().toMillis();
            getProcessingTimeService()
                    .registerTimer(
                            due,
                            time -> {
                                timerSet = false;
                                flush();
                            });
        }
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        flush();
        confirmations.barrier(checkpointId);
    }

    /**
     * The checkpoint covers every alert emitted before its barrier, and the alert sink flushed them
     * to Kafka in it: the outbox may stop resending them. A failure to mark them is not fatal (they
     * are only resent, with the same ids, if a replay touches their claims); it is retried with the
     * next checkpoint.
     */
    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        super.notifyCheckpointComplete(checkpointId);
        List<String> confirmed = confirmations.confirmedBy(checkpointId);
        if (confirmed.isEmpty()) {
            return;
        }
        try {
            graph.markAlertsSent(confirmed);
            confirmations.markedSent(checkpointId);
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not mark {} alerts sent after checkpoint {}; retrying with the next: {}",
                    confirmed.size(),
                    checkpointId,
                    e.getMessage());
        }
    }

    @Override
    public void finish() throws Exception {
        flush();
        super.finish();
    }

    private void flush() throws InterruptedException {
        GraphOutcome written = graph.flush();
        GraphOutcome outcome =
                new GraphOutcome(confirmations.toEmit(written.alerts()), written.deadLetters());
        if (!outcome.isEmpty()) {
            output.collect(new StreamRecord<>(outcome));
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (graph != null) {
                graph.close();
            }
        } finally {
            super.close();
        }
    }
}
