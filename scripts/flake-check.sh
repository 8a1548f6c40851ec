#!/usr/bin/env bash
# Flake check: build the site once, then run the Playwright suite N times and report every test that ever failed,
# with how often. A test that fails in every run is a plain failure; one that fails in some runs is flaky.
#
#   bash scripts/flake-check.sh N [playwright arguments…]     e.g.  bash scripts/flake-check.sh 20
#                                                                   bash scripts/flake-check.sh 20 e2e/model
#   bash scripts/flake-check.sh --report DIR                  report again on the runs kept in DIR
#
# The build runs under /tmp/next-build.lock (builds and browser tests share out/). The runs then use a private
# copy of that build, served on its own port, so other people's builds during the check cannot change what is
# tested, and the lock is not held for the whole check. FLAKE_WORKERS sets the Playwright workers (default 2).
# FLAKE_MAX_MINUTES stops starting new runs once that many minutes have passed; the report says how many ran.
# Each run's JSON report stays in the work folder the script prints. Exits 1 when any test failed in any run.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# Reads run-*.json in a folder; prints each test that ever failed (count, first error lines) and a final line.
summarise() { # folder, runs planned, seconds elapsed
  node - "$1" "$2" "$3" <<'EOF'
const fs = require('node:fs');
const path = require('node:path');
const [work, planned, elapsed] = [process.argv[2], Number(process.argv[3]) || 0, Number(process.argv[4]) || 0];
const files = fs.readdirSync(work).filter((f) => /^run-\d+\.json$/.test(f));
const runs = files.length;
const failures = new Map();
const seen = new Set();
let results = 0;
const clean = (message) => String(message ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n')[0].slice(0, 200);
const walk = (suite, titles) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      const name = `${spec.file} › ${[...titles, spec.title].join(' › ')}`;
      seen.add(name);
      results += test.results.length;
      // "unexpected" and "flaky" are failures; an expected failure (test.fail) that does fail is "expected".
      if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
      const entry = failures.get(name) ?? { count: 0, errors: new Set() };
      entry.count++;
      for (const result of test.results) for (const error of result.errors ?? []) entry.errors.add(clean(error.message));
      failures.set(name, entry);
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
};
for (const file of files) {
  const report = JSON.parse(fs.readFileSync(path.join(work, file), 'utf8'));
  for (const suite of report.suites ?? []) walk(suite, []);
  for (const error of report.errors ?? []) {
    const entry = failures.get('(error outside a test)') ?? { count: 0, errors: new Set() };
    entry.count++;
    entry.errors.add(clean(error.message));
    failures.set('(error outside a test)', entry);
  }
}
const failed = [...failures.entries()].sort((a, b) => b[1].count - a[1].count);
const of = planned && planned !== runs ? ` (stopped after ${runs} of ${planned} planned)` : '';
console.log(`\n== flake check: ${runs} runs${of}, ${seen.size} tests, ${results} test results${elapsed ? `, ${Math.round(elapsed / 60)} min` : ''}`);
for (const [name, entry] of failed) {
  console.log(`  ${entry.count === runs ? 'FAILED EVERY RUN' : 'FLAKY'} ${entry.count}/${runs}: ${name}`);
  for (const error of entry.errors) console.log(`      ${error}`);
}
const flaky = failed.filter(([, e]) => e.count < runs).length;
const ok = failed.length === 0 && runs > 0;
console.log(
  ok
    ? `flake check passed: no test failed in ${runs} runs of ${seen.size} tests`
    : `flake check FAILED: ${failed.length} test(s) failed at least once in ${runs} runs (${flaky} flaky, ${failed.length - flaky} failing every run)`,
);
process.exit(ok ? 0 : 1);
EOF
}

if [ "${1:-}" = "--report" ]; then
  summarise "${2:?usage: bash scripts/flake-check.sh --report DIR}" 0 0
  exit $?
fi

runs="${1:-20}"
shift || true
if ! [[ "$runs" =~ ^[0-9]+$ ]] || [ "$runs" -lt 1 ]; then
  echo "usage: bash scripts/flake-check.sh N [playwright arguments…]" >&2
  exit 2
fi
workers="${FLAKE_WORKERS:-2}"
port="${FLAKE_PORT:-4199}"
budget="${FLAKE_MAX_MINUTES:-0}"
work=$(mktemp -d /tmp/flake-check.XXXXXX)
echo "flake check: $runs runs of: playwright test ${*:-(whole suite)}; reports in $work"

echo "== build (once)"
if ! flock /tmp/next-build.lock sh -c "npm run build && rm -rf '$work/site' && cp -r out '$work/site'"; then
  echo "flake check: the build failed"
  exit 1
fi

# Serve the private copy the same way e2e/playwright.config.ts serves out/ (with the headers of its serve.json);
# Playwright reuses a server already listening on its port (reuseExistingServer is on outside CI, so CI is unset for
# the runs).
sh scripts/serve.sh "$work/site" "$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
  sleep 1
done
if ! curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1; then
  echo "flake check: could not serve the build on port $port"
  cat "$work/serve.log"
  exit 1
fi

start=$(date +%s)
for i in $(seq 1 "$runs"); do
  if [ "$budget" -gt 0 ] && [ $(( $(date +%s) - start )) -ge $(( budget * 60 )) ]; then
    echo "== time budget of $budget min reached: no run $i"
    break
  fi
  echo "== run $i of $runs"
  env -u CI E2E_PORT="$port" E2E_OUT_DIR="$work/site" PLAYWRIGHT_JSON_OUTPUT_NAME="$work/run-$i.json" \
    npx playwright test -c e2e/playwright.config.ts --workers="$workers" --forbid-only --output="$work/artifacts-$i" --reporter=dot,json "$@"
  echo "   run $i exit code $?"
done

summarise "$work" "$runs" $(( $(date +%s) - start ))
