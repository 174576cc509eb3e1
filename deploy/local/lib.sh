#!/usr/bin/env bash
# Shared shell helpers for .ci/run and the local run scripts. Source it; do not execute it.
# Databases: one PostgreSQL database per service (plus a *_test twin used by ./mvnw verify), one Redis logical db each.

TVEGATE_DATABASES="tvegate_registration tvegate_registration_test tvegate_drm tvegate_drm_test"

log() { printf '[tvegate] %s\n' "$*" >&2; }

# Picks a JDK >= 21: JAVA_HOME if it is one, else the newest Temurin/OpenJDK >= 21 under /usr/lib/jvm.
tvegate_pick_jdk() {
  local v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then log "JDK $v from JAVA_HOME=$JAVA_HOME"; export JAVA_HOME; return 0; fi
  fi
  local best="" bestv=0 d
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    v=${v%%.*}
    if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    log "no JDK >= 21 found (JAVA_HOME unset or older, nothing under /usr/lib/jvm); install one, e.g. apt-get install -y openjdk-21-jdk-headless"
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
  log "JDK $bestv at $JAVA_HOME"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- 3<&-; }

# Makes sure PostgreSQL and Redis answer on loopback: starts them if stopped, installs them with apt if absent,
# then creates the role and databases idempotently.
tvegate_ensure_services() {
  if ! port_open 5432; then
    if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
      log "PostgreSQL not installed: apt-get install postgresql"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    log "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
  fi
  if ! port_open 6379; then
    if ! command -v redis-server >/dev/null; then
      log "Redis not installed: apt-get install redis-server"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
    fi
    log "starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no
  fi
  local i
  for i in $(seq 1 30); do port_open 5432 && port_open 6379 && break; sleep 0.5; done
  port_open 5432 || { log "PostgreSQL does not answer on 127.0.0.1:5432"; return 1; }
  port_open 6379 || { log "Redis does not answer on 127.0.0.1:6379"; return 1; }
  local psql=(psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
  if ! "${psql[@]}" -c 'select 1' >/dev/null 2>&1; then
    psql=(runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -qtA)
  fi
  if [ "$("${psql[@]}" -c "select 1 from pg_roles where rolname='tvegate'")" != "1" ]; then
    "${psql[@]}" -c "create role tvegate login" >/dev/null
  fi
  local db
  for db in $TVEGATE_DATABASES; do
    if [ "$("${psql[@]}" -c "select 1 from pg_database where datname='$db'")" != "1" ]; then
      "${psql[@]}" -c "create database $db owner tvegate" >/dev/null
    fi
  done
  log "PostgreSQL and Redis are up; role tvegate and databases ready"
}

# Headless Chromium + chromedriver for the system tests' browser flows (BUILD.md: Debian packages, ~30 s).
tvegate_ensure_browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return 0
  fi
  log "headless Chromium missing: apt-get install chromium chromium-driver"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || { log "Chromium could not be installed"; return 1; }
}

# nginx for the front door (deploy/local/front-door.sh, FrontDoorIT): the Debian package. Only the binary is used: the
# package's own service is never started (front-door.sh runs nginx as the calling user with its own prefix).
tvegate_ensure_nginx() {
  if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then
    return 0
  fi
  log "nginx missing: apt-get install nginx (its service is not started)"
  # policy-rc.d 101: the package's postinst must not start the system nginx on port 80
  local policy=/usr/sbin/policy-rc.d created=""
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && created=1; fi
  local rc=0
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; } || rc=$?
  if [ -n "$created" ]; then rm -f "$policy"; fi
  if [ $rc -ne 0 ] || ! { command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; }; then
    log "nginx could not be installed"; return 1
  fi
}
