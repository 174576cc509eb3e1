#!/usr/bin/env bash
# The local front door (ARCHITECTURE §5): nginx with deploy/nginx/front-door.conf.template rendered into a run dir.
#   deploy/local/front-door.sh start <port> <registration> <authn> <authz> <drm>   (upstreams as host:port)
#   deploy/local/front-door.sh stop
# Run dir: $TVEGATE_FRONT_DOOR_DIR, default deploy/local/run/front-door (config, pid, logs, temp files). nginx runs as
# the calling user with that dir as its prefix and is checked with `nginx -t` before it starts; the system nginx
# service is never used.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${TVEGATE_FRONT_DOOR_DIR:-$ROOT/deploy/local/run/front-door}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
say() { printf '[front-door] %s\n' "$*" >&2; }
usage() { say "usage: $0 start <port> <registration> <authn> <authz> <drm> | stop"; exit 2; }

running() { [ -f "$DIR/logs/nginx.pid" ] && kill -0 "$(cat "$DIR/logs/nginx.pid")" 2>/dev/null; }

case "${1:-}" in
  start)
    [ $# -eq 6 ] || usage
    port=$2
    [[ $port =~ ^[0-9]+$ ]] || { say "port must be a number: $port"; exit 2; }
    for hp in "$3" "$4" "$5" "$6"; do
      [[ $hp =~ ^[A-Za-z0-9.-]+:[0-9]+$ ]] || { say "upstream must be host:port: $hp"; exit 2; }
    done
    [ -x "$NGINX" ] || { say "nginx not found (Debian: apt-get install nginx)"; exit 3; }
    if running; then say "already running (pid $(cat "$DIR/logs/nginx.pid")); stop it first"; exit 1; fi
    mkdir -p "$DIR/logs" "$DIR/tmp"
    sed -e "s/\${PORT}/$port/g" -e "s/\${REGISTRATION}/$3/g" -e "s/\${AUTHN}/$4/g" \
        -e "s/\${AUTHZ}/$5/g" -e "s/\${DRM}/$6/g" \
        "$ROOT/deploy/nginx/front-door.conf.template" > "$DIR/front-door.conf"
    if grep -q '\${' "$DIR/front-door.conf"; then say "unrendered placeholder in $DIR/front-door.conf"; exit 1; fi
    nginx_cmd=("$NGINX" -p "$DIR/" -c "$DIR/front-door.conf" -e "$DIR/logs/error.log")
    "${nginx_cmd[@]}" -t -q || { say "nginx -t failed for $DIR/front-door.conf"; exit 1; }
    "${nginx_cmd[@]}"
    for _ in $(seq 1 40); do running && break; sleep 0.125; done
    running || { say "nginx did not start; see $DIR/logs/error.log"; tail -5 "$DIR/logs/error.log" >&2 || true; exit 1; }
    say "listening on :$port (pid $(cat "$DIR/logs/nginx.pid"), config $DIR/front-door.conf)"
    ;;
  stop)
    if running; then
      pid=$(cat "$DIR/logs/nginx.pid")
      kill -QUIT "$pid"
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.125; done
      kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null || true
      say "stopped (pid $pid)"
    fi
    rm -f "$DIR/logs/nginx.pid"
    ;;
  *) usage ;;
esac
