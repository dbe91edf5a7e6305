# shellcheck shell=bash disable=SC2034  # (CHANGED is read by up.sh)
# Config files of the real services (ISOTHERM_DEVCLOUD_SERVICES=full; sourced by full.sh):
# MariaDB, RabbitMQ, Placement, Nova (fake driver), Neutron (ML2 + linuxbridge agent), Glance,
# Octavia (API + worker with the no-op amphora, compute and network drivers).
# One deployment serves both regions (see README.md). Written only when the content changes.

DB_URL_BASE() { echo "mysql+pymysql://isotherm:$DB_PASSWORD@127.0.0.1:$MARIADB_PORT"; }
RABBIT_URL() { echo "rabbit://isotherm:$RABBIT_PASSWORD@127.0.0.1:$RABBIT_PORT/"; }

# [keystone_authtoken] / service credentials for user $1 (all services share SERVICE_PASSWORD).
auth_section() {  # section, user
  cat <<EOF
[$1]
auth_url = http://127.0.0.1:$KEYSTONE_PORT
www_authenticate_uri = http://127.0.0.1:$KEYSTONE_PORT
auth_type = password
username = $2
password = $SERVICE_PASSWORD
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = ${REGIONS[0]}
EOF
}

write_infra_configs() {
  local d=$STATE/mariadb r=$STATE/rabbitmq
  mkdir -p "$d" "$r"
  put_file "$d/my.cnf" <<EOF && CHANGED[mariadb]=1
[mariadbd]
datadir = $d/data
socket = $RUN/mariadb.sock
pid-file = $RUN/mariadb.pidfile
bind-address = 127.0.0.1
port = $MARIADB_PORT
user = root
skip-name-resolve
skip-log-bin
max_connections = 1000
innodb_buffer_pool_size = 128M
innodb_log_file_size = 64M
# throwaway data: no fsync per commit, no doublewrite
innodb_flush_log_at_trx_commit = 0
innodb_doublewrite = 0
sync_binlog = 0
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
EOF
  put_file "$r/rabbitmq.conf" <<EOF && CHANGED[rabbitmq]=1
listeners.tcp.default = 127.0.0.1:$RABBIT_PORT
default_user = isotherm
default_pass = $RABBIT_PASSWORD
loopback_users = none
disk_free_limit.absolute = 50MB
log.console = true
log.file = false
EOF
  echo '[].' | put_file "$r/enabled_plugins" && CHANGED[rabbitmq]=1
  # epmd on its own port, loopback only; Erlang distribution on loopback only.
  put_file "$r/daemon.env" <<EOF && CHANGED[rabbitmq]=1
HOME=$r
RABBITMQ_CONFIG_FILE=$r/rabbitmq.conf
RABBITMQ_ENABLED_PLUGINS_FILE=$r/enabled_plugins
RABBITMQ_MNESIA_BASE=$r/mnesia
RABBITMQ_LOG_BASE=$LOGS
RABBITMQ_NODENAME=isotherm@localhost
RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
RABBITMQ_DIST_PORT=$RABBIT_DIST_PORT
RABBITMQ_PID_FILE=$RUN/rabbitmq.pidfile
ERL_EPMD_ADDRESS=127.0.0.1
ERL_EPMD_PORT=$EPMD_PORT
RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}
EOF
}

write_placement_config() {
  local p=$STATE/placement
  mkdir -p "$p"
  {
    cat <<EOF
[DEFAULT]
debug = false
[api]
auth_strategy = keystone
[placement_database]
connection = $(DB_URL_BASE)/placement?charset=utf8
EOF
    auth_section keystone_authtoken placement
  } | put_file "$p/placement.conf" && CHANGED[placement]=1
  uwsgi_ini placement "$PLACEMENT_PORT" /usr/bin/placement-api "OS_PLACEMENT_CONFIG_DIR=$p" |
    put_file "$p/uwsgi.ini" && CHANGED[placement]=1
}

