#!/usr/bin/env bash
# Benchmark of POST /o/client/token (client_credentials, DCR client) against a locally started registration-service
# jar and the local PostgreSQL/Redis. Prints requests/s, p99 latency and the status codes seen.
#
#   registration-service/bench/token-bench.sh            # builds the jar if missing, 10 s warm-up, 30 s run
#   DURATION=60s CONCURRENCY=64 SKIP_BUILD=1 registration-service/bench/token-bench.sh
#
# Needs: hey (apt-get install hey), curl, a JDK >= 21, PostgreSQL and Redis on loopback (see README).
# Throttling is switched off for the run: every request comes from one IP.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
MODULE="$(dirname "$HERE")"
ROOT="$(dirname "$MODULE")"
PORT="${PORT:-18081}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-10s}"
CONCURRENCY="${CONCURRENCY:-32}"
DB_URL="${TVEGATE_REGISTRATION_DB_URL:-postgresql://127.0.0.1:5432/tvegate_registration}"
REDIS_URL="${TVEGATE_REGISTRATION_REDIS_URL:-redis://127.0.0.1:6379/1}"
BASE="http://127.0.0.1:${PORT}"

if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]]; then
  JAVA_HOME="$(ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]* 2>/dev/null | sort -V | tail -1 || true)"
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v hey >/dev/null || { echo "hey is not installed (apt-get install hey)" >&2; exit 1; }

JAR="$MODULE/target/quarkus-app/quarkus-run.jar"
if [[ ! -f "$JAR" || -z "${SKIP_BUILD:-}" ]]; then
  (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" ./mvnw -B -ntp -q -pl registration-service -am package -DskipTests)
fi

ADMIN_SECRET="bench-admin-$RANDOM$RANDOM"
ADMIN_SHA="$(printf %s "$ADMIN_SECRET" | sha256sum | cut -d' ' -f1)"
LOG="$(mktemp -t token-bench-XXXX.log)"
"$JAVA" -Xms256m -Xmx512m ${JAVA_OPTS:-} \
  -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.reactive.url="$DB_URL" -Dquarkus.datasource.jdbc.url="jdbc:$DB_URL" \
  -Dquarkus.redis.hosts="$REDIS_URL" \
  -Dquarkus.log.level=WARN \
  -Dtvegate.registration.throttle.enabled=false \
  -Dtvegate.registration.service-clients.bench-admin.secret-sha256="$ADMIN_SHA" \
  -Dtvegate.registration.service-clients.bench-admin.scopes=admin \
  -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { echo "registration-service did not start; log: $LOG" >&2; exit 1; }
  sleep 1
done

json() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }
ADMIN_TOKEN="$(curl -sf -X POST "$BASE/o/client/token" -d client_id=bench-admin -d "client_secret=$ADMIN_SECRET" \
  -d grant_type=client_credentials | json access_token)"
curl -s -o /dev/null -X POST "$BASE/admin/v1/service-providers" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' -d '{"id":"BENCH","name":"Benchmark","domains":["bench.example"]}'
STATEMENT="$(curl -sf -X POST "$BASE/admin/v1/applications" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"name":"Bench app","version":"1.0","platforms":["web"],"serviceProviders":["BENCH"],"domains":["bench.example"]}' \
  | json softwareStatement)"
CLIENT="$(curl -sf -X POST "$BASE/o/client/register" -H 'Content-Type: application/json' \
  -d "{\"software_statement\":\"$STATEMENT\"}")"
CLIENT_ID="$(echo "$CLIENT" | json client_id)"
CLIENT_SECRET="$(echo "$CLIENT" | json client_secret)"
BODY="client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET&grant_type=client_credentials"
if [[ "${CLIENT_KIND:-dcr}" == service ]]; then
  # a configured service client: no database look-up, isolates HTTP + signing
  BODY="client_id=bench-admin&client_secret=$ADMIN_SECRET&grant_type=client_credentials"
fi

echo "warm-up $WARMUP ..."
hey -z "$WARMUP" -c "$CONCURRENCY" -m POST -T application/x-www-form-urlencoded -d "$BODY" "$BASE/o/client/token" >/dev/null
echo "measuring $DURATION with $CONCURRENCY connections (JDK: $("$JAVA" -version 2>&1 | head -1))"
OUT="$(hey -z "$DURATION" -c "$CONCURRENCY" -m POST -T application/x-www-form-urlencoded -d "$BODY" "$BASE/o/client/token")"
STATUS_LINES='^[[:space:]]*\[[0-9]{3}\][[:space:]]+[0-9]+ responses'
echo "$OUT" | grep -E "Requests/sec|Average:|99% in|$STATUS_LINES"
echo "$OUT" | grep -qE "$STATUS_LINES" || { echo "no responses" >&2; exit 1; }
if echo "$OUT" | grep -E "$STATUS_LINES" | grep -vq '\[201\]'; then
  echo "FAIL: responses other than 201" >&2
  exit 1
fi
