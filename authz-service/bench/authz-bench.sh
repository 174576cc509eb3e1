#!/usr/bin/env bash
# Full-suite benchmark of authz (issue 4 §10): the real registration-service, authn-service, authz-service and
# sandbox-mvpd jars on this box (ports 1868x/18690, local PostgreSQL and Redis), a tenant provisioned through
# registration's admin API (service provider BENCH<run>, the sandbox as MVPD with its REST entitlement endpoint), a
# device signed in over plain HTTP (provision-device.sh: DCR, session, alice at the sandbox's login form), then wrk on
# the same box:
#   authorize, 1 resource, decision cached (an ES256 media token signed on every call)
#   preauthorize, 5 resources, decisions cached
# and prints req/s, p50, p99 and errors with PASS/FAIL against the targets (>= 2,500 / >= 5,000 req/s, p99 < 25 ms,
# 0 errors). Throttling: OFF in authz (every wrk request comes from one address; spec §7's 1 req/s per IP would turn
# the run into 429s); registration and authn keep it on with a large burst, and provisioning sends its own
# X-Forwarded-For. The profile cache is authz's default (10 s). authz gets -Xmx512m; the other three services run
# small (-Xmx256m, C1 only) and are idle during the measurement except for authz's profile re-reads (every 10 s).
#   authz-service/bench/authz-bench.sh [seconds (20)] [connections (16)]   (the suite: deploy/local/bench-suite.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/local/lib.sh
tvegate_pick_jdk
tvegate_ensure_services

# Connections default to 16: on this 2-core box 16 already saturate authz (same req/s as 32); with 32 the closed loop
# only queues twice as many requests, doubling p50/p99 (measured 2026-11-28: authorize 4,819 req/s p99 17 ms at -c16,
# 4,714 req/s p99 30 ms at -c32). Pass a second argument to measure other concurrencies.
DUR=${1:-20}; CONN=${2:-16}
. deploy/local/bench-suite.sh
bench_suite_init authz-bench 18680   # registration 18681, authn 18682, authz 18683, sandbox-mvpd 18690
bench_media_key "$WORK/media" ES256
bench_start_core
bench_start_authz "$WORK/media"
log "suite up"
bench_provision_tenant

export BENCH_TOKEN=$ACCESS_TOKEN BENCH_DEVICE=$DEVICE_HEADER
URL=$AUTHZ/api/v2/$SP/decisions
VERDICT=PASS
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
RESULTS=()
for c in "authorize|[\"REF30\"]|2500" "preauthorize|[\"REF30\",\"CNN\",\"ESPN\",\"REF40\",\"HBO\"]|5000"; do
  IFS='|' read -r kind res target <<<"$c"
  export BENCH_BODY="{\"resources\":$res}"
  first=$(curl -sS -X POST "$URL/$kind/$MVPD" -H "Authorization: Bearer $BENCH_TOKEN" -H "AP-Device-Identifier: $BENCH_DEVICE" \
    -H 'Content-Type: application/json' -d "$BENCH_BODY")
  echo "$kind first answer: $(head -c 240 <<<"$first")…"
  grep -q '"authorized":true' <<<"$first" || { echo "no permit: $first"; exit 1; }
  # warm-up: the JIT needs ~20 s of authorize calls to compile the P-256 signing path (drm-bench's harvest measured
  # ~2.2k tokens/s in its first seconds and ~4.7k/s after); 5 s measured a half-warm JVM on 2026-11-28's machine
  wrk -t2 -c"$CONN" -d"${AUTHZ_BENCH_WARMUP:-20}s" -s authz-service/bench/decisions.lua "$URL/$kind/$MVPD" >/dev/null
  out=$(wrk -t2 -c"$CONN" -d"${DUR}s" --latency -s authz-service/bench/decisions.lua "$URL/$kind/$MVPD")
  bench_wrk_figures "$out"
  rps=$W_RPS p50=$W_P50 p99=$W_P99 non2xx=$W_NON2XX sockerr=$W_SOCKERR
  ok=PASS
  awk -v r="$rps" -v t="$target" 'BEGIN{exit !(r>=t)}' || ok=FAIL
  awk -v p="$(bench_ms "$p99")" 'BEGIN{exit !(p<25)}' || ok=FAIL
  [ "$non2xx" = 0 ] && [ "$sockerr" = 0 ] || ok=FAIL
  [ $ok = PASS ] || VERDICT=FAIL
  RESULTS+=("$(printf '%-13s %10s req/s (target %5s)  p50 %-9s p99 %-9s non-2xx %s  socket errors %s  %s' "$kind" "$rps" "$target" "$p50" "$p99" "$non2xx" "$sockerr" "$ok")")
done
echo "----------------------------------------------------------------------------------------------------------"
echo "authz full suite, $(nproc) cores, JDK $(bench_jdk), wrk -t2 -c$CONN -d${DUR}s on the same box"
echo "load average at start: $LOAD_START; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${RESULTS[@]}"
echo "targets: authorize >= 2,500 req/s, preauthorize >= 5,000 req/s, p99 < 25 ms, 0 errors -> $VERDICT"
