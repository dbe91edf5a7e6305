#!/bin/bash
# Snapshot a real Heat's resource type schemas into assets/catalog/heat-zed.json and
# assets/catalog/constraints.json, reading the devcloud (started first if it is not up).
set -u -o pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$ROOT/scripts/devcloud/lib.sh"   # PATH without pyenv, $PY, $STATE, die
T0=$(now)

[[ $(id -u) == 0 ]] || die "must run as root (the devcloud's state folder is root's)"
if ! (cd "$DEVCLOUD_DIR" && $PY ready.py 0 "${REGIONS[@]}" >/dev/null 2>&1); then
  echo "catalog: the devcloud is not up, starting it"
  bash "$DEVCLOUD_DIR/up.sh" || die "devcloud up failed"
fi
mkdir -p "$ROOT/assets/catalog"
$PY "$ROOT/scripts/catalog/generate.py" "$ROOT/assets/catalog" || die "catalog generation failed"
# Format like the rest of the repo (the files are in .prettierignore, so formatting happens only here).
if [[ -x $ROOT/node_modules/.bin/prettier ]]; then
  "$ROOT/node_modules/.bin/prettier" --ignore-path "" --log-level warn --write "$ROOT/assets/catalog/heat-zed.json" "$ROOT/assets/catalog/constraints.json" ||
    die "prettier failed"
else
  echo "catalog: WARNING: node_modules/.bin/prettier missing; files left as Python wrote them"
fi
echo "catalog: done in $(elapsed "$T0") s ($(du -h "$ROOT/assets/catalog/heat-zed.json" | cut -f1) heat-zed.json)"
