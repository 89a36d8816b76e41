package io.litmine.operators.flink;

import io.litmine.operators.graph.ArticleRetraction;
import io.litmine.operators.graph.ArticleUpdate;
import io.litmine.operators.mining.ArticleMiner;
import io.litmine.operators.mining.ClaimAssembler;
import io.litmine.operators.mining.MinedArticle;
import io.litmine.operators.mining.MinerFactory;
import io.litmine.schemas.ArticleRecord;
import io.litmine.schemas.DeadLetter;
import io.litmine.schemas.DeletionRecord;
import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.TopicCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;
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

    /** Side output of the articles the miner failed on. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("mining-rejects", RecordTypes.DEAD_LETTER) {};

    /** The topic field of dead letters for articles the model failed on. */
    static final String MINING_STAGE = "mining";

    private final MinerFactory minerFactory;
    private final ClaimAssembler assembler;
    private final int batchSize;
    private final Duration maxWait;

    private transient List<PubmedRecord> buffer;
    private transient ArticleMiner miner;
    private transient boolean timerSet;
    private transient MiningMetrics metrics;
    private transient TopicCodec<PubmedRecord> codec;

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
        codec = TopicCodec.articles();
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
        for (PubmedRecord record : batch) {
            if (record instanceof ArticleRecord article) {
                articles.add(article);
            }
        }
        long start = System.nanoTime();
        Map<String, MinedArticle> mined = mine(articles);
        long nanos = System.nanoTime() - start;
        metrics.record(articles.size(), mined.values(), nanos);
        LOG.info(
                "mined batch: {} articles, {} records in {} ms",
                articles.size(),
                batch.size(),
                nanos / 1_000_000);
        emit(batch, mined);
    }

    /** Mines the batch; if that fails, article by article, rejecting the ones that fail alone. */
    private Map<String, MinedArticle> mine(List<ArticleRecord> articles) {
        Map<String, MinedArticle> byPmid = new HashMap<>();
        if (articles.isEmpty()) {
            return byPmid;
        }
        try {
            miner.mine(articles).forEach(m -> byPmid.put(m.pmid(), m));
            return byPmid;
        } catch (RuntimeException batchFailure) {
            LOG.warn(
                    "mining a batch of {} failed ({}); mining its articles one by one",
                    articles.size(),
                    batchFailure.getMessage());
        }
        for (ArticleRecord article : articles) {
            try {
                miner.mine(List.of(article)).forEach(m -> byPmid.put(m.pmid(), m));
            } catch (RuntimeException e) {
                reject(article, e);
            }
        }
        return byPmid;
    }

    private void reject(ArticleRecord article, RuntimeException e) {
        metrics.rejected.inc();
        String reason = "mining failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        output.collect(
                DEAD_LETTERS,
                new StreamRecord<>(
                        DeadLetter.of(
                                MINING_STAGE,
                                -1,
                                -1,
                                article.pmid(),
                                reason,
                                codec.encode(article),
                                Instant.now())));
    }

    private void emit(List<PubmedRecord> batch, Map<String, MinedArticle> mined) {
        Instant now = Instant.now();
        for (PubmedRecord record : batch) {
            if (record instanceof ArticleRecord article) {
                MinedArticle result = mined.get(article.pmid());
                if (result != null) {
                    output.collect(new StreamRecord<>(assembler.assemble(article, result, now)));
                }
            } else {
                DeletionRecord deletion = (DeletionRecord) record;
                output.collect(
                        new StreamRecord<>(
                                new ArticleRetraction(
                                        deletion.pmid(), "deleted (" + deletion.source() + ")")));
            }
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
        private final Counter rejected;
        private volatile long lastBatchSize;
        private volatile long lastBatchMillis;
        private volatile double lastTokensPerSecond;

        MiningMetrics(org.apache.flink.metrics.MetricGroup group) {
            articles = group.counter("articlesMined");
            parseFailures = group.counter("parseFailures");
            tokens = group.counter("tokensGenerated");
            rejected = group.counter("articlesRejected");
            group.gauge("lastBatchSize", () -> lastBatchSize);
            group.gauge("lastBatchMillis", () -> lastBatchMillis);
            group.gauge("tokensPerSecond", () -> lastTokensPerSecond);
        }

        void record(int batchSize, java.util.Collection<MinedArticle> mined, long nanos) {
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
