# shellcheck shell=bash
# Writes <state>/clouds.yaml (standard openstacksdk format; sourced by up.sh).
# Returns 0 when the file changed.

clouds_entry() {  # cloud name, user, password, project
  local regions
  printf -v regions '%s, ' "${REGIONS[@]}"
  cat <<EOF
  $1:
    auth:
      auth_url: http://127.0.0.1:$KEYSTONE_PORT/v3
      username: $2
      password: "$3"
      project_name: $4
      user_domain_name: Default
      project_domain_name: Default
    region_name: ${REGIONS[0]}
    regions: [${regions%, }]
    interface: public
    identity_api_version: 3
EOF
}

write_clouds_yaml() {
  {
    echo "# Isotherm devcloud (loopback only, throwaway passwords). Written by scripts/devcloud/up.sh."
    echo "# export OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml; openstack --os-cloud isotherm-dev stack list"
    echo "clouds:"
    clouds_entry isotherm-dev demo "$DEMO_PASSWORD" demo
    clouds_entry isotherm-dev-admin admin "$ADMIN_PASSWORD" admin
  } | put_file "$STATE/clouds.yaml"
}
