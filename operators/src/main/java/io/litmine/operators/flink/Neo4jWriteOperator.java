package io.litmine.operators.flink;

import io.litmine.operators.graph.AlertRules;
import io.litmine.operators.graph.ArticleUpdate;
import io.litmine.operators.graph.Neo4jConnection;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Writes article updates into Neo4j and emits what the writes produced (alerts, refused rows), so
 * they can go on to Kafka sinks. Flushes on batch size, on time, before every checkpoint barrier
 * and at the end of input: when a checkpoint completes, every write before it is committed and its
 * alerts are in the Kafka sink's checkpointed buffer.
 *
 * <p>Why an operator and not only {@link Neo4jSink}: a Sink V2 cannot emit records, and in Flink
 * 2.2 a post-commit topology cannot end in another Sink V2 (the sink expander fails with a
 * ConcurrentModificationException), so the alerts could not reach a KafkaSink.
 */
public final class Neo4jWriteOperator extends AbstractStreamOperator<GraphOutcome>
        implements OneInputStreamOperator<ArticleUpdate, GraphOutcome> {
    private static final long serialVersionUID = 1L;

    private final Neo4jConnection connection;
    private final SinkBatchOptions options;
    private final AlertRules alertRules;

    private transient GraphBuffer graph;
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
    }

    @Override
    public void finish() throws Exception {
        flush();
        super.finish();
    }

    private void flush() throws InterruptedException {
        GraphOutcome outcome = graph.flush();
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
