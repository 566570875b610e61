#!/usr/bin/env bash
# Installs what is needed, then runs every check. Each check runs and reports even when an earlier
# one failed; the script fails if any did. CI (.ci/run) runs exactly this.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/install.sh --with-browser || exit 1

passed=0
failed=0
failures=()
step() {
	local name=$1
	shift
	echo
	echo "=== $name"
	local started=$SECONDS
	if "$@"; then
		passed=$((passed + 1))
		echo "--- $name: ok ($((SECONDS - started)) s)"
	else
		failed=$((failed + 1))
		failures+=("$name")
		echo "--- $name: FAILED ($((SECONDS - started)) s)"
	fi
}

step "format" npx prettier --check .
step "lint" npx eslint . --max-warnings 0
step "types" npm run --silent check
step "locales" node scripts/check-i18n.mjs
step "unit tests" npx vitest run
step "build" npx vite build --logLevel warn
step "first-screen size" node scripts/first-load-size.mjs
step "browser tests" npx playwright test

echo
if [ "$failed" -gt 0 ]; then
	echo "Failed: ${failures[*]}"
fi
echo "checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
