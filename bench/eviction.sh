#!/usr/bin/env bash
# Issue 18's eviction row alone: CourseUpdated → every instance serves the edit, with a second
# course-service and a second gateway, on FREE ports (it can run beside another stack). Starts
# gateway, identity-service and course-service with the image's JVM options, creates COURSES
# courses, edits one EDITS times and prints the row's markdown (per instance, and the event's
# hops) with the load average on standard output; progress on standard error. Each listener's
# debug line ("… evicts the local catalog", "… clears the edge cache") and the relay's
# ("Relayed …") are in the kept logs when SERVICE_ARGUMENTS asks for them, e.g.
#   SERVICE_ARGUMENTS="--logging.level.lms.kit.outbox=DEBUG --logging.level.lms.course.catalog.CatalogEviction=DEBUG --logging.level.lms.gateway.catalogcache=DEBUG"
# Needs the services' exec jars built (./mvnw -B -DskipTests install).
#
#   bench/eviction.sh > run.md
#   env: EDITS (50)  WARMUPS (5)  COURSES (100)  READ_PAUSES ("1": ms between two reads of an instance;
#        "1,5": the row once per pause, on the same stack)  TIMEOUT (600 s for any start)  SERVICE_ARGUMENTS
#        SERVICE_JVM_OPTIONS (as bench/system.sh)  KEEP_DATA (unset: the data directory is deleted after a successful run)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/jdk.sh
SERVICE_JVM_OPTIONS=${SERVICE_JVM_OPTIONS:--XX:+UseSerialGC -Xms16m -Xmx320m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
data=$(mktemp -d /tmp/lms-eviction-bench-XXXX)
say() { echo "[eviction.sh $(date +%H:%M:%S)] $*" >&2; }
status=1
cleanup() {
  if [ "$status" -eq 0 ] && [ -z "${KEEP_DATA:-}" ]; then rm -rf "$data"; else say "data and logs kept in $data"; fi
}
trap cleanup EXIT

classpath_file="$PWD/local-stack/target/classpath.txt"
if [ ! -s "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ] || [ local-stack/pom.xml -nt "$classpath_file" ]; then
  ./mvnw -B -q -pl local-stack dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file"
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
say "starting gateway, identity-service and course-service on free ports (logs in $data/logs)"
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx1g -cp "local-stack/target/classes:test-kit/target/classes:$(cat "$classpath_file")" \
  lms.localstack.bench.SystemBenchMain --data="$data" --jvm-options="$SERVICE_JVM_OPTIONS" \
  --random-ports=true --eviction-only=true --edits="${EDITS:-50}" --warmups="${WARMUPS:-5}" \
  --courses="${COURSES:-100}" --read-pauses-ms="${READ_PAUSES:-1}" --timeout-seconds="${TIMEOUT:-600}" \
  --service-arguments="${SERVICE_ARGUMENTS:-}" < /dev/null >&2
[ -e "$data/report/done" ] || { say "the bench program did not finish"; exit 1; }
echo "### Eviction run (bench/eviction.sh), $started"
echo
echo "- load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
echo "- services' JVM options: \`$SERVICE_JVM_OPTIONS\`; ${COURSES:-100} courses created first"
echo
cat "$data/report/eviction.md"
status=0
