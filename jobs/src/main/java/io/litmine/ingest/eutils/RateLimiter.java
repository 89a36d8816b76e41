package io.litmine.ingest.eutils;

/**
 * Spaces request starts at least {@code 1/permitsPerSecond} apart. NCBI allows 3 requests/s without
 * an API key and 10 with one, per client, and blocks clients that exceed it.
 */
final class RateLimiter {
    private final long intervalNanos;
    private long nextFreeNanos = Long.MIN_VALUE;

    RateLimiter(double permitsPerSecond) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException(
                    "permits per second must be > 0: " + permitsPerSecond);
        }
        this.intervalNanos = (long) Math.ceil(1.05e9 / permitsPerSecond);
    }

    /** Blocks until the next request may start. */
    synchronized void acquire() throws InterruptedException {
        long now = System.nanoTime();
        if (nextFreeNanos != Long.MIN_VALUE && now < nextFreeNanos) {
            long waitNanos = nextFreeNanos - now;
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            now = nextFreeNanos;
        }
        nextFreeNanos = now + intervalNanos;
    }
}
