#!/usr/bin/env bash
# Stops what deploy/local/run.sh started.
[ -d "$(dirname "$0")/run" ] || exit 0
PATH="$PATH:/usr/sbin" "$(dirname "$0")/front-door.sh" stop 2>&1 | sed 's/^\[front-door\]/[tvegate] front door:/'
cd "$(dirname "$0")/run" || exit 0
for f in *.pid; do
  [ -f "$f" ] || continue
  pid=$(cat "$f")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    echo "[tvegate] stopped ${f%.pid} (pid $pid)"
  fi
  rm -f "$f"
done
