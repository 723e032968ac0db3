#!/bin/bash
# usage: sample.sh <pid> <out>  -- one line per second: unix time, VmRSS kB, VmHWM kB
# Sample one process's VmRSS and VmHWM (kB) once a second until it exits.
pid=$1; out=$2
while [ -e /proc/$pid/status ]; do
  r=$(awk '/VmRSS/{r=$2}/VmHWM/{h=$2}END{print r, h}' /proc/$pid/status 2>/dev/null)
  echo "$(date +%s.%N | cut -c1-14) $r" >> $out
  sleep 1
done
