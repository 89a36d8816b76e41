"""Tests of tools/export_biogpt.py on the tiny fixture (plain unittest, Debian python3).

  /usr/bin/python3 -m unittest discover -s tools/tests -v

Exports fixtures/biogpt-tiny-hf (Hugging Face layout) and a fairseq-layout copy built here
(decoder.* keys, dict.txt, bpecodes). With LITMINE_EXPORT_DIR set, the exported model
directories are left in DIR/hf, DIR/fairseq and DIR/fairseq-ddi for the Java tests
(ExportedModelParityTest, EngineChoiceTest), which run them with ONNX Runtime against goldens.json.
"""
import json
import os
import shutil
import sys
import tempfile
import unittest

import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import checkpoints  # noqa: E402
import export_biogpt  # noqa: E402

HF = os.path.join(ROOT, "fixtures", "biogpt-tiny-hf")


def fairseq_copy(folder, learned_rows=0):
    """The tiny model as fairseq would store it: decoder.* keys, cfg, dict.txt, bpecodes."""
    state = torch.load(os.path.join(HF, "pytorch_model.bin"), map_location="cpu")
    model = {}
    for key, value in state.items():
        if key == "output_projection.weight":
            continue
        model["decoder." + key[len("biogpt."):]] = value
    if learned_rows:
        embed = model["decoder.embed_tokens.weight"]
        extra = torch.randn(learned_rows, embed.shape[1]) * 0.02
        model["decoder.embed_tokens.weight"] = torch.cat([embed, extra])
    model["decoder.output_projection.weight"] = model["decoder.embed_tokens.weight"]
    model["decoder.version"] = torch.tensor([3.0])
    cfg = {"model": {"_name": "transformer_lm_biogpt", "decoder_attention_heads": 4,
                     "decoder_embed_dim": 32, "decoder_layers": 2, "max_target_positions": 512,
                     "no_scale_embedding": False}}
    torch.save({"model": model, "cfg": cfg}, os.path.join(folder, "checkpoint.pt"))
    write_dict(folder)
    shutil.copy(os.path.join(HF, "merges.txt"), os.path.join(folder, "bpecodes"))


def write_dict(folder):
    """dict.txt whose section 1.4 conversion gives back the fixture's vocab.json."""
    with open(os.path.join(HF, "vocab.json"), encoding="utf-8") as f:
        vocab = json.load(f)
    with open(os.path.join(folder, "dict.txt"), "w", encoding="utf-8") as f:
        for key, _ in sorted(vocab.items(), key=lambda kv: kv[1])[4:]:
            symbol = key[:-4] if key.endswith("</w>") else key + "@@"
            f.write(f"{symbol} 1\n")


def export(source, out, *extra):
    code = export_biogpt.main(["--from", source, "--out", out, *extra])
    if code != 0:
        raise AssertionError(f"export of {source} failed with exit code {code}")
    with open(os.path.join(out, "model.json"), encoding="utf-8") as f:
        return json.load(f)


class ExportTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.temp = tempfile.mkdtemp(prefix="export-test-")
        cls.out = os.environ.get("LITMINE_EXPORT_DIR") or os.path.join(cls.temp, "out")
        os.makedirs(cls.out, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.temp)

    def folder(self, name):
        path = os.path.join(self.temp, name)
        os.makedirs(path, exist_ok=True)
        return path

    def test_hugging_face_folder_exports_decoder_vocab_manifest_and_search(self):
        out = os.path.join(self.out, "hf")
        manifest = export(HF, out)
        for name in ("decoder.onnx", "search.onnx", "vocab.json", "merges.txt"):
            self.assertTrue(os.path.isfile(os.path.join(out, name)), name)
        self.assertEqual(manifest["dims"], {"vocab_size": 42384, "hidden": 32, "layers": 2,
                                            "heads": 4, "max_positions": 512})
        self.assertEqual(manifest["special_ids"], {"bos": 0, "pad": 1, "eos": 2, "unk": 3})
        self.assertEqual(manifest["task"], "lm")
        self.assertEqual(manifest["search"], {"file": "search.onnx", "kind": "greedy"})
        provenance = manifest["provenance"]
        self.assertEqual(provenance["checkpoint_sha256"],
                         checkpoints.sha256(os.path.join(HF, "pytorch_model.bin")))
        self.assertEqual(provenance["weights_sha256"],
                         checkpoints.sha256(os.path.join(out, "decoder.onnx")))

    def test_beam_search_graph_is_written_on_request(self):
        out = os.path.join(self.out, "hf-beam")
        manifest = export(HF, out, "--search", "beam")
        self.assertEqual(manifest["search"]["kind"], "beam")
        import onnx
        node = onnx.load(os.path.join(out, "search.onnx")).graph.node[-1]
        self.assertEqual((node.domain, node.op_type), ("com.microsoft", "BeamSearch"))

    def test_fp16_stores_half_size_weights_behind_float32_io(self):
        out = os.path.join(self.out, "hf-fp16")
        manifest = export(HF, out, "--fp16")
        self.assertEqual(manifest["provenance"]["weights_dtype"], "float16")
        fp32 = os.path.getsize(os.path.join(HF, "pytorch_model.bin"))
        self.assertLess(os.path.getsize(os.path.join(out, "decoder.onnx")), fp32 * 0.55)
        import onnx
        graph = onnx.load(os.path.join(out, "decoder.onnx")).graph
        self.assertEqual({i.type.tensor_type.elem_type for i in graph.input
                          if i.name.startswith("past")}, {onnx.TensorProto.FLOAT})

    def test_weights_over_the_protobuf_limit_go_to_one_external_data_file(self):
        out = os.path.join(self.out, "hf-external")
        limit = export_biogpt.TWO_GB
        export_biogpt.TWO_GB = 1 << 20  # as if the tiny model were over 2 GB
        try:
            manifest = export(HF, out)
        finally:
            export_biogpt.TWO_GB = limit
        self.assertEqual(sorted(os.listdir(out)),
                         ["decoder.onnx", "decoder.onnx.data", "merges.txt", "model.json",
                          "search.onnx", "search.onnx.data", "vocab.json"])
        self.assertLess(os.path.getsize(os.path.join(out, "decoder.onnx")), 200_000)
        self.assertEqual(manifest["provenance"]["weights_sha256"],
                         checkpoints.sha256(os.path.join(out, "decoder.onnx.data")))

    def test_output_into_the_checkpoint_folder_is_refused(self):
        folder = self.folder("fairseq-self")
        fairseq_copy(folder)
        args = ["--from", folder, "--out", folder]
        with self.assertRaises(checkpoints.ExportError) as caught:
            export_biogpt.export(args)
        self.assertIn("is the checkpoint's own folder", str(caught.exception))

    def test_safetensors_folder_gives_the_same_decoder_as_pytorch_bin(self):
        folder = self.folder("safetensors")
        for name in ("config.json", "vocab.json", "merges.txt"):
            shutil.copy(os.path.join(HF, name), folder)
        state = torch.load(os.path.join(HF, "pytorch_model.bin"), map_location="cpu")
        state.pop("output_projection.weight", None)
        checkpoints.write_safetensors(state, os.path.join(folder, "model.safetensors"))
        read = checkpoints.load(folder)
        self.assertEqual(read.weights_file, os.path.join(folder, "model.safetensors"))
        for key, value in state.items():
            self.assertTrue(torch.equal(read.state[key], value.float()), key)

    def test_fairseq_checkpoint_exports_with_vocab_derived_from_dict(self):
        folder = self.folder("fairseq")
        fairseq_copy(folder)
        out = os.path.join(self.out, "fairseq")
        manifest = export(os.path.join(folder, "checkpoint.pt"), out, "--search", "beam")
        with open(os.path.join(out, "vocab.json"), encoding="utf-8") as f:
            derived = json.load(f)
        with open(os.path.join(HF, "vocab.json"), encoding="utf-8") as f:
            self.assertEqual(list(derived.items()), sorted(json.load(f).items(),
                                                           key=lambda kv: kv[1]))
        self.assertEqual(manifest["provenance"]["checkpoint_layout"], "fairseq")
        self.assertEqual(manifest["dims"]["heads"], 4)
        self.assertEqual(manifest["dims"]["max_positions"], 512)

    def test_fairseq_task_checkpoint_gets_learned_prompt_ids_and_labels(self):
        folder = self.folder("fairseq-ddi")
        fairseq_copy(folder, learned_rows=9)
        out = os.path.join(self.out, "fairseq-ddi")
        manifest = export(folder, out, "--task", "ddi", "--search", "none")
        self.assertEqual(manifest["learned_prompt_ids"], list(range(42384, 42393)))
        self.assertEqual(manifest["dims"]["vocab_size"], 42393)
        self.assertEqual(manifest["max_source_tokens"], 640)
        self.assertEqual(manifest["labels"], ["mechanism", "effect", "advise", "int"])
        self.assertNotIn("search", manifest)
        with open(os.path.join(out, "vocab.json"), encoding="utf-8") as f:
            self.assertEqual(json.load(f)["learned9</w>"], 42392)

    def test_hugging_face_fine_tune_without_learned_keys_gets_them_appended(self):
        folder = self.folder("hf-kd-dti")
        for name in ("vocab.json", "merges.txt"):
            shutil.copy(os.path.join(HF, name), folder)
        with open(os.path.join(HF, "config.json"), encoding="utf-8") as f:
            config = json.load(f)
        config["vocab_size"] = 42393
        with open(os.path.join(folder, "config.json"), "w", encoding="utf-8") as f:
            json.dump(config, f)
        state = torch.load(os.path.join(HF, "pytorch_model.bin"), map_location="cpu")
        embed = torch.cat([state["biogpt.embed_tokens.weight"], torch.zeros(9, 32)])
        state["biogpt.embed_tokens.weight"] = state["output_projection.weight"] = embed
        torch.save(state, os.path.join(folder, "pytorch_model.bin"))
        manifest = export(folder, os.path.join(self.temp, "hf-kd-dti-out"), "--task", "kd-dti",
                          "--search", "none")
        self.assertEqual(manifest["learned_prompt_ids"], list(range(42384, 42393)))
        self.assertEqual(manifest["max_source_tokens"], 640)
        self.assertEqual(len(manifest["labels"]), 41)
        with open(os.path.join(self.temp, "hf-kd-dti-out", "vocab.json"), encoding="utf-8") as f:
            self.assertEqual(json.load(f)["learned1</w>"], 42384)

    def test_task_with_the_wrong_number_of_learned_rows_is_explained(self):
        folder = self.folder("fairseq-hoc")
        fairseq_copy(folder, learned_rows=9)
        message = self.failure([folder, "--task", "hoc"])
        self.assertIn("task hoc needs 1 learned prompt rows", message)
        self.assertIn("9 extra rows", message)

    def test_learned_rows_without_a_task_are_explained(self):
        folder = self.folder("fairseq-notask")
        fairseq_copy(folder, learned_rows=9)
        self.assertIn("pass --task", self.failure([folder]))

    def test_missing_keys_are_named(self):
        folder = self.folder("fairseq-broken")
        fairseq_copy(folder)
        pt = os.path.join(folder, "checkpoint.pt")
        ckpt = torch.load(pt)
        del ckpt["model"]["decoder.layers.1.fc2.bias"]
        torch.save(ckpt, pt)
        self.assertIn("missing keys ['decoder.layers.1.fc2.bias']", self.failure([pt]))

    def test_older_fairseq_checkpoint_with_args_instead_of_cfg_reads_the_heads(self):
        import argparse
        folder = self.folder("fairseq-args")
        fairseq_copy(folder)
        pt = os.path.join(folder, "checkpoint.pt")
        ckpt = torch.load(pt)
        ckpt["args"] = argparse.Namespace(decoder_attention_heads=4, max_target_positions=512)
        ckpt["cfg"] = None
        torch.save(ckpt, pt)
        read = checkpoints.load(pt)
        self.assertEqual((read.heads, read.max_positions, read.layout), (4, 512, "fairseq"))

    def test_fairseq_checkpoint_without_dict_is_refused(self):
        folder = self.folder("fairseq-nodict")
        fairseq_copy(folder)
        os.remove(os.path.join(folder, "dict.txt"))
        self.assertIn("needs dict.txt", self.failure([folder]))

    def test_unknown_layout_is_refused(self):
        folder = self.folder("unknown")
        open(os.path.join(folder, "weights.npz"), "w").close()
        self.assertIn("not a known checkpoint layout", self.failure([folder]))

    def failure(self, source_and_flags):
        args = ["--from", *source_and_flags[:1], "--out", os.path.join(self.temp, "fail"),
                *source_and_flags[1:]]
        with self.assertRaises(checkpoints.ExportError) as caught:
            export_biogpt.export(args)
        return str(caught.exception)


if __name__ == "__main__":
    unittest.main()
