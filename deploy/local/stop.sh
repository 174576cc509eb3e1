#!/usr/bin/env bash
# Stops what deploy/local/run.sh started.
cd "$(dirname "$0")/run" 2>/dev/null || exit 0
for f in *.pid; do
  [ -f "$f" ] || continue
  pid=$(cat "$f")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    echo "[tvegate] stopped ${f%.pid} (pid $pid)"
  fi
  rm -f "$f"
done
