#!/usr/bin/env bash
# The CAV-method study of docs/tcav.md (issue 11, item 4), in one command: the sweep of experiments/tcav_study.yaml
# (5 city seeds x CAV method x attribution x setting; each seed trains once, only explain/tcav differs between the
# members of a seed), then the table (bench/tcav-study.py) printed and written to <sweep folder>/study.md.
#
#   bash bench/tcav-study.sh [cache] [output]     defaults: .socio/study-cache, reports
#
# Re-running resumes the same sweep folder (finished members are skipped). About 50 minutes on a shared 2-core machine
# (threads 1 per member, 2 members at once); on an idle machine much less.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${1:-.socio/study-cache}
output=${2:-reports}
dotnet build SocioRunner.csproj -v q -nologo >/dev/null
socio=(dotnet bin/Debug/net10.0/socio.dll)
export SOCIO_COMMAND="${socio[*]}" SOCIO_THREADS=${SOCIO_THREADS:-1}
"${socio[@]}" run experiments/tcav_study.yaml --multirun --cache "$cache" --output "$output" || true
sweep=$(ls -d "$output"/tcav_study/*-sweep | sort | tail -1)
python3 bench/tcav-study.py "$sweep" | tee "$sweep/study.md"
