"""--fp16: store the decoder's float weights as float16, halving decoder.onnx and search.onnx.

Each large float32 initializer W becomes a float16 initializer W.fp16 and a Cast back to
float32 named W, so the graph's inputs, outputs and arithmetic stay float32 and the Java
engine's contract is unchanged; ONNX Runtime folds the casts once at session start (the
weights then sit in memory as float32). The export self-check runs on the float16-rounded
weights, so it checks exactly what was stored. BioGPT was trained in float32 (spec 2.3): the
rounding's effect on task accuracy is unmeasured.
"""
import numpy
from onnx import TensorProto, helper, numpy_helper

SMALLEST = 1024  # biases and norms stay float32: they are tiny


def to_half(model):
    graph = model.graph
    casts, kept = [], []
    for tensor in graph.initializer:
        if tensor.data_type != TensorProto.FLOAT or _count(tensor) < SMALLEST:
            kept.append(tensor)
            continue
        values = numpy_helper.to_array(tensor).astype(numpy.float16)
        kept.append(numpy_helper.from_array(values, tensor.name + ".fp16"))
        casts.append(helper.make_node("Cast", [tensor.name + ".fp16"], [tensor.name],
                                      to=TensorProto.FLOAT))
    del graph.initializer[:]
    graph.initializer.extend(kept)
    nodes = casts + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    return model


def _count(tensor):
    count = 1
    for d in tensor.dims:
        count *= d
    return count
