#!/usr/bin/env bash
# Proves the suite does not depend on the machine's speed: runs `npm test` several times in a
# row (default 5) while two busy loops keep both cores at 100 %. Each run's output goes to
# tests/.artifacts/under-load-<n>.log; the script stops at the first failure.
#
#   npm run test:load [-- <runs>]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mkdir -p tests/.artifacts
busy=()
for _ in 1 2; do
  node -e 'for (;;) {}' &
  busy+=($!)
done
trap 'kill "${busy[@]}" 2>/dev/null || true' EXIT
for run in $(seq "$runs"); do
  log="tests/.artifacts/under-load-$run.log"
  start=$(date +%s)
  if ! npm test >"$log" 2>&1; then
    echo "run $run of $runs failed after $(($(date +%s) - start)) s: see $log"
    exit 1
  fi
  tests=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' | tail -1 | xargs)
  echo "run $run of $runs passed in $(($(date +%s) - start)) s: $tests; $(grep -E '^security:' "$log")"
done