uwsgi_ini() {  # name, port, wsgi file, env line
  cat <<EOF
[uwsgi]
plugins = python3
http-socket = 127.0.0.1:$2
wsgi-file = $3
chdir = $STATE/$1
processes = 2
threads = 1
master = true
lazy-apps = true
die-on-term = true
need-app = true
no-orphans = true
buffer-size = 65535
add-header = Connection: close
env = $4
EOF
}

write_nova_config() {
  local n=$STATE/nova
  mkdir -p "$n/instances" "$n/lock"
  {
    cat <<EOF
[DEFAULT]
debug = false
host = $COMPUTE_HOST
my_ip = 127.0.0.1
state_path = $n
instances_path = $n/instances
transport_url = $(RABBIT_URL)
compute_driver = fake.FakeDriver
# the fake driver never plugs a vif: do not wait for neutron's network-vif-plugged event
vif_plugging_is_fatal = false
vif_plugging_timeout = 0
instance_name_template = isotherm-%08x
# one compute host: a resize (a flavor change in a stack update) stays on it
allow_resize_to_same_host = true
[api]
auth_strategy = keystone
[api_database]
connection = $(DB_URL_BASE)/nova_api?charset=utf8
[database]
connection = $(DB_URL_BASE)/nova?charset=utf8
[scheduler]
# maps the fake compute host into cell1 without a manual discover_hosts
discover_hosts_in_cells_interval = 5
workers = 1
[conductor]
workers = 1
[oslo_concurrency]
lock_path = $n/lock
[oslo_messaging_notifications]
driver = noop
[vnc]
enabled = false
[wsgi]
api_paste_config = $n/api-paste.ini
[glance]
region_name = ${REGIONS[0]}
[cinder]
os_region_name = ${REGIONS[0]}
EOF
    auth_section keystone_authtoken nova
    auth_section placement placement
    auth_section neutron neutron
    echo "service_metadata_proxy = false"
  } | put_file "$n/nova.conf" && CHANGED[nova]=1
  put_file "$n/api-paste.ini" </etc/nova/api-paste.ini && CHANGED[nova]=1
  uwsgi_ini nova "$NOVA_PORT" /usr/bin/nova-api-wsgi "OS_NOVA_CONFIG_DIR=$n" | put_file "$n/uwsgi.ini" && CHANGED[nova]=1
}

write_neutron_config() {
  local q=$STATE/neutron
  mkdir -p "$q/lock"
  {
    cat <<EOF
[DEFAULT]
debug = false
host = $COMPUTE_HOST
state_path = $q
bind_host = 127.0.0.1
bind_port = $NEUTRON_PORT
api_workers = 1
rpc_workers = 1
rpc_state_report_workers = 1
core_plugin = ml2
service_plugins = router$([[ $VPN == 1 ]] && echo ,isotherm_vpnaas.IsothermVPNPlugin)
$(vpn_extensions_path)
allow_overlapping_ips = true
auth_strategy = keystone
transport_url = $(RABBIT_URL)
api_paste_config = /etc/neutron/api-paste.ini
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
[database]
connection = $(DB_URL_BASE)/neutron?charset=utf8
$(vpn_service_provider)
[oslo_concurrency]
lock_path = $q/lock
[oslo_messaging_notifications]
driver = noop
[experimental]
linuxbridge = true
[agent]
# we run as root already: no sudo/rootwrap in front of the agent's commands
root_helper = env
[ml2]
# "local" networks need no interface at all: ports bind to the linuxbridge agent of the
# fake compute host and nothing is ever plugged (the fake driver makes no VMs)
type_drivers = local,flat,vxlan
tenant_network_types = local
mechanism_drivers = linuxbridge
extension_drivers = port_security
[ml2_type_vxlan]
vni_ranges = 1:1000
[linux_bridge]
physical_interface_mappings =
[vxlan]
enable_vxlan = false
[securitygroup]
firewall_driver = noop
EOF
    auth_section keystone_authtoken neutron
    auth_section nova nova
  } | put_file "$q/neutron.conf" && CHANGED[neutron]=1
  mkdir -p "$q/python"
  put_file "$q/python/isotherm_vpnaas.py" <"$DEVCLOUD_DIR/isotherm_vpnaas.py" && CHANGED[neutron]=1
  echo "PYTHONPATH=$q/python" | put_file "$q/server.env" && CHANGED[neutron]=1
  CHANGED[neutron-agent]=${CHANGED[neutron]:-}
  CHANGED[neutron-l3-agent]=${CHANGED[neutron]:-}
  local agent_file
  for agent_file in isotherm_vpnaas_agent.py isotherm_netns_wrapper.py; do
    put_file "$q/python/$agent_file" <"$DEVCLOUD_DIR/$agent_file" && CHANGED[neutron-l3-agent]=1
  done
  chmod 755 "$q/python/isotherm_netns_wrapper.py"
  if [[ $VPN == 1 ]]; then write_l3_agent_config; fi
}

