package io.litmine.ingest.eutils;

import java.time.Duration;

/**
 * How often and how patiently to retry a failed request: exponential backoff from {@code initial},
 * doubling up to {@code max}; a server's {@code Retry-After} is honoured up to {@code max} as well,
 * so a bogus header cannot stall ingestion for hours.
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration max) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
        }
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 <= initial <= max: " + initial + ", " + max);
        }
    }

    /** 6 attempts, 1 s doubling to 60 s: rides out NCBI's usual brief 429/503 episodes. */
    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    Duration backoff(int failedAttempts) {
        long factor = 1L << Math.min(failedAttempts - 1, 20);
        return cap(initial.multipliedBy(factor));
    }

    Duration cap(Duration wait) {
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
