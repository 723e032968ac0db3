#!/usr/bin/env bash
# Training step parity: SocioRunner (TorchSharp, BenchmarkDotNet) against PyTorch 1.13 (Debian's python3-torch) on the
# same networks and batch, measured back to back; writes the ratio table to stdout and to $OUT/step-parity.md.
# Usage (repository root): bench/training-step-parity.sh [out-dir]     (needs: apt-get install -y python3-torch)
# Environment: STEP_MODELS=small-cnn-40,resnet18-64 (default both), ITERATIONS=10, THREADS=$(nproc).
set -euo pipefail
OUT=${1:-/tmp/socio-step-parity}
mkdir -p "$OUT"
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3   # Debian's interpreter, where python3-torch lives
echo "# uptime before: $(uptime)" | tee "$OUT/uptime.txt"
THREADS=${THREADS:-$(nproc)} dotnet run -c Release --project "$here/SocioRunner.Benchmarks" -- --filter '*TrainingStepBenchmarks*' --inProcess \
  --warmupCount 2 --iterationCount ${ITERATIONS:-10} --invocationCount 1 --unrollFactor 1 \
  --exporters json --artifacts "$OUT/bdn" | tee "$OUT/dotnet.log"
"$python" "$here/SocioRunner.Benchmarks/Models/pytorch_training_step.py" --threads "${THREADS:-$(nproc)}" --models "${STEP_MODELS:-small-cnn-40,resnet18-64}" --steps ${ITERATIONS:-10} --json "$OUT/pytorch.json" | tee "$OUT/pytorch.log"
echo "# uptime after: $(uptime)" | tee -a "$OUT/uptime.txt"
"$python" - "$OUT" <<'PY'
import glob, json, statistics, sys
out = sys.argv[1]
report = json.load(open(glob.glob(f"{out}/bdn/results/*TrainingStepBenchmarks*-report-full-compressed.json")[0]))
torch = {(r["model"], r["objective"]): r for r in json.load(open(f"{out}/pytorch.json"))["results"]}
lines = ["| model | step | SocioRunner median | PyTorch 1.13 median | ratio (SocioRunner / PyTorch) |", "|---|---|---:|---:|---:|"]
for b in report["Benchmarks"]:
    p = b["Parameters"]  # e.g. "Model=small-cnn-40&Objective=rnc"
    params = dict(kv.split("=") for kv in p.split("&"))
    ours = b["Statistics"]["Median"] / 1e9
    theirs = torch[(params["Model"], params["Objective"])]["median_s"]
    lines.append(f"| {params['Model']} | {params['Objective']} | {ours * 1e3:.1f} ms | {theirs * 1e3:.1f} ms | {ours / theirs:.2f} |")
table = "\n".join(lines)
print(table)
open(f"{out}/step-parity.md", "w").write(table + "\n")
PY
