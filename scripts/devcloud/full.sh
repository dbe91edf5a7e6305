# shellcheck shell=bash
# The real services (ISOTHERM_DEVCLOUD_SERVICES=full; sourced by up.sh after Keystone answers):
# MariaDB and RabbitMQ (data, sockets and logs in the state folder, loopback only), then
# Placement, Nova (fake driver), Neutron (ML2, linuxbridge agent), Glance and Octavia (no-op drivers), one deployment
# behind both regions' catalog entries. Uses start_daemon/ensure_running/setup_step of up.sh.

source "$DEVCLOUD_DIR/full_config.sh"

# Like ensure_running, for daemons that listen on no port of their own.
ensure_daemon() {  # name envfile command...
  local name=$1 pid
  pid=$(svc_pid "$name")
  if [[ -n $pid && -z ${CHANGED[$name]:-} ]]; then return 0; fi
  [[ -n $pid ]] && { log "$name: configuration changed, restarting"; stop_pids "$pid"; }
  shift
  start_daemon "$name" "$@"
  STARTED+=("$name")
}

wait_until() {  # what, seconds, service whose log to show, command...
  local what=$1 secs=$2 svc=$3 deadline
  shift 3
  deadline=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS > deadline)) || ! svc_pid "$svc" >/dev/null; then
      service_log_tail "$svc"
      die "$what did not come up"
    fi
    sleep 0.3
  done
}

mariadb_sql() { mariadb --no-defaults -S "$RUN/mariadb.sock" -uroot -e "$1"; }

ensure_mariadb() {
  local d=$STATE/mariadb
  if [[ ! -d $d/data/mysql ]]; then
    log "mariadb: creating the data folder"
    setup_step mariadb mariadb-install-db --defaults-file="$d/my.cnf" --skip-test-db \
      --auth-root-authentication-method=socket
  fi
  svc_pid mariadb >/dev/null || clear_port "$MARIADB_PORT" mariadb
  ensure_running mariadb "$MARIADB_PORT" /dev/null /usr/sbin/mariadbd --defaults-file="$d/my.cnf"
  wait_until "mariadb on 127.0.0.1:$MARIADB_PORT" 60 mariadb mariadb_sql 'SELECT 1'
  # the marker names the password and the databases: a service added later gets its database
  [[ -f $d/.users-ready && $(cat "$d/.users-ready") == "$DB_PASSWORD $FULL_DATABASES" ]] && return 0
  local db sql="CREATE USER IF NOT EXISTS 'isotherm'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
    ALTER USER 'isotherm'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';"
  for db in $FULL_DATABASES; do
    sql+="CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4;
      GRANT ALL PRIVILEGES ON $db.* TO 'isotherm'@'127.0.0.1';"
  done
  setup_step mariadb mariadb_sql "$sql"
  (umask 077 && echo "$DB_PASSWORD $FULL_DATABASES" >"$d/.users-ready")
}

ensure_rabbitmq() {
  svc_pid rabbitmq >/dev/null || clear_port "$RABBIT_PORT" rabbitmq
  ensure_running rabbitmq "$RABBIT_PORT" "$STATE/rabbitmq/daemon.env" /usr/lib/rabbitmq/bin/rabbitmq-server
  # the script is a shell that runs the Erlang VM as its child: track the VM (its pid file)
  local pid deadline=$((SECONDS + 60))
  until pid=$(cat "$RUN/rabbitmq.pidfile" 2>/dev/null) && pid_alive "$pid"; do
    ((SECONDS > deadline)) && { service_log_tail rabbitmq; die "rabbitmq did not start"; }
    sleep 0.2
  done
  echo "$pid" >"$RUN/rabbitmq.pid"
}

# Database schemas, once; the five syncs run side by side.
full_db_setup() {
  local pids=() pid conf=$STATE/nova/nova.conf
  sync_once() {  # name, command...
    local name=$1 marker=$STATE/$1/.db-ready
    # with VPNaaS, neutron's `upgrade heads` also migrates neutron-vpnaas: a state folder synced
    # without it is synced once more
    [[ $name == neutron && $VPN == 1 ]] && marker+=-vpnaas
    shift
    [[ -f $marker ]] && return 0
    setup_step "$name" "$@" && touch "$marker"
  }
  nova_sync() {
    nova-manage --config-file "$conf" api_db sync &&
      { nova-manage --config-file "$conf" cell_v2 list_cells | grep -q ' cell0 ' ||
        nova-manage --config-file "$conf" cell_v2 map_cell0 --database_connection "$(DB_URL_BASE)/nova_cell0?charset=utf8"; } &&
      { nova-manage --config-file "$conf" cell_v2 list_cells | grep -q ' cell1 ' ||
        nova-manage --config-file "$conf" cell_v2 create_cell --name cell1; } &&
      nova-manage --config-file "$conf" db sync
  }
  sync_once placement placement-manage --config-file "$STATE/placement/placement.conf" db sync &
  pids+=($!)
  sync_once nova nova_sync &
  pids+=($!)
  sync_once neutron neutron-db-manage --config-file "$STATE/neutron/neutron.conf" upgrade heads &
  pids+=($!)
  sync_once glance glance-manage --config-file "$STATE/glance/glance-api.conf" db_sync &
  pids+=($!)
  sync_once octavia octavia-db-manage --config-file "$STATE/octavia/octavia.conf" upgrade head &
  pids+=($!)
  for pid in "${pids[@]}"; do wait "$pid" || die "database setup of the real services failed (logs: $LOGS/setup-*.log)"; done
}

