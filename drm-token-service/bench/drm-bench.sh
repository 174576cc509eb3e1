#!/usr/bin/env bash
# Benchmark of drm-token-service (issue 8): POST /hms/fp/token with the local issuer and the media-token gate on,
# target >= 1,200 tokens/s with zero errors on this box. The full suite runs from real jars (deploy/local/bench-suite.sh:
# registration, sandbox-mvpd, authn, authz; tenant + device provisioned over HTTP), plus drm-token-service with its own
# Redis db (8) and PostgreSQL db (tvegate_drm), and a DRM customer provisioned through the drm admin API (local
# backend, gate on, requestors [the bench SP], a production authenticator, content key ^bench-ref30 bound to REF30),
# deleted at exit.
# For each media-token algorithm (authz restarted with a key of that kind, drm-token restarted so it fetches it):
#   1. harvest media tokens from authz for real: wrk on POST /api/v2/{sp}/decisions/authorize/{mvpd} (decision cached,
#      one media token signed per call), harvest.lua keeps every serializedToken. The rate is authz's signing cost.
#   2. warm-up run on drm-token with its own tokens, then the measured run with fresh ones (sized from the warm-up rate):
#      token.lua gives every request its own media token (the gate is single-use) and never replays one.
# Prints tokens/s, p50, p99, non-2xx, socket errors and PASS/FAIL per algorithm, with the harvest rate, JDK, cores and
# the load average. authz and drm-token get -Xms256m -Xmx512m; the other services are small and idle while measuring.
#   drm-token-service/bench/drm-bench.sh [seconds (15)] [connections (16)] [ES256|RS256|both (both)]
# Env: DRM_BENCH_WARMUP (s, 8), DRM_BENCH_DB (tvegate_drm), DRM_BENCH_REDIS_DB (8), DRM_BENCH_JVM (extra drm JVM args,
#      e.g. -XX:StartFlightRecording=filename=/tmp/drm.jfr,dumponexit=true), DRM_BENCH_CRYPTO=0 (skip the in-process
#      crypto figures).
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/local/lib.sh
tvegate_pick_jdk
tvegate_ensure_services

