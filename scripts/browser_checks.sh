#!/usr/bin/env bash
# `make test-browser`: the accessibility and design checks of tests/design in headless
# Chromium (axe-core from npm), against a scratch copy of the demo served exactly as
# `make run` serves it (production settings, gunicorn, page cache on). The copy keeps the
# checks away from var/db.sqlite3 and from the test database of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BROWSER_PORT:-8765}"
dir="$(pwd)/${BROWSER_DIR:-var/browser}"
rm -rf "$dir" && mkdir -p "$dir"
.venv/bin/python -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))" \
  "${VAR_DIR:-var}/db.sqlite3" "$dir/db.sqlite3"
ln -s "$(cd "${VAR_DIR:-var}" && pwd)/media" "$dir/media"

VAR_DIR="$dir" DJANGO_SETTINGS_MODULE=config.settings.run WAGTAILADMIN_BASE_URL="http://127.0.0.1:$port" \
  .venv/bin/gunicorn config.wsgi --bind "127.0.0.1:$port" --workers 2 --timeout 120 --log-level warning &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/" || { echo "the demo server did not start on port $port" >&2; exit 1; }

SXC_BROWSER_TEST_URL="http://127.0.0.1:$port" .venv/bin/python -m pytest -q -p no:cacheprovider \
  -n "${PYTEST_WORKERS:-2}" tests/design/test_a11y_browser.py "$@"
