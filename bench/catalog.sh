#!/usr/bin/env bash
# Cached catalog reads: course-service alone, through the gateway, and nginx serving the same
# bytes as the ceiling, in one run on this machine. Needs wrk, nginx (apt-get install wrk
# nginx-light) and node. Starts its own local stack on the default ports with a throw-away data
# directory, seeds the catalog through the admin API, prints markdown rows, stops everything.
#   bench/catalog.sh            env: COURSES (200) LESSONS (8) CONNS ("16 64 256") DUR (15s)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/jdk.sh
shared=${SHARED_DIR:-../shared}
data=$(mktemp -d /tmp/lms-bench-XXXX)
cleanup() {
  set +e
  [ -f "$data/nginx.pid" ] && kill "$(cat "$data/nginx.pid")"
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

BASE_URL=http://127.0.0.1:8080/api/v1 ADMIN_EMAIL=admin@lms.local ADMIN_PASSWORD="$admin_password" \
  COURSES=${COURSES:-200} LESSONS=${LESSONS:-8} node "$shared/bench/seed-catalog.mjs"

mkdir -p "$data/www"
chmod 755 "$data"
curl -s http://127.0.0.1:8082/api/v1/get-courses > "$data/www/get-courses"
id=$(grep -o '"_id":"[0-9a-f]\{24\}"' "$data/www/get-courses" | sed -n 1p | cut -d'"' -f4)
curl -s "http://127.0.0.1:8082/api/v1/get-course/$id" > "$data/www/get-course"
gzip -k -9 "$data/www/get-courses"
echo "get-courses: $(stat -c %s "$data/www/get-courses") bytes ($(stat -c %s "$data/www/get-courses.gz") gzipped); get-course: $(stat -c %s "$data/www/get-course") bytes"

cat > "$data/nginx.conf" <<CONF
worker_processes 1; daemon on; pid $data/nginx.pid; error_log $data/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; gzip_static on; default_type application/json;
  server { listen 127.0.0.1:8090; root $data/www; } }
CONF
nginx -c "$data/nginx.conf"

echo "| path | conns | req/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
table() { "$shared/bench/wrk-table.sh" "$@"; }
table "get-course, nginx static" http://127.0.0.1:8090/get-course
table "get-course, course-service" "http://127.0.0.1:8082/api/v1/get-course/$id"
table "get-course, gateway" "http://127.0.0.1:8080/api/v1/get-course/$id"
table "get-courses, nginx static" http://127.0.0.1:8090/get-courses
table "get-courses, course-service" http://127.0.0.1:8082/api/v1/get-courses
table "get-courses, gateway" http://127.0.0.1:8080/api/v1/get-courses
table "get-courses gzip, nginx static" http://127.0.0.1:8090/get-courses "Accept-Encoding: gzip"
table "get-courses gzip, course-service" http://127.0.0.1:8082/api/v1/get-courses "Accept-Encoding: gzip"
table "get-courses gzip, gateway" http://127.0.0.1:8080/api/v1/get-courses "Accept-Encoding: gzip"
