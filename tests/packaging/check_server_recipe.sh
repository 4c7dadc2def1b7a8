#!/usr/bin/env bash
# The deployment recipe of packaging/server, checked for real:
# - the systemd units parse without a warning (systemd-analyze verify; only where it exists);
# - the example parley.ini starts parley-server (its database line left out: SQLite here);
# - nginx -t accepts the nginx site, and nginx running it in front of that server redirects
#   HTTP to HTTPS, proxies the API over TLS, upgrades the stream to a WebSocket, refuses
#   /metrics (which the server itself serves to loopback) and bodies over 64 MiB.
# Only the certificate paths, the listening ports and the upstream list are changed (to a test
# certificate, free ports and the one server started here).
#   check_server_recipe.sh PACKAGING_SERVER_DIR PARLEY_SERVER_BINARY
set -euo pipefail

recipe=$1
server=$(realpath "$2")
work=$(mktemp -d)
server_pid=
nginx_started=

cleanup() {
    if [ -n "$nginx_started" ] && [ -f "$work/nginx.pid" ]; then
        kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    fi
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- systemd units ---------------------------------------------------------------------------
if command -v systemd-analyze >/dev/null; then
    mkdir "$work/units"
    sed "s|/usr/bin/parley-server|$server|" "$recipe/parley-server.service" \
        >"$work/units/parley-server.service"
    sed "s|/usr/bin/parley-server|$server|" "$recipe/parley-server@.service" \
        >"$work/units/parley-server@8081.service"
    # verify exits 0 on unknown keys and bad values; any word about our files is a failure.
    out=$(cd "$work/units" && systemd-analyze verify ./parley-server.service \
        ./parley-server@8081.service 2>&1) || fail "systemd-analyze verify failed: $out"
    if grep -q 'parley-server' <<<"$out"; then
        fail "systemd-analyze verify warns about the units:
$out"
    fi
    echo "ok: systemd-analyze verify accepts parley-server.service and parley-server@.service"
else
    echo "not checked: systemd-analyze is not installed (the units were not parsed)"
fi

# --- the example configuration starts the server -----------------------------------------------
port=$(free_port)
mkdir "$work/data"
sed -e "s|^data_dir=.*|data_dir=$work/data|" -e '/^url=postgres/d' "$recipe/parley.ini" \
    >"$work/parley.ini"
grep -q '^\[database\]' "$work/parley.ini" || fail "parley.ini lost its [database] section"
"$server" --config "$work/parley.ini" --listen "127.0.0.1:$port" --demo \
    >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q 'listening on' "$work/server.out" && break
    kill -0 "$server_pid" 2>/dev/null || fail "parley-server stopped: $(cat "$work/server.err")"
    sleep 0.1
done
grep -q 'listening on' "$work/server.out" || fail "parley-server did not start"
echo "ok: parley-server starts with the example parley.ini"
direct=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/metrics")
[ "$direct" = 200 ] || fail "the server's own /metrics answered $direct to loopback"

# --- nginx ---------------------------------------------------------------------------------------
command -v nginx >/dev/null || fail "nginx is not installed (scripts/bootstrap installs it)"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj '/CN=parley.example.com' -addext 'subjectAltName=DNS:parley.example.com' \
    -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null
http_port=$(free_port)
https_port=$(free_port)
# The shipped upstream lists three servers; here the first is the one started above.
sed -e "s|/etc/parley/tls/|$work/|" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|" -e '/listen \[::\]:80;/d' \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https_port ssl http2;|" \
    -e '/listen \[::\]:443 ssl http2;/d' \
    -e "0,/server 127.0.0.1:8081 /s||server 127.0.0.1:$port |" \
    -e '/server 127.0.0.1:808[23] /d' \
    "$recipe/nginx-parley.conf" >"$work/site.conf"
grep -q "server 127.0.0.1:$port " "$work/site.conf" || fail "the upstream was not rewritten"
mkdir -p "$work/nginx-temp"
cat >"$work/nginx.conf" <<EOF
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events {}
http {
    access_log off;
    client_body_temp_path $work/nginx-temp/body;
    proxy_temp_path $work/nginx-temp/proxy;
    fastcgi_temp_path $work/nginx-temp/fastcgi;
    uwsgi_temp_path $work/nginx-temp/uwsgi;
    scgi_temp_path $work/nginx-temp/scgi;
    include $work/site.conf;
}
EOF
nginx -t -q -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log" \
    || fail "nginx -t refuses the site: $(cat "$work/nginx-error.log" 2>/dev/null)"
echo "ok: nginx -t accepts nginx-parley.conf"
nginx -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log"
nginx_started=1
for _ in $(seq 1 50); do
    [ -f "$work/nginx.pid" ] && break
    sleep 0.1
done

host=parley.example.com
https=(curl -s --cacert "$work/fullchain.pem" --resolve "$host:$https_port:127.0.0.1")
base="https://$host:$https_port"

redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H "Host: $host" \
    "http://127.0.0.1:$http_port/healthz")
[ "$redirect" = "301 https://$host/healthz" ] || fail "HTTP was not redirected: $redirect"
echo "ok: HTTP is redirected to HTTPS"

health=$("${https[@]}" "$base/healthz")
grep -q '"status":"ok"' <<<"$health" || fail "/healthz through nginx said: $health"
echo "ok: the API answers through nginx over TLS"

metrics=$("${https[@]}" -o /dev/null -w '%{http_code}' "$base/metrics")
[ "$metrics" = 403 ] || fail "/metrics through nginx answered $metrics"
echo "ok: nginx refuses /metrics"

# curl waits on the upgraded connection until --max-time; the status line is what counts.
upgrade=$("${https[@]}" --http1.1 -i -N --max-time 3 -H 'Connection: Upgrade' \
    -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' \
    -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' "$base/api/v1/stream" || true)
grep -q '^HTTP/1.1 101' <<<"$upgrade" || fail "the stream was not upgraded: $upgrade"
echo "ok: the stream upgrades to a WebSocket through nginx"

head -c $((64 * 1024 * 1024 + 1)) /dev/zero >"$work/too-big"
big=$("${https[@]}" -o /dev/null -w '%{http_code}' -X PATCH \
    -H 'Content-Type: application/offset+octet-stream' --data-binary "@$work/too-big" \
    "$base/api/v1/uploads/none")
[ "$big" = 413 ] || fail "a body over 64 MiB answered $big"
head -c $((64 * 1024 * 1024)) /dev/zero >"$work/chunk"
chunk=$("${https[@]}" -o /dev/null -w '%{http_code}' -X PATCH \
    -H 'Content-Type: application/offset+octet-stream' --data-binary "@$work/chunk" \
    "$base/api/v1/uploads/none")
# The server itself answers (no token: 401), not nginx's 413.
[ "$chunk" != 413 ] && [ "$chunk" != 000 ] || fail "a 64 MiB chunk answered $chunk"
echo "ok: nginx takes a 64 MiB chunk (the server answered $chunk) and refuses one byte more"
echo "server recipe ok"
