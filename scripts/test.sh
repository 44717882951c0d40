#!/usr/bin/env bash
# Runs the whole suite with Node's own test runner (through tsx) and ends with the plain line
# "N passed, N failed" that CI reads. `scripts/test.sh e2e` runs only the end-to-end tests.
set -uo pipefail
shopt -s globstar nullglob
cd "$(dirname "$0")/.."
export LANCEDB_LOG=${LANCEDB_LOG:-error}

if [ "${1:-}" = "e2e" ]; then
  files=(tests/e2e/**/*.test.ts)
else
  files=(tests/unit/**/*.test.ts tests/integration/**/*.test.ts tests/reliability/**/*.test.ts tests/security/**/*.test.ts tests/e2e/**/*.test.ts)
fi
if [ ${#files[@]} -eq 0 ]; then echo "no test files found"; exit 1; fi

# The browser tests drive the built renderer.
if printf '%s\n' "${files[@]}" | grep -q '^tests/e2e/'; then
  npm run --silent build:renderer >/dev/null || { echo "renderer build failed"; exit 1; }
fi

mkdir -p .tmp
tap=.tmp/test-results.tap
node --import tsx --test --test-concurrency="${TEST_CONCURRENCY:-2}" \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" \
  "${files[@]}"
status=$?

pass=$(grep -E '^# pass ' "$tap" | tail -1 | awk '{print $3}')
fail=$(grep -E '^# fail ' "$tap" | tail -1 | awk '{print $3}')
skipped=$(grep -E '^# skipped ' "$tap" | tail -1 | awk '{print $3}')
todo=$(grep -E '^# todo ' "$tap" | tail -1 | awk '{print $3}')
# A test cancelled by the runner (its file hung or its event loop drained) did not pass: it counts as failed.
cancelled=$(grep -E '^# cancelled ' "$tap" | tail -1 | awk '{print $3}')
echo
echo "${pass:-0} passed, $(( ${fail:-0} + ${cancelled:-0} )) failed, $(( ${skipped:-0} + ${todo:-0} )) skipped"
exit $status
