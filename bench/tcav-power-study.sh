#!/usr/bin/env bash
# The power study of docs/tcav.md in one command: the sweep of experiments/tcav_power_study.yaml (5 city seeds x
# flair_patches / max_per_concept variants, block2, defaults otherwise), then per variant bench/tcav-margins.py's table
# (min_effect 0, 0.05, 0.1, 0.2), the concept images each concept got, the TCAV node's run time, and
# bench/tcav-misses.py's list of missed effects and significant nulls at min_effect 0.1.
#
#   bash bench/tcav-power-study.sh [cache] [output]     defaults: .socio/study-cache, reports
#   NO_RUN=1 bash bench/tcav-power-study.sh ...         only the tables, from the latest sweep folder
#   STUDY=tcav_fidelity_study bash bench/tcav-power-study.sh ...   another study file of the same shape (experiments/<STUDY>.yaml)
#   BLOCK_SWAP=1 bash bench/tcav-power-study.sh ...   also the model's own answer per concept and interval (the benchmarks'
#                         `block-swap`, about 1-3 min per member): summary per variant here, tables in <sweep>/block-swap-*.md
#
# Re-running resumes the same sweep folder. flair_patches changes the city's cache key, so each seed trains once more
# for the 5000-patch variants (same tiles, same models: about 1 min per seed on the idle machine).
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${1:-.socio/study-cache}
output=${2:-reports}
study=${STUDY:-tcav_power_study}
if [ -z "${NO_RUN:-}" ]; then
  dotnet build SocioRunner.csproj -v q -nologo >/dev/null
  socio=(dotnet bin/Debug/net10.0/socio.dll)
  export SOCIO_COMMAND="${socio[*]}" SOCIO_THREADS=${SOCIO_THREADS:-2}
  "${socio[@]}" run "experiments/$study.yaml" --multirun --cache "$cache" --output "$output" || true
fi
sweep=$(ls -d "$output/$study"/*-sweep | sort | tail -1)
if [ -n "${BLOCK_SWAP:-}" ]; then dotnet build -c Release bench/SocioRunner.Benchmarks -v q -nologo >/dev/null; fi
variants=$(python3 - "$sweep" <<'PY'
import json, sys
seen = []
for m in json.load(open(f"{sys.argv[1]}/sweep.json"))["members"]:
    v = " ".join(s for s in m["set"] if not s.startswith("seed="))
    if v not in seen:
        seen.append(v)
print("\n".join(v.replace(" ", ",") for v in seen))
PY
)
for variant in $variants; do
  members=$(python3 - "$sweep" "$variant" <<'PY'
import json, os, sys
sweep, variant = sys.argv[1], sys.argv[2].split(",")
for m in json.load(open(f"{sweep}/sweep.json"))["members"]:
    if sorted(s for s in m["set"] if not s.startswith("seed=")) == sorted(variant) and os.path.exists(f"{m['directory']}/tcav/tcav_significance.csv"):
        print(m["directory"])
PY
)
  echo "## $variant"
  if [ -z "$members" ]; then echo "no finished member"; continue; fi
  python3 - $members <<'PY'
import json, sys
counts, seconds, r2 = {}, [], []
for d in sys.argv[1:]:
    for c in json.load(open(f"{d}/concepts/concepts.json"))["concepts"]:
        counts.setdefault(c["name"], []).append(c["count"])
    seconds.append(json.load(open(f"{d}/tcav/manifest.json"))["metrics"]["tcav_seconds"])
    model = json.load(open(f"{d}/run.json"))["resolved_config"]["nodes"]["tcav"]["inputs"]["model"][0]  # the model TCAV explained
    r2.append(json.load(open(f"{d}/{model}/manifest.json"))["metrics"]["test_r2"])
print("concept images (min-max over seeds): " + ", ".join(f"{k} {min(v)}-{max(v)}" for k, v in counts.items()))
print("explained model's test R2 per seed: " + ", ".join(f"{r:.3f}" for r in r2))
print("tcav seconds per seed: " + ", ".join(f"{s:.0f}" for s in seconds))
PY
  # shellcheck disable=SC2086
  python3 bench/tcav-margins.py $members --margins=0,0.05,0.1,0.2
  # shellcheck disable=SC2086
  python3 bench/tcav-misses.py $members --margin=0.1
  if [ -n "${BLOCK_SWAP:-}" ]; then
    tables="$sweep/block-swap-${variant//[^A-Za-z0-9.=]/_}.md"
    # shellcheck disable=SC2086
    dotnet bench/SocioRunner.Benchmarks/bin/Release/net10.0/SocioRunner.Benchmarks.dll block-swap "$cache" $members > "$tables"
    sed -n '/^## Summary/,$p' "$tables"
  fi
done | tee "$sweep/$study.md"