# With VPNaaS (the default; ISOTHERM_DEVCLOUD_VPN=0 leaves it out): the reference IPsec driver with the two changes Heat needs
# (isotherm_vpnaas.py); nothing otherwise.
vpn_service_provider() {
  [[ $VPN == 1 ]] || return 0
  echo "[service_providers]"
  echo "service_provider = VPN:strongswan:isotherm_vpnaas.IsothermIPsecVPNDriver:default"
}

# The VPN plugin is isotherm_vpnaas's (see there), so neutron looks for the vpnaas API extensions
# next to that file unless told where neutron-vpnaas keeps them.
vpn_extensions_path() {
  [[ $VPN == 1 ]] || return 0
  echo "api_extensions_path = $(python3 -c 'import neutron_vpnaas.extensions as e; print(e.__path__[0])')"
}

# The l3 agent: routers get namespaces (qrouter-<id>, in <state>/netns: see full.sh) and veths
# plugged into the linuxbridge agent's bridges; its vpnaas extension runs strongSwan in them.
write_l3_agent_config() {
  local q=$STATE/neutron
  put_file "$q/l3_agent.ini" <<EOF && CHANGED[neutron-l3-agent]=1
[DEFAULT]
interface_driver = linuxbridge
agent_mode = legacy
# no haproxy per router: nothing boots, nothing asks for metadata
enable_metadata_proxy = false
[agent]
extensions = vpnaas
# neutron-vpnaas passes the third word of a root_helper that names neutron-rootwrap to its netns
# wrapper as --rootwrap_config (with 'env' alone it passes '', which the wrapper rejects: "unrecognized
# arguments"). This helper drops that argument and runs the command (we are root already).
root_helper = env $q/bin/neutron-rootwrap-as-root /etc/neutron/rootwrap.conf
[vpnagent]
# neutron-vpnaas's strongSwan driver; a connection that stays down starts over (isotherm_vpnaas_agent.py)
vpn_device_driver = isotherm_vpnaas_agent.IsothermStrongSwanDriver
[ipsec]
config_base_dir = $q/ipsec
# how often the agent reads 'ipsec status' and reports a change (a tunnel up becomes ACTIVE)
ipsec_status_check_interval = 2
[strongswan]
default_config_area = $q/strongswan.d
EOF
  mkdir -p "$q/bin"
  printf '#!/bin/sh\n# root_helper of the l3 agent (l3_agent.ini): drops the rootwrap.conf argument\nshift\nexec "$@"\n' |
    put_file "$q/bin/neutron-rootwrap-as-root" && CHANGED[neutron-l3-agent]=1
  chmod 755 "$q/bin/neutron-rootwrap-as-root"
  write_strongswan_d "$q/strongswan.d" && CHANGED[neutron-l3-agent]=1
}

