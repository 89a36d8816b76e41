package io.litmine.generation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The tensors of one {@code session.run}: views over the engine's reusable direct buffers (no
 * copy), all closed together when the run is over. The buffers outlive the tensors; only the small
 * native tensor headers are created per step.
 */
final class TensorScope implements AutoCloseable {

    private final OrtEnvironment env;
    private final List<OnnxTensor> tensors = new ArrayList<>();

    TensorScope(OrtEnvironment env) {
        this.env = env;
    }

    /** A float tensor over {@code length} floats of {@code buffer} from {@code offset}. */
    OnnxTensor floats(FloatBuffer buffer, int offset, long... shape) throws OrtException {
        return keep(OnnxTensor.createTensor(env, buffer.slice(offset, count(shape)), shape));
    }

    /** An int64 tensor over the first elements of {@code buffer}. */
    OnnxTensor longs(LongBuffer buffer, long... shape) throws OrtException {
        return keep(OnnxTensor.createTensor(env, buffer.slice(0, count(shape)), shape));
    }

    private OnnxTensor keep(OnnxTensor tensor) {
        tensors.add(tensor);
        return tensor;
    }

    static int count(long... shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return Math.toIntExact(n);
    }

    @Override
    public void close() {
        tensors.forEach(OnnxTensor::close);
        tensors.clear();
    }
}
