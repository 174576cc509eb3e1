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
SANDBOX_JAR=sandbox-mvpd/target/quarkus-app/quarkus-run.jar
AUTHN_JAR=authn-service/target/quarkus-app/quarkus-run.jar
AUTHZ_JAR=authz-service/target/quarkus-app/quarkus-run.jar
DRM_JAR=drm-token-service/target/quarkus-app/quarkus-run.jar
if [ "${1:-}" = "--rebuild" ] || [ ! -f "$JAR" ] || [ ! -f "$SANDBOX_JAR" ] || [ ! -f "$AUTHN_JAR" ] || [ ! -f "$AUTHZ_JAR" ] \
   || [ ! -f "$DRM_JAR" ]; then
  log "building jars (./mvnw -B -ntp package -DskipTests)"
  ./mvnw -B -ntp -q package -DskipTests
fi

# Long-lived local secrets, created once: the signing key, the at-rest encryption keys (registration's, drm-token's),
# the admin client secret.
[ -f "$RUN/keys/local-1.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$RUN/keys/local-1.pem" 2>/dev/null
[ -f "$RUN/secrets-key" ] || head -c 32 /dev/urandom | base64 > "$RUN/secrets-key"
[ -f "$RUN/drm-secrets-key" ] || head -c 32 /dev/urandom | base64 > "$RUN/drm-secrets-key"
[ -f "$RUN/admin-secret" ] || head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' > "$RUN/admin-secret"
[ -f "$RUN/internal-secret" ] || head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' > "$RUN/internal-secret"
# authz's media-token signing key (EC P-256, ES256): PKCS#8 private key followed by its public key
mkdir -p "$RUN/media-token-keys"
if [ ! -f "$RUN/media-token-keys/local-media-1.pem" ]; then
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$RUN/media-token-keys/local-media-1.pem" 2>/dev/null
  openssl pkey -in "$RUN/media-token-keys/local-media-1.pem" -pubout >> "$RUN/media-token-keys/local-media-1.pem"
fi
chmod 600 "$RUN"/media-token-keys/*.pem
chmod 600 "$RUN"/secrets-key "$RUN"/drm-secrets-key "$RUN"/admin-secret "$RUN"/internal-secret "$RUN"/keys/*.pem
sha() { printf '%s' "$(cat "$1")" | sha256sum | cut -d' ' -f1; }

REG_PORT=${TVEGATE_REGISTRATION_PORT:-8081}
# Fixed: the demo tenant's Sandbox MVPD has issuer http://localhost:8090, and the sandbox's client "tvegate" lists
# http://localhost:8082/api/v2/authenticate/callback as its redirect URI.
SANDBOX_PORT=8090
AUTHN_PORT=8082
AUTHZ_PORT=${TVEGATE_AUTHZ_PORT:-8083}
DRM_PORT=${TVEGATE_DRM_PORT:-8084}

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

# The stand-in TV provider: OIDC provider + entitlements, demo users from sandbox-mvpd/src/main/resources/sandbox-users.json.
start sandbox-mvpd "$SANDBOX_PORT" "$SANDBOX_JAR" \
  -Dtvegate.sandbox.issuer="http://localhost:$SANDBOX_PORT" \
  ${TVEGATE_JAVA_OPTS:-}

# authn-service: reads configuration from registration with the internal service client, verifies access tokens
# against registration's JWKS, signs viewers in at the sandbox.
start authn "$AUTHN_PORT" "$AUTHN_JAR" \
  -Dtvegate.authn.registration-url="http://localhost:$REG_PORT" \
  -Dtvegate.authn.registration-issuer="http://localhost:$REG_PORT" \
  -Dtvegate.authn.service-client.id=tvegate-internal \
  -Dtvegate.authn.service-client.secret="$(cat "$RUN/internal-secret")" \
  -Dtvegate.authn.public-url="http://localhost:$AUTHN_PORT" \
  ${TVEGATE_JAVA_OPTS:-}

# authz-service: decisions and media tokens; configuration from registration, profiles from authn (same internal
# service client), Redis db 3 (its default).
start authz "$AUTHZ_PORT" "$AUTHZ_JAR" \
  -Dtvegate.authz.registration-url="http://localhost:$REG_PORT" \
  -Dtvegate.authz.registration-issuer="http://localhost:$REG_PORT" \
  -Dtvegate.authz.authn-url="http://localhost:$AUTHN_PORT" \
  -Dtvegate.authz.service-client.id=tvegate-internal \
  -Dtvegate.authz.service-client.secret="$(cat "$RUN/internal-secret")" \
  -Dtvegate.authz.public-url="http://localhost:$AUTHZ_PORT" \
  -Dtvegate.authz.media-token.keys.dir="$RUN/media-token-keys" \
  ${TVEGATE_JAVA_OPTS:-}

# drm-token-service: FairPlay/Widevine/PlayReady license tokens (local backend: license URLs on itself), gated by
# authz's media tokens; admin API verified against registration's keys. PostgreSQL tvegate_drm, Redis db 4 (defaults).
start drm-token "$DRM_PORT" "$DRM_JAR" \
  -Dtvegate.drm.admin.registration-url="http://localhost:$REG_PORT" \
  -Dtvegate.drm.admin.registration-issuer="http://localhost:$REG_PORT" \
  -Dtvegate.drm.secrets-key="$(cat "$RUN/drm-secrets-key")" \
  -Dtvegate.drm.gate.jwks-url="http://localhost:$AUTHZ_PORT/.well-known/media-token-jwks.json" \
  -Dtvegate.drm.public-url="http://localhost:$DRM_PORT" \
  ${TVEGATE_JAVA_OPTS:-}

wait_ready registration "$REG_PORT"

# The demo MVPD "Sandbox" must name this sandbox and its demo client (registration-service/src/main/resources/demo/
# demo-tenant.json). Its client secret is sealed with deploy/local/run/secrets-key, so a database kept from another
# checkout or from a deleted run directory holds a secret this key cannot open, and every sign-in would fail with
# "Sign-in is not set up correctly": re-apply the demo MVPD on every start (demo values only, never real ones).
ADMIN_TOKEN=$(curl -fsS -X POST "http://localhost:$REG_PORT/o/client/token" -d grant_type=client_credentials \
  -d client_id=tvegate-admin --data-urlencode client_secret="$(cat "$RUN/admin-secret")" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
if curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" "http://localhost:$REG_PORT/admin/v1/mvpds/Sandbox"; then
  curl -fsS -o /dev/null -X PUT "http://localhost:$REG_PORT/admin/v1/mvpds/Sandbox" \
    -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"displayName":"Sandbox MVPD","logoUrl":"http://localhost:'"$SANDBOX_PORT"'/logo.svg","protocol":"oidc",
         "endpoints":{"issuer":"http://localhost:'"$SANDBOX_PORT"'","clientId":"tvegate","clientSecret":"sandbox-secret",
                      "scopes":["openid","profile"],"entitlementUrl":"http://localhost:'"$SANDBOX_PORT"'/entitlements"}}' \
    && log "demo MVPD Sandbox wired to http://localhost:$SANDBOX_PORT"
fi

wait_ready sandbox-mvpd "$SANDBOX_PORT"
wait_ready authn "$AUTHN_PORT"
wait_ready authz "$AUTHZ_PORT"
wait_ready drm-token "$DRM_PORT"

# The demo DRM customer (local backend, media-token gate on, requestor REF30) with a production authenticator in
# deploy/local/run/drm-authenticator and the content key ^demo-ref30 bound to REF30: reused while it exists, created
# (again) when deploy/local/run/drm-customer is missing or names a customer the database no longer has.
drm_admin() { # method path [json body]
  curl -fsS -X "$1" "http://localhost:$DRM_PORT/admin/v1/drm/customers$2" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' ${3:+-d "$3"}
}
DRM_CUSTOMER=$(cat "$RUN/drm-customer" 2>/dev/null || true)
if [ -n "$DRM_CUSTOMER" ] && drm_admin GET "/$DRM_CUSTOMER" >/dev/null 2>&1; then
  log "demo DRM customer $DRM_CUSTOMER reused"
else
  DRM_CUSTOMER=$(drm_admin POST "" '{"name":"Demo (REF30)","backend":"local","gateEnabled":true,"requestors":["REF30"]}' \
    | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
  [ -n "$DRM_CUSTOMER" ] || { log "could not create the demo DRM customer"; exit 1; }
  echo "$DRM_CUSTOMER" > "$RUN/drm-customer"
  rm -f "$RUN/drm-authenticator"
  log "demo DRM customer $DRM_CUSTOMER created"
fi
if [ ! -s "$RUN/drm-authenticator" ]; then
  (umask 077; drm_admin POST "/$DRM_CUSTOMER/authenticators" '{"environment":"production","label":"demo"}' \
    | sed -n 's/.*"customerAuthenticator":"\([^"]*\)".*/\1/p' > "$RUN/drm-authenticator")
  [ -s "$RUN/drm-authenticator" ] || { log "could not mint the demo DRM authenticator"; exit 1; }
  log "demo DRM authenticator minted (deploy/local/run/drm-authenticator)"
fi
chmod 600 "$RUN/drm-authenticator"
if ! drm_admin GET "/$DRM_CUSTOMER/content-keys/%5Edemo-ref30" >/dev/null 2>&1; then
  drm_admin PUT "/$DRM_CUSTOMER/content-keys/%5Edemo-ref30" \
    '{"key":"'"$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"'","resourceId":"REF30"}' >/dev/null
  log "demo content key ^demo-ref30 stored for REF30"
fi

# The front door (ARCHITECTURE §5): one base URL routing by path to the four public services (not the sandbox, not
# admin/internal/q paths), nginx from the Debian package run as this user under deploy/local/run/front-door.
DOOR_PORT=${TVEGATE_FRONT_DOOR_PORT:-8080}
DOOR=""
if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then
  PATH="$PATH:/usr/sbin" deploy/local/front-door.sh stop
  PATH="$PATH:/usr/sbin" deploy/local/front-door.sh start "$DOOR_PORT" "127.0.0.1:$REG_PORT" "127.0.0.1:$AUTHN_PORT" \
    "127.0.0.1:$AUTHZ_PORT" "127.0.0.1:$DRM_PORT" && DOOR="http://localhost:$DOOR_PORT"
else
  log "no front door on :$DOOR_PORT: nginx is not installed (apt-get install nginx, or . deploy/local/lib.sh; tvegate_ensure_nginx)"
fi

cat <<INFO

TVE Gate is running (demo service provider REF30, MVPDs Sandbox and TempPass_TEST40).
  registration-service  http://localhost:$REG_PORT   (OpenAPI: /q/openapi, health: /q/health, metrics: /q/metrics)
  authn-service         http://localhost:$AUTHN_PORT   (same /q/* endpoints)
  authz-service         http://localhost:$AUTHZ_PORT   (same /q/* endpoints; media-token keys: /.well-known/media-token-jwks.json)
  drm-token-service     http://localhost:$DRM_PORT   (same /q/* endpoints; FairPlay/Widevine/PlayReady tokens: /hms/{fp,wv,pr}/token)
  sandbox-mvpd          http://localhost:$SANDBOX_PORT   (the demo TV provider "Sandbox TV": OIDC provider + entitlements)
${DOOR:+
One base URL for apps (the front door: every public path of the four services above; admin, internal and /q/ paths
are not routed): $DOOR
}
Activation page (second screen): http://localhost:$AUTHN_PORT/activate
Demo TV-provider login: alice / alice123  (also bob / bob123, carol / carol123, dave / dave123)

Admin token:
  curl -s -X POST http://localhost:$REG_PORT/o/client/token -d grant_type=client_credentials \\
       -d client_id=tvegate-admin --data-urlencode client_secret=\$(cat deploy/local/run/admin-secret)
Register a client with the demo app's software statement, then get an access token and read the configuration:
  curl -s -X POST http://localhost:$REG_PORT/o/client/register -H 'Content-Type: application/json' \\
       -d "{\"software_statement\":\"\$(cat deploy/local/run/demo-software-statement.jwt)\"}"
  curl -s -X POST http://localhost:$REG_PORT/o/client/token -d grant_type=client_credentials -d client_id=<id> -d client_secret=<secret>
  curl -s http://localhost:$REG_PORT/api/v2/REF30/configuration -H "Authorization: Bearer <access_token>"
Be a TV: create a session, show its code, poll for the profile while you sign in at the activation page:
  curl -s -X POST http://localhost:$AUTHN_PORT/api/v2/REF30/sessions -H "Authorization: Bearer <access_token>" \\
       -H "AP-Device-Identifier: fingerprint \$(printf my-tv | base64)"
  curl -s http://localhost:$AUTHN_PORT/api/v2/REF30/profiles/code/<code> -H "Authorization: Bearer <access_token>"
Once signed in, ask for a decision (a media token comes with every permit; alice's packages: REF30, CNN, ESPN, REF40):
  curl -s -X POST http://localhost:$AUTHZ_PORT/api/v2/REF30/decisions/authorize/Sandbox -H "Authorization: Bearer <access_token>" \\
       -H "AP-Device-Identifier: fingerprint \$(printf my-tv | base64)" -H 'Content-Type: application/json' -d '{"resources":["REF30"]}'
Play it: a FairPlay license token for REF30 with the media token of that permit (demo DRM customer $DRM_CUSTOMER,
content key ^demo-ref30; \$ACCESS_TOKEN and \$DEVICE_HEADER as the README's provision-device.sh sets them). It answers the
license URL; GET it for the rights check. A media token is good for one license token: a second request is 403 (-4001).
  MEDIA_TOKEN=\$(curl -s -X POST http://localhost:$AUTHZ_PORT/api/v2/REF30/decisions/authorize/Sandbox -H "Authorization: Bearer \$ACCESS_TOKEN" \\
       -H "AP-Device-Identifier: \$DEVICE_HEADER" -H 'Content-Type: application/json' -d '{"resources":["REF30"]}' \\
       | sed -n 's/.*"serializedToken":"\([^"]*\)".*/\1/p')
  curl -s -X POST http://localhost:$DRM_PORT/hms/fp/token --data-urlencode customerAuthenticator="\$(cat deploy/local/run/drm-authenticator)" \\
       --data-urlencode 'kid=^demo-ref30' -d iv=00112233445566778899aabbccddeeff --data-urlencode mediaToken="\$MEDIA_TOKEN"
Stop with: deploy/local/stop.sh
INFO
