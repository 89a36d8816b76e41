#!/usr/bin/env python3
"""Export a BioGPT checkpoint to a litmine model directory (docs/export.md).

  /usr/bin/python3 tools/export_biogpt.py --from CHECKPOINT --out MODEL_DIR \
      [--task kd-dti|ddi|bc5cdr|hoc] [--fp16] [--search greedy|beam|none]

CHECKPOINT is a Hugging Face BioGPT folder (config.json + pytorch_model.bin or
model.safetensors, vocab.json, merges.txt) or a fairseq checkpoint (.pt with decoder.* keys,
beside dict.txt and bpecodes). MODEL_DIR receives decoder.onnx, vocab.json, merges.txt,
model.json and, unless --search none, search.onnx. Needs only torch and onnx; no internet.
"""
import argparse
import json
import os
import tempfile
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import checkpoints  # noqa: E402
from checkpoints import ExportError  # noqa: E402

EXPORTER = "litmine tools/export_biogpt.py 1"
TWO_GB = 2 * 1024**3

# biogpt-spec.md section 3.0 (learned prompt count, source truncation M) and section 4 (labels)
TASKS = {
    "kd-dti": {"prompts": 9, "max_source_tokens": 640, "labels": [
        "activator", "adduct", "agonist", "allosteric modulator", "antagonist", "antibody",
        "bind", "binder", "binding", "blocker", "chaperone", "chelator", "cleavage", "cofactor",
        "cross-linking/alkylation", "disruption", "downregulator", "enhancer", "inactivator",
        "inducer", "inhibitor", "intercalation", "inverse agonist", "ligand", "modulator",
        "multitarget", "negative modulator", "opener", "other", "other/unknown",
        "partial agonist", "partial antagonist", "positive allosteric modulator",
        "potentiator", "product of", "regulator", "stimulator", "substrate", "suppressor",
        "unknown", "weak inhibitor"]},
    "ddi": {"prompts": 9, "max_source_tokens": 640,
            "labels": ["mechanism", "effect", "advise", "int"]},
    "bc5cdr": {"prompts": 9, "max_source_tokens": 640, "labels": ["exists"]},
    "hoc": {"prompts": 1, "max_source_tokens": 900, "labels": [
        "sustaining proliferative signaling", "evading growth suppressors",
        "resisting cell death", "enabling replicative immortality", "inducing angiogenesis",
        "activating invasion and metastasis", "genomic instability and mutation",
        "tumor promoting inflammation", "cellular energetics", "avoiding immune destruction",
        "empty"]},
}


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="source", required=True, help="checkpoint folder or .pt")
    ap.add_argument("--out", required=True, help="model directory to write")
    ap.add_argument("--task", choices=sorted(TASKS), help="the task of a fine-tuned checkpoint")
    ap.add_argument("--fp16", action="store_true",
                    help="store the weights as float16 (half the file size; inputs, outputs "
                         "and arithmetic stay float32)")
    ap.add_argument("--search", choices=["greedy", "beam", "none"], default="greedy",
                    help="in-graph search operator to wrap the decoder in (search.onnx)")
    return ap.parse_args(argv)


def learned_prompt_ids(ckpt, task):
    """The ids of learned1..learnedN for the task, or [] for a plain language model."""
    keyed = sorted(v for k, v in ckpt.vocab.items()
                   if k.startswith("learned") and k.endswith("</w>") and k[7:-4].isdigit())
    unkeyed = ckpt.vocab_size - len(ckpt.vocab)
    rows = len(keyed) + max(unkeyed, 0)
    if task is None:
        if rows:
            raise ExportError(
                f"the embedding has {ckpt.vocab_size} rows, {rows} of them learned prompt rows "
                "beyond the base vocabulary (biogpt-spec.md section 1.5): this is a task "
                "fine-tune; pass --task kd-dti|ddi|bc5cdr|hoc")
        return []
    count = TASKS[task]["prompts"]
    if rows != count:
        raise ExportError(
            f"task {task} needs {count} learned prompt rows (biogpt-spec.md section 1.5), but "
            f"the embedding has {ckpt.vocab_size} rows and {rows} extra rows beyond the base "
            f"vocabulary: is this the {task} fine-tune?")
    for i in range(len(keyed), count):  # Hugging Face folders may lack the learned keys
        ckpt.vocab[f"learned{i + 1}</w>"] = len(ckpt.vocab)
        keyed.append(ckpt.vocab[f"learned{i + 1}</w>"])
    return keyed


