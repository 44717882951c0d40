#!/usr/bin/env bash
# Runs the whole suite with Node's own test runner (through tsx) and ends with the plain line
# "N passed, N failed, N skipped" that CI reads, counting every test point (scripts/test-counts-reporter.mjs): each
# skipped test is listed with its reason on the lines above it, and any failure (a failing todo included) fails the run.
# `scripts/test.sh e2e` runs only the end-to-end tests; `scripts/test.sh FILE...` runs the files named.
set -uo pipefail
shopt -s globstar nullglob
cd "$(dirname "$0")/.."
export LANCEDB_LOG=${LANCEDB_LOG:-error}

if [ "${1:-}" = "e2e" ]; then
  files=(tests/e2e/**/*.test.ts)
elif [ $# -gt 0 ]; then
  files=("$@")
else
  files=(tests/unit/**/*.test.ts tests/integration/**/*.test.ts tests/reliability/**/*.test.ts tests/security/**/*.test.ts tests/e2e/**/*.test.ts)
fi
if [ ${#files[@]} -eq 0 ]; then echo "no test files found"; exit 1; fi

# The browser tests drive the built renderer.
if printf '%s\n' "${files[@]}" | grep -q '^tests/e2e/'; then
  npm run --silent build:renderer >/dev/null || { echo "renderer build failed"; exit 1; }
fi

mkdir -p .tmp
counts=.tmp/test-counts.txt
rm -f "$counts"
# A backstop so a hang fails the run instead of eating CI's 90 minutes: on Node 20 --test-timeout bounds each file.
node --import tsx --test --test-concurrency="${TEST_CONCURRENCY:-2}" --test-timeout="${TEST_FILE_TIMEOUT_MS:-2700000}" \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=./scripts/test-counts-reporter.mjs --test-reporter-destination="$counts" \
  "${files[@]}"
status=$?

echo
if [ ! -s "$counts" ]; then echo "the test runner wrote no counts"; echo "0 passed, 1 failed, 0 skipped"; exit 1; fi
cat "$counts"
# A failing todo leaves node's exit status at 0; the counts decide.
if ! tail -1 "$counts" | grep -qE '^[0-9]+ passed, 0 failed, '; then [ "$status" -ne 0 ] || status=1; fi
exit $status
