#!/usr/bin/env bash
# Runs the exporter's Python tests (Maven calls this in operators' process-test-classes phase).
# $1: folder that receives the exported model directories for the Java tests.
# Skips, saying so, only when Python's torch or onnx cannot be imported (CI installs Debian's
# python3-torch and python3-onnx; see .ci/run). LITMINE_PYTHON overrides the interpreter.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
python="${LITMINE_PYTHON:-/usr/bin/python3}"
out="${1:?usage: tools/tests/run.sh EXPORT_DIR}"
if ! "$python" -c 'import torch, onnx' >/dev/null 2>&1; then
  echo "SKIPPED tools/tests: $python cannot import torch and onnx" \
       "(apt-get install python3-torch python3-onnx); exporter tests not run," \
       "exported-model Java tests will be skipped too"
  exit 0
fi
rm -rf "$out"
mkdir -p "$out"
LITMINE_EXPORT_DIR="$out" PYTHONWARNINGS=ignore "$python" -m unittest discover -s tools/tests -v 2>&1 \
  | grep -v -e 'TracerWarning' -e '^  ' -e 'warnings.warn'
exit "${PIPESTATUS[0]}"
