#!/usr/bin/env bash
# Side-by-side t-SNE comparison: SocioRunner FFT and Barnes-Hut vs scikit-learn 1.2 Barnes-Hut, same data, same settings
# (perplexity 30, PCA init, auto learning rate, 1000 iterations, seed 0), one run each, wall time around the embedding
# only. Writes <folder>/results.jsonl and prints a Markdown table (also <folder>/table.md) with the machine's load.
#
#   bash bench/tsne-compare.sh [folder] [sizes...]            default: /tmp/tsne-compare 5000 20000 100000
#   TSNE_SKLEARN_MAX=20000  largest N scikit-learn runs (its Barnes-Hut needs ~an hour and its trustworthiness an
#                           N x N matrix, 40 GB, at N = 100,000)
#   TSNE_BARNES_HUT_MAX=20000  largest N our Barnes-Hut baseline runs
# Needs Debian's python3-sklearn (apt-get install -y python3-sklearn) and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-/tmp/tsne-compare}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(5000 20000 100000)
sklearn_max=${TSNE_SKLEARN_MAX:-20000}
barnes_hut_max=${TSNE_BARNES_HUT_MAX:-20000}
python=/usr/bin/python3
mkdir -p "$folder"
rm -f "$folder/results.jsonl" "$folder"/map-*.csv
dotnet build -c Release bench/SocioRunner.Benchmarks -v q -nologo >/dev/null
bench=(dotnet bench/SocioRunner.Benchmarks/bin/Release/net10.0/SocioRunner.Benchmarks.dll tsne-compare)
loads=("start: $(uptime)")
for n in "${sizes[@]}"; do
  "${bench[@]}" "$n" fft "$folder"
  loads+=("after FFT N=$n: $(uptime)")
  if [ "$n" -le "$barnes_hut_max" ]; then
    "${bench[@]}" "$n" barnes-hut "$folder"
    loads+=("after Barnes-Hut N=$n: $(uptime)")
  fi
  if [ "$n" -le "$sklearn_max" ]; then
    "$python" bench/SocioRunner.Benchmarks/Tsne/sklearn_reference.py "$folder" "$n"
    loads+=("after scikit-learn N=$n: $(uptime)")
  fi
done
"$python" - "$folder" "${loads[@]}" <<'PY'
import json, sys
folder, loads = sys.argv[1], sys.argv[2:]
rows = [json.loads(line) for line in open(f"{folder}/results.jsonl")]
out = ["| N | implementation | wall time (s) | x scikit-learn | KL | trustworthiness (k=10) | iterations |",
       "|---:|---|---:|---:|---:|---:|---:|"]
for n in sorted({r["n"] for r in rows}):
    sk = next((r for r in rows if r["n"] == n and r["implementation"].startswith("scikit-learn")), None)
    for r in (r for r in rows if r["n"] == n):
        ratio = f'{r["seconds"] / sk["seconds"]:.2f}' if sk and "seconds" in r else ""
        seconds = f'{r["seconds"]:.1f}' if "seconds" in r else ""
        kl = f'{r["kl"]:.4f}' if "kl" in r else ""
        iterations = r.get("iterations", "")
        out.append(f'| {n} | {r["implementation"]} | {seconds} | {ratio} | {kl} | {r["trustworthiness"]:.4f} | {iterations} |')
out += ["", "Load (uptime) during the runs:", ""] + [f"- {line}" for line in loads]
text = "\n".join(out)
open(f"{folder}/table.md", "w").write(text + "\n")
print(text)
PY
