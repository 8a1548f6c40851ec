#!/usr/bin/env bash
# Runs every test: type check, format check, lint, unit tests (Vitest), the static build, and the browser journeys
# (Playwright in Debian's Chromium). Ends with one line "N passed, N failed" over all suites, and exits non-zero on any
# failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results=$(mktemp -d)
passed=0
failed=0
status=0

count_step() { # name, exit code: a suite that is not a test runner counts as one check
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; echo "FAILED: $1"; fi
}

echo "== type check"
npx tsc --noEmit -p .
count_step "type check" $?

echo "== format (prettier --check)"
npx prettier --check . --log-level warn
count_step "format" $?

echo "== lint (eslint)"
npx eslint . --max-warnings 0
count_step "lint" $?

echo "== unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json"
vitest_exit=$?
if [ -f "$results/vitest.json" ]; then
  read -r p f < <(node -e 'const r=require(process.argv[1]);const broken=r.testResults.filter(s=>s.status==="failed"&&s.assertionResults.length===0).length;console.log(r.numPassedTests, r.numFailedTests + broken)' "$results/vitest.json")
  passed=$((passed + p)); failed=$((failed + f))
  [ "$vitest_exit" -ne 0 ] && [ "$f" -eq 0 ] && failed=$((failed + 1))
else
  failed=$((failed + 1))
fi
[ "$vitest_exit" -ne 0 ] && status=1

echo "== model coverage (states and transitions of the statechart the model-based paths take)"
npx tsx scripts/model-coverage.ts
count_step "model coverage" $?

echo "== plain language (readability of survivor-facing text)"
npx tsx scripts/readability.ts
count_step "readability" $?

echo "== directory freshness (entries older than 12 months)"
npx tsx scripts/stale-directory.ts
count_step "directory freshness report" $?

echo "== static build"
npm run build
build_exit=$?
count_step "build" $build_exit

if [ "$build_exit" -eq 0 ]; then
  echo "== bundle budget (first-load bytes of the wizard pages against scripts/bench-baseline.json)"
  node scripts/check-bundle-budget.mjs out
  count_step "bundle budget" $?
fi

if [ "$build_exit" -eq 0 ]; then
  echo "== browser journeys (playwright)"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test -c e2e/playwright.config.ts
  pw_exit=$?
  if [ -f "$results/playwright.json" ]; then
    read -r p f < <(node -e 'const s=require(process.argv[1]).stats;console.log(s.expected, s.unexpected + s.flaky)' "$results/playwright.json")
    passed=$((passed + p)); failed=$((failed + f))
    [ "$pw_exit" -ne 0 ] && [ "$f" -eq 0 ] && failed=$((failed + 1))
  else
    failed=$((failed + 1))
  fi
  [ "$pw_exit" -ne 0 ] && status=1
fi

echo
echo "$passed passed, $failed failed"
exit $status
