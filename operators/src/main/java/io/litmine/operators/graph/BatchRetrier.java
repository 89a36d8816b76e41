package io.litmine.operators.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch write so that transient failures are retried with exponential backoff, and a batch
 * that fails for good is split in halves until the bad rows are isolated: those are returned as
 * rejected (for the dead-letter topic) and every other row is written. A transient failure that
 * outlasts the retries is thrown: the job then fails and restarts from its last checkpoint, so
 * nothing is lost.
 *
 * @param <T> a row
 * @param <R> what writing a batch returns
 */
public final class BatchRetrier<T, R> {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRetrier.class);

    /** Sleeps between attempts; tests pass one that only records. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A row that failed alone, with the reason. */
    public record Rejected<T>(T row, String reason) {}

    /** The results of the batches written and the rows rejected. */
    public record Outcome<T, R>(List<R> results, List<Rejected<T>> rejected) {}

    private final Function<List<T>, R> write;
    private final Predicate<Throwable> transientError;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Sleeper sleeper;

    public BatchRetrier(
            Function<List<T>, R> write,
            Predicate<Throwable> transientError,
            int maxAttempts,
            Duration initialBackoff,
            Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        this.write = write;
        this.transientError = transientError;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.sleeper = sleeper;
    }

    public Outcome<T, R> run(List<T> batch) throws InterruptedException {
        List<R> results = new ArrayList<>();
        List<Rejected<T>> rejected = new ArrayList<>();
        if (!batch.isEmpty()) {
            runSplitting(batch, results, rejected);
        }
        return new Outcome<>(results, rejected);
    }

    private void runSplitting(List<T> batch, List<R> results, List<Rejected<T>> rejected)
            throws InterruptedException {
        try {
            results.add(withRetries(batch));
        } catch (TransientFailureException outlasted) {
            throw outlasted;
        } catch (RuntimeException permanent) {
            if (batch.size() == 1) {
                LOG.warn("row rejected: {}", permanent.getMessage());
                rejected.add(new Rejected<>(batch.get(0), reason(permanent)));
                return;
            }
            LOG.warn(
                    "batch of {} failed ({}); splitting to isolate the bad rows",
                    batch.size(),
                    permanent.getMessage());
            int half = batch.size() / 2;
            runSplitting(batch.subList(0, half), results, rejected);
            runSplitting(batch.subList(half, batch.size()), results, rejected);
        }
    }

    /** Writes, retrying transient errors; a permanent error is thrown at once. */
    private R withRetries(List<T> batch) throws InterruptedException {
        Duration backoff = initialBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return write.apply(batch);
            } catch (RuntimeException e) {
                if (!transientError.test(e)) {
                    throw e;
                }
                if (attempt >= maxAttempts) {
                    throw new TransientFailureException(
                            "graph write still failing after " + attempt + " attempts", e);
                }
                LOG.warn(
                        "transient failure (attempt {}/{}), retrying in {} ms: {}",
                        attempt,
                        maxAttempts,
                        backoff.toMillis(),
                        e.getMessage());
                sleeper.sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private static String reason(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** A transient failure that outlasted the retries; fails the job (restart from checkpoint). */
    public static final class TransientFailureException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        TransientFailureException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
