#!/bin/bash
# Start the local test cloud: Keystone on 127.0.0.1:5000 and one heat-all per region
# (RegionOne :8004, RegionTwo :8014). Installs and configures on first use; idempotent.
# See scripts/devcloud/README.md and /work/shared/openstack-devcloud.md.
set -u -o pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
T0=$(now)

[[ $(id -u) == 0 ]] || die "must run as root (it installs Debian packages and runs services from $STATE)"
# shellcheck disable=SC1091
source /etc/os-release 2>/dev/null
[[ ${ID:-} == debian && ${VERSION_ID:-} == 12 ]] || die "needs Debian 12 (bookworm), this is ${PRETTY_NAME:-an unknown system}"

mkdir -p "$STATE" && chmod 700 "$STATE" && mkdir -p "$LOGS" "$RUN" || die "cannot create $STATE"
exec 9>"$STATE/.lock"
flock -w 900 9 || die "another devcloud up/down still holds $STATE/.lock"

source "$DEVCLOUD_DIR/install.sh"
source "$DEVCLOUD_DIR/config.sh"
restore_policy_rc # in case an earlier run was killed during apt-get
ensure_packages
ensure_secrets
write_configs

setup_step() {  # log name, command...
  local name=$1; shift
  "$@" >>"$LOGS/setup-$name.log" 2>&1 || { service_log_tail "setup-$name"; die "$name setup failed: $*"; }
}

# Idempotent; also resets the admin password to the one in secrets.env.
keystone_bootstrap() {
  local url=http://127.0.0.1:$KEYSTONE_PORT/v3
  setup_step keystone keystone-manage --config-file "$STATE/keystone/keystone.conf" bootstrap \
    --bootstrap-password "$ADMIN_PASSWORD" --bootstrap-region-id RegionOne \
    --bootstrap-public-url "$url" --bootstrap-internal-url "$url" --bootstrap-admin-url "$url"
}

# First use only: databases, keys, bootstrap. Heat's db_syncs run beside keystone's.
first_time_setup() {
  local ks=$STATE/keystone conf=$STATE/keystone/keystone.conf region dir pids=()
  for region in "${REGIONS[@]}"; do
    dir=$STATE/heat-$region
    [[ -f $dir/.db-ready ]] && continue
    (setup_step "heat-$region" heat-manage --config-file "$dir/heat.conf" db_sync &&
      setup_step "heat-$region" sqlite3 "$dir/heat.sqlite" 'PRAGMA journal_mode=WAL;' &&
      touch "$dir/.db-ready") &
    pids+=($!)
  done
  if [[ ! -f $ks/.bootstrapped ]]; then
    log "keystone: db_sync, fernet and credential keys, bootstrap"
    mkdir -p "$ks/fernet-keys" "$ks/credential-keys" && chmod 700 "$ks/fernet-keys" "$ks/credential-keys"
    setup_step keystone keystone-manage --config-file "$conf" db_sync
    setup_step keystone sqlite3 "$ks/keystone.sqlite" 'PRAGMA journal_mode=WAL;'
    setup_step keystone keystone-manage --config-file "$conf" fernet_setup --keystone-user root --keystone-group root
    setup_step keystone keystone-manage --config-file "$conf" credential_setup --keystone-user root --keystone-group root
    keystone_bootstrap
    touch "$ks/.bootstrapped"
  fi
  for pid in "${pids[@]}"; do wait "$pid" || die "heat database setup failed"; done
}

