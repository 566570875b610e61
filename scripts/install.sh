#!/usr/bin/env bash
# Installs what Waypoint needs on a fresh machine: the npm packages (from the lock file) and, for the
# browser tests, Debian's Chromium. Never downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "Installing npm packages…"
	npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--with-browser" ] && [ -z "${CHROMIUM_PATH:-}" ] && ! [ -x /usr/bin/chromium ]; then
	echo "Installing Debian's Chromium for the browser tests…"
	if [ "$(id -u)" = "0" ]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	elif command -v sudo >/dev/null; then
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		echo "Chromium is missing and cannot be installed without root: apt-get install chromium" >&2
		exit 1
	fi
fi
