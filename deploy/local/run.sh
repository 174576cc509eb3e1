#!/usr/bin/env bash
# Starts the TVE Gate suite locally against the local PostgreSQL and Redis, with the demo tenant loaded, and prints
# the URLs to try. State (keys, secrets, logs, pids) lives in deploy/local/run/ (git-ignored). Stop with deploy/local/stop.sh.
#   deploy/local/run.sh            build the jars if missing, then start
#   deploy/local/run.sh --rebuild  always rebuild first
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
. deploy/local/lib.sh
tvegate_pick_jdk
tvegate_ensure_services

RUN=$ROOT/deploy/local/run
mkdir -p "$RUN/keys" "$RUN/logs"

JAR=registration-service/target/quarkus-app/quarkus-run.jar
if [ "${1:-}" = "--rebuild" ] || [ ! -f "$JAR" ]; then
  log "building jars (./mvnw -B -ntp package -DskipTests)"
  ./mvnw -B -ntp -q package -DskipTests
fi

# Long-lived local secrets, created once: the signing key, the at-rest encryption key, the admin client secret.
[ -f "$RUN/keys/local-1.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$RUN/keys/local-1.pem" 2>/dev/null
[ -f "$RUN/secrets-key" ] || head -c 32 /dev/urandom | base64 > "$RUN/secrets-key"
[ -f "$RUN/admin-secret" ] || head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' > "$RUN/admin-secret"
[ -f "$RUN/internal-secret" ] || head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' > "$RUN/internal-secret"
chmod 600 "$RUN"/secrets-key "$RUN"/admin-secret "$RUN"/internal-secret "$RUN"/keys/*.pem
sha() { printf '%s' "$(cat "$1")" | sha256sum | cut -d' ' -f1; }

REG_PORT=${TVEGATE_REGISTRATION_PORT:-8081}

start() { # name port jar args...
  local name=$1 port=$2 jar=$3; shift 3
  if [ -f "$RUN/$name.pid" ] && kill -0 "$(cat "$RUN/$name.pid")" 2>/dev/null; then
    log "$name already running (pid $(cat "$RUN/$name.pid"))"; return 0
  fi
  nohup "$JAVA_HOME/bin/java" -Dquarkus.http.port="$port" "$@" -jar "$jar" > "$RUN/logs/$name.log" 2>&1 &
  echo $! > "$RUN/$name.pid"
  log "$name starting on :$port (log: deploy/local/run/logs/$name.log)"
}

wait_ready() { # name port
  local i
  for i in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1; then log "$1 ready"; return 0; fi
    kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null || { log "$1 died; see deploy/local/run/logs/$1.log"; tail -20 "$RUN/logs/$1.log" >&2; return 1; }
    sleep 0.5
  done
  log "$1 not ready after 60 s; see deploy/local/run/logs/$1.log"; return 1
}

start registration "$REG_PORT" "$JAR" \
  -Dtvegate.registration.issuer="http://localhost:$REG_PORT" \
  -Dtvegate.registration.keys.dir="$RUN/keys" \
  -Dtvegate.registration.keys.current-kid=local-1 \
  -Dtvegate.registration.secrets-key="$(cat "$RUN/secrets-key")" \
  -Dtvegate.registration.service-clients.\"tvegate-admin\".secret-sha256="$(sha "$RUN/admin-secret")" \
  -Dtvegate.registration.service-clients.\"tvegate-admin\".scopes=admin \
  -Dtvegate.registration.service-clients.\"tvegate-admin\".service-providers='*' \
  -Dtvegate.registration.service-clients.\"tvegate-internal\".secret-sha256="$(sha "$RUN/internal-secret")" \
  -Dtvegate.registration.service-clients.\"tvegate-internal\".scopes=internal \
  -Dtvegate.registration.service-clients.\"tvegate-internal\".service-providers='*' \
  -Dtvegate.registration.demo.enabled=true \
  -Dtvegate.registration.demo.statement-file="$RUN/demo-software-statement.jwt" \
  ${TVEGATE_JAVA_OPTS:-}
wait_ready registration "$REG_PORT"

cat <<INFO

TVE Gate is running (demo service provider REF30, MVPDs Sandbox and TempPass_TEST40).
  registration-service  http://localhost:$REG_PORT   (OpenAPI: /q/openapi, health: /q/health, metrics: /q/metrics)

Admin token:
  curl -s -X POST http://localhost:$REG_PORT/o/client/token -d grant_type=client_credentials \\
       -d client_id=tvegate-admin --data-urlencode client_secret=\$(cat deploy/local/run/admin-secret)
Register a client with the demo app's software statement, then get an access token and read the configuration:
  curl -s -X POST http://localhost:$REG_PORT/o/client/register -H 'Content-Type: application/json' \\
       -d "{\"software_statement\":\"\$(cat deploy/local/run/demo-software-statement.jwt)\"}"
  curl -s -X POST http://localhost:$REG_PORT/o/client/token -d grant_type=client_credentials -d client_id=<id> -d client_secret=<secret>
  curl -s http://localhost:$REG_PORT/api/v2/REF30/configuration -H "Authorization: Bearer <access_token>"
Stop with: deploy/local/stop.sh
INFO
