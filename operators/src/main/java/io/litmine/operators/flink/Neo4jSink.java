package io.litmine.operators.flink;

import io.litmine.operators.graph.AlertRules;
import io.litmine.operators.graph.ArticleUpdate;
import io.litmine.operators.graph.Neo4jConnection;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flink Sink V2 writing {@link ArticleUpdate}s into Neo4j: buffers, flushes on size, on time and
 * whenever Flink flushes (before every checkpoint, at the end of input); retries transient errors
 * and isolates bad rows. A terminal sink cannot pass alerts on, so it logs the refused rows; the
 * mining job uses {@link Neo4jWriteOperator}, which emits alerts and dead letters to Kafka sinks.
 * This sink serves graph-only pipelines and the sink benchmark. The alerts its writes raise are
 * recorded in the graph's outbox but never sent, so they stay pending there.
 */
public final class Neo4jSink implements Sink<ArticleUpdate> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Neo4jSink.class);

    private final Neo4jConnection connection;
    private final SinkBatchOptions options;

    public Neo4jSink(Neo4jConnection connection, SinkBatchOptions options) {
        this.connection = connection;
        this.options = options;
    }

    @Override
    public SinkWriter<ArticleUpdate> createWriter(WriterInitContext context) {
        return new Writer(
                new GraphBuffer(connection, options, new AlertRules(2)),
                context.getProcessingTimeService(),
                options);
    }

    private static final class Writer implements SinkWriter<ArticleUpdate> {
        private final GraphBuffer graph;
        private final ProcessingTimeService time;
        private final SinkBatchOptions options;
        private boolean timerSet;
        private RuntimeException timerFailure;

        Writer(GraphBuffer graph, ProcessingTimeService time, SinkBatchOptions options) {
            this.graph = graph;
            this.time = time;
            this.options = options;
        }

        @Override
        public void write(ArticleUpdate update, Context context) throws InterruptedException {
            rethrowTimerFailure();
            if (graph.add(update)) {
                writeBuffer();
            } else if (!timerSet) {
                timerSet = true;
                time.registerTimer(
                        time.getCurrentProcessingTime() + options.maxWait().toMillis(),
                        now -> onTimer());
            }
        }

        private void onTimer() throws InterruptedException {
            timerSet = false;
            try {
                writeBuffer();
            } catch (RuntimeException e) {
                timerFailure = e; // surfaces on the next write or flush and fails the job
            }
        }

        private void rethrowTimerFailure() {
            if (timerFailure != null) {
                RuntimeException failure = timerFailure;
                timerFailure = null;
                throw failure;
            }
        }

        @Override
        public void flush(boolean endOfInput) throws InterruptedException {
            rethrowTimerFailure();
            writeBuffer();
        }

        private void writeBuffer() throws InterruptedException {
            GraphOutcome outcome = graph.flush();
            outcome.deadLetters()
                    .forEach(d -> LOG.warn("graph row refused, pmid {}: {}", d.key(), d.reason()));
        }

        @Override
        public void close() {
            graph.close();
        }
    }
}