# A port must be free or held by a leftover of ours (which is stopped); anything else is an error.
clear_port() {  # port service
  local pid ours=() foreign=()
  for pid in $(port_pids "$1"); do
    if pid_alive "$pid"; then ours+=("$pid"); else foreign+=("$pid"); fi
  done
  if ((${#foreign[@]})) || { ((!${#ours[@]})) && port_busy "$1"; }; then
    die "port 127.0.0.1:$1 (for $2) is already in use by another program: $(ps -o pid=,args= -p "${foreign[*]:-0}" 2>/dev/null | head -n 3 | tr -s ' ' | paste -sd ';')"
  fi
  if ((${#ours[@]})); then
    log "$2: stopping leftover processes ${ours[*]}"
    stop_pids "${ours[@]}"
  fi
  wait_port_free "$1" 10 || die "port $1 (for $2) did not become free"
}

# setsid, stdin from /dev/null, output to the log, every inherited fd above 2 closed
# (pitfall 5: a lock fd held by a daemon would block the next up/down forever).
start_daemon() {  # name, env file (KEY=VALUE lines, may be empty), command...
  local name=$1 envfile=$2 extra=()
  shift 2
  [[ -s $envfile ]] && mapfile -t extra < <(grep . "$envfile")
  (
    cd "$STATE" || exit 1
    for fd in "/proc/$BASHPID/fd/"*; do
      fd=${fd##*/}
      ((fd > 2)) && eval "exec $fd>&-"
    done
    exec setsid env -i PATH="$PATH" LC_ALL=C.UTF-8 HOME="$STATE" "${extra[@]}" "$@" </dev/null >>"$LOGS/$name.log" 2>&1
  ) &
  echo $! >"$RUN/$name.pid"
  echo "==== $(date -Is) started pid $! by up.sh" >>"$LOGS/$name.log"
}

ensure_running() {  # name port envfile command...
  local name=$1 port=$2 pid
  pid=$(svc_pid "$name")
  if [[ -n $pid && -z ${CHANGED[$name]:-} ]]; then return 0; fi
  if [[ -n $pid ]]; then
    log "$name: configuration changed, restarting"
    stop_pids "$pid"
  fi
  clear_port "$port" "$name"
  shift 2
  start_daemon "$name" "$@"
  STARTED+=("$name")
}

# Fail before starting anything if a port we need belongs to another program.
svc_pid memcached >/dev/null || clear_port "$MEMCACHED_PORT" memcached
svc_pid keystone >/dev/null || clear_port "$KEYSTONE_PORT" keystone
for region in "${REGIONS[@]}"; do
  svc_pid "heat-$region" >/dev/null || clear_port "${HEAT_PORT[$region]}" "heat-$region"
done

STARTED=()
# Keystone's cache (keystone-manage writes through it too, so it runs first); -P names our state folder
ensure_running memcached "$MEMCACHED_PORT" /dev/null /usr/bin/memcached -l 127.0.0.1 -p "$MEMCACHED_PORT" \
  -U 0 -m 64 -u root -P "$RUN/memcached.pidfile"
first_time_setup
ensure_running keystone "$KEYSTONE_PORT" /dev/null /usr/bin/uwsgi_python3 --ini "$STATE/keystone/uwsgi.ini"
for region in "${REGIONS[@]}"; do
  ensure_running "heat-$region" "${HEAT_PORT[$region]}" "$STATE/heat-$region/daemon.env" \
    /usr/bin/heat-all --config-file "$STATE/heat-$region/heat.conf"
done
((${#STARTED[@]})) && log "started: ${STARTED[*]}"

# Keystone must answer before the identity objects can be checked.
deadline=$((SECONDS + 120))
while ! curl -sf -o /dev/null --max-time 5 "http://127.0.0.1:$KEYSTONE_PORT/v3"; do
  if ((SECONDS > deadline)) || ! svc_pid keystone >/dev/null; then
    service_log_tail keystone
    die "keystone did not come up on 127.0.0.1:$KEYSTONE_PORT"
  fi
  sleep 0.1
done

port_busy "$PLACEHOLDER_PORT" && log "WARNING: something listens on port $PLACEHOLDER_PORT, where the placeholder endpoints point"
args=()
for region in "${REGIONS[@]}"; do args+=("$region=${HEAT_PORT[$region]}"); done
if [[ $SERVICES == full ]]; then
  args+=("real:compute:nova:nova=http://127.0.0.1:$NOVA_PORT/v2.1"
    "real:placement:placement:placement=http://127.0.0.1:$PLACEMENT_PORT"
    "real:network:neutron:neutron=http://127.0.0.1:$NEUTRON_PORT"
    "real:image:glance:glance=http://127.0.0.1:$GLANCE_PORT"
    "real:load-balancer:octavia:octavia=http://127.0.0.1:$OCTAVIA_PORT")
fi
# identity.py is idempotent but costs a dozen keystone calls; once it has converged for these
# inputs, later runs skip it unless the readiness check below fails.
IDENTITY_DONE=$STATE/keystone/.identity-done
identity_sum=$( { cat "$DEVCLOUD_DIR/identity.py" "$STATE/secrets.env"; echo "${args[*]} $PLACEHOLDER_PORT"; } | sha256sum | cut -d' ' -f1)
ensure_identity() {
  local out t0
  [[ $(cat "$IDENTITY_DONE" 2>/dev/null) == "$identity_sum" ]] && return 0
  t0=$(now)
  run_identity() { out=$(cd "$DEVCLOUD_DIR" && $PY identity.py "${args[@]}" "$PLACEHOLDER_PORT" 2>>"$LOGS/identity.log"); }
  if ! run_identity; then  # e.g. secrets.env replaced: bootstrap puts the admin password back
    log "identity objects: first attempt failed ($(tail -n 1 "$LOGS/identity.log" | cut -c1-150)); re-running keystone bootstrap"
    keystone_bootstrap
    run_identity || { tail -n 5 "$LOGS/identity.log" >&2; die "creating identity objects failed (log: $LOGS/identity.log)"; }
  fi
  grep -v '^identity: 0 change' <<<"$out" | sed 's/^/devcloud: /'
  log "identity objects checked ($(elapsed "$t0") s)"
  echo "$identity_sum" >"$IDENTITY_DONE"
}
ready() { READY=$(cd "$DEVCLOUD_DIR" && $PY ready.py "$1" "${REGIONS[@]}" 2>"$LOGS/ready.err"); }

identity_ran=
[[ $(cat "$IDENTITY_DONE" 2>/dev/null) == "$identity_sum" ]] || identity_ran=1
ensure_identity
fail_ready() {
  cat "$LOGS/ready.err" >&2
  for region in "${REGIONS[@]}"; do svc_pid "heat-$region" >/dev/null || { service_log_tail "heat-$region"; die "heat-$region is not running"; }; done
  for region in "${REGIONS[@]}"; do service_log_tail "heat-$region"; done
  die "the regions did not answer in time"
}
if [[ $SERVICES == full ]]; then
  source "$DEVCLOUD_DIR/full.sh"
  full_up
fi
# ready.py exits 2 at once when keystone rejects the demo user or lacks an endpoint.
if ! ready 120; then
  [[ -z $identity_ran ]] || fail_ready
  log "not ready ($(head -c 200 "$LOGS/ready.err")): re-checking the identity objects"
  rm -f "$IDENTITY_DONE"
  ensure_identity
  ready 60 || fail_ready
fi

[[ $SERVICES == full ]] && full_resources
# what runs for real: the integration tests of the real services skip (loudly) unless it says full
echo "$SERVICES" | put_file "$STATE/services"
# with VPNaaS (the default) or without (ISOTHERM_DEVCLOUD_VPN=0): the VPN test reads it
if [[ $SERVICES == full && $VPN == 1 ]]; then echo 1; else echo 0; fi | put_file "$STATE/vpn"
source "$DEVCLOUD_DIR/clouds.sh"
write_clouds_yaml && log "wrote $STATE/clouds.yaml"

echo
echo "Isotherm devcloud is up ($(elapsed "$T0") s). Keystone: http://127.0.0.1:$KEYSTONE_PORT/v3"
while read -r region url; do echo "  $region: $url"; done <<<"$READY"
echo "  export OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml    # or: eval \"\$(bash scripts/devcloud/env.sh)\""
echo "  openstack --os-cloud isotherm-dev stack list                              # user demo, project demo"
echo "  openstack --os-cloud isotherm-dev --os-region-name RegionTwo stack list"
echo "  admin: --os-cloud isotherm-dev-admin; logs: $LOGS; stop: npm run devcloud:down"
