#!/bin/bash
# Usage: build/ScalarSafety/stress-runs.sh [N] (build the launcher first: dotnet build SocioRunner.csproj).
# N (default 20) consecutive reduced quickstart trainings under SOCIO_GC_STRESS=1, each compared with an unstressed reference.
set -u
N=${1:-20}
W=${SOCIO_STRESS_DIR:-/tmp/socio-gc-stress}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
Q=$REPO/experiments/quickstart.yaml
L=$REPO/bin/Debug/net10.0/socio.dll
RED=(--set nodes.city.tiles=120 --set nodes.city.flair_patches=480 --set nodes.pretrain.epochs=2 --set nodes.probe.epochs=2 --set nodes.baseline.epochs=2 --set nodes.tcav.repeats=5 --set nodes.tsne.perplexity=5)
rm -rf $W; mkdir -p $W; cd $W
start=$(date +%s)
CI=1 dotnet $L run $Q --cache $W/ref --output $W/ref-reports "${RED[@]}" > ref.out 2>&1
echo "reference exit $? ($(( $(date +%s) - start )) s)"
cp -r $W/ref $W/stress
ok=0
for i in $(seq 1 $N); do
  t=$(date +%s)
  SOCIO_GC_STRESS=1 CI=1 dotnet $L run $Q --cache $W/stress --output $W/stress-reports --force pretrain --force baseline "${RED[@]}" > run-$i.out 2>&1
  code=$?
  cmp=$(python3 $REPO/build/ScalarSafety/compare-caches.py $W/ref $W/stress)
  echo "run $i: exit $code, $cmp ($(( $(date +%s) - t )) s)"
  if [ $code -eq 0 ] && [[ $cmp == identical* ]]; then ok=$((ok+1)); fi
done
echo "SUMMARY: $ok of $N stressed runs succeeded with metrics and tables identical to the unstressed run"
