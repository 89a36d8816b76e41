"""The exporter's self-check, run before it says done.

With Python's onnxruntime importable, the exported graph itself runs on a few prompts and its
logits are compared with the PyTorch model. Without it (Debian has no python3-onnxruntime),
the graph is checked structurally (onnx.checker, I/O names and shapes) and the traced program
the export was made from is re-run at other batch, past and sequence lengths than the trace
used, against the eager model: that catches shapes baked in by tracing, the usual export bug.
The Java tests then run the exported files with ONNX Runtime.
"""
import torch

TOLERANCE = 1e-4
PROMPTS = [[2, 11, 12, 13, 14], [2, 21, 22]]


def check_decoder(model, path, eos):
    import onnx
    onnx.checker.check_model(path)
    graph = onnx.load(path, load_external_data=False).graph
    ins, outs, _ = model.io_names()
    names = ([i.name for i in graph.input], [o.name for o in graph.output])
    if names != (ins, outs):
        raise AssertionError(f"{path}: I/O {names} differ from {ins, outs}")
    batch = _left_padded(PROMPTS, pad=1)
    try:
        import onnxruntime
    except ImportError:
        return _check_traced(model, batch)
    return _check_with_ort(onnxruntime, model, path, batch)


def _left_padded(prompts, pad):
    width = max(len(p) for p in prompts)
    ids = torch.tensor([[pad] * (width - len(p)) + p for p in prompts])
    mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts])
    return ids, mask


def _empty_past(model, rows):
    hd = model.d // model.h
    return [torch.zeros(rows, model.h, 0, hd) for _ in range(2 * model.n_layers)]


def _cases(model, batch):
    """(input_ids, mask, past) triples: a padded prefill, then a one-token step on its cache."""
    ids, mask = batch
    with torch.no_grad():
        first = model(ids, mask, *_empty_past(model, ids.shape[0]))
    step_ids = first[0][:, -1, :].argmax(-1, keepdim=True)
    step_mask = torch.cat([mask, torch.ones_like(step_ids)], dim=1)
    return [(ids, mask, _empty_past(model, ids.shape[0])),
            (step_ids, step_mask, list(first[1:]))]


def _check_traced(model, batch):
    ins, _, _ = model.io_names()
    hd = model.d // model.h
    example = (torch.tensor([[2, 11, 12, 13]]), torch.ones(1, 7, dtype=torch.long),
               *[torch.zeros(1, model.h, 3, hd) for _ in range(2 * model.n_layers)])
    with torch.no_grad():
        traced = torch.jit.trace(model, example, check_trace=False)
        worst = _worst(model, traced, batch)
        cache = _cache_consistency(model)
    _require(worst, "traced program vs eager at untraced shapes")
    _require(cache, "step-wise decoding vs one full pass")
    return (f"verified (no onnxruntime in Python: structure checked, traced program at new "
            f"shapes within {worst:.2e} of eager, cached steps within {cache:.2e} of a full "
            f"pass; the graph itself runs in the Java tests)")


def _check_with_ort(ort, model, path, batch):
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    ins, _, _ = model.io_names()
    worst = 0.0
    with torch.no_grad():
        for ids, mask, past in _cases(model, batch):
            feeds = dict(zip(ins, [t.numpy() for t in (ids, mask, *past)]))
            got = torch.from_numpy(session.run(["logits"], feeds)[0])
            want = model(ids, mask, *past)[0]
            worst = max(worst, _masked_diff(got, want, mask[:, -ids.shape[1]:]))
    _require(worst, "ONNX Runtime vs PyTorch logits")
    return f"verified with onnxruntime: logits within {worst:.2e} of PyTorch"


def _worst(model, traced, batch):
    worst = 0.0
    for ids, mask, past in _cases(model, batch):
        got = traced(ids, mask, *past)[0]
        want = model(ids, mask, *past)[0]
        worst = max(worst, _masked_diff(got, want, mask[:, -ids.shape[1]:]))
    return worst


def _cache_consistency(model):
    prompt = torch.tensor([PROMPTS[0]])
    full = model(prompt, torch.ones_like(prompt), *_empty_past(model, 1))[0]
    head = prompt[:, :3]
    out = model(head, torch.ones_like(head), *_empty_past(model, 1))
    past, worst = list(out[1:]), 0.0
    for t in range(3, prompt.shape[1]):
        step = model(prompt[:, t:t + 1], torch.ones(1, t + 1, dtype=torch.long), *past)
        worst = max(worst, (step[0][0, 0] - full[0, t]).abs().max().item())
        past = list(step[1:])
    return worst


def _masked_diff(got, want, mask):
    keep = mask.bool().unsqueeze(-1).expand_as(got)
    return (got[keep] - want[keep]).abs().max().item()


def _require(worst, what):
    if not worst <= TOLERANCE:
        raise AssertionError(f"export check failed: {what} differ by {worst:.3e} "
                             f"(tolerance {TOLERANCE})")


def check_search(path, model):
    import onnx
    onnx.checker.check_model(path)
    node = onnx.load(path, load_external_data=False).graph.node[-1]
    if node.domain != "com.microsoft":
        raise AssertionError(f"{path}: last node is {node.op_type}, not a com.microsoft search")
    return f"search graph {path}: {node.op_type} over the decoder, structure checked"
