#!/usr/bin/env bash
# The effect-test study of docs/tcav.md in one command: the sweep of experiments/tcav_layers_study.yaml (5 city seeds x
# layer avgpool / block2, defaults otherwise), then, per layer, bench/tcav-margins.py's table of recovered effects, wrong
# signs, distractor false positives and the vegetation interaction for min_effect 0, 0.05, 0.1 (the default) and 0.2,
# re-decided from the written effects and standard errors.
#
#   bash bench/tcav-layers-study.sh [cache] [output]     defaults: .socio/study-cache, reports
#
# Re-running resumes the same sweep folder. About 10 minutes on the idle 2-core machine (5 trainings of ~1.5 min,
# 10 TCAV runs); much longer when the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${1:-.socio/study-cache}
output=${2:-reports}
dotnet build SocioRunner.csproj -v q -nologo >/dev/null
socio=(dotnet bin/Debug/net10.0/socio.dll)
export SOCIO_COMMAND="${socio[*]}" SOCIO_THREADS=${SOCIO_THREADS:-2}
"${socio[@]}" run experiments/tcav_layers_study.yaml --multirun --cache "$cache" --output "$output" || true
sweep=$(ls -d "$output"/tcav_layers_study/*-sweep | sort | tail -1)
for layer in avgpool block2; do
  members=$(python3 - "$sweep" "$layer" <<'PY'
import json, sys
sweep, layer = sys.argv[1], sys.argv[2]
for m in json.load(open(f"{sweep}/sweep.json"))["members"]:
    if f"nodes.tcav.layers=[{layer}]" in m["set"]:
        print(m["directory"])
PY
)
  echo "## layer $layer"
  # shellcheck disable=SC2086
  python3 bench/tcav-margins.py $members --margins=0,0.05,0.1,0.2
done | tee "$sweep/effect-study.md"
