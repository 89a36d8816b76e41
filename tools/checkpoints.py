"""Reading BioGPT checkpoints into one normalised form for the exporter.

Two layouts are understood (biogpt-spec.md section 2.2, 2.3, 6):
  - a Hugging Face folder: config.json + pytorch_model.bin or model.safetensors
    (+ vocab.json, merges.txt);
  - a fairseq checkpoint: a .pt file whose "model" dict has decoder.* keys, beside
    dict.txt and bpecodes (or a folder holding exactly one such .pt).
Anything else is refused with a message saying what was looked for.
"""
import hashlib
import json
import os
import struct
from dataclasses import dataclass, field

import torch


class ExportError(Exception):
    """A problem with the user's input, reported as one clear line."""


SPECIALS = ["<s>", "<pad>", "</s>", "<unk>"]
HF_PREFIX = "biogpt."
FAIRSEQ_PREFIX = "decoder."


@dataclass
class Checkpoint:
    layout: str  # "huggingface" or "fairseq"
    source: str  # the path the user gave
    weights_file: str  # the file whose checksum is recorded
    state: dict  # Hugging Face parameter names -> tensors
    vocab_size: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    scale_embedding: bool
    special_ids: dict
    vocab: dict  # key -> id, in id order
    merges_text: str  # the merges.txt content to write
    notes: list = field(default_factory=list)


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load(path):
    """Reads a checkpoint of either layout, or raises ExportError saying why not."""
    if not os.path.exists(path):
        raise ExportError(f"checkpoint {path} does not exist")
    if os.path.isdir(path) and os.path.isfile(os.path.join(path, "config.json")):
        return _load_hf(path)
    pt = _find_fairseq_pt(path)
    if pt:
        return _load_fairseq(path, pt)
    raise ExportError(
        f"{path} is not a known checkpoint layout: expected a Hugging Face folder "
        "(config.json + pytorch_model.bin or model.safetensors) or a fairseq .pt file "
        "(beside dict.txt and bpecodes)")


# ---------------------------------------------------------------- Hugging Face


def _load_hf(folder):
    config = _read_json(os.path.join(folder, "config.json"))
    if config.get("model_type") not in (None, "biogpt"):
        raise ExportError(
            f"{folder}/config.json has model_type '{config.get('model_type')}'; "
            "only BioGPT checkpoints are supported")
    weights = _hf_weights_file(folder)
    state = _read_hf_state(weights)
    for name in ("vocab.json", "merges.txt"):
        if not os.path.isfile(os.path.join(folder, name)):
            raise ExportError(f"{folder} lacks {name}, which the model directory needs")
    vocab = _read_json(os.path.join(folder, "vocab.json"))
    with open(os.path.join(folder, "merges.txt"), encoding="utf-8") as f:
        merges = f.read()
    dims = _dims_from_state(state, folder)
    heads = _config_int(config, "num_attention_heads", folder)
    for key, value in (("vocab_size", dims["vocab_size"]), ("hidden_size", dims["hidden"]),
                       ("num_hidden_layers", dims["layers"])):
        if key in config and config[key] != value:
            raise ExportError(
                f"{folder}/config.json says {key} {config[key]} but the weights in "
                f"{os.path.basename(weights)} have {value}")
    max_pos = _config_int(config, "max_position_embeddings", folder)
    _check_positions(state, max_pos, folder)
    return Checkpoint(
        layout="huggingface", source=folder, weights_file=weights, state=state,
        heads=heads, max_positions=max_pos,
        scale_embedding=bool(config.get("scale_embedding", True)),
        special_ids={"bos": config.get("bos_token_id", 0), "pad": config.get("pad_token_id", 1),
                     "eos": config.get("eos_token_id", 2), "unk": 3},
        vocab=vocab, merges_text=merges, **dims)


def _hf_weights_file(folder):
    for name in ("pytorch_model.bin", "model.safetensors"):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            return path
    if any(n.endswith(".index.json") for n in os.listdir(folder)):
        raise ExportError(f"{folder} holds a sharded checkpoint; merge the shards first")
    raise ExportError(f"{folder} has config.json but neither pytorch_model.bin nor "
                      "model.safetensors")


