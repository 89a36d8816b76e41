package io.litmine.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The I/O check on declared graph values (the tiny graph itself is checked in SessionsTest). */
class DecoderContractTest {

    private static final ModelDims ONE_LAYER = new ModelDims(10, 8, 1, 2, 16);

    @Test
    void acceptsAGraphWithTheExpectedNamesTypesAndDims() throws OrtException {
        assertThatCode(
                        () ->
                                DecoderContract.forDims(ONE_LAYER)
                                        .check("g", inputs("past_key_values.0.key", 4), outputs(4)))
                .doesNotThrowAnyException();
    }

    @Test
    void listsAWrongNameAsMissingAndUnexpectedWithBothSides() throws OrtException {
        var inputs = inputs("past.0.key", 4);

        assertThatThrownBy(() -> DecoderContract.forDims(ONE_LAYER).check("g", inputs, outputs(4)))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("missing input past_key_values.0.key float[?,2,?,4]")
                .hasMessageContaining("unexpected input past.0.key float[1,2,3,4]")
                .hasMessageContaining("Expected inputs [input_ids int64[?,?]")
                .hasMessageContaining("the graph has inputs [input_ids int64[1,3]");
    }

    @Test
    void listsAWrongHeadDimWithWhatWasExpected() throws OrtException {
        var inputs = inputs("past_key_values.0.key", 5);

        assertThatThrownBy(() -> DecoderContract.forDims(ONE_LAYER).check("g", inputs, outputs(4)))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(
                        "input past_key_values.0.key float[1,2,3,5] where"
                                + " past_key_values.0.key float[?,2,?,4] was expected");
    }

    private static Map<String, NodeInfo> inputs(String keyName, int headDim) throws OrtException {
        Map<String, NodeInfo> nodes = new LinkedHashMap<>();
        put(nodes, "input_ids", longs(1, 3));
        put(nodes, "attention_mask", longs(1, 3));
        put(nodes, keyName, floats(1, 2, 3, headDim));
        put(nodes, "past_key_values.0.value", floats(1, 2, 3, 4));
        return nodes;
    }

    private static Map<String, NodeInfo> outputs(int headDim) throws OrtException {
        Map<String, NodeInfo> nodes = new LinkedHashMap<>();
        put(nodes, "logits", floats(1, 3, 10));
        put(nodes, "present.0.key", floats(1, 2, 3, headDim));
        put(nodes, "present.0.value", floats(1, 2, 3, 4));
        return nodes;
    }

    private static void put(Map<String, NodeInfo> nodes, String name, TensorInfo info) {
        nodes.put(name, new NodeInfo(name, info));
    }

    private static TensorInfo floats(long... shape) throws OrtException {
        return TensorInfo.constructFromBuffer(
                FloatBuffer.allocate(count(shape)), shape, OnnxJavaType.FLOAT);
    }

    private static TensorInfo longs(long... shape) throws OrtException {
        return TensorInfo.constructFromBuffer(
                LongBuffer.allocate(count(shape)), shape, OnnxJavaType.INT64);
    }

    private static int count(long... shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return (int) n;
    }
}
