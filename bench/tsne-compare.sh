#!/usr/bin/env bash
# Side-by-side t-SNE comparison: SocioRunner FFT and Barnes-Hut vs scikit-learn 1.2 Barnes-Hut, same data, same settings
# (perplexity 30, PCA init, auto learning rate, 1000 iterations, seed 0), one run each, wall time around the embedding
# only. Then `tsne-score` scores every map (ours and scikit-learn's) with one code path: exact trustworthiness (k=10)
# and exact KL(P||Q) against the same perplexity-30 P (Q over all pairs). Writes <folder>/results.jsonl (runs) and
# <folder>/scores.jsonl (common scorer) and prints a Markdown table (also <folder>/table.md) with the machine's load.
#
#   bash bench/tsne-compare.sh [folder] [sizes...]            default: /tmp/tsne-compare 5000 20000 100000
#   TSNE_SKLEARN_MAX=20000  largest N scikit-learn runs (100000 to include it at N = 100,000: about an hour here)
#   TSNE_SKLEARN_TRUST_MAX=20000  largest N sklearn.manifold.trustworthiness scores (it builds N x N matrices,
#                           80 GB at N = 100,000); above it only the common scorer scores trustworthiness
#   TSNE_TRUST_MAX=20000    largest N our runs score their own trustworthiness in-process (the same code as tsne-score)
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
rm -f "$folder/results.jsonl" "$folder/scores.jsonl" "$folder"/map-*.csv
dotnet build -c Release bench/SocioRunner.Benchmarks -v q -nologo >/dev/null
dll=bench/SocioRunner.Benchmarks/bin/Release/net10.0/SocioRunner.Benchmarks.dll
bench=(dotnet "$dll" tsne-compare)
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
for n in "${sizes[@]}"; do
  dotnet "$dll" tsne-score "$n" "$folder"
  loads+=("after tsne-score N=$n: $(uptime)")
done
"$python" bench/tsne-table.py "$folder" "${loads[@]}"
