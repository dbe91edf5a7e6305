# shellcheck shell=bash disable=SC2034  # (CHANGED is read by up.sh)
# Secrets and config files of the devcloud (sourced by up.sh). Every file is
# rewritten only when its content changes, so a second `up` touches nothing.

# put_file PATH < content: 0 if the file changed, 1 if it was already identical.
put_file() {
  local tmp=$1.new
  (umask 077 && cat >"$tmp")
  if [[ -f $1 ]] && cmp -s "$tmp" "$1"; then rm -f "$tmp"; return 1; fi
  mv -f "$tmp" "$1"
}

# Throwaway passwords for this loopback-only cloud: random on first up, then kept.
ensure_secrets() {
  local f=$STATE/secrets.env name
  [[ -f $f ]] || : >"$f"
  chmod 600 "$f"
  for name in ADMIN_PASSWORD DEMO_PASSWORD HEAT_PASSWORD HEAT_DOMAIN_ADMIN_PASSWORD AUTH_ENCRYPTION_KEY \
    SERVICE_PASSWORD DB_PASSWORD RABBIT_PASSWORD; do
    grep -q "^$name=" "$f" || echo "$name=$($PY -c 'import secrets; print(secrets.token_hex(16))')" >>"$f"
  done
  # shellcheck disable=SC1090
  source "$f"
}

cors_env_line() {  # pitfall 7: [cors] in our config file is ignored, the env var is not
  [[ -n ${ISOTHERM_DEVCLOUD_CORS_ORIGIN:-} ]] && echo "OS_CORS__ALLOWED_ORIGIN=$ISOTHERM_DEVCLOUD_CORS_ORIGIN"
}

# With the real services: OS::Nova::Server's default user_data (HEAT_CFNTOOLS) embeds the cfn
# metadata URL, looked up in the catalog (no cloudformation service here) unless it is set.
# Nothing listens there: servers are fake and never call back.
heat_full_lines() {
  [[ $SERVICES == full ]] || return 0
  echo "heat_metadata_server_url = http://127.0.0.1:8000"
  echo "heat_waitcondition_server_url = http://127.0.0.1:8000/v1/waitcondition"
}

# Sets CHANGED[keystone] / CHANGED[heat-<region>] to 1 when a file of that service changed.
declare -A CHANGED
write_configs() {
  local ks=$STATE/keystone region dir cors
  cors=$(cors_env_line)
  mkdir -p "$ks"
  put_file "$ks/keystone.conf" <<EOF && CHANGED[keystone]=1
[DEFAULT]
debug = false
[database]
# wait up to 30 s for the write lock (the default 5 s ran out under heavy CPU load; keystone-manage
# and the server may write at once) and skip fsync (throwaway data) so write transactions stay short.
connection = sqlite:///$ks/keystone.sqlite?timeout=30
sqlite_synchronous = false
[token]
provider = fernet
expiration = 86400
[fernet_tokens]
key_repository = $ks/fernet-keys
[fernet_receipts]
key_repository = $ks/fernet-keys
[credential]
key_repository = $ks/credential-keys
[identity]
password_hash_rounds = 4
[cache]
# in memcached, as production Keystones run it (one cache for every process, pitfall 4); without a
# cache a token validation took 0.55-0.7 s (564 SQL statements, role assignments computed 12 times),
# which every first request to a service waits for
enabled = true
backend = oslo_cache.memcache_pool
memcache_servers = 127.0.0.1:$MEMCACHED_PORT
EOF
  # pitfalls 2-3: 1 thread, Connection: close. One process: with several, two writes at once (Heat
  # deleting two stacks' projects) failed at once with `database is locked`: oslo.db opens every
  # transaction with a plain BEGIN, and SQLite (WAL) will not wait to turn a transaction that has read
  # into one that writes while another process writes. With the cache a request takes 10-60 ms.
  put_file "$ks/uwsgi.ini" <<EOF && CHANGED[keystone]=1
[uwsgi]
plugins = python3
http-socket = 127.0.0.1:$KEYSTONE_PORT
wsgi-file = /usr/bin/keystone-wsgi-public
chdir = $ks
processes = 1
threads = 1
master = true
lazy-apps = true
die-on-term = true
need-app = true
no-orphans = true
buffer-size = 65535
add-header = Connection: close
env = OS_KEYSTONE_CONFIG_FILES=$ks/keystone.conf
${cors:+env = $cors}
EOF

  for region in "${REGIONS[@]}"; do
    dir=$STATE/heat-$region
    mkdir -p "$dir/lock"
    # (sed: no empty line where heat_full_lines prints nothing, so the default file stays as it was)
    sed '/^$/d' <<EOF | put_file "$dir/heat.conf" && CHANGED[heat-$region]=1
[DEFAULT]
debug = false
transport_url = fake://
region_name_for_services = $region
host = heat-$region
num_engine_workers = 1
client_retry_limit = 0
# the legacy engine: with convergence, SQLite and fake://, stack updates were seen to hang
# (a resource's update stalled after 'rsrc_prop_data lazy load' until the stack timed out)
convergence_engine = false
auth_encryption_key = $AUTH_ENCRYPTION_KEY
stack_user_domain_name = heat
stack_domain_admin = heat_domain_admin
stack_domain_admin_password = $HEAT_DOMAIN_ADMIN_PASSWORD
$(heat_full_lines)
[heat_all]
enabled_services = api,engine
[heat_api]
bind_host = 127.0.0.1
bind_port = ${HEAT_PORT[$region]}
workers = 1
[database]
connection = sqlite:///$dir/heat.sqlite?timeout=30
sqlite_synchronous = false
[paste_deploy]
api_paste_config = /etc/heat/api-paste.ini
[oslo_concurrency]
lock_path = $dir/lock
[keystone_authtoken]
www_authenticate_uri = http://127.0.0.1:$KEYSTONE_PORT
auth_url = http://127.0.0.1:$KEYSTONE_PORT
auth_type = password
username = heat
password = $HEAT_PASSWORD
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = $region
[trustee]
auth_type = password
auth_url = http://127.0.0.1:$KEYSTONE_PORT
username = heat
password = $HEAT_PASSWORD
user_domain_name = Default
[clients_keystone]
auth_uri = http://127.0.0.1:$KEYSTONE_PORT
EOF
    put_file "$dir/daemon.env" <<EOF && CHANGED[heat-$region]=1
$cors
EOF
  done
}
