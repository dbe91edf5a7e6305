#!/bin/bash
# Points OpenStack clients (and Isotherm's tests) at the devcloud's clouds.yaml:
#   eval "$(bash scripts/devcloud/env.sh)"     or     source scripts/devcloud/env.sh
_isotherm_clouds=$(realpath -m "${ISOTHERM_DEVCLOUD_DIR:-/var/lib/isotherm-devcloud}")/clouds.yaml
if [[ ${BASH_SOURCE[0]} != "$0" ]]; then
  export OS_CLIENT_CONFIG_FILE=$_isotherm_clouds
else
  printf 'export OS_CLIENT_CONFIG_FILE=%q\n' "$_isotherm_clouds"
fi
[[ -f $_isotherm_clouds ]] || echo "devcloud: $_isotherm_clouds does not exist yet: run npm run devcloud:up" >&2
unset _isotherm_clouds
