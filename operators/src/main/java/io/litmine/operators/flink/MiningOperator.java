package io.litmine.operators.flink;

import io.litmine.operators.graph.ArticleRetraction;
import io.litmine.operators.graph.ArticleUpdate;
import io.litmine.operators.mining.ArticleMiner;
import io.litmine.operators.mining.ClaimAssembler;
import io.litmine.operators.mining.MinedArticle;
import io.litmine.operators.mining.MinerFactory;
import io.litmine.schemas.ArticleRecord;
import io.litmine.schemas.DeletionRecord;
import io.litmine.schemas.PubmedRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micro-batches articles for the model: a batch runs when it holds {@code batchSize} records or its
 * oldest record has waited {@code maxWait}, and before every checkpoint barrier (so the batch needs
 * no state: everything before the barrier has left the operator). Mining runs on the task thread,
 * so at most one batch is in flight and backpressure reaches Kafka instead of memory. Deletions
 * travel through the same buffer so that they stay in order with their article.
 */
public final class MiningOperator extends AbstractStreamOperator<ArticleUpdate>
        implements OneInputStreamOperator<PubmedRecord, ArticleUpdate> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MiningOperator.class);

    private final MinerFactory minerFactory;
    private final ClaimAssembler assembler;
    private final int batchSize;
    private final Duration maxWait;

    private transient List<PubmedRecord> buffer;
    private transient ArticleMiner miner;
    private transient boolean timerSet;
    private transient MiningMetrics metrics;

    public MiningOperator(
            MinerFactory minerFactory, ClaimAssembler assembler, int batchSize, Duration maxWait) {
        this.minerFactory = minerFactory;
        this.assembler = assembler;
        this.batchSize = batchSize;
        this.maxWait = maxWait;
    }

    @Override
    public void open() throws Exception {
        super.open();
        buffer = new ArrayList<>();
        miner = minerFactory.create();
        metrics = new MiningMetrics(getMetricGroup());
    }

    @Override
    public void processElement(StreamRecord<PubmedRecord> element) {
        buffer.add(element.getValue());
        if (buffer.size() >= batchSize) {
            runBatch();
        } else if (!timerSet) {
            timerSet = true;
            long due = getProcessingTimeService().getCurrentProcessingTime() + maxWait.toMillis();
            getProcessingTimeService().registerTimer(due, time -> onTimer());
        }
    }

    private void onTimer() {
        timerSet = false;
        runBatch();
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) {
        runBatch();
    }

    @Override
    public void finish() throws Exception {
        runBatch();
        super.finish();
    }

    private void runBatch() {
        if (buffer.isEmpty()) {
            return;
        }
        List<PubmedRecord> batch = buffer;
        buffer = new ArrayList<>();
        List<ArticleRecord> articles = new ArrayList<>();
        batch.forEach(
                r -> {
                    if (r instanceof ArticleRecord a) {
                        articles.add(a);
                    }
                });
        long start = System.nanoTime();
        List<MinedArticle> mined = articles.isEmpty() ? List.of() : miner.mine(articles);
        long nanos = System.nanoTime() - start;
        if (mined.size() != articles.size()) {
            throw new IllegalStateException(
                    "miner returned "
                            + mined.size()
                            + " results for "
                            + articles.size()
                            + " articles");
        }
        metrics.record(articles.size(), mined, nanos);
        LOG.info(
                "mined batch: {} articles, {} records in {} ms",
                articles.size(),
                batch.size(),
                nanos / 1_000_000);
        emit(batch, mined);
    }

    private void emit(List<PubmedRecord> batch, List<MinedArticle> mined) {
        Instant now = Instant.now();
        int next = 0;
        for (PubmedRecord record : batch) {
            ArticleUpdate update;
            if (record instanceof ArticleRecord article) {
                update = assembler.assemble(article, mined.get(next++), now);
            } else {
                DeletionRecord deletion = (DeletionRecord) record;
                update =
                        new ArticleRetraction(
                                deletion.pmid(), "deleted (" + deletion.source() + ")");
            }
            output.collect(new StreamRecord<>(update));
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (miner != null) {
                miner.close();
            }
        } finally {
            super.close();
        }
    }

    /** The operator's metrics: batch size, inference time, tokens/s, parse failures. */
    private static final class MiningMetrics {
        private final Counter articles;
        private final Counter parseFailures;
        private final Counter tokens;
        private volatile long lastBatchSize;
        private volatile long lastBatchMillis;
        private volatile double lastTokensPerSecond;

        MiningMetrics(org.apache.flink.metrics.MetricGroup group) {
            articles = group.counter("articlesMined");
            parseFailures = group.counter("parseFailures");
            tokens = group.counter("tokensGenerated");
            group.gauge("lastBatchSize", () -> lastBatchSize);
            group.gauge("lastBatchMillis", () -> lastBatchMillis);
            group.gauge("tokensPerSecond", () -> lastTokensPerSecond);
        }

        void record(int batchSize, List<MinedArticle> mined, long nanos) {
            long batchTokens = mined.stream().mapToLong(MinedArticle::tokens).sum();
            articles.inc(batchSize);
            parseFailures.inc(mined.stream().mapToInt(MinedArticle::parseFailures).sum());
            tokens.inc(batchTokens);
            lastBatchSize = batchSize;
            lastBatchMillis = nanos / 1_000_000;
            lastTokensPerSecond = nanos == 0 ? 0 : batchTokens * 1e9 / nanos;
        }
    }
}
