#!/bin/bash
# Stop exactly what scripts/devcloud/up.sh started (pid files in <state>/run), then wait
# until their ports are free. State (databases, keys, passwords) is kept.
set -u -o pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
T0=$(now)

[[ $(id -u) == 0 ]] || die "must run as root"
[[ -d $RUN ]] || { log "nothing to stop ($RUN does not exist)"; exit 0; }
exec 9>"$STATE/.lock"
flock -w 900 9 || die "another devcloud up/down still holds $STATE/.lock"

ports=("$KEYSTONE_PORT")
for region in "${REGIONS[@]}"; do ports+=("${HEAT_PORT[$region]}"); done

names=() pids=()
for name in keystone "${REGIONS[@]/#/heat-}"; do
  if pid=$(svc_pid "$name"); then names+=("$name") pids+=("$pid"); fi
done
stop_pids "${pids[@]}"
rm -f "$RUN"/*.pid

# Keystone's uwsgi workers leave with their master; any process of ours still on our ports goes too.
leftovers=()
for port in "${ports[@]}"; do
  for pid in $(port_pids "$port"); do pid_alive "$pid" && leftovers+=("$pid"); done
done
((${#leftovers[@]})) && stop_pids "${leftovers[@]}"

for port in "${ports[@]}"; do
  wait_port_free "$port" 10 || log "WARNING: port $port is still in use: $(ps -o pid=,args= -p "$(port_pids "$port" | paste -sd,)" 2>/dev/null | head -n 1)"
done
if ((${#names[@]})); then log "stopped ${names[*]} ($(elapsed "$T0") s)"; else log "nothing was running"; fi
