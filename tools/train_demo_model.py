#!/usr/bin/env python3
"""Trains a small BioGPT-architecture demonstration model for one task and exports it.

  /usr/bin/python3 tools/train_demo_model.py --task kd-dti|ddi|hoc [--out models/demo/TASK]

What it makes is NOT BioGPT: a 4-layer, 128-wide, 2-head decoder with BioGPT's vocabulary (42,384
ids plus the task's learned prompt rows, biogpt-spec.md section 1.5), trained from random
weights on the task's public training data in minutes on a CPU, so that a newcomer's first
`./litmine demo` builds a graph. Its test-set scores are in README, next to the paper's.

Data, exactly in BioGPT's fine-tuning format (biogpt-spec.md sections 1.5 and 3):
  [2] + source ids (truncated to M with '...') + learned1..N  ->  target ids + [2]
with the sources and targets of BioGPT's rebuild_data.py. The text is tokenized by litmine's
own Java tokenizer in strict mode (Hugging Face parity), so training and inference agree on
every id; before training, the prefixes and targets built for the task's test set are compared
with the golden model inputs (data/biogpt/golden), all records.

Deliberate deviations from BioGPT's recipe, because there is no pre-trained model to start
from: the loss covers the target (as BioGPT's) plus, with weight --source-lm-weight, the
next-token loss on a sample of source positions, a stand-in for pre-training that teaches the
small model the words it must copy; KD-DTI trains on kd-dti_valid.json (the train split is not
public). Seeded: the same command on the same torch gives the same weights.

Needs Debian's python3-torch and python3-onnx, and the built jar (jobs/target/litmine.jar,
`./litmine --help` builds it). Writes a Hugging Face-style checkpoint to a scratch folder,
exports it with tools/export_biogpt.py (--fp16, step-wise decoder only: an in-graph search
graph would store the weights twice and break the 15 MB budget), and writes training.json
(command, data checksums, sizes, losses, time) beside model.json.
"""
import argparse
import hashlib
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

import export_biogpt  # noqa: E402
from minibiogpt import MiniBioGpt  # noqa: E402

BASE_VOCAB = 42384
ELLIPSIS = 11475  # '...</w>': the last id of a truncated source (spec 3.0 step 2)
EOS, PAD = 2, 1
DATA = os.path.join(ROOT, "data", "biogpt")

# train file, test file, learned prompt rows, max source ids, default epochs
TASKS = {
    "kd-dti": ("kd-dti_valid.json", "kd-dti_test.json", 9, 640, 10),
    "ddi": ("ddi_train.json", "ddi_test.json", 9, 640, 8),
    "hoc": ("hoc_train.tsv", "hoc_test.tsv", 1, 900, 2),
}
# source positions per row with the auxiliary LM loss: HoC's sentences are short and many
SOURCE_LM_POSITIONS = {"kd-dti": 32, "ddi": 32, "hoc": 4}


class TrainingError(Exception):
    """A problem the user can fix (missing jar, bad data); printed without a stack trace."""


# ------------------------------------------------------------------ rebuild_data.py, per task


UNRESOLVED = "DrugBank####"  # kd-dti_valid.json names 864 of its 2,269 entities only so


def resolved(triple):
    """False for a triple whose drug or target is an unresolved DrugBank id
    ('DrugBank####DB08813'): no abstract contains such a string, so a model cannot learn it
    from the text; it only learns to emit the placeholder (seen in a first training run)."""
    return not (triple["drug"].startswith(UNRESOLVED) or triple["target"].startswith(UNRESOLVED))