def _read_hf_state(path):
    state = read_safetensors(path) if path.endswith(".safetensors") else _torch_load(path)
    state = {k: v for k, v in state.items() if not k.endswith("attn.bias")}
    state.setdefault("output_projection.weight", state.get(HF_PREFIX + "embed_tokens.weight"))
    return state


_ST_TYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
             "F64": torch.float64, "I64": torch.int64}


def read_safetensors(path):
    """A minimal reader of the safetensors format (8-byte header length, JSON header, data)."""
    with open(path, "rb") as f:
        (length,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(length))
        data = f.read()
    state = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        if entry["dtype"] not in _ST_TYPES:
            raise ExportError(f"{path}: tensor {name} has unsupported dtype {entry['dtype']}")
        start, end = entry["data_offsets"]
        flat = torch.frombuffer(bytearray(data[start:end]), dtype=_ST_TYPES[entry["dtype"]])
        state[name] = flat.reshape(entry["shape"]).float()
    return state


def write_safetensors(state, path):
    """Writes float32 tensors in the safetensors format (used by the tests)."""
    header, blobs, offset = {}, [], 0
    for name, tensor in state.items():
        raw = tensor.detach().float().contiguous().numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensor.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    text = json.dumps(header).encode()
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text)
        for raw in blobs:
            f.write(raw)


# -------------------------------------------------------------------- fairseq


def _find_fairseq_pt(path):
    if os.path.isfile(path) and path.endswith(".pt"):
        return path
    if os.path.isdir(path):
        pts = sorted(n for n in os.listdir(path) if n.endswith(".pt"))
        if len(pts) > 1:
            raise ExportError(f"{path} holds several checkpoints {pts}; pass the one to export")
        if pts:
            return os.path.join(path, pts[0])
    return None


def _load_fairseq(given, pt):
    folder = os.path.dirname(os.path.abspath(pt))
    for name in ("dict.txt", "bpecodes"):
        if not os.path.isfile(os.path.join(folder, name)):
            raise ExportError(f"fairseq checkpoint {pt} needs {name} beside it in {folder}")
    ckpt = _torch_load(pt)
    if not isinstance(ckpt, dict) or not isinstance(ckpt.get("model"), dict):
        raise ExportError(f"{pt} has no 'model' state dict; is it a fairseq checkpoint?")
    raw = ckpt["model"]
    if not any(k.startswith(FAIRSEQ_PREFIX) for k in raw):
        raise ExportError(f"{pt} has no decoder.* keys; only fairseq language models "
                          "(transformer_lm) are supported")
    state = {}
    for key, value in raw.items():
        if key == "decoder.version" or key.endswith("_float_tensor"):
            continue
        if key == "decoder.output_projection.weight":
            state["output_projection.weight"] = value
        else:
            state[HF_PREFIX + key[len(FAIRSEQ_PREFIX):]] = value
    state.setdefault("output_projection.weight", state.get(HF_PREFIX + "embed_tokens.weight"))
    model_cfg = _fairseq_model_cfg(ckpt, pt)
    dims = _dims_from_state(state, pt, FAIRSEQ_PREFIX)
    heads = int(model_cfg.get("decoder_attention_heads") or 0)
    if heads <= 0:
        raise ExportError(f"{pt} does not record decoder_attention_heads in its cfg/args")
    max_pos = int(model_cfg.get("max_target_positions") or model_cfg.get("tokens_per_sample")
                  or 0)
    if max_pos <= 0:
        max_pos = state[HF_PREFIX + "embed_positions.weight"].shape[0] - 2
    _check_positions(state, max_pos, pt)
    vocab, notes = dict_to_vocab(os.path.join(folder, "dict.txt"), dims["vocab_size"], pt)
    with open(os.path.join(folder, "bpecodes"), encoding="utf-8") as f:
        merges = f.read()
    return Checkpoint(
        layout="fairseq", source=given, weights_file=pt, state=state, heads=heads,
        max_positions=max_pos,
        scale_embedding=not bool(model_cfg.get("no_scale_embedding", False)),
        special_ids={"bos": 0, "pad": 1, "eos": 2, "unk": 3}, vocab=vocab,
        merges_text=merges, notes=notes, **dims)


