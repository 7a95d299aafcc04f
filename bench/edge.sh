#!/usr/bin/env bash
# The gateway's answers from its catalog edge cache against nginx serving the same bytes, in one
# run on random free ports (never the default ones): nginx (one worker) is both the reference and
# the gateway's backend (the catalog answers, identity's JWKS, a 110-byte `GET me` and the same
# bytes as `GET sessions`, a protected route the gateway always forwards, a fixed opaque
# service token at identity's token endpoint, which the gateway only forwards); each gateway
# exec jar given runs in turn in front of it, on the test kit's Kafka broker and Redis
# (lms.gateway.bench.BenchInfrastructure, gateway test sources), with the rate limits off as in
# bench/system.sh. Prints markdown rows (wrk-table.sh); progress goes to standard error.
# Needs wrk, nginx, node, `./mvnw -B -DskipTests install` (the jar and the test classes).
#   bench/edge.sh [LABEL=GATEWAY_JAR ...]     default: this tree's gateway/target jar
#   env: CONNS ("16 64"), DUR (10s), WRK_WARMUP (5s), CATALOG_DIR (a seeded catalog's get-course
#        and get-courses, e.g. bench/system.sh's data directory www/; else a generated one of the
#        same shape), SERVICE_JVM_OPTIONS (bench/system.sh's, followed by the gateway's young
#        generation as in its container; GATEWAY_HEAP_OPTIONS_OVERRIDE= drops it), MAVEN_REPO (-Dmaven.repo.local),
#        ROWS (a regular expression the labels must match, e.g. "get-course,"), PROFILE=true (each
#        gateway, after PROFILE_WARMUP (30s) of get-course load, records a JFR profile of each of
#        its rows after the row's warm-up, in the data directory; TMPDIR (/tmp) holds that),
#        TOKEN_ENDPOINT=down (identity's token endpoint answers 404: how often the gateway asks)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/jdk.sh
reference=bench/reference
data=$(mktemp -d "${TMPDIR:-/tmp}/lms-edge-XXXX")
source bench/lib/service-jvm-options.sh
jvm_options="$SERVICE_JVM_OPTIONS ${GATEWAY_HEAP_OPTIONS_OVERRIDE-$GATEWAY_HEAP_OPTIONS}"
say() { echo "[edge.sh $(date -u +%H:%M:%S)] $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cleanup() {
  set +e
  [ -n "${gateway_pid:-}" ] && kill "$gateway_pid" 2>/dev/null && wait "$gateway_pid" 2>/dev/null
  [ -n "${infra_pid:-}" ] && kill "$infra_pid" 2>/dev/null && wait "$infra_pid" 2>/dev/null
  [ -f "$data/nginx.pid" ] && kill "$(cat "$data/nginx.pid")"
  return 0
}
trap cleanup EXIT

jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=("this tree=$(ls gateway/target/gateway-*.jar | grep -v plain | head -1)")
repo=()
[ -n "${MAVEN_REPO:-}" ] && repo=(-Dmaven.repo.local="$MAVEN_REPO")
./mvnw -B -q "${repo[@]}" -pl gateway dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$data/test-classpath.txt" >&2

say "Kafka and Redis stand-ins (logs in $data)"
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx512m -cp "gateway/target/test-classes:$(cat "$data/test-classpath.txt")" \
  lms.gateway.bench.BenchInfrastructure "$data/infra" > "$data/infra.log" 2>&1 &
infra_pid=$!
until [ -s "$data/infra/env" ]; do kill -0 "$infra_pid" || { cat "$data/infra.log" >&2; exit 1; }; sleep 1; done
source "$data/infra/env"

www=$data/www
mkdir -p "$www/api/v1/get-course" "$www/.well-known"
if [ -n "${CATALOG_DIR:-}" ]; then
  cp "$CATALOG_DIR/get-course" "$CATALOG_DIR/get-courses" "$www/"
else
  node bench/lib/generated-catalog.mjs "$www"
fi
gzip -k -9 "$www/get-courses"
cp "$www/get-course" "$www/api/v1/get-course/c1"
cp "$www/get-courses" "$www/get-courses.gz" "$www/api/v1/"
cp "$data/infra/.well-known/jwks.json" "$www/.well-known/"
printf '{"success":true,"user":{"_id":"bench-user","name":"Bench","email":"bench@example.com","role":"user"}}' > "$www/api/v1/me"
cp "$www/api/v1/me" "$www/api/v1/sessions"
chmod -R a+rX "$data"
say "get-courses: $(stat -c %s "$www/get-courses") bytes ($(stat -c %s "$www/get-courses.gz") gzipped); get-course: $(stat -c %s "$www/get-course") bytes"
nginx_port=$(free_port)
token_answer="return 200 '{\"access_token\":\"bench-service-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}';"
[ "${TOKEN_ENDPOINT:-up}" = down ] && token_answer="return 404;"
cat > "$data/nginx.conf" <<CONF
worker_processes 1; daemon on; pid $data/nginx.pid; error_log $data/nginx-error.log;
events { worker_connections 2048; }
http { access_log off; gzip_static on; gzip_vary on; default_type application/json;
  log_format token '\$request_method \$uri \$status';
  server { listen 127.0.0.1:$nginx_port; root $www;
    location = /internal/oauth2/token { default_type application/json;
      access_log $data/token-requests.log token; $token_answer } } }
CONF
nginx -c "$data/nginx.conf"
nginx_url=http://127.0.0.1:$nginx_port
token=$(cat "$data/infra/token")

