# shellcheck shell=bash disable=SC2034  # (variables are used by the scripts that source this)
# Shared settings and helpers for the Isotherm devcloud scripts (sourced, not run).
# Keystone + one heat-all per region, all on 127.0.0.1, state in one 0700 folder.

export PATH=/usr/sbin:/usr/bin:/sbin:/bin   # never the pyenv python3 (pitfall 1)
export LC_ALL=C.UTF-8
export PYTHONDONTWRITEBYTECODE=1   # no __pycache__ in the repo from our helpers
PY=/usr/bin/python3

DEVCLOUD_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=$(realpath -m "${ISOTHERM_DEVCLOUD_DIR:-/var/lib/isotherm-devcloud}")
LOGS=$STATE/logs
RUN=$STATE/run

KEYSTONE_PORT=5000
MEMCACHED_PORT=11211   # Keystone's cache
REGIONS=(RegionOne RegionTwo)
declare -A HEAT_PORT=([RegionOne]=8004 [RegionTwo]=8014)
PLACEHOLDER_PORT=9   # closed local port used by placeholder endpoints of absent services

log() { echo "devcloud: $*"; }
die() { echo "devcloud: ERROR: $*" >&2; exit 1; }

PACKAGES=(keystone heat-common heat-api heat-engine memcached curl sqlite3)

# The whole cloud (full, the default) adds to Keystone + Heat a real Nova (fake driver), Placement, Neutron, Glance
# and Octavia (no-op drivers) (one deployment behind both regions' catalog entries) on MariaDB and RabbitMQ;
# ISOTHERM_DEVCLOUD_SERVICES=heat runs Keystone + Heat alone (placeholder endpoints for the rest); see README.md.
SERVICES=${ISOTHERM_DEVCLOUD_SERVICES:-full}
[[ $SERVICES == heat || $SERVICES == full ]] || die "ISOTHERM_DEVCLOUD_SERVICES must be full (default) or heat, not '$SERVICES'"

MARIADB_PORT=3306 RABBIT_PORT=5672 RABBIT_DIST_PORT=25672 EPMD_PORT=4370
PLACEMENT_PORT=8778 NOVA_PORT=8774 NEUTRON_PORT=9696 GLANCE_PORT=9292 OCTAVIA_PORT=9876
COMPUTE_HOST=isotherm-compute   # nova-compute and the linuxbridge agent: ports bind to this host
FULL_DATABASES='placement nova_api nova nova_cell0 neutron glance octavia'
# the packages that ship nova-compute and friends' scripts pull in a hypervisor: the daemons
# are run from the python3-* modules instead
FULL_PACKAGES=(nova-common python3-nova placement-common python3-placement neutron-common
  python3-neutron neutron-linuxbridge-agent glance-common python3-glance rabbitmq-server
  mariadb-server python3-pymysql python3-octavia octavia-common openssl)
# The whole cloud includes Neutron VPNaaS: the l3 agent with its vpnaas extension and strongSwan in
# real router namespaces (README.md). ISOTHERM_DEVCLOUD_VPN=0 leaves them out (no l3 agent: routers
# are database rows only).
VPN=${ISOTHERM_DEVCLOUD_VPN:-1}
[[ $VPN == 0 || $VPN == 1 ]] || die "ISOTHERM_DEVCLOUD_VPN must be 1 (default) or 0, not '$VPN'"
VPN_PACKAGES=(python3-neutron-vpnaas neutron-vpnaas-common strongswan-starter strongswan-charon
  libcharon-extra-plugins iptables)
if [[ $SERVICES == full ]]; then PACKAGES+=("${FULL_PACKAGES[@]}"); fi
if [[ $SERVICES == full && $VPN == 1 ]]; then PACKAGES+=("${VPN_PACKAGES[@]}"); fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# A daemon is alive when /proc/PID/cmdline is non-empty and mentions our state
# folder (zombies keep their pid but have an empty cmdline; pitfall 6).
pid_alive() {
  local pid=$1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' </proc/"$pid"/cmdline 2>/dev/null | grep -qF -- "$STATE/"
}

# Pid recorded for service $1 (keystone, heat-RegionOne, ...) if it is alive.
svc_pid() {
  local f=$RUN/$1.pid pid
  [[ -f $f ]] || return 1
  pid=$(<"$f")
  pid_alive "$pid" && echo "$pid"
}

# Pids listening on 127.0.0.1 (or any address) port $1, one per line.
port_pids() {
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u
}
port_busy() { [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]; }

wait_port_free() {  # port, seconds
  local i
  for ((i = 0; i < $2 * 10; i++)); do port_busy "$1" || return 0; sleep 0.1; done
  return 1
}

# TERM, wait 3 s, TERM again, wait 3 s, KILL (pitfall 6). Takes several pids.
stop_pids() {
  local round pid left i
  for round in TERM TERM KILL; do
    left=()
    for pid in "$@"; do pid_alive "$pid" && left+=("$pid"); done
    ((${#left[@]})) || return 0
    kill -s "$round" "${left[@]}" 2>/dev/null
    for ((i = 0; i < 30; i++)); do
      sleep 0.1
      for pid in "${left[@]}"; do pid_alive "$pid" && continue 2; done
      return 0
    done
  done
}

service_log_tail() {  # service name
  echo "---- last lines of $LOGS/$1.log ----" >&2
  tail -n 25 "$LOGS/$1.log" >&2 2>/dev/null
  echo "----" >&2
}

# Our processes (their command line names the state folder) whose command line matches the ERE $1.
pids_matching() {
  local cmdline pid
  for cmdline in /proc/[0-9]*/cmdline; do
    pid=${cmdline#/proc/} pid=${pid%/cmdline}
    pid_alive "$pid" && tr '\0' ' ' <"$cmdline" 2>/dev/null | grep -qE -- "$1" && echo "$pid"
  done
}
