# Sourced by bench/catalog.sh and bench/system.sh: seeds the reference catalog through the
# gateway on :8080, serves copies of its answers with a one-worker nginx on :8090 (the
# ceiling) and prints wrk rows for nginx, course-service (:8082) and the gateway.
# Needs $reference (bench/reference: the reference seeder and wrk table of docs/performance.md)
# and $data (a throw-away directory).

# usage: seed_catalog ADMIN_EMAIL ADMIN_PASSWORD    env: COURSES (200) LESSONS (8)
seed_catalog() {
  BASE_URL=http://127.0.0.1:8080/api/v1 ADMIN_EMAIL="$1" ADMIN_PASSWORD="$2" \
    COURSES=${COURSES:-200} LESSONS=${LESSONS:-8} node "$reference/seed-catalog.mjs"
}

# Saves both answers, starts nginx; sets catalog_course_id.
serve_catalog_copies() {
  mkdir -p "$data/www"
  chmod 755 "$data"
  curl -s http://127.0.0.1:8082/api/v1/get-courses > "$data/www/get-courses"
  catalog_course_id=$(grep -o '"_id":"[0-9a-f]\{24\}"' "$data/www/get-courses" | sed -n 1p | cut -d'"' -f4)
  curl -s "http://127.0.0.1:8082/api/v1/get-course/$catalog_course_id" > "$data/www/get-course"
  gzip -k -9 "$data/www/get-courses"
  echo "get-courses: $(stat -c %s "$data/www/get-courses") bytes ($(stat -c %s "$data/www/get-courses.gz") gzipped); get-course: $(stat -c %s "$data/www/get-course") bytes"
  cat > "$data/nginx.conf" <<CONF
worker_processes 1; daemon on; pid $data/nginx.pid; error_log $data/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; gzip_static on; default_type application/json;
  server { listen 127.0.0.1:8090; root $data/www; } }
CONF
  nginx -c "$data/nginx.conf"
}

stop_nginx() {
  if [ -f "$data/nginx.pid" ]; then kill "$(cat "$data/nginx.pid")"; fi
}

# wrk-table.sh's arguments (LABEL URL [HEADER...]); with WRK_WARMUP (e.g. 5s) an unmeasured
# run of that length at the first of CONNS comes first, so the JIT has compiled the path.
table() {
  if [ -n "${WRK_WARMUP:-}" ]; then
    local header headers=() conns=${CONNS:-16}
    for header in "${@:3}"; do headers+=(-H "$header"); done
    wrk -t1 -c"${conns%% *}" -d"$WRK_WARMUP" "${headers[@]}" "$2" > /dev/null
  fi
  "$reference/wrk-table.sh" "$@"
}

# The rows of every catalog path: nginx, course-service, gateway. env: CONNS, DUR
catalog_tables() {
  local id=$catalog_course_id
  echo "| path | conns | req/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|---|"
  table "get-course, nginx static" http://127.0.0.1:8090/get-course
  table "get-course, course-service" "http://127.0.0.1:8082/api/v1/get-course/$id"
  table "get-course, gateway" "http://127.0.0.1:8080/api/v1/get-course/$id"
  table "get-courses, nginx static" http://127.0.0.1:8090/get-courses
  table "get-courses, course-service" http://127.0.0.1:8082/api/v1/get-courses
  table "get-courses, gateway" http://127.0.0.1:8080/api/v1/get-courses
  table "get-courses gzip, nginx static" http://127.0.0.1:8090/get-courses "Accept-Encoding: gzip"
  table "get-courses gzip, course-service" http://127.0.0.1:8082/api/v1/get-courses "Accept-Encoding: gzip"
  table "get-courses gzip, gateway" http://127.0.0.1:8080/api/v1/get-courses "Accept-Encoding: gzip"
}
