#!/usr/bin/env bash
# Installs what is missing, then builds the page and serves it at http://127.0.0.1:8080 (rebuilding on changes).
#   scripts/serve.sh            a development build
#   scripts/serve.sh --release  the size-optimised build that is published, as nginx serves it (deploy/nginx)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh serve
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The release build as it is published (split in two parts: scripts/split-wasm.mjs): built once, then served by the
# published nginx configuration (deploy/nginx) when nginx is installed (`apt-get install nginx
# libnginx-mod-http-brotli-static`).
if [ "${1:-}" = "--release" ]; then
  scripts/build-release.sh
  if command -v nginx >/dev/null; then
    echo "serving dist/ with deploy/nginx/stv-check.conf at http://127.0.0.1:8080"
    exec scripts/nginx.sh dist 127.0.0.1:8080
  fi
  # Without nginx: the same files, brotli-compressed, from a small Node server (scripts/local-page.mjs).
  exec node scripts/local-page.mjs dist 8080
fi
# No live-reload script: the page's Content-Security-Policy allows only the scripts the build wrote.
exec trunk serve --address 127.0.0.1 --port 8080 --no-autoreload "$@"
