#!/usr/bin/env bash
# Installs what is needed, builds Waypoint and serves it on http://localhost:4173.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npx vite build
echo "Waypoint is running at http://localhost:4173 (Ctrl+C stops it)."
exec npx vite preview --port 4173 --strictPort
