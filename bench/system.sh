#!/usr/bin/env bash
# Issue 9's figures in one run against the local stack on this machine: cached catalog reads
# (with nginx on the same bytes as the ceiling), the gateway's added latency, login throughput,
# CourseUpdated → eviction on every instance, registration → activation mail, and each service's
# start-up time and idle memory. Prints markdown for docs/benchmarks.md on standard output
# (progress on standard error). Needs wrk, nginx and node; the services' exec jars built
# (./mvnw -B -DskipTests install). Starts its own stack on the DEFAULT ports (8080-8084, their
# management ports 9080-9084, Kafka 9092, MongoDB 27017, Redis 6379, SMTP 3025; nginx 8090, extra
# instances 8180/8182 with management ports 9180/9182) with a throw-away data directory, and stops
# everything on exit.
#
#   bench/system.sh > run.md
#   env: DUR (12s a point)  WRK_WARMUP (5s unmeasured before each path; empty: none)  CONNS ("16 64 256", catalog)  GATEWAY_CONNS ("16 64", added latency)
#        LOGIN_CONNS ("8 16")  EDITS (200)  REGISTRATIONS (200)  WARMUPS (5)  IDLE (30 s before RSS)
#        EXTRA_INSTANCES (true: a 2nd course-service and gateway in the eviction run)  SETTLE_JIT (true: see bench/eviction.sh)
#        SERVICE_JVM_OPTIONS (the image's: "-XX:+UseSerialGC -Xms16m -Xmx320m ... -Xss512k", see below)  MALLOC_ARENA_MAX (2)  COURSES (200)  LESSONS (8)
#        TIMEOUT (240 s for any start)
#        KEEP_DATA (unset: the data directory is deleted after a successful run)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/jdk.sh
source bench/lib/catalog.sh
reference=${REFERENCE_DIR:-bench/reference}
export DUR=${DUR:-12s} WRK_WARMUP=${WRK_WARMUP-5s}
source bench/lib/service-jvm-options.sh
BENCH_JVM_OPTIONS="-XX:+UseSerialGC -Xmx1g"
data=$(mktemp -d /tmp/lms-system-bench-XXXX)
report=$data/report
say() { echo "[system.sh $(date +%H:%M:%S)] $*" >&2; }

cleanup() {
  local status=$?
  set +e
  stop_nginx
  exec 3>&-  # the bench program stops the stack at the end of its input
  if [ -n "${bench_pid:-}" ] && kill -0 "$bench_pid" 2>/dev/null; then
    for _ in $(seq 60); do kill -0 "$bench_pid" 2>/dev/null || break; sleep 1; done
    kill -TERM "$bench_pid" 2>/dev/null && wait "$bench_pid"
  fi
  if [ "$status" -eq 0 ] && [ -z "${KEEP_DATA:-}" ]; then rm -rf "$data"; else say "data and logs kept in $data"; fi
}
trap cleanup EXIT

await_file() { # FILE: waits while the bench program runs
  until [ -e "$1" ]; do
    kill -0 "$bench_pid" 2>/dev/null || { say "the bench program ended; see $data/bench.log"; exit 1; }
    sleep 1
  done
}

# The wrk row of LABEL at CONNS, as "req/s p50 p99" with the times in ms.
row_values() { # FILE LABEL CONNS
  awk -F' *\\| *' -v label="$2" -v conns="$3" '
    function ms(v) { return v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v ~ /s$/ ? v * 1000 : -1 }
    $2 == label && $3 == conns { gsub(",", "", $4); print $4, ms($5), ms($6) }' "$1"
}

# One row of the added-latency table from two measured rows.
compare() { # FILE ROUTE DIRECT_LABEL GATEWAY_LABEL CONNS
  local direct gateway
  direct=$(row_values "$1" "$3" "$5"); gateway=$(row_values "$1" "$4" "$5")
  [ -n "$direct" ] && [ -n "$gateway" ] || return 0
  awk -v route="$2" -v conns="$5" -v d="$direct" -v g="$gateway" 'BEGIN {
    split(d, a, " "); split(g, b, " ")
    printf "| %s | %s | %.0f, %.2f ms, %.2f ms | %.0f, %.2f ms, %.2f ms | %.0f %% | %+.2f ms | %+.2f ms |\n",
      route, conns, a[1], a[2], a[3], b[1], b[2], b[3], (a[1] > 0 ? 100 * b[1] / a[1] : 0), b[2] - a[2], b[3] - a[3] }'
}

