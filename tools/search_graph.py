"""search.onnx: the decoder wrapped in ONNX Runtime's com.microsoft GreedySearch or BeamSearch
operator (model_type 0, GPT-2 style), so one session.run decodes a whole batch and the KV
cache stays in the execution provider's memory.

The operator's decoder subgraph must follow ONNX Runtime's GPT-2 convention
(contrib_ops/cpu/transformers/subgraph_gpt.cc): inputs input_ids, position_ids,
attention_mask (all int32), past_0..past_{L-1} each [2, B, H, P, hd] (key and value
stacked); outputs logits [B, S, V] (V static), present_0..present_{L-1} [2, B, H, P+S, hd].
The subgraph here is the exported step-wise decoder with adapters around it: int32 -> int64
casts, past split into key and value, present stacked. Positions still come from
attention_mask inside the decoder (cumsum(mask)*mask - 1, offset 2), so left padding works
whatever position_ids the operator feeds; position_ids is accepted and unused.

Outer graph inputs (the Java engine feeds these):
  input_ids [B, S] int32, attention_mask [B, S] int32, max_length [1] int32 (prompt + new),
  min_length [1] int32 (0 normally; a benchmark sets prompt + new to forbid an early </s>);
  beam only: num_beams [1], num_return_sequences [1] int32, length_penalty [1] float.
Fixed in the graph: repetition_penalty 1, vocab_mask banning <pad>.
Outputs: sequences (greedy [B, max_length]; beam [B, R, max_length]), beam: sequences_scores.
"""

import onnx
from onnx import TensorProto, helper

MS_DOMAIN = "com.microsoft"
OPSET = 17


def write(model, decoder, path, kind, special_ids):
    """Writes search.onnx around the exported decoder.onnx; external data past 2 GB."""
    graph = onnx.load(decoder)
    sub = gpt_subgraph(graph.graph, model.n_layers, model.h, model.d // model.h, _vocab(model))
    outer = outer_graph(sub, kind, _vocab(model), special_ids)
    result = helper.make_model(outer, opset_imports=[helper.make_opsetid("", OPSET),
                                                      helper.make_opsetid(MS_DOMAIN, 1)],
                               producer_name="litmine export_biogpt")
    result.ir_version = graph.ir_version
    import export_biogpt
    export_biogpt.save(result, path)


def _vocab(model):
    return model.biogpt.embed_tokens.weight.shape[0]


def gpt_subgraph(graph, layers, heads, head_dim, vocab):
    """Renames the decoder's I/O to internal names and adds the GPT-2 convention around it."""
    renames = {i.name: "dec." + i.name for i in graph.input}
    renames.update({o.name: "dec." + o.name for o in graph.output})
    for node in graph.node:
        node.input[:] = [renames.get(n, n) for n in node.input]
        node.output[:] = [renames.get(n, n) for n in node.output]
    before = [helper.make_node("Cast", ["input_ids"], ["dec.input_ids"], to=TensorProto.INT64),
              helper.make_node("Cast", ["attention_mask"], ["dec.attention_mask"],
                               to=TensorProto.INT64)]
    after = [helper.make_node("Identity", ["dec.logits"], ["logits"])]
    consts = [helper.make_tensor("kv.key_index", TensorProto.INT64, [], [0]),
              helper.make_tensor("kv.value_index", TensorProto.INT64, [], [1]),
              helper.make_tensor("kv.stack_axis", TensorProto.INT64, [1], [0])]
    past_shape = [2, "batch_size", heads, "past_sequence_length", head_dim]
    present_shape = [2, "batch_size", heads, "total_sequence_length", head_dim]
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT32,
                                            ["batch_size", "sequence_length"]),
              helper.make_tensor_value_info("position_ids", TensorProto.INT32,
                                            ["batch_size", "sequence_length"]),
              helper.make_tensor_value_info("attention_mask", TensorProto.INT32,
                                            ["batch_size", "total_sequence_length"])]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT,
                                             ["batch_size", "sequence_length", vocab])]
    for i in range(layers):
        key, value = f"dec.past_key_values.{i}.key", f"dec.past_key_values.{i}.value"
        before += [helper.make_node("Gather", [f"past_{i}", "kv.key_index"], [key], axis=0),
                   helper.make_node("Gather", [f"past_{i}", "kv.value_index"], [value], axis=0)]
        after += [helper.make_node("Unsqueeze", [f"dec.present.{i}.key", "kv.stack_axis"],
                                   [f"present.{i}.k5"]),
                  helper.make_node("Unsqueeze", [f"dec.present.{i}.value", "kv.stack_axis"],
                                   [f"present.{i}.v5"]),
                  helper.make_node("Concat", [f"present.{i}.k5", f"present.{i}.v5"],
                                   [f"present_{i}"], axis=0)]
        inputs.append(helper.make_tensor_value_info(f"past_{i}", TensorProto.FLOAT, past_shape))
        outputs.append(helper.make_tensor_value_info(f"present_{i}", TensorProto.FLOAT,
                                                     present_shape))
    return helper.make_graph(before + list(graph.node) + after, "biogpt_gpt2_decoder", inputs, outputs,
                             initializer=list(graph.initializer) + consts)


def outer_graph(sub, kind, vocab, special_ids):
    mask = [1] * vocab
    mask[special_ids["pad"]] = 0  # <pad> is never generated (fairseq forces it to -inf)
    fixed = [helper.make_tensor("repetition_penalty", TensorProto.FLOAT, [1], [1.0]),
             helper.make_tensor("vocab_mask", TensorProto.INT32, [vocab], mask)]
    batch = ["batch_size", "sequence_length"]
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT32, batch),
              helper.make_tensor_value_info("attention_mask", TensorProto.INT32, batch),
              helper.make_tensor_value_info("max_length", TensorProto.INT32, [1]),
              helper.make_tensor_value_info("min_length", TensorProto.INT32, [1])]
    attrs = dict(eos_token_id=special_ids["eos"], pad_token_id=special_ids["pad"],
                 model_type=0, decoder=sub, domain=MS_DOMAIN)
    if kind == "greedy":
        node = helper.make_node(
            "GreedySearch", ["input_ids", "max_length", "min_length", "repetition_penalty",
                             "vocab_mask", "", "attention_mask"], ["sequences"], **attrs)
        outputs = [helper.make_tensor_value_info("sequences", TensorProto.INT32,
                                                 ["batch_size", "max_length"])]
    else:
        inputs += [helper.make_tensor_value_info("num_beams", TensorProto.INT32, [1]),
                   helper.make_tensor_value_info("num_return_sequences", TensorProto.INT32, [1]),
                   helper.make_tensor_value_info("length_penalty", TensorProto.FLOAT, [1])]
        node = helper.make_node(
            "BeamSearch", ["input_ids", "max_length", "min_length", "num_beams",
                           "num_return_sequences", "length_penalty", "repetition_penalty",
                           "vocab_mask", "", "attention_mask"],
            ["sequences", "sequences_scores"], early_stopping=0, **attrs)
        outputs = [helper.make_tensor_value_info("sequences", TensorProto.INT32,
                                                 ["batch_size", "num_return_sequences",
                                                  "max_length"]),
                   helper.make_tensor_value_info("sequences_scores", TensorProto.FLOAT,
                                                 ["batch_size", "num_return_sequences"])]
    return helper.make_graph([node], f"biogpt_{kind}_search", inputs, outputs, initializer=fixed)
