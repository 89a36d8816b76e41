package io.litmine.generation;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Direct buffers for prefill logits, pooled per JVM. A prefill chunk's {@code [rows, S, V]} logits
 * need up to 64 MB, or 173 MB for one 1024-token BioGPT row; a decode step's need about 1 MB. A JVM
 * holds one runner per task per slot (the demo: 3 tasks × 2 slots), but only as many prefill at
 * once as there are threads running them. Kept per runner (then up to 256 MB each), the buffers
 * took 1.5 GB of a 2 GB direct-memory limit and a job failed with "OutOfMemoryError: Direct buffer
 * memory". Pooled, the memory follows the concurrency, not the number of runners.
 */
final class PrefillScratch {
    /**
     * Idle buffers kept at most; a release beyond it leaves the buffer to the garbage collector.
     */
    private static final int MAX_IDLE = 4;

    private static final PrefillScratch SHARED = new PrefillScratch();

    private final List<FloatBuffer> idle = new ArrayList<>();

    PrefillScratch() {}

    /** The pool of this JVM. */
    static PrefillScratch shared() {
        return SHARED;
    }

    /**
     * A buffer of at least {@code floats} floats, native order, direct, positioned at 0: the
     * smallest idle one that fits, else a new one (an idle one too small is dropped for it).
     */
    synchronized FloatBuffer borrow(int floats) {
        idle.sort(Comparator.comparingInt(FloatBuffer::capacity));
        for (int i = 0; i < idle.size(); i++) {
            if (idle.get(i).capacity() >= floats) {
                return idle.remove(i).clear();
            }
        }
        if (!idle.isEmpty()) {
            idle.remove(0);
        }
        return ByteBuffer.allocateDirect(Math.multiplyExact(floats, Float.BYTES))
                .order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }

    /** Returns a buffer from {@link #borrow}; the caller must not use it afterwards. */
    synchronized void release(FloatBuffer buffer) {
        if (idle.size() < MAX_IDLE) {
            idle.add(buffer);
        }
    }

    /** Idle buffers now. */
    synchronized int idle() {
        return idle.size();
    }
}
