#!/usr/bin/env bash
# Run by Maven (profile local-services) before anything else: stop early with one clear line if the local
# PostgreSQL or Redis the tests need is not there.
missing=()
(exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null || missing+=("PostgreSQL on 127.0.0.1:5432")
(exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null || missing+=("Redis on 127.0.0.1:6379")
if [ ${#missing[@]} -gt 0 ]; then
  echo "TVE Gate tests need ${missing[*]}: start them (see README 'Run the tests', or run .ci/run), or run where Docker is available without -Plocal-services." >&2
  exit 1
fi
