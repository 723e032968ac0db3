#!/usr/bin/env bash
# The learnability study of docs/tcav.md in one command: the sweep of experiments/tcav_learnability_study.yaml (the
# quickstart's city at 800-24,000 tiles, 5 seeds; about 5 minutes), then bench/tcav-learnability.py on its cities
# with the generator's step and with a continuous gate (scikit-learn: apt-get install python3-sklearn; about 2 minutes).
#   bash bench/tcav-learnability.sh [cache] [output]     defaults: .socio/study-cache, reports
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${1:-.socio/study-cache}
output=${2:-reports}
dotnet build SocioRunner.csproj -v q -nologo >/dev/null
dotnet bin/Debug/net10.0/socio.dll run experiments/tcav_learnability_study.yaml --multirun --cache "$cache" --output "$output"
sweep=$(ls -d "$output/tcav_learnability_study"/*-sweep | sort | tail -1)
/usr/bin/python3 bench/tcav-learnability.py "$sweep"/members/*/city
echo
/usr/bin/python3 bench/tcav-learnability.py --ramp 4000 "$sweep"/members/*/city