def _fairseq_model_cfg(ckpt, pt):
    cfg = ckpt.get("cfg")
    if isinstance(cfg, dict) and isinstance(cfg.get("model"), dict):
        return cfg["model"]
    if cfg is not None and hasattr(cfg, "get") and cfg.get("model") is not None:
        return dict(cfg.get("model"))
    args = ckpt.get("args")
    if args is not None:
        return vars(args)
    raise ExportError(f"{pt} has neither 'cfg' nor 'args'; cannot read the number of heads")


def dict_to_vocab(dict_path, rows, what):
    """biogpt-spec.md section 1.4: fairseq dict.txt -> vocab.json keys, plus learned rows."""
    vocab = {name: i for i, name in enumerate(SPECIALS)}
    with open(dict_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            symbol = line[: line.rindex(" ")] if " " in line else line
            key = symbol[:-2] if symbol.endswith("@@") else symbol + "</w>"
            if key in vocab:
                raise ExportError(f"{dict_path}: symbol '{symbol}' occurs twice")
            vocab[key] = len(vocab)
    notes = []
    extra = rows - len(vocab)
    if extra < 0:
        raise ExportError(
            f"{dict_path} gives {len(vocab)} ids (4 specials + {len(vocab) - 4} lines) but the "
            f"embedding of {what} has only {rows} rows: the dictionary does not belong to it")
    if extra > 0:
        notes.append(f"{extra} embedding rows beyond dict.txt taken as learned prompt ids "
                     f"{len(vocab)}..{rows - 1} (learned1..learned{extra})")
        for i in range(1, extra + 1):
            vocab[f"learned{i}</w>"] = len(vocab)
    return vocab, notes


# --------------------------------------------------------------------- common


def _torch_load(path):
    try:
        return torch.load(path, map_location="cpu")
    except ModuleNotFoundError as e:
        raise ExportError(f"{path} pickles objects of module '{e.name}', which is not installed; "
                          "re-save the checkpoint's 'model' dict with plain tensors") from e
    except Exception as e:  # torch raises many types for a corrupt or foreign file
        raise ExportError(f"cannot read {path} with torch.load: {e}") from e


def _read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        raise ExportError(f"cannot read {path}: {e}") from e


def _config_int(config, key, where):
    value = config.get(key)
    if not isinstance(value, int) or value <= 0:
        raise ExportError(f"{where}/config.json lacks a positive integer {key}")
    return value


def required_keys(layers):
    keys = [HF_PREFIX + n for n in ("embed_tokens.weight", "embed_positions.weight",
                                    "layer_norm.weight", "layer_norm.bias")]
    for i in range(layers):
        p = f"{HF_PREFIX}layers.{i}."
        keys += [p + f"self_attn.{x}_proj.{w}" for x in "qkv" for w in ("weight", "bias")]
        keys += [p + f"self_attn.out_proj.{w}" for w in ("weight", "bias")]
        keys += [p + f"{m}.{w}" for m in ("self_attn_layer_norm", "fc1", "fc2",
                                          "final_layer_norm") for w in ("weight", "bias")]
    return keys


def _dims_from_state(state, where, shown_prefix=HF_PREFIX):
    embed = state.get(HF_PREFIX + "embed_tokens.weight")
    if embed is None:
        raise ExportError(f"{where}: missing key {HF_PREFIX}embed_tokens.weight "
                          f"(fairseq: {FAIRSEQ_PREFIX}embed_tokens.weight)")
    layers = 0
    while any(k.startswith(f"{HF_PREFIX}layers.{layers}.") for k in state):
        layers += 1
    missing = [k for k in required_keys(layers) if k not in state]
    if layers == 0 or missing:
        shown = [shown_prefix + k[len(HF_PREFIX):] if k.startswith(HF_PREFIX) else k
                 for k in (missing[:5] if missing else [f"{HF_PREFIX}layers.0.*"])]
        raise ExportError(f"{where}: missing keys {shown}"
                          + (f" and {len(missing) - 5} more" if len(missing) > 5 else ""))
    ffn = state[f"{HF_PREFIX}layers.0.fc1.weight"].shape[0]
    return {"vocab_size": embed.shape[0], "hidden": embed.shape[1], "layers": layers, "ffn": ffn}


def _check_positions(state, max_pos, where):
    rows = state[HF_PREFIX + "embed_positions.weight"].shape[0]
    if rows != max_pos + 2:
        raise ExportError(f"{where}: the position table has {rows} rows, but "
                          f"{max_pos} positions need {max_pos + 2} (offset 2)")
