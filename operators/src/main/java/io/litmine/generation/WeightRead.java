package io.litmine.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The time to stream a model's weight bytes once from main memory: the floor of a batch-1 decode
 * step, which must read every weight. Measured, not assumed, because the memory bandwidth of a
 * shared machine is what it is at the moment.
 */
final class WeightRead {

    private WeightRead() {}

    /** Best of three passes summing {@code bytes} of a heap array with {@code threads} threads. */
    static double bestMillis(long bytes, int threads) {
        long[] data = new long[Math.toIntExact(bytes / Long.BYTES)];
        Arrays.fill(data, 1L);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double best = Double.MAX_VALUE;
            for (int pass = 0; pass < 3; pass++) {
                long start = System.nanoTime();
                long sum = sumInParallel(pool, data, threads);
                double ms = (System.nanoTime() - start) / 1e6;
                if (sum != data.length) {
                    throw new IllegalStateException("memory read check failed");
                }
                best = Math.min(best, ms);
            }
            return best;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long sumInParallel(ExecutorService pool, long[] data, int threads) {
        List<Future<Long>> parts = new ArrayList<>();
        int chunk = (data.length + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * chunk;
            int to = Math.min(data.length, from + chunk);
            parts.add(pool.submit(() -> sum(data, from, to)));
        }
        long total = 0;
        for (Future<Long> part : parts) {
            try {
                total += part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring memory reads", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("memory read failed", e.getCause());
            }
        }
        return total;
    }

    private static long sum(long[] data, int from, int to) {
        long a = 0;
        long b = 0;
        int i = from;
        for (; i + 1 < to; i += 2) {
            a += data[i];
            b += data[i + 1];
        }
        return a + b + (i < to ? data[i] : 0);
    }
}
