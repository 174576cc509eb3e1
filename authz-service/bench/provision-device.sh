#!/usr/bin/env bash
# Provisions a signed-in device against a running suite, over plain HTTP as an app and a browser would (curl):
# DCR register (software statement) → token → session → /api/v2/authenticate → the sandbox's login form → alice signs
# in → callback → back to the app → profile by code. Prints "ACCESS_TOKEN=… DEVICE_HEADER=…" for eval.
# Usage: provision-device.sh <registration-url> <authn-url> <software-statement> [sp=REF30] [mvpd=Sandbox] [device-id]
set -euo pipefail
REG=$1; AUTHN=$2; STATEMENT=$3; SP=${4:-REF30}; MVPD=${5:-Sandbox}; DEVICE=${6:-bench-tv-$RANDOM$RANDOM}
# Each run pretends to come from its own TEST-NET address (X-Forwarded-For, first entry: what the services throttle
# per spec §7), so repeated runs on one box never meet the 1 req/s per-IP limit of registration and authn.
XFF="198.51.100.$((RANDOM % 250 + 1))"
curl() { command curl -H "X-Forwarded-For: $XFF" "$@"; }
json() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }
CLIENT=$(curl -fsS -X POST "$REG/o/client/register" -H 'Content-Type: application/json' \
  -d "{\"software_statement\":\"$STATEMENT\"}")
CID=$(echo "$CLIENT" | json client_id); CSECRET=$(echo "$CLIENT" | json client_secret)
TOKEN=$(curl -fsS -X POST "$REG/o/client/token" -d grant_type=client_credentials -d client_id="$CID" \
  --data-urlencode client_secret="$CSECRET" | json access_token)
DEV="fingerprint $(printf %s "$DEVICE" | base64 -w0)"
SESSION=$(curl -fsS -X POST "$AUTHN/api/v2/$SP/sessions" -H "Authorization: Bearer $TOKEN" -H "AP-Device-Identifier: $DEV" \
  --data-urlencode mvpd="$MVPD" -d domainName=localhost --data-urlencode redirectUrl="$AUTHN/activate/done")
CODE=$(echo "$SESSION" | json code); URL=$(echo "$SESSION" | json url)
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
# the web view: follow authn → sandbox login form
FORM=$(curl -fsS -L -c "$JAR" -b "$JAR" -w '\n%{url_effective}' "$AUTHN$URL")
LOGIN_URL=$(echo "$FORM" | tail -1); REQ=$(echo "$FORM" | sed -n 's/.*name="request_id"[[:space:]]*value="\([^"]*\)".*/\1/p' | head -1)
SANDBOX=${LOGIN_URL%%/authorize*}
# alice signs in; follow the callback back to the app's page
curl -fsS -L -c "$JAR" -b "$JAR" -o /dev/null "$SANDBOX/authorize" --data-urlencode request_id="$REQ" \
  -d username=alice -d password=alice123 || true
PROFILE=$(curl -fsS "$AUTHN/api/v2/$SP/profiles/code/$CODE" -H "Authorization: Bearer $TOKEN" -H "AP-Device-Identifier: $DEV")
echo "$PROFILE" | grep -q '"userID"' || { echo "no profile after sign-in: $PROFILE" >&2; exit 1; }
echo "ACCESS_TOKEN='$TOKEN' DEVICE_HEADER='$DEV'"
