#!/usr/bin/env bash
# Issue 13 item 5: a warm re-run of the unchanged quickstart through the README command, measured as a new user would
# see it: a fresh clone, one cold run to fill its cache, then N warm runs of `dotnet run -- experiments/quickstart.yaml`;
# then the parts: the app alone (no MSBuild), `dotnet run --no-build` (the CLI's own evaluation and start), and the
# floor of `dotnet run` itself (an empty `dotnet new console` app, warm).
#
#   bash bench/warm-rerun.sh [runs]        default 5 warm runs; about 2-3 minutes on the idle 2-core machine
#
# Wall times from /usr/bin/time; the machine's load is printed before and after (measure on a quiet machine).
set -euo pipefail
runs=${1:-5}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/socio-warm-XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/clone"
cd "$work/clone"
seconds() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "cold run (fresh clone, empty cache): $(seconds dotnet run -- experiments/quickstart.yaml) s"
warm=(); for _ in $(seq "$runs"); do warm+=("$(seconds dotnet run -- experiments/quickstart.yaml)"); done
echo "warm re-runs, dotnet run -- experiments/quickstart.yaml: ${warm[*]} s"
app=(); for _ in 1 2 3; do app+=("$(seconds dotnet bin/Debug/net10.0/socio.dll run experiments/quickstart.yaml)"); done
echo "the app alone (dotnet bin/Debug/net10.0/socio.dll run ...): ${app[*]} s"
nobuild=(); for _ in 1 2 3; do nobuild+=("$(seconds dotnet run --no-build -- experiments/quickstart.yaml)"); done
echo "dotnet run --no-build -- experiments/quickstart.yaml: ${nobuild[*]} s"
mkdir "$work/hello" && cd "$work/hello" && dotnet new console -o . >/dev/null 2>&1 && dotnet run >/dev/null 2>&1
hello=(); for _ in 1 2 3; do hello+=("$(seconds dotnet run)"); done
echo "floor: an empty console app's warm dotnet run: ${hello[*]} s"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