def build_model(ckpt, fp16=False):
    import torch
    from minibiogpt import MiniBioGpt
    model = MiniBioGpt(vocab=ckpt.vocab_size, d=ckpt.hidden, layers=ckpt.layers, h=ckpt.heads,
                       ff=ckpt.ffn, max_pos=ckpt.max_positions,
                       scale_embedding=ckpt.scale_embedding).eval()
    state = {k: v.float() for k, v in ckpt.state.items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    if missing or unexpected:
        raise ExportError(f"{ckpt.weights_file}: missing keys {missing[:5]}, "
                          f"unexpected keys {unexpected[:5]}")
    if fp16:
        with torch.no_grad():  # round the weights to float16 values, keep float32 compute
            for p in model.parameters():
                p.copy_(p.half().float())
    return model


def write_decoder(model, out, fp16=False):
    """decoder.onnx in DESIGN.md's format; one external data file when over 2 GB.

    torch writes the graph into a scratch folder first (for large models it may scatter one
    file per tensor there), so nothing else in --out is ever touched."""
    import onnx
    path = os.path.join(out, "decoder.onnx")
    with tempfile.TemporaryDirectory(dir=out, prefix=".export-") as scratch:
        raw = os.path.join(scratch, "decoder.onnx")
        model.export_onnx(raw)
        graph = onnx.load(raw)
    if fp16:
        import half_weights
        graph = half_weights.to_half(graph)
    save(graph, path)
    return path


def save(graph, path):
    """Saves a model, moving its weights to PATH.data when the file would pass 2 GB."""
    import onnx
    weights = sum(len(t.raw_data) for t in _all_initializers(graph.graph))
    if weights > TWO_GB - (64 << 20):
        onnx.save_model(graph, path, save_as_external_data=True, all_tensors_to_one_file=True,
                        location=os.path.basename(path) + ".data", size_threshold=1024)
    else:
        onnx.save_model(graph, path)


def _all_initializers(graph):
    for tensor in graph.initializer:
        yield tensor
    for node in graph.node:
        for attribute in node.attribute:
            if attribute.HasField("g"):
                yield from _all_initializers(attribute.g)


def write_vocab(ckpt, out):
    with open(os.path.join(out, "vocab.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(ckpt.vocab, ensure_ascii=False, indent=2))
    with open(os.path.join(out, "merges.txt"), "w", encoding="utf-8") as f:
        f.write(ckpt.merges_text)


def manifest(ckpt, args, learned, decoder_path, search_kind):
    task = args.task or "lm"
    spec = TASKS.get(task, {"max_source_tokens": 0, "labels": []})
    weights = decoder_path + ".data" if os.path.exists(decoder_path + ".data") else decoder_path
    result = {
        "task": task,
        "format": "decoder-with-past",
        "decoder": "decoder.onnx",
        "dims": {"vocab_size": ckpt.vocab_size, "hidden": ckpt.hidden, "layers": ckpt.layers,
                 "heads": ckpt.heads, "max_positions": ckpt.max_positions},
        "special_ids": ckpt.special_ids,
        "learned_prompt_ids": learned,
        "max_source_tokens": spec["max_source_tokens"],
        "decoding": {"num_beams": 1, "length_penalty": 1.0, "max_new_tokens": 1024},
        "labels": spec["labels"],
        "provenance": {"exported_from": os.path.abspath(ckpt.source), "exporter": EXPORTER,
                       "weights_sha256": checkpoints.sha256(weights),
                       "checkpoint_sha256": checkpoints.sha256(ckpt.weights_file),
                       "checkpoint_layout": ckpt.layout,
                       "weights_dtype": "float16" if args.fp16 else "float32"},
    }
    if search_kind != "none":
        result["search"] = {"file": "search.onnx", "kind": search_kind}
    return result


def export(argv):
    args = parse_args(argv)
    ckpt = checkpoints.load(args.source)
    for note in ckpt.notes:
        print("note: " + note, file=sys.stderr)
    learned = learned_prompt_ids(ckpt, args.task)
    if len(ckpt.vocab) != ckpt.vocab_size:
        raise ExportError(
            f"the vocabulary has {len(ckpt.vocab)} entries but the embedding {ckpt.vocab_size} "
            "rows; fine-tunes add learned prompt rows (learned1..N): pass --task, or for a "
            "Hugging Face folder add the learned keys to vocab.json")
    if os.path.abspath(args.out) in (os.path.abspath(args.source),
                                     os.path.dirname(os.path.abspath(ckpt.weights_file))):
        raise ExportError(f"--out {args.out} is the checkpoint's own folder; choose a new one")
    os.makedirs(args.out, exist_ok=True)
    for stale in ("decoder.onnx", "decoder.onnx.data", "search.onnx", "search.onnx.data",
                  "model.json"):
        if os.path.exists(os.path.join(args.out, stale)):
            os.remove(os.path.join(args.out, stale))
    model = build_model(ckpt, args.fp16)
    decoder_path = write_decoder(model, args.out, args.fp16)
    write_vocab(ckpt, args.out)
    import verify
    report = verify.check_decoder(model, decoder_path, ckpt.special_ids["eos"])
    print(report)
    if args.search != "none":
        import search_graph
        search_graph.write(model, decoder_path, os.path.join(args.out, "search.onnx"),
                           args.search, ckpt.special_ids)
        print(verify.check_search(os.path.join(args.out, "search.onnx"), model))
    with open(os.path.join(args.out, "model.json"), "w", encoding="utf-8") as f:
        json.dump(manifest(ckpt, args, learned, decoder_path, args.search), f, indent=2)
        f.write("\n")
    print(f"wrote {args.out}: {ckpt.layout} checkpoint, vocab {ckpt.vocab_size}, "
          f"d={ckpt.hidden} layers={ckpt.layers} heads={ckpt.heads}, task {args.task or 'lm'}")
    return 0


def main(argv=None):
    try:
        return export(sys.argv[1:] if argv is None else argv)
    except ExportError as e:
        print(f"export_biogpt: {e}", file=sys.stderr)
        return 2
    except AssertionError as e:  # the self-check failed: no model.json was written
        print(f"export_biogpt: {e}; the directory is incomplete (no model.json)",
              file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
