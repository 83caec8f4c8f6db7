#!/usr/bin/env bash
# Runs the published configuration (deploy/nginx/stv-check.conf) in the foreground, serving DIST on ADDRESS, with
# its own temporary folder for its pid file and buffers: nothing of the machine's own nginx set-up is changed.
#   scripts/nginx.sh DIST ADDRESS        e.g. scripts/nginx.sh dist 127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
dist="$(realpath "${1:?usage: scripts/nginx.sh DIST ADDRESS}")"
listen="${2:?usage: scripts/nginx.sh DIST ADDRESS}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s#@ROOT@#$dist#g" -e "s#@LISTEN@#$listen#g" deploy/nginx/stv-check.conf > "$work/site.conf"
cat > "$work/nginx.conf" <<CONF
include /etc/nginx/modules-enabled/*.conf;
daemon off;
pid $work/nginx.pid;
error_log stderr warn;
events {}
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/site.conf;
}
CONF
nginx -t -q -c "$work/nginx.conf"
exec nginx -c "$work/nginx.conf"