def relation_examples(path, with_title, training=False):
    """(id, source, target) of KD-DTI or DDI; documents without triples are skipped. For
    training, triples with unresolved DrugBank ids are dropped first (a deliberate deviation:
    BioGPT was fine-tuned on the full train split, which is not public)."""
    with open(path, encoding="utf-8") as f:
        docs = json.load(f)
    out = []
    for key, doc in docs.items():
        triples = doc.get("triples") or []
        if training:
            triples = [t for t in triples if resolved(t)]
        if not triples:
            continue
        if with_title:
            title = doc["title"].strip()
            sep = " " if re.search(r"\W$", title) else ". "
            content = (title + sep + doc["abstract"].strip()).lower()
        else:
            content = doc["abstract"].strip().replace("\n", " ").lower()
        # rebuild_data.py's quirk: original-case drug against the lowercased content
        triples = sorted(triples, key=lambda t: content.find(t["drug"]))
        target = "; ".join(
            f"the interaction between {t['drug']} and {t['target']} is {t['interaction']}"
            .lower() for t in triples) + "."
        out.append((key, content, target))
    return out


def hoc_examples(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            sentence, labels = line.rstrip("\n").split("\t")
            sentence = sentence.replace("\n", "").strip()
            if not sentence.endswith("."):
                sentence += "."
            out.append((str(number), sentence, f"the type of this document is {labels}."))
    return out


def examples(task, path, training=False):
    if task == "hoc":
        return hoc_examples(path)
    return relation_examples(path, with_title=(task == "kd-dti"), training=training)


# ------------------------------------------------------------------ ids


def java_tokenizer(jar):
    """A tokenizer function backed by `litmine tokenize --strict` (one JVM per call)."""
    return lambda texts: tokenize(texts, jar)


def tokenize(texts, jar):
    """Ids of each text (without the leading </s>) from litmine's Java tokenizer."""
    if not os.path.isfile(jar):
        raise TrainingError(f"{jar} is missing: build it first (./litmine --help builds it)")
    lines = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    run = subprocess.run(["java", "-jar", jar, "tokenize", "--strict", "--vocab-dir", DATA],
                         input=lines, capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        raise TrainingError(f"litmine tokenize failed: {run.stderr.strip()[-500:]}")
    ids = [json.loads(line)["input_ids"] for line in run.stdout.splitlines() if line.strip()]
    if len(ids) != len(texts):
        raise TrainingError(f"litmine tokenize returned {len(ids)} lines for {len(texts)}")
    return [row[1:] if row and row[0] == EOS else row for row in ids]


def encode(task, records, tokenizer):
    """(id, prefix, target) id lists in BioGPT's prompt layout."""
    _, _, prompts, max_source, _ = TASKS[task]
    learned = list(range(BASE_VOCAB, BASE_VOCAB + prompts))
    ids = tokenizer([r[1] for r in records] + [r[2] for r in records])
    sources, targets = ids[:len(records)], ids[len(records):]
    out = []
    for (key, _, _), src, tgt in zip(records, sources, targets):
        if len(src) > max_source:
            src = src[:max_source - 1] + [ELLIPSIS]
        out.append((key, [EOS] + src + learned, tgt + [EOS]))
    return out


def check_against_golden(task, tokenizer):
    """Builds the test set's prefixes and targets here and compares them with the golden
    model inputs of the official scripts, every record; raises on the first difference."""
    _, test_file, _, _, _ = TASKS[task]
    golden_path = os.path.join(DATA, "golden", f"{task}_test_model_io.jsonl")
    with open(golden_path, encoding="utf-8") as f:
        golden = [json.loads(line) for line in f if line.strip()]
    built = encode(task, examples(task, os.path.join(DATA, test_file)), tokenizer)
    if len(built) != len(golden):
        raise TrainingError(f"{task}: built {len(built)} test records, golden has {len(golden)}")
    for (key, prefix, target), ref in zip(built, golden):
        if prefix != ref["input_ids"] or target != ref["target_ids"]:
            raise TrainingError(f"{task} test record {ref['id']} ({key}): the prefix or target "
                                "built here differs from the golden model input")
    return len(built)


# ------------------------------------------------------------------ training


def batches(data, max_tokens, rng):
    """Length-sorted batches of at most max_tokens padded positions, in a seeded order."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i][1]) + len(data[i][2]), i))
    out, current, longest = [], [], 0
    for i in order:
        length = len(data[i][1]) + len(data[i][2])
        if current and max(longest, length) * (len(current) + 1) > max_tokens:
            out.append(current)
            current, longest = [], 0
        current.append(i)
        longest = max(longest, length)
    if current:
        out.append(current)
    rng.shuffle(out)
    return out


def tensors(data, batch, max_positions, lm_positions, rng):
    """Right-padded inputs, and the flat indices and labels of the positions with a loss:
    every target position, and lm_positions sampled source positions per row."""
    rows = []
    for i in batch:
        _, prefix, target = data[i]
        rows.append((prefix + target)[:max_positions])
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), PAD, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    tgt_at, tgt_label, lm_at, lm_label = [], [], [], []
    for b, (i, row) in enumerate(zip(batch, rows)):
        ids[b, :len(row)] = torch.tensor(row)
        mask[b, :len(row)] = 1
        start = len(data[i][1])  # position of the first target id
        tgt_at += [b * width + p - 1 for p in range(start, len(row))]
        tgt_label += row[start:]
        # source next-token positions: predict ids 1..start-N-1 (not the learned prompt ids)
        candidates = [p for p in range(1, start) if row[p] < BASE_VOCAB]
        for p in rng.sample(candidates, min(lm_positions, len(candidates))):
            lm_at.append(b * width + p - 1)
            lm_label.append(row[p])
    as_long = lambda v: torch.tensor(v, dtype=torch.long)  # noqa: E731
    return ids, mask, as_long(tgt_at), as_long(tgt_label), as_long(lm_at), as_long(lm_label)


def train(model, data, args, log):
    rng = random.Random(args.seed)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                                   {"params": no_decay, "weight_decay": 0.0}],
                                  lr=args.lr, betas=(0.9, 0.98), eps=1e-8)
    steps_per_epoch = len(batches(data, args.batch_tokens, random.Random(0)))
    total = steps_per_epoch * args.epochs
    warmup = min(200, total // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(
        (s + 1) / max(warmup, 1), 0.5 * (1 + math.cos(math.pi * min(s / total, 1.0)))))
    started, step, history = time.time(), 0, []
    for epoch in range(1, args.epochs + 1):
        model.train()
        sums = [0.0, 0, 0.0, 0]
        for batch in batches(data, args.batch_tokens, rng):
            ids, mask, tgt_at, tgt_label, lm_at, lm_label = tensors(
                data, batch, args.max_positions, args.source_lm_positions, rng)
            hidden, _ = model.hidden_states(ids, mask, dropout=args.dropout)
            flat = hidden.reshape(-1, hidden.shape[-1])
            weight = model.biogpt.embed_tokens.weight
            tgt_loss = F.cross_entropy(F.linear(flat[tgt_at], weight), tgt_label)
            loss = tgt_loss
            if len(lm_at) and args.source_lm_weight > 0:
                lm_loss = F.cross_entropy(F.linear(flat[lm_at], weight), lm_label)
                loss = loss + args.source_lm_weight * lm_loss
                sums[2] += lm_loss.item() * len(lm_at)
                sums[3] += len(lm_at)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            step += 1
            sums[0] += tgt_loss.item() * len(tgt_at)
            sums[1] += len(tgt_at)
            if step % args.log_every == 0:
                log(f"step {step}/{total}: target loss {tgt_loss.item():.3f}, "
                    f"{time.time() - started:.0f} s")
        entry = {"epoch": epoch, "target_loss": round(sums[0] / max(sums[1], 1), 4),
                 "source_lm_loss": round(sums[2] / max(sums[3], 1), 4),
                 "seconds": round(time.time() - started, 1)}
        history.append(entry)
        log(f"epoch {epoch}/{args.epochs}: target loss {entry['target_loss']:.3f}, "
            f"source LM loss {entry['source_lm_loss']:.3f}, step {step}/{total}, "
            f"{entry['seconds']:.0f} s")
    return history, step


# ------------------------------------------------------------------ checkpoint and export


def write_checkpoint(model, args, folder):
    """A Hugging Face BioGPT folder that tools/export_biogpt.py reads."""
    config = {"architectures": ["BioGptForCausalLM"], "model_type": "biogpt",
              "vocab_size": model.biogpt.embed_tokens.num_embeddings,
              "hidden_size": args.hidden, "num_hidden_layers": args.layers,
              "num_attention_heads": args.heads, "intermediate_size": args.ffn,
              "max_position_embeddings": args.max_positions, "hidden_act": "gelu",
              "scale_embedding": True, "tie_word_embeddings": True,
              "bos_token_id": 0, "pad_token_id": PAD, "eos_token_id": EOS}
    with open(os.path.join(folder, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)
    state = {k: v.detach().clone() for k, v in model.state_dict().items()
             if k != "output_projection.weight"}
    torch.save(state, os.path.join(folder, "pytorch_model.bin"))
    for name in ("vocab.json", "merges.txt"):
        shutil.copy(os.path.join(DATA, name), folder)


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def folder_bytes(folder):
    return sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder))


# ------------------------------------------------------------------ main


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--task", required=True, choices=sorted(TASKS))
    ap.add_argument("--out", help="model directory (default models/demo/TASK)")
    ap.add_argument("--epochs", type=int, help="passes over the training data "
                    "(default: kd-dti 10, ddi 8, hoc 2)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--heads", type=int, default=2,
                    help="attention heads (2 of width 64 run far faster on a CPU than 4 of 32)")
    ap.add_argument("--ffn", type=int, default=512)
    ap.add_argument("--max-positions", type=int, default=1024)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--batch-tokens", type=int, default=6144,
                    help="padded positions per batch")
    ap.add_argument("--source-lm-weight", type=float, default=0.5)
    ap.add_argument("--source-lm-positions", type=int,
                    help="source positions per row that carry the auxiliary LM loss "
                         "(default: kd-dti 32, ddi 32, hoc 4)")
    ap.add_argument("--init-from", metavar="MODEL_DIR",
                    help="start from an exported model of the same dims (e.g. another task's "
                         "demo model with the same prompt length) instead of random weights")
    ap.add_argument("--log-every", type=int, default=50, help="progress line every N steps")
    ap.add_argument("--jar", default=os.path.join(ROOT, "jobs", "target", "litmine.jar"))
    args = ap.parse_args(argv)
    args.out = args.out or os.path.join(ROOT, "models", "demo", args.task)
    args.epochs = args.epochs or TASKS[args.task][4]
    if args.source_lm_positions is None:
        args.source_lm_positions = SOURCE_LM_POSITIONS[args.task]
    return args


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    log = lambda m: print(f"[train {args.task}] {m}", flush=True)  # noqa: E731
    try:
        return run(args, argv, log)
    except TrainingError as e:
        print(f"train_demo_model: {e}", file=sys.stderr)
        return 2


def warn_if_blas_is_slow(log):
    """Debian's python3-torch calls whatever libblas.so.3 is installed; the reference BLAS
    that comes by default is about 20 times slower than OpenBLAS on this work (1.9 against
    44 GFLOP/s on 2 cores here); a busy machine alone does not fall below 3."""
    a, b = torch.randn(1024, 512), torch.randn(512, 512)
    started = time.time()
    for _ in range(10):
        a @ b
    gflops = 10 * 2 * 1024 * 512 * 512 / (time.time() - started) / 1e9
    if gflops < 3:
        log(f"WARNING: matrix products run at {gflops:.1f} GFLOP/s: torch is probably using "
            "the reference BLAS. On Debian, `apt-get install libopenblas0-pthread` makes "
            "training about 20 times faster.")


def run(args, argv, log):
    started = time.time()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    warn_if_blas_is_slow(log)
    train_file, _, prompts, _, _ = TASKS[args.task]
    tokenizer = java_tokenizer(args.jar)
    checked = check_against_golden(args.task, tokenizer)
    log(f"prefixes and targets built here match the golden model inputs: {checked}/{checked}")
    data = encode(args.task, examples(args.task, os.path.join(DATA, train_file), training=True),
                  tokenizer)
    log(f"{len(data)} training examples from {train_file}, "
        f"{sum(len(p) + len(t) for _, p, t in data)} ids")
    model = MiniBioGpt(vocab=BASE_VOCAB + prompts, d=args.hidden, layers=args.layers,
                       h=args.heads, ff=args.ffn, max_pos=args.max_positions)
    init(model)
    if args.init_from:
        load_exported(model, args.init_from)
        log(f"starting from the weights of {args.init_from}")
    history, steps = train(model, data, args, log)
    train_seconds = time.time() - started
    model.eval()
    with tempfile.TemporaryDirectory(prefix="litmine-demo-ckpt-") as ckpt:
        write_checkpoint(model, args, ckpt)
        code = export_biogpt.main(["--from", ckpt, "--out", args.out, "--task", args.task,
                                   "--fp16", "--search", "none"])
        if code != 0:
            raise TrainingError(f"export failed with status {code}")
    write_training_record(args, argv, train_file, data, history, steps, train_seconds)
    log(f"wrote {args.out} ({folder_bytes(args.out) / 1e6:.1f} MB) in "
        f"{(time.time() - started) / 60:.1f} min")
    return 0


def load_exported(model, model_dir):
    """Starts from the weights of an exported model directory (its decoder.onnx, float16 or
    float32 initializers named after the parameters); the dims must match."""
    import onnx
    from onnx import numpy_helper
    graph = onnx.load(os.path.join(model_dir, "decoder.onnx")).graph
    weights = {t.name.removesuffix(".fp16"): torch.from_numpy(
        numpy_helper.to_array(t).astype("float32")) for t in graph.initializer}
    state = model.state_dict()
    missing = [k for k in state if k != "output_projection.weight" and k not in weights]
    if missing:
        raise TrainingError(f"{model_dir}/decoder.onnx lacks {missing[:3]}: not a model of these dims")
    with torch.no_grad():
        for name, tensor in state.items():
            if name != "output_projection.weight":
                if weights[name].shape != tensor.shape:
                    raise TrainingError(f"{model_dir}: {name} is {tuple(weights[name].shape)}, "
                                        f"this model needs {tuple(tensor.shape)}")
                tensor.copy_(weights[name])


def init(model):
    """fairseq's initialisation: normal(0, 0.02) weights, zero biases, zero pad row."""
    for name, p in model.named_parameters():
        if p.dim() >= 2:
            torch.nn.init.normal_(p, 0.0, 0.02)
        elif name.endswith("bias"):
            torch.nn.init.zeros_(p)
    with torch.no_grad():
        model.biogpt.embed_tokens.weight[PAD].zero_()


def write_training_record(args, argv, train_file, data, history, steps, seconds):
    record = {
        "what": "litmine demonstration model: a small BioGPT-architecture decoder trained from "
                "random weights on public task data in minutes. NOT BioGPT; for demos only.",
        "task": args.task,
        "command": "/usr/bin/python3 tools/train_demo_model.py " + " ".join(argv),
        "training_data": {"file": f"data/biogpt/{train_file}",
                          "sha256": sha256(os.path.join(DATA, train_file)),
                          "examples": len(data)},
        "dims": {"hidden": args.hidden, "layers": args.layers, "heads": args.heads,
                 "ffn": args.ffn, "max_positions": args.max_positions},
        "hyperparameters": {k: getattr(args, k) for k in (
            "epochs", "seed", "lr", "dropout", "batch_tokens", "source_lm_weight",
            "source_lm_positions")},
        "initial_weights": args.init_from or "random (seeded)",
        "steps": steps,
        "history": history,
        "training_seconds": round(seconds, 1),
        "threads": args.threads,
        "torch": torch.__version__,
        "weights": "float16 (exported with --fp16); step-wise decoder only (--search none)",
    }
    with open(os.path.join(args.out, "training.json"), "w", encoding="utf-8") as f:
        json.dump(record, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
