#!/bin/bash
# SocioRunner: stops the test cluster scripts/slurm/start-test-cluster.sh started (only its own daemons).
# Stops only the daemons start-slurm.sh started (PID files in /run/slurm-recipe).
# Cancels all jobs first so no slurmstepd is left behind; KEEP_JOBS=1 skips that
# (running jobs then survive and are picked up again by the next start).
set -uo pipefail
RUN=/run/slurm-recipe
pid_of() { # prints the PID if our PID file names a live, non-zombie process of that name
  local p; p=$(cat "$RUN/$1.pid" 2>/dev/null) || return 1
  [ "$(cat /proc/$p/comm 2>/dev/null)" = "$1" ] && ! grep -q '^State:.*Z' /proc/$p/status && echo "$p"
}
if [ "${KEEP_JOBS:-0}" != 1 ] && pid_of slurmctld >/dev/null; then
  JOBS=$(squeue -h -o %A 2>/dev/null | sort -u)
  if [ -n "$JOBS" ]; then
    scancel $JOBS 2>/dev/null
    for _ in $(seq 100); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.2; done
  fi
fi
for d in slurmd slurmctld slurmdbd mariadbd munged; do
  p=$(pid_of $d) || { rm -f "$RUN/$d.pid"; continue; }
  kill -TERM "$p"
  for _ in $(seq 150); do pid_of $d >/dev/null || break; sleep 0.1; done
  if pid_of $d >/dev/null; then echo "$d ($p) did not exit, sending KILL" >&2; kill -KILL "$p"; fi
  rm -f "$RUN/$d.pid"; echo "stopped $d ($p)"
done
