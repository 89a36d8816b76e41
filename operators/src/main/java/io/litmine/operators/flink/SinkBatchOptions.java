package io.litmine.operators.flink;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the Neo4j sink batches and retries.
 *
 * @param batchSize updates per write transaction (flush when reached)
 * @param maxWait longest an update waits in the buffer (flush on time)
 * @param maxAttempts attempts per batch on transient errors before the job fails
 * @param initialBackoff wait before the first retry; doubled each time
 */
public record SinkBatchOptions(
        int batchSize, Duration maxWait, int maxAttempts, Duration initialBackoff)
        implements Serializable {

    public SinkBatchOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("max wait must be positive, got " + maxWait);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be >= 1, got " + maxAttempts);
        }
    }
}
