# shellcheck shell=bash
# Installs the Debian packages when some are missing (sourced by up.sh).
# Nothing may start during the install: a temporary `exit 101` policy-rc.d is
# put in place and whatever was there before is restored afterwards.

POLICY_RC=/usr/sbin/policy-rc.d
POLICY_SAVED=$STATE/policy-rc.d.saved

packages_missing() {
  local p
  for p in "${PACKAGES[@]}"; do
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) == installed ]] || echo "$p"
  done
}

packages_without_candidate() {
  local p
  for p in "$@"; do
    case $(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ { print $2 }') in
      '' | '(none)') echo "$p" ;;
    esac
  done
}

# Also called at every start: a run killed mid-install must not leave our policy-rc.d behind.
restore_policy_rc() {
  if [[ -f $POLICY_SAVED.absent ]]; then
    rm -f "$POLICY_RC" "$POLICY_SAVED.absent"
  elif [[ -f $POLICY_SAVED ]]; then
    mv -f "$POLICY_SAVED" "$POLICY_RC"
  fi
}

ensure_packages() {
  local missing nocand rc t0
  mapfile -t missing < <(packages_missing)
  ((${#missing[@]})) || return 0
  t0=$(now)
  log "installing Debian packages: ${missing[*]} (and their dependencies; about a minute)"

  mapfile -t nocand < <(packages_without_candidate "${missing[@]}")
  if ((${#nocand[@]})); then
    log "apt-get update (no candidate yet for: ${nocand[*]})"
    apt-get update -q >>"$LOGS/apt.log" 2>&1 || { tail -n 15 "$LOGS/apt.log" >&2; die "apt-get update failed"; }
    mapfile -t nocand < <(packages_without_candidate "${missing[@]}")
    ((${#nocand[@]})) && die "package(s) not available from the configured apt mirror: ${nocand[*]} (see apt-cache policy ${nocand[0]})"
  fi

  debconf-set-selections <<'EOF'
keystone keystone/configure_db boolean false
keystone keystone/create-admin-tenant boolean false
keystone keystone/register-endpoint boolean false
heat-common heat/configure_with_debconf boolean false
heat-common heat/configure_db boolean false
heat-common heat/configure_rabbit boolean false
heat-common heat/configure_ksat boolean false
heat-api heat/configure_api-endpoint boolean false
EOF

  if [[ -e $POLICY_RC || -L $POLICY_RC ]]; then cp -a "$POLICY_RC" "$POLICY_SAVED"; else : >"$POLICY_SAVED.absent"; fi
  printf '#!/bin/sh\n# temporary, written by isotherm scripts/devcloud/install.sh\nexit 101\n' >"$POLICY_RC.isotherm"
  chmod 755 "$POLICY_RC.isotherm" && mv -f "$POLICY_RC.isotherm" "$POLICY_RC"

  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${PACKAGES[@]}" >>"$LOGS/apt.log" 2>&1
  rc=$?
  restore_policy_rc
  if ((rc)); then
    tail -n 20 "$LOGS/apt.log" >&2
    die "apt-get install failed (exit $rc); full log: $LOGS/apt.log"
  fi
  log "packages installed ($(elapsed "$t0") s)"
}
