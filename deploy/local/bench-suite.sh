#!/usr/bin/env bash
# The full suite for benchmarks, shared by authz-service/bench/authz-bench.sh and drm-token-service/bench/drm-bench.sh.
# Source it from the repository root (after deploy/local/lib.sh); do not execute it. It starts the real
# registration-service, sandbox-mvpd, authn-service and authz-service jars on bench ports (local PostgreSQL and
# Redis), provisions a tenant through registration's admin API (service provider BENCH<run>, the sandbox as MVPD with
# its REST entitlement endpoint, an integration, an application) and signs a device in over plain HTTP
# (authz-service/bench/provision-device.sh: DCR, session, alice at the sandbox's login form).
#
#   bench_suite_init <name> [port-base (18680)]  WORK (temp dir), ports REG/AUTHN/AUTHZ/SANDBOX_PORT = base+1/+2/+3/+10
#                                                and their URLs; installs the EXIT trap (bench_cleanup)
#   bench_start_core                             registration, sandbox-mvpd, authn (small JVMs, C1 only), ready
#   bench_media_key <dir> ES256|RS256            writes <dir>/bench-media-1.pem (P-256 / RSA 2048, PKCS#8 + PUBLIC KEY)
#   bench_start_authz <media-key-dir> [jvm args] authz (-Xmx512m, throttling off), ready; AUTHZ_PID
#   bench_stop <pid>                             stops one process started here
#   bench_provision_tenant                       ADMIN (admin access token), SP, MVPD, APP_ID, ACCESS_TOKEN, DEVICE_HEADER
#   bench_launch <name> <port> <module> [jvm args]   any other jar (log $WORK/<name>.log); BENCH_LAST_PID
#   bench_wait_ready <port>...                   /q/health/ready, 120 s each, else the logs and exit 1
#   bench_wrk_figures "<wrk --latency output>"   W_RPS W_P50 W_P99 W_NON2XX W_SOCKERR W_REQUESTS
#   bench_ms <wrk duration>                      that duration in ms;   bench_jdk: the java.version
# Callers add their own clean-up steps to BENCH_CLEANUP_HOOKS (function names, run first, in order).
# Throttling: OFF in authz (every wrk request comes from one address); registration and authn keep it on with a
# large burst, and provisioning sends its own X-Forwarded-For.

BENCH_SMALL_JVM="-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dquarkus.log.level=WARN"
BENCH_PIDS=()
BENCH_CLEANUP_HOOKS=()

bench_suite_init() {
  local name=$1 base=${2:-18680} m
  REG_PORT=$((base + 1)); AUTHN_PORT=$((base + 2)); AUTHZ_PORT=$((base + 3)); SANDBOX_PORT=$((base + 10))
  REG=http://localhost:$REG_PORT; AUTHN=http://localhost:$AUTHN_PORT
  AUTHZ=http://localhost:$AUTHZ_PORT; SANDBOX=http://localhost:$SANDBOX_PORT
  for m in registration-service authn-service authz-service sandbox-mvpd; do
    [ -f $m/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -ntp -q install -DskipTests \
      -am -pl registration-service,sandbox-mvpd,authn-service,authz-service
  done
  command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  WORK=$(mktemp -d "/tmp/tvegate-$name-XXXX")
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
  BENCH_ADMIN_SECRET=$(bench_secret); BENCH_INTERNAL_SECRET=$(bench_secret)
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/bench-1.pem" 2>/dev/null
}

bench_cleanup() {
  local h p
  for h in "${BENCH_CLEANUP_HOOKS[@]}"; do "$h" || true; done
  if [ -n "${ADMIN:-}" ] && [ -n "${SP:-}" ]; then
    [ -n "${APP_ID:-}" ] && curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $ADMIN" "$REG/admin/v1/applications/$APP_ID"
    curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $ADMIN" "$REG/admin/v1/service-providers/$SP" || true
    curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $ADMIN" "$REG/admin/v1/mvpds/$MVPD" || true
  fi
  for p in "${BENCH_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${BENCH_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  [ -n "${WORK:-}" ] && rm -rf "$WORK"
}

bench_secret() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }
bench_sha() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
bench_json() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }

bench_launch() { # name port module jvm-args...
  local name=$1 port=$2 module=$3; shift 3
  "$JAVA_HOME/bin/java" -Dquarkus.http.port="$port" "$@" -jar "$module/target/quarkus-app/quarkus-run.jar" \
    > "$WORK/$name.log" 2>&1 &
  BENCH_LAST_PID=$!
  BENCH_PIDS+=("$BENCH_LAST_PID")
}

bench_wait_ready() {
  local p
  for p in "$@"; do
    for _ in $(seq 1 240); do curl -fsS "http://127.0.0.1:$p/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
    curl -fsS "http://127.0.0.1:$p/q/health/ready" >/dev/null || { echo ":$p not ready"; tail -30 "$WORK"/*.log; exit 1; }
  done
}

bench_stop() {
  local pid=$1 p keep=()
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${BENCH_PIDS[@]}"; do [ "$p" = "$pid" ] || keep+=("$p"); done
  BENCH_PIDS=("${keep[@]}")
}

bench_start_core() {
  bench_launch registration $REG_PORT registration-service $BENCH_SMALL_JVM \
    -Dtvegate.registration.issuer=$REG -Dtvegate.registration.keys.dir="$WORK" -Dtvegate.registration.keys.current-kid=bench-1 \
    -Dtvegate.registration.secrets-key="$(head -c 32 /dev/urandom | base64)" -Dtvegate.registration.throttle.burst=1000000 \
    -Dtvegate.registration.service-clients.\"bench-admin\".secret-sha256="$(bench_sha "$BENCH_ADMIN_SECRET")" \
    -Dtvegate.registration.service-clients.\"bench-admin\".scopes=admin \
    -Dtvegate.registration.service-clients.\"bench-admin\".service-providers='*' \
    -Dtvegate.registration.service-clients.\"tvegate-internal\".secret-sha256="$(bench_sha "$BENCH_INTERNAL_SECRET")" \
    -Dtvegate.registration.service-clients.\"tvegate-internal\".scopes=internal \
    -Dtvegate.registration.service-clients.\"tvegate-internal\".service-providers='*'
  bench_launch sandbox $SANDBOX_PORT sandbox-mvpd $BENCH_SMALL_JVM -Dtvegate.sandbox.issuer=$SANDBOX \
    -Dtvegate.sandbox.clients.tvegate.redirect-uris=$AUTHN/api/v2/authenticate/callback \
    -Dtvegate.sandbox.clients.tvegate.post-logout-redirect-uris=$AUTHN/activate/done
  bench_launch authn $AUTHN_PORT authn-service $BENCH_SMALL_JVM -Dtvegate.authn.registration-url=$REG \
    -Dtvegate.authn.registration-issuer=$REG \
    -Dtvegate.authn.service-client.id=tvegate-internal -Dtvegate.authn.service-client.secret="$BENCH_INTERNAL_SECRET" \
    -Dtvegate.authn.public-url=$AUTHN -Dtvegate.authn.throttle.burst=1000000
  bench_wait_ready $REG_PORT $SANDBOX_PORT $AUTHN_PORT
}

bench_media_key() { # dir ES256|RS256
  mkdir -p "$1"; rm -f "$1"/*.pem
  case $2 in
    ES256) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1/bench-media-1.pem" 2>/dev/null ;;
    RS256) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1/bench-media-1.pem" 2>/dev/null ;;
    *) echo "media-token algorithm must be ES256 or RS256: $2"; exit 1 ;;
  esac
  openssl pkey -in "$1/bench-media-1.pem" -pubout >> "$1/bench-media-1.pem"
}

bench_start_authz() { # media-key-dir [jvm args]
  local keys=$1; shift
  bench_launch authz $AUTHZ_PORT authz-service -Xms256m -Xmx512m -Dquarkus.log.level=WARN \
    -Dtvegate.authz.registration-url=$REG -Dtvegate.authz.registration-issuer=$REG -Dtvegate.authz.authn-url=$AUTHN \
    -Dtvegate.authz.service-client.id=tvegate-internal -Dtvegate.authz.service-client.secret="$BENCH_INTERNAL_SECRET" \
    -Dtvegate.authz.public-url=$AUTHZ -Dtvegate.authz.media-token.keys.dir="$keys" -Dtvegate.authz.throttle.enabled=false "$@"
  AUTHZ_PID=$BENCH_LAST_PID
  bench_wait_ready $AUTHZ_PORT
}

# tenant through the admin API (as system-tests/Tenant does), then a device signed in as alice
bench_provision_tenant() {
  local statement
  BENCH_RUN=$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr a-f A-F)
  ADMIN=$(curl -fsS -X POST $REG/o/client/token -d grant_type=client_credentials -d client_id=bench-admin \
    --data-urlencode client_secret="$BENCH_ADMIN_SECRET" | bench_json access_token)
  SP=BENCH$BENCH_RUN; MVPD=BenchSandbox_$BENCH_RUN
  bench_admin -X POST $REG/admin/v1/service-providers -d "{\"id\":\"$SP\",\"name\":\"bench $BENCH_RUN\",\"domains\":[\"localhost\"]}"
  bench_admin -X POST $REG/admin/v1/mvpds -d "{\"id\":\"$MVPD\",\"displayName\":\"Sandbox TV\",\"protocol\":\"oidc\",\"endpoints\":{\"issuer\":\"$SANDBOX\",
    \"clientId\":\"tvegate\",\"clientSecret\":\"sandbox-secret\",\"scopes\":[\"openid\",\"profile\"],\"entitlementUrl\":\"$SANDBOX/entitlements\"}}"
  bench_admin -X PUT $REG/admin/v1/service-providers/$SP/integrations/$MVPD \
    -d '{"authnTtlSeconds":86400,"authzTtlSeconds":3600,"entitlementMode":"mvpd-endpoint","preflightMaxResources":5}'
  bench_admin -X POST $REG/admin/v1/applications -d "{\"name\":\"bench $BENCH_RUN\",\"version\":\"1.0.0\",\"platforms\":[\"tvOS\"],
    \"serviceProviders\":[\"$SP\"],\"domains\":[\"localhost\"]}"
  APP_ID=$(bench_json id < "$WORK/last.json"); statement=$(bench_json softwareStatement < "$WORK/last.json")
  eval "$(authz-service/bench/provision-device.sh $REG $AUTHN "$statement" "$SP" "$MVPD")"
  log "tenant $SP provisioned, device signed in as alice"
}

# curl with the admin token and a JSON body; the answer in $WORK/last.json
bench_admin() { curl -fsS -o "$WORK/last.json" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$@"; }

bench_ms() { awk '{v=$1; if (v ~ /us$/) {sub("us","",v); print v/1000} else if (v ~ /ms$/) {sub("ms","",v); print v} else {sub("s","",v); print v*1000}}' <<<"$1"; }

bench_jdk() { "$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.version =/{print $2}'; }

bench_wrk_figures() {
  W_RPS=$(awk '/Requests\/sec/{print $2}' <<<"$1")
  W_REQUESTS=$(awk '/requests in/{print $1}' <<<"$1")
  W_P50=$(awk '$1=="50%"{print $2}' <<<"$1"); W_P99=$(awk '$1=="99%"{print $2}' <<<"$1")
  W_NON2XX=$(awk '/Non-2xx/{print $5}' <<<"$1"); W_NON2XX=${W_NON2XX:-0}
  W_SOCKERR=$(awk '/Socket errors/{gsub(",","");print $4+$6+$8+$10}' <<<"$1"); W_SOCKERR=${W_SOCKERR:-0}
}
