#!/bin/bash
# SocioRunner: started by .ci/e2e for the Slurm sweep test (tests/SocioRunner.EndToEnd.Tests/Sweeps); needs root (apt-get, daemons).
# Idempotent single-node Slurm test cluster (Debian 12, root, no systemd needed).
#   SLURM_ACCOUNTING=1  also run MariaDB + slurmdbd so `sacct` works (+~10 s install, ~20 s first start)
#   SLURM_FRESH=1       wipe saved job state (job ids restart at 1) when slurmctld is not running
# Our PID files live in /run/slurm-recipe; stop-slurm.sh kills only those.
set -euo pipefail
RUN=/run/slurm-recipe SPOOL=/var/spool/slurm-test LOG=/var/log/slurm CONF=/etc/slurm/slurm.conf
ACCT=${SLURM_ACCOUNTING:-0}
mkdir -p "$RUN" "$SPOOL/ctld" "$SPOOL/d" "$LOG" /etc/slurm

alive() { # alive NAME: our PID file names a live, non-zombie process called NAME
  local p; p=$(cat "$RUN/$1.pid" 2>/dev/null) || return 1
  [ "$(cat /proc/$p/comm 2>/dev/null)" = "$1" ] && ! grep -q '^State:.*Z' /proc/$p/status
}
started() { # started DAEMON_PIDFILE NAME: wait for the daemon's PID file, copy it to ours
  for _ in $(seq 100); do [ -s "$1" ] && cp "$1" "$RUN/$2.pid" && alive "$2" && return 0; sleep 0.1; done
  echo "$2 failed to start; see $LOG" >&2; exit 1
}
stopd() { # stopd NAME: TERM our daemon and wait until it is gone
  local p; alive "$1" || return 0; p=$(cat "$RUN/$1.pid"); kill "$p"
  for _ in $(seq 100); do alive "$1" || break; sleep 0.1; done; rm -f "$RUN/$1.pid"
}

# 1. install what is missing
PKGS="slurmctld slurmd slurm-client munge"; [ "$ACCT" = 1 ] && PKGS="$PKGS slurmdbd mariadb-server"
MISSING=$(for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$MISSING" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $MISSING >/dev/null
fi

# 2. munge (Debian's postinst normally creates the key)
[ -s /etc/munge/munge.key ] || mungekey --create --keyfile=/etc/munge/munge.key
mkdir -p /run/munge /var/lib/munge /var/log/munge
chown munge:munge /etc/munge/munge.key /run/munge /var/lib/munge /var/log/munge; chmod 400 /etc/munge/munge.key
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  rm -f /run/munge/munged.pid; runuser -u munge -- /usr/sbin/munged; started /run/munge/munged.pid munged
fi

# 3. optional accounting: MariaDB + slurmdbd
if [ "$ACCT" = 1 ]; then
  if ! mariadb -e 'select 1' >/dev/null 2>&1; then
    mkdir -p /run/mysqld; chown mysql:mysql /run/mysqld; rm -f /run/mysqld/mariadbd.pid
    setsid /usr/sbin/mariadbd --user=mysql --bind-address=127.0.0.1 --pid-file=/run/mysqld/mariadbd.pid \
      >>"$LOG/mariadb.log" 2>&1 </dev/null &
    started /run/mysqld/mariadbd.pid mariadbd
    for _ in $(seq 100); do mariadb -e 'select 1' >/dev/null 2>&1 && break; sleep 0.2; done
  fi
  mariadb -e "CREATE DATABASE IF NOT EXISTS slurm_acct_db; CREATE USER IF NOT EXISTS 'slurm'@'localhost' IDENTIFIED BY 'slurm';
              GRANT ALL ON slurm_acct_db.* TO 'slurm'@'localhost';"
  printf '%s\n' AuthType=auth/munge DbdHost=localhost DbdAddr=127.0.0.1 SlurmUser=root \
    StorageType=accounting_storage/mysql StorageHost=localhost StorageUser=slurm StoragePass=slurm \
    StorageLoc=slurm_acct_db LogFile=$LOG/slurmdbd.log PidFile=/run/slurmdbd.pid > /etc/slurm/slurmdbd.conf
  chmod 600 /etc/slurm/slurmdbd.conf
  if ! alive slurmdbd; then rm -f /run/slurmdbd.pid; slurmdbd; started /run/slurmdbd.pid slurmdbd; fi
  ACCTCONF="AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=localhost
JobAcctGatherType=jobacct_gather/linux"
else
  ACCTCONF="AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none"
fi

# 4. slurm.conf: node line from the real hardware, memory capped so the node never goes INVALID
H=$(hostname -s)
MEM=$(( $(awk '/MemTotal/{print $2}' /proc/meminfo) / 1024 * 85 / 100 )); [ "$MEM" -gt 20000 ] && MEM=20000
HW=$(slurmd -C | head -1 | sed -e 's/^NodeName=[^ ]* //' -e "s/RealMemory=[0-9]*/RealMemory=$MEM/")
NEW="ClusterName=testcluster
SlurmctldHost=$H(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$SPOOL/ctld
SlurmdSpoolDir=$SPOOL/d
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=$LOG/slurmctld.log
SlurmdLogFile=$LOG/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
$ACCTCONF
JobCompType=jobcomp/filetxt
JobCompLoc=$LOG/jobcomp.log
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0,sched_interval=1
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=500
MpiDefault=none
ReturnToService=2
MinJobAge=3600
KillWait=5
NodeName=$H NodeAddr=127.0.0.1 $HW State=UNKNOWN
PartitionName=debug Nodes=$H Default=YES MaxTime=INFINITE State=UP"
if [ "$(cat "$CONF" 2>/dev/null)" != "$NEW" ]; then
  printf '%s\n' "$NEW" > "$CONF"; stopd slurmd; stopd slurmctld   # restart on change; state is kept
fi

# 5. daemons
if ! alive slurmctld; then
  [ "${SLURM_FRESH:-0}" = 1 ] && rm -rf "${SPOOL:?}"/ctld/* "$LOG/jobcomp.log"
  rm -f /run/slurmctld.pid; slurmctld; started /run/slurmctld.pid slurmctld
fi
if ! alive slurmd; then rm -f /run/slurmd.pid; slurmd; started /run/slurmd.pid slurmd; fi

# 6. wait until the node is up (idle; mixed/allocated if recovered jobs are running)
for i in $(seq 300); do
  S=$(sinfo -h -n "$H" -o %T 2>/dev/null || true)
  case "$S" in idle|mixed|allocated) echo "slurm ready (node $H $S)"; exit 0;; esac
  case "$S" in down*|drain*|inval*) [ $((i % 10)) = 0 ] && scontrol update nodename="$H" state=resume || true;; esac
  sleep 0.2
done
echo "slurm NOT ready: node state '$S'; see $LOG" >&2; exit 1
