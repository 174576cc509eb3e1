#!/usr/bin/env bash
# authz in isolation: the real authz jar + local Redis, with registration, authn and the MVPD replaced by fixed-answer
# stubs (RemoteStubs.java) so the figures are authz's own (plus the stubs' and wrk's share of the same cores).
# NOT the full-suite benchmark of issue 4 §10 (real authn/registration/sandbox-mvpd), which is not built yet.
# Usage: authz-service/bench/run-authz-only.sh [seconds=15] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECS=${1:-15}; CONNS=${2:-32}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; JAVA="$JAVA_HOME/bin/java"
STUB_PORT=18580; AUTHZ_PORT=18583; TOKEN_FILE=$(mktemp)
[ -f authz-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -ntp -q -am -pl authz-service install -DskipTests
redis-cli -n 3 ping >/dev/null
"$JAVA" authz-service/bench/RemoteStubs.java "$STUB_PORT" "$TOKEN_FILE" & STUB=$!
trap 'kill $STUB $AUTHZ 2>/dev/null || true; rm -f "$TOKEN_FILE"' EXIT
for i in $(seq 50); do [ -s "$TOKEN_FILE" ] && break; sleep 0.2; done
"$JAVA" -Xms256m -Xmx512m -Dquarkus.http.port=$AUTHZ_PORT -Dquarkus.log.level=WARN \
  -Dtvegate.authz.registration-url=http://127.0.0.1:$STUB_PORT -Dtvegate.authz.registration-issuer=http://registration.bench \
  -Dtvegate.authz.authn-url=http://127.0.0.1:$STUB_PORT -Dtvegate.authz.service-client.secret=bench \
  -Dtvegate.authz.throttle.enabled=false -Dtvegate.authz.profile-cache.ttl=${PROFILE_CACHE_TTL:-PT10S} -Dquarkus.redis.hosts=redis://127.0.0.1:6379/3 \
  -jar authz-service/target/quarkus-app/quarkus-run.jar & AUTHZ=$!
for i in $(seq 100); do curl -sf localhost:$AUTHZ_PORT/q/health/ready >/dev/null && break; sleep 0.3; done
export BENCH_TOKEN=$(cat "$TOKEN_FILE")
URL=http://127.0.0.1:$AUTHZ_PORT/api/v2/REF30/decisions
echo "== profile cache ${PROFILE_CACHE_TTL:-PT10S}; $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), wrk -t2 -c$CONNS -d${SECS}s, load generator on the same box"
for case in "authorize|{\"resources\":[\"REF30\"]}" "preauthorize|{\"resources\":[\"A\",\"B\",\"C\",\"D\",\"E\"]}"; do
  kind=${case%%|*}; export BENCH_BODY=${case#*|}
  curl -sf -X POST "$URL/$kind/Cablevision" -H "Authorization: Bearer $BENCH_TOKEN" -H "Content-Type: application/json" \
    -H "AP-Device-Identifier: fingerprint YmVuY2gtZGV2aWNlLTE=" -d "$BENCH_BODY" | head -c 200; echo
  wrk -t2 -c"$CONNS" -d5s -s authz-service/bench/decisions.lua "$URL/$kind/Cablevision" >/dev/null  # warm-up
  echo "-- $kind/Cablevision (decision cached$([ $kind = authorize ] && echo ', ES256 media token signed per call'))"
  wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s authz-service/bench/decisions.lua "$URL/$kind/Cablevision" \
    | grep -E 'Requests/sec|Non-2xx|Socket errors|^ +50%|^ +99%'
done
