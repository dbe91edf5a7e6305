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

ports=("$MEMCACHED_PORT" "$KEYSTONE_PORT")
for region in "${REGIONS[@]}"; do ports+=("${HEAT_PORT[$region]}"); done
# the real services' ports too, once up ran with ISOTHERM_DEVCLOUD_SERVICES=full in this state folder
[[ -d $STATE/mariadb ]] && ports+=("$MARIADB_PORT" "$RABBIT_PORT" "$RABBIT_DIST_PORT" "$PLACEMENT_PORT" "$NOVA_PORT" "$NEUTRON_PORT" "$GLANCE_PORT" "$OCTAVIA_PORT")

names=() pids=()
for f in "$RUN"/*.pid; do
  [[ -f $f ]] || continue
  name=$(basename "$f" .pid)
  if pid=$(svc_pid "$name"); then names+=("$name") pids+=("$pid"); fi
done
stop_pids "${pids[@]}"
rm -f "$RUN"/*.pid
# RabbitMQ's Erlang port mapper, started by the VM on its own port (EPMD_PORT, loopback)
if [[ -d $STATE/rabbitmq ]] && port_busy "$EPMD_PORT"; then
  ERL_EPMD_PORT=$EPMD_PORT epmd -kill >/dev/null 2>&1 || true
  ports+=("$EPMD_PORT")
fi

# Keystone's uwsgi workers leave with their master; any process of ours still on our ports goes too.
leftovers=()
for port in "${ports[@]}"; do
  for pid in $(port_pids "$port"); do pid_alive "$pid" && leftovers+=("$pid"); done
done
((${#leftovers[@]})) && stop_pids "${leftovers[@]}"

# neutron's privsep daemons run in their own sessions and outlive the agent; they name our
# config file on their command line. The l3 agent is PID 1 of its own namespace (full.sh): it may
# outlive the unshare whose pid up.sh recorded; strongSwan dies with that namespace.
mapfile -t leftovers < <(pids_matching '^/usr/bin/python3 /usr/bin/privsep-helper |neutron-l3-agent')
((${#leftovers[@]})) && { log "stopping helper processes ${leftovers[*]}"; stop_pids "${leftovers[@]}"; }

for port in "${ports[@]}"; do
  wait_port_free "$port" 10 || log "WARNING: port $port is still in use: $(ps -o pid=,args= -p "$(port_pids "$port" | paste -sd,)" 2>/dev/null | head -n 1)"
done
if ((${#names[@]})); then log "stopped ${names[*]} ($(elapsed "$T0") s)"; else log "nothing was running"; fi
