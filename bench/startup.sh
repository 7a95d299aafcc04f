#!/usr/bin/env bash
# Table 6 of bench/system.sh alone: each service's start-up (launch → ready, and the CPU time the
# start used) started alone without and with its class archive, then all five at once, and each
# one's idle RSS. The reference is the same service's start without its archive in the same run.
# Prints markdown on standard output (progress on standard error). Needs the services' exec jars
# (./mvnw -B -DskipTests install). Uses the DEFAULT ports like bench/system.sh (8080-8084,
# 9080-9084, Kafka 9092, MongoDB 27017, Redis 6379, SMTP 3025), or free ones with RANDOM_PORTS=1
# (a shared machine), and a throw-away data directory.
#
#   bench/startup.sh > startup.md
#   env: SERVICE_JVM_OPTIONS (the local run's: "-XX:+UseSerialGC -Xms16m -Xmx256m -XX:MinHeapFreeRatio=10
#        -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000"; bench/system.sh's full JIT for the system rows)
#        IDLE (30 s before RSS)  TIMEOUT (900 s for any start)  KEEP_DATA (unset: deleted after a good run)
#        RANDOM_PORTS (unset: the default ports)  MAVEN_ARGS (Maven's own, e.g. -Dmaven.repo.local=DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/lib/jdk.sh
SERVICE_JVM_OPTIONS=${SERVICE_JVM_OPTIONS:--XX:+UseSerialGC -Xms16m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000}
BENCH_JVM_OPTIONS="-XX:+UseSerialGC -Xmx1g"
data=$(mktemp -d /tmp/lms-startup-bench-XXXX)
say() { echo "[startup.sh $(date +%H:%M:%S)] $*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

classpath_file="$PWD/local-stack/target/classpath.txt"
if [ ! -s "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ] || [ local-stack/pom.xml -nt "$classpath_file" ]; then
  ./mvnw -B -q -pl local-stack dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file"
  # the plugin leaves an unchanged file untouched: without this, every later run would rebuild it
  touch "$classpath_file"
fi

load_before=$(loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
say "measuring (logs in $data/logs)"
status=0
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" $BENCH_JVM_OPTIONS -cp "local-stack/target/classes:test-kit/target/classes:$(cat "$classpath_file")" \
  lms.localstack.bench.SystemBenchMain --data="$data" --jvm-options="$SERVICE_JVM_OPTIONS" \
  --idle-seconds="${IDLE:-30}" --timeout-seconds="${TIMEOUT:-900}" --random-ports="${RANDOM_PORTS:+true}" < /dev/null > "$data/bench.log" 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ ! -s "$data/report/startup.md" ]; then
  say "the bench program failed; data and logs kept in $data"; exit 1
fi

echo "### Start-up run, $started"
echo
echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); load average before: $load_before, after: $(loadavg)"
echo "- JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)"
echo "- services' JVM options: \`$SERVICE_JVM_OPTIONS\`; commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
cat "$data/report/startup.md"
if [ -z "${KEEP_DATA:-}" ]; then rm -rf "$data"; else say "data and logs kept in $data"; fi
