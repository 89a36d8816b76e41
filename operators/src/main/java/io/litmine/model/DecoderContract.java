package io.litmine.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The inputs and outputs a step-wise decoder must have for given dims (DESIGN.md): {@code input_ids
 * [B,S]}, {@code attention_mask [B,P+S]}, {@code past_key_values.{i}.key|value [B,H,P,hd]} in;
 * {@code logits [B,S,V]}, {@code present.{i}.key|value [B,H,P+S,hd]} out.
 *
 * <p>Checked once when a session opens the graph, so that a manifest that disagrees with its graph
 * fails with both sides named instead of crashing inside a batch.
 */
public record DecoderContract(List<TensorSpec> inputs, List<TensorSpec> outputs) {

    public static final String INPUT_IDS = "input_ids";
    public static final String ATTENTION_MASK = "attention_mask";
    public static final String LOGITS = "logits";

    public DecoderContract {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The contract for a decoder of these dims. */
    public static DecoderContract forDims(ModelDims dims) {
        long any = TensorSpec.ANY;
        List<TensorSpec> in = new ArrayList<>();
        List<TensorSpec> out = new ArrayList<>();
        in.add(TensorSpec.of(INPUT_IDS, OnnxJavaType.INT64, any, any));
        in.add(TensorSpec.of(ATTENTION_MASK, OnnxJavaType.INT64, any, any));
        out.add(TensorSpec.of(LOGITS, OnnxJavaType.FLOAT, any, any, dims.vocabSize()));
        for (int layer = 0; layer < dims.layers(); layer++) {
            for (String kind : List.of("key", "value")) {
                in.add(cache(pastName(layer, kind), dims));
                out.add(cache(presentName(layer, kind), dims));
            }
        }
        return new DecoderContract(in, out);
    }

    /** Name of layer {@code layer}'s past input; {@code kind} is "key" or "value". */
    public static String pastName(int layer, String kind) {
        return "past_key_values." + layer + "." + kind;
    }

    /** Name of layer {@code layer}'s present output; {@code kind} is "key" or "value". */
    public static String presentName(int layer, String kind) {
        return "present." + layer + "." + kind;
    }

    private static TensorSpec cache(String name, ModelDims dims) {
        long any = TensorSpec.ANY;
        return TensorSpec.of(name, OnnxJavaType.FLOAT, any, dims.heads(), any, dims.headDim());
    }

    /**
     * Checks a graph's declared inputs and outputs.
     *
     * @param what names the decoder and its manifest in the message
     * @throws ModelLoadException listing every mismatch, then the expected and the actual I/O
     */
    public void check(
            String what, Map<String, NodeInfo> graphInputs, Map<String, NodeInfo> graphOutputs) {
        List<TensorSpec> gotIn = fromGraph(graphInputs.values());
        List<TensorSpec> gotOut = fromGraph(graphOutputs.values());
        List<String> problems = new ArrayList<>();
        compare("input", inputs, gotIn, problems);
        compare("output", outputs, gotOut, problems);
        if (!problems.isEmpty()) {
            throw new ModelLoadException(
                    what
                            + " does not match the expected decoder I/O: "
                            + String.join("; ", problems)
                            + ". Expected inputs "
                            + inputs
                            + " and outputs "
                            + outputs
                            + "; the graph has inputs "
                            + gotIn
                            + " and outputs "
                            + gotOut);
        }
    }

    private static List<TensorSpec> fromGraph(Collection<NodeInfo> nodes) {
        return nodes.stream().map(TensorSpec::fromGraph).toList();
    }

    private static void compare(
            String side, List<TensorSpec> want, List<TensorSpec> have, List<String> problems) {
        Map<String, TensorSpec> byName =
                have.stream().collect(Collectors.toMap(TensorSpec::name, t -> t));
        for (TensorSpec spec : want) {
            TensorSpec graph = byName.remove(spec.name());
            if (graph == null) {
                problems.add("missing " + side + " " + spec);
            } else if (!spec.acceptedBy(graph)) {
                problems.add(side + " " + graph + " where " + spec + " was expected");
            }
        }
        byName.values().forEach(extra -> problems.add("unexpected " + side + " " + extra));
    }
}
