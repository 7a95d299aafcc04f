#!/usr/bin/env bash
# Cached catalog reads: course-service alone, through the gateway, and nginx serving the same
# bytes as the ceiling, in one run on this machine. Needs wrk, nginx (apt-get install wrk
# nginx-light) and node. Starts its own local stack on the default ports with a throw-away data
# directory, seeds the catalog through the admin API, prints markdown rows, stops everything.
# (bench/system.sh measures the same rows and the rest of issue 9's figures.)
#   bench/catalog.sh            env: COURSES (200) LESSONS (8) CONNS ("16 64 256") DUR (15s)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/jdk.sh
source bench/lib/catalog.sh
reference=${REFERENCE_DIR:-bench/reference}
data=$(mktemp -d /tmp/lms-bench-XXXX)
cleanup() {
  set +e
  stop_nginx
  [ -n "${stack_pid:-}" ] && kill -TERM "$stack_pid" && wait "$stack_pid"
  return 0
}
trap cleanup EXIT

# One load generator is one client IP: the per-IP limit would answer 429 to almost everything.
export LMS_GATEWAY_RATELIMITS_ENABLED=false
bin/run --no-build --data="$data" > "$data/stack.log" 2>&1 &
stack_pid=$!
until grep -q "The local stack is up" "$data/stack.log"; do
  kill -0 "$stack_pid" 2>/dev/null || { cat "$data/stack.log"; exit 1; }
  sleep 1
done
grep -E "All services ready" "$data/stack.log"
admin_password=$(awk '/Demo admin:/ {print $NF}' "$data/stack.log")

seed_catalog admin@lms.local "$admin_password"
serve_catalog_copies
catalog_tables
