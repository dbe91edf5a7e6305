#!/usr/bin/env bash
# The whole test suite: the README's test command (`npm test`) and what .ci/run calls.
#   1. installs what the tests need: npm packages; Debian's chromium (e2e) when root on Debian
#   2. starts the real local cloud (Keystone, two Heat regions, Nova, Neutron, Glance, Octavia) when root on Debian
#   3. typecheck + lint, unit + integration (vitest), end-to-end in Chromium (Playwright)
#   4. ends with one summary line over all tiers: "total: N passed, N failed, N skipped"
# Tiers that cannot run here are reported as skipped, loudly, never as passed.
set -uo pipefail
# the body is a function, so bash reads the whole file before running any of it
main() {
  cd "$(dirname "$0")/.."
  root=$PWD
  mkdir -p .tmp
  export PATH="$root/node_modules/.bin:$PATH"
  status=0
  say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
  loud() { printf '\n\033[1;33m!! %s\033[0m\n' "$*" | tee -a .tmp/skipped.txt; }
  : > .tmp/skipped.txt
  rm -f .tmp/vitest.json .tmp/playwright.json .tmp/static.txt

  is_root_debian() { [ "$(id -u)" = 0 ] && grep -q 'VERSION_ID="12"' /etc/os-release 2>/dev/null && grep -q '^ID=debian' /etc/os-release; }

  say "npm packages"
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund || { echo "npm ci failed: check your network access to the npm registry"; exit 2; }
  else
    echo "node_modules is up to date"
  fi

  say "Debian tools the tests use: chromium (e2e), shellcheck (deploy.sh lint)"
  need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
  if [ ${#need[@]} -eq 0 ]; then
    echo "chromium and shellcheck are installed"
  elif is_root_debian; then
    echo "installing ${need[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}") >.tmp/apt-tools.log 2>&1 \
      || { tail -20 .tmp/apt-tools.log; loud "could not install ${need[*]} (see .tmp/apt-tools.log)"; }
  else
    loud "missing ${need[*]}: installing them needs root on Debian; the tests that need them are skipped"
  fi

  say "Local test cloud (Keystone, Heat in RegionOne and RegionTwo, Nova, Neutron, Glance, Octavia on 127.0.0.1)"
  if is_root_debian; then
    if ! bash scripts/devcloud/up.sh; then
      loud "the local cloud did not come up: the integration tests will be reported as skipped (see the messages above)"
    fi
  else
    loud "integration tier cannot run: the local cloud needs root on Debian 12 (npm run devcloud:up)"
  fi

  say "Typecheck, lint and format (prettier --check)"
  if npm run -s typecheck && npm run -s lint && npm run -s format:check; then echo "typecheck, lint and format: ok"; echo ok > .tmp/static.txt; else status=1; echo failed > .tmp/static.txt; fi

  say "Unit and integration tests (vitest)"
  vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json || status=1

  say "End-to-end tests (Playwright, Debian's Chromium)"
  if [ -x /usr/bin/chromium ]; then
    if npm run -s build:renderer >.tmp/vite-build.log 2>&1; then
      PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json playwright test --reporter=list,json || status=1
    else
      tail -30 .tmp/vite-build.log; echo "the renderer did not build"; status=1
    fi
  else
    loud "e2e tier skipped: no Chromium"
  fi

  node scripts/test-summary.mjs || status=1
  exit $status
}
main "$@"