# Debian's /etc/strongswan.d, with ESP in user space (kernel-libipsec: a TUN device per router;
# this kernel has no ESP/AH transform) and charon's log in <state>/logs/charon.log.
write_strongswan_d() {  # target folder; true when it changed
  local new=$1.new
  rm -rf "$new" && cp -a /etc/strongswan.d "$new" || die "cannot copy /etc/strongswan.d"
  sed -i 's/^\(\s*\)load = no/\1load = yes/' "$new/charon/kernel-libipsec.conf"
  # install_routes = no: with kernel-libipsec and auto=route (the trap policy), installing the
  # route of a new CHILD_SA failed now and then ("error installing route with policy ... out",
  # "unable to install IPsec policies (SPD) in kernel", then TS_UNACCEPTABLE) and the connection
  # never became ACTIVE. Without routes the SAs install every time, but no packet from the
  # router's subnets is routed into the tunnel (nothing here sends any: no VMs).
  cat >"$new/isotherm.conf" <<EOF
charon {
    install_routes = no
    filelog {
        isotherm {
            path = $LOGS/charon.log
            time_format = %F %T
            ike_name = yes
            flush_line = yes
            default = 1
        }
    }
}
EOF
  if [[ -d $1 ]] && diff -r "$1" "$new" >/dev/null; then
    rm -rf "$new"
    return 1
  fi
  rm -rf "$1" && mv "$new" "$1"
}

write_glance_config() {
  local g=$STATE/glance
  mkdir -p "$g/images" "$g/staging" "$g/tasks" "$g/lock"
  {
    cat <<EOF
[DEFAULT]
debug = false
bind_host = 127.0.0.1
bind_port = $GLANCE_PORT
workers = 1
enabled_backends = fs:file
[database]
connection = $(DB_URL_BASE)/glance?charset=utf8
[glance_store]
default_backend = fs
[fs]
filesystem_store_datadir = $g/images
[os_glance_staging_store]
filesystem_store_datadir = $g/staging
[os_glance_tasks_store]
filesystem_store_datadir = $g/tasks
[oslo_concurrency]
lock_path = $g/lock
[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini
EOF
    auth_section keystone_authtoken glance
  } | put_file "$g/glance-api.conf" && CHANGED[glance]=1
}

# The CA that signs the (never used) amphora certificates: Octavia's create flow makes one even with
# the no-op drivers. Throwaway, made once, private to the state folder.
write_octavia_ca() {
  local c=$STATE/octavia/certs
  [[ -f $c/ca.pem && -f $c/ca.key ]] && return 0
  mkdir -p "$c" && chmod 700 "$c"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=isotherm-devcloud-octavia-ca \
    -keyout "$c/ca.key" -out "$c/ca.pem" >>"$LOGS/setup-octavia.log" 2>&1 ||
    die "could not make Octavia's CA (log: $LOGS/setup-octavia.log)"
}

# Octavia with the amphora provider and no-op drivers: the API and the worker's flows run for real,
# load balancers reach ACTIVE, nothing is booted or plugged.
write_octavia_config() {
  local o=$STATE/octavia
  mkdir -p "$o/lock"
  write_octavia_ca
  {
    cat <<EOF
[DEFAULT]
debug = false
transport_url = $(RABBIT_URL)
[api_settings]
bind_host = 127.0.0.1
bind_port = $OCTAVIA_PORT
auth_strategy = keystone
enabled_provider_drivers = amphora:The Octavia Amphora driver (no-op drivers here)
default_provider_driver = amphora
[database]
connection = $(DB_URL_BASE)/octavia?charset=utf8
[controller_worker]
workers = 1
amphora_driver = amphora_noop_driver
compute_driver = compute_noop_driver
network_driver = network_noop_driver
volume_driver = volume_noop_driver
image_driver = image_noop_driver
loadbalancer_topology = SINGLE
amp_image_tag = amphora
amp_flavor_id = 1
amp_boot_network_list = isotherm-noop
client_ca = $o/certs/ca.pem
[certificates]
ca_certificate = $o/certs/ca.pem
ca_private_key = $o/certs/ca.key
[oslo_concurrency]
lock_path = $o/lock
[oslo_messaging]
topic = octavia_prov
[oslo_messaging_notifications]
driver = noop
EOF
    auth_section keystone_authtoken octavia
    auth_section service_auth octavia
  } | put_file "$o/octavia.conf" && CHANGED[octavia]=1
  CHANGED[octavia-worker]=${CHANGED[octavia]:-}
}

write_full_configs() {
  write_infra_configs
  write_placement_config
  write_nova_config
  write_neutron_config
  write_glance_config
  write_octavia_config
}