DUR=${1:-15}; CONN=${2:-16}; ALGS=${3:-both}
[ "$ALGS" = both ] && ALGS="ES256 RS256"
WARM=${DRM_BENCH_WARMUP:-8}; DB=${DRM_BENCH_DB:-tvegate_drm}; RDB=${DRM_BENCH_REDIS_DB:-8}
TARGET=1200
BENCH=drm-token-service/bench
. deploy/local/bench-suite.sh
bench_suite_init drm-bench 18780   # registration 18781, authn 18782, authz 18783, sandbox-mvpd 18790, drm-token 18784
DRM_PORT=18784; DRM=http://localhost:$DRM_PORT
[ -f drm-token-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -ntp -q install -DskipTests -am -pl drm-token-service

delete_drm_customer() {
  [ -n "${CUSTOMER_ID:-}" ] || return 0
  curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "Authorization: Bearer $ADMIN" "$DRM/admin/v1/drm/customers/$CUSTOMER_ID" \
    | grep -q 204 || runuser -u postgres -- psql -d "$DB" -qtAc "delete from drm_customer where id = $CUSTOMER_ID" >/dev/null 2>&1 || true
  redis-cli -n "$RDB" del "drm:count:$CUSTOMER_ID:$(date -u +%Y-%m)" >/dev/null 2>&1 || true
  CUSTOMER_ID=
}
BENCH_CLEANUP_HOOKS+=(delete_drm_customer)
load() { cut -d' ' -f1-3 /proc/loadavg; }

JDK=$(bench_jdk)
echo "drm-token bench: $(nproc) cores, JDK $JDK, load $(load)"
if [ "${DRM_BENCH_CRYPTO:-1}" = 1 ]; then
  CP="shared-kernel/target/shared-kernel-0.1.0-SNAPSHOT.jar:$(ls drm-token-service/target/quarkus-app/lib/main/com.fasterxml.jackson.core.jackson-*.jar | paste -sd:)"
  CRYPTO=$("$JAVA_HOME/bin/java" -cp "$CP" $BENCH/MediaTokenCrypto.java 1500 2>&1) || CRYPTO="(crypto micro-bench failed: $CRYPTO)"
  CRYPTO_LOAD=$(load)
  echo "$CRYPTO"
fi

bench_start_core
bench_provision_tenant
export BENCH_TOKEN=$ACCESS_TOKEN BENCH_DEVICE=$DEVICE_HEADER BENCH_BODY='{"resources":["REF30"]}'
AUTHORIZE=$AUTHZ/api/v2/$SP/decisions/authorize/$MVPD
authorize() { curl -fsS -X POST "$AUTHORIZE" -H "Authorization: Bearer $BENCH_TOKEN" -H "AP-Device-Identifier: $BENCH_DEVICE" \
  -H 'Content-Type: application/json' -d "$BENCH_BODY"; }

start_drm() {
  # shellcheck disable=SC2086
  bench_launch drm $DRM_PORT drm-token-service -Xms256m -Xmx512m -Dquarkus.log.level=WARN ${DRM_BENCH_JVM:-} \
    -Dquarkus.redis.hosts=redis://127.0.0.1:6379/$RDB \
    -Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/$DB -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$DB \
    -Dtvegate.drm.public-url=$DRM -Dtvegate.drm.gate.jwks-url=$AUTHZ/.well-known/media-token-jwks.json \
    -Dtvegate.drm.admin.registration-url=$REG -Dtvegate.drm.admin.registration-issuer=$REG \
    -Dtvegate.drm.secrets-key="$DRM_SECRETS_KEY" -Dtvegate.drm.customer-cache-ttl=PT60S
  DRM_PID=$BENCH_LAST_PID
  bench_wait_ready $DRM_PORT
}
DRM_SECRETS_KEY=$(head -c 32 /dev/urandom | base64)

provision_drm_customer() {
  bench_admin -X POST $DRM/admin/v1/drm/customers -d "{\"name\":\"drm bench $BENCH_RUN\",\"backend\":\"local\",\"drms\":[\"fp\"],
    \"gateEnabled\":true,\"requestors\":[\"$SP\"]}"
  CUSTOMER_ID=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' "$WORK/last.json")
  bench_admin -X POST $DRM/admin/v1/drm/customers/$CUSTOMER_ID/authenticators -d '{"environment":"production","label":"bench"}'
  export DRM_AUTHENTICATOR; DRM_AUTHENTICATOR=$(bench_json customerAuthenticator < "$WORK/last.json")
  bench_admin -X PUT "$DRM/admin/v1/drm/customers/$CUSTOMER_ID/content-keys/%5Ebench-ref30" \
    -d "{\"key\":\"$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')\",\"resourceId\":\"REF30\"}"
  log "DRM customer $CUSTOMER_ID (local, gate on, requestors [$SP], key ^bench-ref30 → REF30)"
}

drm_token() { # media-token → the answer (headers + body) of POST /hms/fp/token
  curl -sS -i -X POST "$DRM/hms/fp/token" --data-urlencode customerAuthenticator="$DRM_AUTHENTICATOR" \
    --data-urlencode kid=^bench-ref30 -d iv=000102030405060708090a0b0c0d0e0f --data-urlencode mediaToken="$1" -d errorFormat=json
}

# harvest <count> <dir>: media tokens from authz until <dir>/all holds at least <count>; H_RATE, H_ERRORS
harvest() {
  local want=$1 dir=$2 have=0 secs out total_s=0 total_n=0
  H_GUESS=${H_GUESS:-1500}
  mkdir -p "$dir"; rm -f "$dir"/harvest-* "$dir/all"; H_ERRORS=0
  while [ "$have" -lt "$want" ]; do
    secs=$(( (want - have) / H_GUESS + 1 )); [ $secs -le 10 ] || secs=10   # a cold authz underestimates: re-measure
    out=$(HARVEST_DIR=$dir wrk -t2 -c"$CONN" -d"${secs}s" -s $BENCH/harvest.lua "$AUTHORIZE")
    bench_wrk_figures "$out"
    H_ERRORS=$((H_ERRORS + W_NON2XX + W_SOCKERR))
    total_n=$(cat "$dir"/harvest-* | wc -l); total_s=$((total_s + secs))
    H_GUESS=$(awk -v n="$((total_n - have))" -v s="$secs" 'BEGIN{r=int(n/s); print (r > 100 ? r : 100)}')
    have=$total_n
  done
  cat "$dir"/harvest-* > "$dir/all"; rm -f "$dir"/harvest-*
  H_RATE=$(awk -v n="$total_n" -v s="$total_s" 'BEGIN{printf "%.0f", n/s}')
}

# split_tokens <dir>: <dir>/all into <dir>/tokens-1 and tokens-2 (wrk -t2), alternate lines
split_tokens() {
  awk -v d="$1" '{print > (d "/tokens-" (NR % 2 + 1))}' "$1/all"
}

RESULTS=(); VERDICT=PASS
for ALG in $ALGS; do
  log "=== $ALG: authz with a $ALG media-token key, drm-token restarted"
  [ -z "${DRM_PID:-}" ] || bench_stop "$DRM_PID"
  bench_media_key "$WORK/media" "$ALG"
  mv "$WORK/media/bench-media-1.pem" "$WORK/media/bench-${ALG,,}.pem"
  bench_start_authz "$WORK/media" -Dtvegate.authz.media-token.algorithm=$ALG
  start_drm
  [ -n "${CUSTOMER_ID:-}" ] || provision_drm_customer
  LOAD_START=$(load)

  # sanity: one token by hand, its answer, and the replay refused
  MT=$(authorize | bench_json serializedToken)
  [ -n "$MT" ] || { echo "authz gave no media token: $(authorize)"; exit 1; }
  HDR=$(printf '%s' "$MT" | base64 -d | cut -d. -f1 | tr '_-' '/+'); while [ $(( ${#HDR} % 4 )) -ne 0 ]; do HDR+="="; done
  HDR=$(base64 -d <<<"$HDR")
  [[ $HDR == *"\"alg\":\"$ALG\""* ]] || { echo "media token is not $ALG: $HDR"; exit 1; }
  SAMPLE=$(drm_token "$MT" | tr -d '\r')
  SAMPLE_TYPE=$(awk -F': ' 'tolower($1)=="content-type"{print $2}' <<<"$SAMPLE")
  SAMPLE_BODY=$(tail -1 <<<"$SAMPLE")
  grep -q '^HTTP/1.1 200' <<<"$SAMPLE" && [[ $SAMPLE_TYPE == text/uri-list* ]] && [[ $SAMPLE_BODY == *ExpressPlayToken=* ]] \
    || { echo "unexpected drm answer:"; echo "$SAMPLE"; tail -20 "$WORK/drm.log"; exit 1; }
  REPLAY=$(drm_token "$MT" | tr -d '\r' | tail -1)
  [[ $REPLAY == *-4001* ]] || { echo "a replayed media token was not refused with -4001: $REPLAY"; exit 1; }
  echo "$ALG sample answer: $SAMPLE_TYPE  ${SAMPLE_BODY:0:90}…   replay: $REPLAY"

  # warm-up with its own tokens; its rate sizes the measured harvest (floor 2.5 x target: a cold 8 s warm-up reads far
  # below the steady rate, run 3 measured 251/s warm vs 1,601/s measured for RS256 and ran out)
  H_GUESS=1500
  harvest $((WARM * 3000)) "$WORK/warm"; WARM_HARVEST=$H_RATE
  split_tokens "$WORK/warm"
  out=$(TOKENS_DIR=$WORK/warm wrk -t2 -c"$CONN" -d"${WARM}s" -s $BENCH/token.lua "$DRM/hms/fp/token")
  bench_wrk_figures "$out"
  echo "$ALG warm-up: $W_RPS tokens/s, non-2xx $W_NON2XX; $(grep 'media tokens used' <<<"$out")"
  rate=$W_RPS; grep -q 'ran out 0' <<<"$out" || rate=$(awk -v r="$rate" 'BEGIN{print 2*r}')
  rm -rf "$WORK/warm"
  WANT=$(awk -v r="$rate" -v d="$DUR" -v t=$TARGET 'BEGIN{r = r * 2.5; if (r < t * 3.5) r = t * 3.5; printf "%d", r * d + 2000}')

  harvest "$WANT" "$WORK/run"
  HARVEST_RATE=$H_RATE; HARVEST_ERRORS=$H_ERRORS; HARVESTED=$(wc -l < "$WORK/run/all")
  split_tokens "$WORK/run"
  LOAD_RUN=$(load)
  out=$(TOKENS_DIR=$WORK/run wrk -t2 -c"$CONN" -d"${DUR}s" --latency -s $BENCH/token.lua "$DRM/hms/fp/token")
  LOAD_END=$(load)
  rm -rf "$WORK/run"
  echo "$out" | grep -E 'requests in|Requests/sec|Non-2xx|Socket errors|^ +(50|99)%|media tokens'
  bench_wrk_figures "$out"
  used=$(grep 'media tokens used' <<<"$out")
  ok=PASS
  awk -v r="$W_RPS" -v t=$TARGET 'BEGIN{exit !(r>=t)}' || ok=FAIL
  [ "$W_NON2XX" = 0 ] && [ "$W_SOCKERR" = 0 ] || ok=FAIL
  # a thread out of tokens stops, so wrk's rate (requests / whole duration) is then a lower bound: still a pass when
  # even that bound meets the target, else inconclusive (rerun)
  if ! grep -q 'ran out 0' <<<"$used"; then
    if [ "$ok" = PASS ]; then ok="PASS (tokens ran out before the end: the rate is a lower bound)"; else ok="FAIL (tokens ran out: rerun, the figure is low)"; fi
  fi
  [ "${ok%% *}" = PASS ] || VERDICT=FAIL
  RESULTS+=("$(printf '%-5s %8s tokens/s  p50 %-8s p99 %-8s non-2xx %s  socket errors %s  %s\n      harvest (authz authorize, %s signed per call): %s tokens/s (warm-up harvest %s/s), %s tokens, errors %s; %s\n      load at start %s, before the measured run %s, at end %s' \
    "$ALG" "$W_RPS" "$W_P50" "$W_P99" "$W_NON2XX" "$W_SOCKERR" "$ok" "$ALG" "$HARVEST_RATE" "$WARM_HARVEST" "$HARVESTED" \
    "$HARVEST_ERRORS" "$used" "$LOAD_START" "$LOAD_RUN" "$LOAD_END")")
  bench_stop "$AUTHZ_PID"   # drm-token stays up until the next algorithm (or the exit, which deletes the customer)
done
echo "----------------------------------------------------------------------------------------------------------------"
echo "drm-token POST /hms/fp/token, local issuer, gate on (fresh media token per request), $(nproc) cores, JDK $JDK,"
echo "wrk -t2 -c$CONN -d${DUR}s after a ${WARM}s warm-up, on the same box; drm-token -Xmx512m, Redis db $RDB, PostgreSQL $DB"
[ -z "${CRYPTO:-}" ] || { echo "in-process media-token crypto (load $CRYPTO_LOAD):"; sed 's/^/  /' <<<"$CRYPTO"; }
printf '%s\n' "${RESULTS[@]}"
echo "target: >= $TARGET tokens/s, 0 errors -> $VERDICT"
