package io.litmine.generation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.litmine.model.DecoderContract;
import io.litmine.model.ModelDims;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the step-wise decoder over a batch: a prefill of the left-padded prompts, then one step per
 * token. Owns the cache and the reusable input, mask and decode-step logits buffers, and borrows
 * the prefill's big logits buffer from {@link PrefillScratch}; hands back only the logits of each
 * row's last position, which is all that decoding needs.
 *
 * <p>The prefill runs in row chunks so the logits of every prompt position ({@code [rows, S, V]},
 * 173 MB per 1024-token row of BioGPT) never need one huge buffer; each chunk writes its present
 * straight into its rows of the cache. Not thread-safe: one runner per user of a shared session.
 */
final class DecoderRunner {

    /**
     * Bound on a prefill chunk's logits; a chunk always holds at least one row. The buffer comes
     * from {@link PrefillScratch}, shared by the runners of the JVM. 64 MB and 256 MB chunks
     * prefill equally fast within noise (batch 4 × 384 tokens of BioGPT-base on 2 cores: 4.3–4.6 s
     * both); the prefill is compute-bound either way.
     */
    private static final long PREFILL_LOGITS_BYTES = 64L << 20;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final ModelDims dims;
    private final KvCache cache;
    private LongBuffer ids = LongBuffer.allocate(0);
    private LongBuffer mask = LongBuffer.allocate(0);

    /** Decode-step logits, {@code [rows, 1, V]}; the prefill borrows a bigger buffer. */
    private FloatBuffer logits = FloatBuffer.allocate(0);

    DecoderRunner(OrtEnvironment env, OrtSession session, ModelDims dims) {
        this.env = env;
        this.session = session;
        this.dims = dims;
        this.cache = new KvCache(dims);
    }

    /** Rows the cache holds now; one decode step feeds exactly this many tokens. */
    int rows() {
        return cache.rows();
    }

    /**
     * Runs the prompts, all of the same (padded) length, and writes each row's last-position logits
     * into {@code out}.
     *
     * @param prompts rows × length, left-padded
     * @param pads leading pad columns per row (masked out)
     * @param maxRows the most rows the cache will hold (rows × beams)
     * @param maxLength the longest the cache will grow (prompt length + new tokens)
     */
    void prefill(int[][] prompts, int[] pads, int maxRows, int maxLength, float[][] out)
            throws OrtException {
        int length = prompts[0].length;
        cache.reset(prompts.length, maxRows, maxLength);
        int chunk = Math.min(prompts.length, prefillChunk(length));
        ensureInputs(Math.max(maxRows, chunk), length, maxLength, chunk * length);
        FloatBuffer chunkLogits =
                PrefillScratch.shared()
                        .borrow(
                                Math.multiplyExact(
                                        Math.multiplyExact(chunk, length), dims.vocabSize()));
        try {
            for (int from = 0; from < prompts.length; from += chunk) {
                int to = Math.min(prompts.length, from + chunk);
                for (int row = from; row < to; row++) {
                    putRow(ids, (row - from) * length, prompts[row]);
                }
                run(from, to, length, pads, chunkLogits, out);
            }
        } finally {
            PrefillScratch.shared().release(chunkLogits);
        }
        cache.advance(length);
    }

    /** Feeds one token per row and writes the next logits of each row into {@code out}. */
    void decode(int[] tokens, int[] pads, float[][] out) throws OrtException {
        for (int row = 0; row < tokens.length; row++) {
            ids.put(row, tokens[row]);
        }
        run(0, tokens.length, 1, pads, logits, out);
        cache.advance(cache.length() + 1);
    }

    /** Keeps, reorders or repeats cache rows; see {@link KvCache#keepRows}. */
    void keepRows(int[] sourceRows) {
        cache.keepRows(sourceRows);
    }

    private void run(int from, int to, int seq, int[] pads, FloatBuffer target, float[][] out)
            throws OrtException {
        int rows = to - from;
        int total = cache.length() + seq;
        fillMask(from, to, total, pads);
        try (TensorScope scope = new TensorScope(env)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put(DecoderContract.INPUT_IDS, scope.longs(ids, rows, seq));
            inputs.put(DecoderContract.ATTENTION_MASK, scope.longs(mask, rows, total));
            cache.addPast(scope, inputs, from, to);
            Map<String, OnnxTensor> outputs = new HashMap<>();
            outputs.put(
                    DecoderContract.LOGITS, scope.floats(target, 0, rows, seq, dims.vocabSize()));
            cache.pinPresent(scope, outputs, from, to, total);
            session.run(inputs, outputs).close();
        }
        int vocab = dims.vocabSize();
        for (int row = 0; row < rows; row++) {
            target.get(((row + 1) * seq - 1) * vocab, out[from + row], 0, vocab);
        }
    }

    private void fillMask(int from, int to, int total, int[] pads) {
        int at = 0;
        for (int row = from; row < to; row++) {
            for (int col = 0; col < total; col++) {
                mask.put(at++, col < pads[row] ? 0 : 1);
            }
        }
    }

    private int prefillChunk(int length) {
        long rowBytes = (long) length * dims.vocabSize() * Float.BYTES;
        return (int) Math.max(1, PREFILL_LOGITS_BYTES / rowBytes);
    }

    private void ensureInputs(int rows, int length, int maxLength, int prefillTokens) {
        int idCount = Math.max(rows, prefillTokens);
        if (ids.capacity() < idCount) {
            ids = directLongs(idCount);
        }
        int maskCount = Math.multiplyExact(rows, Math.max(length, maxLength));
        if (mask.capacity() < maskCount) {
            mask = directLongs(maskCount);
        }
        int logitCount = Math.multiplyExact(rows, dims.vocabSize());
        if (logits.capacity() < logitCount) {
            logits = direct(logitCount).asFloatBuffer();
        }
    }

    private static void putRow(LongBuffer target, int offset, int[] row) {
        for (int i = 0; i < row.length; i++) {
            target.put(offset + i, row[i]);
        }
    }

    private static LongBuffer directLongs(int count) {
        return ByteBuffer.allocateDirect(Math.multiplyExact(count, Long.BYTES))
                .order(ByteOrder.nativeOrder())
                .asLongBuffer();
    }

    private static ByteBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(Math.multiplyExact(floats, Float.BYTES))
                .order(ByteOrder.nativeOrder());
    }
}
