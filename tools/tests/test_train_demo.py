"""Tests of tools/train_demo_model.py (plain unittest, Debian python3 with torch and onnx).

The training data builder is compared with the golden model inputs of the official scripts,
every test record of the three tasks; the training loop and the export are run on a tiny
model over a few examples, which it must learn.
"""
import argparse
import json
import os
import random
import sys
import tempfile
import unittest

import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import train_demo_model as trainer  # noqa: E402
from minibiogpt import MiniBioGpt  # noqa: E402

DATA = os.path.join(ROOT, "data", "biogpt")


def golden(task):
    with open(os.path.join(DATA, "golden", f"{task}_test_model_io.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class SourcesAndTargetsTest(unittest.TestCase):
    """rebuild_data.py's sources and targets, as the golden files hold them."""

    def check(self, task, test_file):
        built = trainer.examples(task, os.path.join(DATA, test_file))
        expected = golden(task)
        self.assertEqual(len(expected), len(built))
        same = sum(1 for (_, source, target), ref in zip(built, expected)
                   if source == ref["source_text"] and target == ref["target_text"])
        print(f"{task}: {same}/{len(expected)} sources and targets equal the golden text")
        self.assertEqual(len(expected), same)

    def test_kd_dti_records_equal_the_golden_text(self):
        self.check("kd-dti", "kd-dti_test.json")

    def test_ddi_records_equal_the_golden_text_including_the_triple_order(self):
        self.check("ddi", "ddi_test.json")

    def test_hoc_records_equal_the_golden_text(self):
        self.check("hoc", "hoc_test.tsv")

    def test_long_sources_are_cut_to_the_task_maximum_with_an_ellipsis(self):
        records = [("1", "long", "short")]
        fake = lambda texts: [list(range(10, 710)) if t == "long" else [5] for t in texts]  # noqa: E731
        (_, prefix, target), = trainer.encode("kd-dti", records, fake)
        self.assertEqual(1 + 640 + 9, len(prefix))
        self.assertEqual(trainer.ELLIPSIS, prefix[640])
        self.assertEqual(list(range(42384, 42393)), prefix[-9:])
        self.assertEqual([5, 2], target)


class TrainAndExportTest(unittest.TestCase):
    def test_a_tiny_model_learns_its_targets_and_exports_as_a_task_model_directory(self):
        torch.manual_seed(0)
        learned = list(range(42384, 42393))
        data = [(str(i), [2, 100 + i, 200 + i] + learned, [300 + i, 4, 2]) for i in range(4)]
        args = argparse.Namespace(
            seed=1, lr=1e-2, epochs=40, batch_tokens=64, max_positions=64, dropout=0.0,
            source_lm_positions=1, source_lm_weight=0.5, log_every=1000, hidden=16, layers=1,
            heads=2, ffn=32, task="kd-dti")
        model = MiniBioGpt(vocab=42393, d=16, layers=1, h=2, ff=32, max_pos=64)
        trainer.init(model)
        history, steps = trainer.train(model, data, args, lambda m: None)
        # a model that learned nothing stays at the first epoch's ~ln(42393) = 10.7
        self.assertLess(history[-1]["target_loss"], history[0]["target_loss"] / 2)
        model.eval()
        with tempfile.TemporaryDirectory() as scratch:
            ckpt, out = os.path.join(scratch, "ckpt"), os.path.join(scratch, "out")
            os.makedirs(ckpt)
            trainer.write_checkpoint(model, args, ckpt)
            code = trainer.export_biogpt.main(["--from", ckpt, "--out", out, "--task", "kd-dti",
                                               "--fp16", "--search", "none"])
            self.assertEqual(0, code)
            with open(os.path.join(out, "model.json"), encoding="utf-8") as f:
                manifest = json.load(f)
            self.assertEqual("kd-dti", manifest["task"])
            self.assertEqual(learned, manifest["learned_prompt_ids"])
            self.assertNotIn("search", manifest)

    def test_batches_respect_the_token_budget_and_cover_every_example(self):
        data = [(str(i), [2] * (5 + i), [4, 2]) for i in range(20)]
        batches = trainer.batches(data, 60, random.Random(3))
        self.assertEqual(list(range(20)), sorted(i for b in batches for i in b))
        for batch in batches:
            longest = max(len(data[i][1]) + len(data[i][2]) for i in batch)
            self.assertLessEqual(longest * len(batch), max(60, longest))


if __name__ == "__main__":
    unittest.main()
