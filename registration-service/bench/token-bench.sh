#!/usr/bin/env bash
# Benchmark: POST /o/client/token on this machine (wrk on the same box), the throttle filter and Redis included.
# Starts its own registration-service jar (port 18081) against the local PostgreSQL/Redis, registers a DCR client with
# the demo app's software statement, warms up, then runs wrk 3 times and prints the median req/s, p50, p99 and errors.
# Target (issue #2): >= 800 tokens/s with zero errors.
#   registration-service/bench/token-bench.sh [duration-seconds (20)] [connections (32)]
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/local/lib.sh
tvegate_pick_jdk
tvegate_ensure_services
command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

DUR=${1:-20}; CONN=${2:-32}; PORT=18081
JAR=registration-service/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -ntp -q package -DskipTests -am -pl registration-service
WORK=$(mktemp -d /tmp/tvegate-bench-XXXX)
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/bench.pem" 2>/dev/null
ADMIN_SECRET=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')

"$JAVA_HOME/bin/java" -Dquarkus.http.port=$PORT -Dquarkus.log.level=WARN \
  -Dtvegate.registration.keys.dir="$WORK" -Dtvegate.registration.keys.current-kid=bench \
  -Dtvegate.registration.secrets-key="$(head -c 32 /dev/urandom | base64)" \
  -Dtvegate.registration.service-clients.\"bench-admin\".secret-sha256="$(printf '%s' "$ADMIN_SECRET" | sha256sum | cut -d' ' -f1)" \
  -Dtvegate.registration.service-clients.\"bench-admin\".scopes=admin \
  -Dtvegate.registration.service-clients.\"bench-admin\".service-providers='*' \
  -Dtvegate.registration.demo.enabled=true -Dtvegate.registration.demo.statement-file="$WORK/statement.jwt" \
  -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { tail -30 "$WORK/service.log"; exit 1; }
for _ in $(seq 1 20); do [ -s "$WORK/statement.jwt" ] && break; sleep 0.5; done

REG=$(curl -fsS -X POST "http://127.0.0.1:$PORT/o/client/register" -H 'Content-Type: application/json' \
  -H 'X-Forwarded-For: 2001:db8:ffff::1' -d "{\"software_statement\":\"$(cat "$WORK/statement.jwt")\"}")
export CLIENT_ID=$(printf '%s' "$REG" | sed -E 's/.*"client_id":"([^"]+)".*/\1/')
export CLIENT_SECRET=$(printf '%s' "$REG" | sed -E 's/.*"client_secret":"([^"]+)".*/\1/')
[ -n "$CLIENT_ID" ] && [ -n "$CLIENT_SECRET" ] || { echo "registration failed: $REG"; exit 1; }

URL="http://127.0.0.1:$PORT/o/client/token"
LUA=registration-service/bench/token.lua
echo "warm-up 10 s ..."
wrk -t2 -c"$CONN" -d10s -s "$LUA" "$URL" > /dev/null
results=()
for run in 1 2 3; do
  out=$(wrk -t2 -c"$CONN" -d"${DUR}s" --latency -s "$LUA" "$URL")
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/{print $5}' <<<"$out"); non2xx=${non2xx:-0}
  sockerr=$(awk '/Socket errors/{gsub(",","");print $4+$6+$8+$10}' <<<"$out"); sockerr=${sockerr:-0}
  printf 'run %d: %8.1f req/s  p50 %-8s p99 %-8s non-2xx %s  socket errors %s\n' "$run" "$rps" "$p50" "$p99" "$non2xx" "$sockerr"
  results+=("$rps $p50 $p99 $non2xx $sockerr")
done
median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n 2p)
read -r rps p50 p99 non2xx sockerr <<<"$median"
total_err=$(printf '%s\n' "${results[@]}" | awk '{s+=$4+$5} END{print s}')
echo "----------------------------------------------------------------"
echo "POST /o/client/token  (median of 3 x ${DUR}s, ${CONN} connections, wrk -t2 on the same $(nproc)-core box, JDK $("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.version =/{print $2}'))"
printf 'req/s %.0f   p50 %s   p99 %s   errors (all runs) %s   target >= 800 req/s, 0 errors: %s\n' "$rps" "$p50" "$p99" "$total_err" \
  "$(awk -v r="$rps" -v e="$total_err" 'BEGIN{print (r>=800 && e==0) ? "PASS" : "FAIL"}')"
