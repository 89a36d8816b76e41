package io.litmine.generation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import io.litmine.model.DecoderContract;
import io.litmine.model.ModelDims;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * The key/value cache of a batch, in two sets of direct buffers used in turn: a run reads the past
 * from one set and ONNX Runtime writes the present straight into the other (pinned outputs), then
 * they swap. No cache tensor is allocated per token, and dropping finished rows or reordering beams
 * is a block copy between the two sets.
 *
 * <p>Layout per layer and kind: {@code [rows, heads, length, headDim]}, row-major, as the graph
 * reads and writes it.
 */
final class KvCache {

    private final ModelDims dims;
    private FloatBuffer[] current = new FloatBuffer[0];
    private FloatBuffer[] next = new FloatBuffer[0];
    private int capacity;
    private int rows;
    private int length;

    KvCache(ModelDims dims) {
        this.dims = dims;
    }

    /**
     * Empties the cache for {@code rows} rows and makes room for up to {@code maxRows} rows of
     * {@code maxLength} positions.
     */
    void reset(int rows, int maxRows, int maxLength) {
        int needed = Math.multiplyExact(maxRows, rowFloats(maxLength));
        if (needed > capacity) {
            current = allocate(needed);
            next = allocate(needed);
            capacity = needed;
        }
        this.rows = rows;
        length = 0;
    }

    int rows() {
        return rows;
    }

    int length() {
        return length;
    }

    /** Adds the past inputs of rows {@code from..to} to a run's inputs. */
    void addPast(TensorScope scope, Map<String, OnnxTensor> inputs, int from, int to)
            throws OrtException {
        for (int i = 0; i < current.length; i++) {
            inputs.put(pastName(i), view(scope, current[i], from, to, length));
        }
    }

    /** Pins the present outputs of rows {@code from..to}, {@code newLength} positions long. */
    void pinPresent(
            TensorScope scope, Map<String, OnnxTensor> outputs, int from, int to, int newLength)
            throws OrtException {
        for (int i = 0; i < next.length; i++) {
            outputs.put(presentName(i), view(scope, next[i], from, to, newLength));
        }
    }

    /** Makes the presents just written the past of the next run. */
    void advance(int newLength) {
        swap();
        length = newLength;
    }

    /**
     * Keeps the given rows, in the given order; a row may appear more than once (beam expansion and
     * reordering) or not at all (finished rows stop costing compute).
     */
    void keepRows(int[] sourceRows) {
        int block = rowFloats(length);
        for (int i = 0; i < current.length; i++) {
            for (int row = 0; row < sourceRows.length; row++) {
                next[i].put(row * block, current[i], sourceRows[row] * block, block);
            }
        }
        swap();
        rows = sourceRows.length;
    }

    private OnnxTensor view(TensorScope scope, FloatBuffer buffer, int from, int to, int len)
            throws OrtException {
        return scope.floats(
                buffer, from * rowFloats(len), to - from, dims.heads(), len, dims.headDim());
    }

    private int rowFloats(int len) {
        return Math.multiplyExact(dims.heads() * dims.headDim(), len);
    }

    private void swap() {
        FloatBuffer[] written = next;
        next = current;
        current = written;
    }

    private String pastName(int index) {
        return DecoderContract.pastName(index / 2, index % 2 == 0 ? "key" : "value");
    }

    private String presentName(int index) {
        return DecoderContract.presentName(index / 2, index % 2 == 0 ? "key" : "value");
    }

    private FloatBuffer[] allocate(int floats) {
        FloatBuffer[] buffers = new FloatBuffer[2 * dims.layers()];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] =
                    ByteBuffer.allocateDirect(Math.multiplyExact(floats, Float.BYTES))
                            .order(ByteOrder.nativeOrder())
                            .asFloatBuffer();
        }
        return buffers;
    }
}
