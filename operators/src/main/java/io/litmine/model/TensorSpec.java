package io.litmine.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.TensorInfo;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * One graph input or output as the engine needs it: name, element type and shape, where {@link
 * #ANY} stands for a dimension that varies (batch, sequence, past length).
 *
 * @param name the ONNX value name
 * @param type element type
 * @param dims the shape; {@link #ANY} for a dynamic dimension
 */
public record TensorSpec(String name, OnnxJavaType type, List<Long> dims) {

    /** A dynamic dimension (ONNX Runtime reports symbolic dimensions as -1). */
    public static final long ANY = -1;

    public TensorSpec {
        dims = List.copyOf(dims);
    }

    static TensorSpec of(String name, OnnxJavaType type, long... dims) {
        return new TensorSpec(name, type, LongStream.of(dims).boxed().toList());
    }

    /** What the graph declares for a value; non-tensor values get type UNKNOWN and no dims. */
    static TensorSpec fromGraph(NodeInfo node) {
        if (node.getInfo() instanceof TensorInfo info) {
            return of(node.getName(), info.type, info.getShape());
        }
        return of(node.getName(), OnnxJavaType.UNKNOWN);
    }

    /**
     * Whether a graph value can carry this spec: same name and type, same rank, and every fixed
     * dimension equal (a dynamic graph dimension accepts any size).
     */
    boolean acceptedBy(TensorSpec graph) {
        if (!name.equals(graph.name) || type != graph.type || dims.size() != graph.dims.size()) {
            return false;
        }
        for (int i = 0; i < dims.size(); i++) {
            long want = dims.get(i);
            long have = graph.dims.get(i);
            if (want != ANY && have != ANY && want != have) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        String shape =
                dims.stream()
                        .map(d -> d == ANY ? "?" : Long.toString(d))
                        .collect(Collectors.joining(",", "[", "]"));
        return name + " " + type.name().toLowerCase() + shape;
    }
}