start_gateway() {
  gateway_port=$(free_port) management_port=$(free_port)
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $jvm_options -Dspring.aot.enabled=true -jar "$1" --server.port="$gateway_port" --server.address=127.0.0.1 \
    --management.server.port="$management_port" --management.server.address=127.0.0.1 \
    --spring.data.redis.port="$REDIS_PORT" --spring.cloud.stream.kafka.binder.brokers="$KAFKA" \
    --lms.services.identity.url="$nginx_url" --lms.services.course.url="$nginx_url" \
    --lms.services.notification.url="$nginx_url" --lms.services.media.url="$nginx_url" \
    --lms.security.service-client.secret=bench --lms.gateway.rate-limits.enabled=false \
    --logging.level.root=WARN > "$data/gateway-$gateway_port.log" 2>&1 &
  gateway_pid=$!
  until curl -sf "http://127.0.0.1:$management_port/actuator/health/readiness" > /dev/null; do
    kill -0 "$gateway_pid" || { cat "$data/gateway-$gateway_port.log" >&2; exit 1; }
    sleep 1
  done
}

stop_gateway() {
  kill "$gateway_pid" && wait "$gateway_pid" || true
  gateway_pid=
}

# CPU time (user + system, in clock ticks) a process has used so far; 0 for none.
cpu_ticks() { if [ -n "$1" ] && [ -r "/proc/$1/stat" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
nginx_worker() { pgrep -P "$(cat "$data/nginx.pid")" | head -1; }
# CPU per request of the gateway and of nginx over a row's wrk runs (requests = req/s x DUR):
# unlike req/s, hardly moved by how much of the shared machine the processes got.
cpu_row() { # LABEL ROWS GATEWAY_TICKS NGINX_TICKS
  local seconds=${DUR:-10s}
  seconds=${seconds%s}
  awk -F' *\\| *' -v label="$1" -v g="$3" -v n="$4" -v s="$seconds" -v hz="$(getconf CLK_TCK)" '
    { requests += $4 * s } END { if (requests > 0)
      printf "| %s | %.0f | %s | %.0f |\n", label, requests, (g > 0 ? sprintf("%.0f", g / hz * 1e6 / requests) : "-"), n / hz * 1e6 / requests }' <<< "$2"
}

table() {
  [[ "$1" =~ ${ROWS:-.} ]] || return 0
  local header headers=() conns=${CONNS:-16 64}
  for header in "${@:3}"; do headers+=(-H "$header"); done
  wrk -t1 -c"${conns%% *}" -d"${WRK_WARMUP:-5s}" "${headers[@]}" "$2" > /dev/null
  local profiled=
  if [ "${PROFILE:-false}" = true ] && [ -n "${gateway_pid:-}" ]; then
    profiled=$data/$(tr -c 'A-Za-z0-9\n' - <<< "$1").jfr
    "$JAVA_HOME/bin/jcmd" "$gateway_pid" JFR.start name=row settings=profile > /dev/null
  fi
  local before_gateway before_nginx rows
  before_gateway=$(cpu_ticks "${gateway_pid:-}") before_nginx=$(cpu_ticks "$(nginx_worker)")
  rows=$(CONNS=$conns DUR=${DUR:-10s} "$reference/wrk-table.sh" "$@")
  echo "$rows"
  cpu_row "$1" "$rows" "$(($(cpu_ticks "${gateway_pid:-}") - before_gateway))" \
    "$(($(cpu_ticks "$(nginx_worker)") - before_nginx))" >> "$data/cpu.md"
  if [ -n "$profiled" ]; then
    "$JAVA_HOME/bin/jcmd" "$gateway_pid" JFR.stop name=row filename="$profiled" > /dev/null
    say "profile of \"$1\" (after its warm-up): $profiled"
  fi
}

echo "| path | conns | req/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
nginx_rows() {
  table "get-course, nginx static" "$nginx_url/get-course"
  table "get-courses, nginx static" "$nginx_url/get-courses"
  table "get-courses gzip, nginx static" "$nginx_url/get-courses" "Accept-Encoding: gzip"
  table "GET me, nginx (the backend)" "$nginx_url/api/v1/me"
}
nginx_rows
for entry in "${jars[@]}"; do
  label=${entry%%=*} jar=${entry#*=}
  say "gateway $label ($jar)"
  start_gateway "$jar"
  url=http://127.0.0.1:$gateway_port
  curl -sf -o /dev/null "$url/api/v1/get-course/c1" && curl -sf -o /dev/null -H "Accept-Encoding: gzip" "$url/api/v1/get-courses"
  if [ "${PROFILE:-false}" = true ]; then
    wrk -t1 -c64 -d"${PROFILE_WARMUP:-30s}" "$url/api/v1/get-course/c1" > /dev/null
  fi
  table "get-course, gateway $label" "$url/api/v1/get-course/c1"
  table "get-courses, gateway $label" "$url/api/v1/get-courses"
  table "get-courses gzip, gateway $label" "$url/api/v1/get-courses" "Accept-Encoding: gzip"
  table "GET me (protected, edge cache), gateway $label" "$url/api/v1/me" "Authorization: Bearer $token"
  table "GET sessions (protected, proxied; me's bytes), gateway $label" "$url/api/v1/sessions" "Authorization: Bearer $token"
  stop_gateway
done
say "requests to the token endpoint: $(grep -c 'oauth2/token' "$data/token-requests.log" || true)"
say "nginx again, for the drift of the machine over the run"
nginx_rows
echo
echo "| path | requests | gateway CPU µs per request | nginx CPU µs per request |"
echo "|---|---|---|---|"
cat "$data/cpu.md"