# The l3 agent (routers, VPNaaS with strongSwan) in a mount and a PID namespace of its own:
# - /run/netns is <state>/netns there, so its router namespaces stay apart from another cloud's (an
#   l3 agent deletes every qrouter-* namespace it does not know when it starts);
# - it is PID 1 of its namespace: the strongSwan daemons and privsep helpers it starts die with it
#   (unshare --kill-child passes our TERM on), and neutron-vpn-netns-wrapper can read /proc/1/ns/net
#   (the machine's PID 1 is not ours to inspect: "Permission denied: '/proc/1/ns/net'").
ensure_l3_agent() {
  local pid pids
  pid=$(svc_pid neutron-l3-agent)
  [[ -n $pid && -z ${CHANGED[neutron-l3-agent]:-} ]] && return 0
  [[ -n $pid ]] && log "neutron-l3-agent: configuration changed, restarting"
  # the agent itself (PID 1 of its namespace, which may outlive the recorded unshare) and its helpers
  mapfile -t pids < <(pids_matching 'neutron-l3-agent|privsep-helper .*/l3_agent\.ini')
  ((${#pids[@]})) && stop_pids "${pids[@]}"
  mkdir -p "$STATE/netns" /run/netns
  find "$STATE/netns" -mindepth 1 -maxdepth 1 -type f -delete
  start_daemon neutron-l3-agent "$STATE/neutron/server.env" unshare --mount --propagation private --pid --fork --mount-proc \
    --kill-child=SIGTERM /bin/sh -c 'mount --bind "$0" /run/netns && exec "$@"' "$STATE/netns" \
    /usr/bin/neutron-l3-agent --config-file "$STATE/neutron/neutron.conf" --config-file "$STATE/neutron/l3_agent.ini"
  STARTED+=(neutron-l3-agent)
}

py_main() {  # module: run its main() as a daemon (the packages that ship the scripts pull in hypervisors)
  echo "import sys; from $1 import main; sys.argv[0] = '$1'; sys.exit(main())"
}

start_full_services() {
  local n=$STATE/nova/nova.conf q=$STATE/neutron/neutron.conf
  for svc in placement:"$PLACEMENT_PORT" nova:"$NOVA_PORT" neutron:"$NEUTRON_PORT" glance:"$GLANCE_PORT" octavia:"$OCTAVIA_PORT"; do
    svc_pid "${svc%%:*}" >/dev/null || clear_port "${svc##*:}" "${svc%%:*}"
  done
  ensure_running placement "$PLACEMENT_PORT" /dev/null /usr/bin/uwsgi_python3 --ini "$STATE/placement/uwsgi.ini"
  ensure_running nova "$NOVA_PORT" /dev/null /usr/bin/uwsgi_python3 --ini "$STATE/nova/uwsgi.ini"
  CHANGED[nova-conductor]=${CHANGED[nova]:-} CHANGED[nova-scheduler]=${CHANGED[nova]:-} CHANGED[nova-compute]=${CHANGED[nova]:-}
  ensure_daemon nova-conductor /dev/null $PY -c "$(py_main nova.cmd.conductor)" --config-file "$n"
  ensure_daemon nova-scheduler /dev/null $PY -c "$(py_main nova.cmd.scheduler)" --config-file "$n"
  ensure_daemon nova-compute /dev/null $PY -c "$(py_main nova.cmd.compute)" --config-file "$n"
  ensure_running neutron "$NEUTRON_PORT" "$STATE/neutron/server.env" /usr/bin/neutron-server --config-file "$q"
  ensure_daemon neutron-agent /dev/null /usr/bin/neutron-linuxbridge-agent --config-file "$q"
  if [[ $VPN == 1 ]]; then ensure_l3_agent; fi
  ensure_running glance "$GLANCE_PORT" /dev/null $PY -c "$(py_main glance.cmd.api)" --config-file "$STATE/glance/glance-api.conf"
  local o=$STATE/octavia/octavia.conf
  ensure_running octavia "$OCTAVIA_PORT" /dev/null $PY -c "$(py_main octavia.cmd.api)" --config-file "$o"
  ensure_daemon octavia-worker /dev/null $PY -c "$(py_main octavia.cmd.octavia_worker)" --config-file "$o"
}

# Everything up to the daemons; the catalog entries come from identity.py, the flavors, image and
# public network from full_resources.py once the APIs answer.
full_up() {
  local t0
  t0=$(now)
  write_full_configs
  ensure_rabbitmq
  ensure_mariadb
  full_db_setup
  start_full_services
  log "real services started or checked ($(elapsed "$t0") s)"
}

# After ready: waits for the APIs and the fake hypervisor, then flavors, image, public network.
full_resources() {
  local t0 out
  t0=$(now)
  out=$(cd "$DEVCLOUD_DIR" && $PY full_resources.py 300 2>>"$LOGS/full-resources.log") ||
    { tail -n 5 "$LOGS/full-resources.log" >&2; die "the real services are not ready (log: $LOGS/full-resources.log)"; }
  [[ -n $out ]] && sed 's/^/devcloud: /' <<<"$out"
  log "real services ready: flavors, image cirros, network public ($(elapsed "$t0") s)"
}