login_token() {
  curl -sf -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" http://127.0.0.1:8080/api/v1/login |
    grep -o '"accessToken":"[^"]*"' | cut -d'"' -f4
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
load_before=$(loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

classpath_file="$PWD/local-stack/target/classpath.txt"
if [ ! -s "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ] || [ local-stack/pom.xml -nt "$classpath_file" ]; then
  ./mvnw -B -q -pl local-stack dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file"
  # the plugin leaves an unchanged file untouched: without this, every later run would rebuild it
  touch "$classpath_file"
fi

# Another program on a default port would fail the start; wait a while for it to go.
ports_busy() {
  ss -ltnH 2>/dev/null | awk '{print $4}' | grep -oE ':(808[0-4]|908[0-4]|8090|8180|8182|9180|9182|9092|9093|27017|6379|3025)$' | sort -u | paste -sd' ' - || true
}
for _ in $(seq 60); do
  busy=$(ports_busy); [ -z "$busy" ] && break
  say "waiting for ports in use: $busy"; sleep 5
done
[ -z "$(ports_busy)" ] || { say "default ports still in use: $(ports_busy)"; exit 1; }

mkfifo "$data/control"
say "starting the stack and measuring start-up (logs in $data/logs)"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" $BENCH_JVM_OPTIONS -cp "local-stack/target/classes:test-kit/target/classes:$(cat "$classpath_file")" \
  lms.localstack.bench.SystemBenchMain --data="$data" --jvm-options="$SERVICE_JVM_OPTIONS" \
  --edits="${EDITS:-200}" --registrations="${REGISTRATIONS:-200}" --warmups="${WARMUPS:-5}" \
  --idle-seconds="${IDLE:-30}" --extra-instances="${EXTRA_INSTANCES:-true}" --timeout-seconds="${TIMEOUT:-240}" \
  --settle-jit="${SETTLE_JIT:-true}" \
  < "$data/control" > "$data/bench.log" &
bench_pid=$!
exec 3> "$data/control"
await_file "$report/ready"
# shellcheck disable=SC1091
source "$report/stack.env"

echo "### System benchmark run, $started"
echo
echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); load average before: $load_before"
echo "- JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)"
echo "- services' JVM options: \`$SERVICE_JVM_OPTIONS\` (full JIT; the gateway adds \`$GATEWAY_HEAP_OPTIONS\`, its container's young generation), \`MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\`; the stack's own JVM (MongoDB stand-in, SMTP, the Java measurements): \`$BENCH_JVM_OPTIONS\`"
echo "- load: \`wrk -t1 --latency\`, ${DUR} a point, each path after ${WRK_WARMUP} of unmeasured warm-up at its lowest connection count; commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo

say "seeding the catalog"
seed_catalog "$ADMIN_EMAIL" "$ADMIN_PASSWORD" >&2
serve_catalog_copies > "$data/sizes.txt"
sizes=$(cat "$data/sizes.txt")
say "catalog reads"
echo "#### 1. Cached catalog reads ($sizes)"
echo
catalog_tables | tee "$data/rows.md"
echo

say "the gateway's added latency"
token=$(login_token)
# GET me through the gateway is answered from its per-user edge cache (after the token and
# revocation checks); GET sessions, the same caller's session list, is a protected route the
# gateway always forwards: what a request that is not cached costs.
me_rows=$(CONNS=${GATEWAY_CONNS:-16 64} table "GET me, identity direct" http://127.0.0.1:8081/api/v1/me "Authorization: Bearer $token"
  CONNS=${GATEWAY_CONNS:-16 64} table "GET me, gateway" http://127.0.0.1:8080/api/v1/me "Authorization: Bearer $token"
  CONNS=${GATEWAY_CONNS:-16 64} table "GET sessions, identity direct" http://127.0.0.1:8081/api/v1/sessions "Authorization: Bearer $token"
  CONNS=${GATEWAY_CONNS:-16 64} table "GET sessions, gateway" http://127.0.0.1:8080/api/v1/sessions "Authorization: Bearer $token")
echo "$me_rows" >> "$data/rows.md"
echo "#### 2. The gateway's added latency"
echo
echo "| path | conns | req/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
echo "$me_rows"
echo
echo "| route | conns | direct: req/s, p50, p99 | through the gateway: req/s, p50, p99 | gateway keeps | adds p50 | adds p99 |"
echo "|---|---|---|---|---|---|---|"
for c in ${GATEWAY_CONNS:-16 64}; do
  compare "$data/rows.md" "\`GET me\` (the gateway's edge cache; token verified, session checked)" "GET me, identity direct" "GET me, gateway" "$c"
done
for c in ${GATEWAY_CONNS:-16 64}; do
  compare "$data/rows.md" "\`GET sessions\` (forwarded, uncached; token verified, session checked)" "GET sessions, identity direct" "GET sessions, gateway" "$c"
done
for c in ${GATEWAY_CONNS:-16 64}; do
  compare "$data/rows.md" "\`GET get-course/:id\` (cached at both)" "get-course, course-service" "get-course, gateway" "$c"
done
echo

say "login throughput"
cat > "$data/login.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"$ADMIN_EMAIL","password":"$ADMIN_PASSWORD"}'
LUA
echo "#### 3. Login through the gateway"
echo
echo "| path | conns | logins/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
PATH="$PWD/bench/lib/wrk-with-script:$PATH" WRK_SCRIPT="$data/login.lua" CONNS=${LOGIN_CONNS:-8 16} \
  table "POST login, gateway (Argon2id m=19 MiB, t=2)" http://127.0.0.1:8080/api/v1/login
echo

say "eviction and activation mails"
echo go >&3
exec 3>&-
wait "$bench_pid" || { say "the bench program failed; see $data/bench.log"; exit 1; }
bench_pid=
[ -e "$report/done" ] || { say "the bench program did not finish; see $data/bench.log"; exit 1; }
echo "#### 4. \`CourseUpdated\` → eviction on every instance"
echo
cat "$report/eviction.md"
echo
echo "#### 5. Registration → activation mail accepted by SMTP"
echo
cat "$report/mail.md"
echo
echo "#### 6. Start-up and idle memory"
echo
cat "$report/startup.md"
echo
echo "Load average after: $(loadavg) ($(date -u '+%H:%M UTC'))."
