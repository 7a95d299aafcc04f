# Sourced by bench/eviction.sh and bench/mail.sh: starts the stack's services that one row needs
# on FREE ports (it can run beside another stack), with SERVICE_JVM_OPTIONS (the image's by
# default), measures that row alone with SystemBenchMain and prints its markdown with the load
# average on standard output; progress on standard error. The data directory is deleted after
# a successful run unless KEEP_DATA is set.
source bin/lib/jdk.sh
source bench/lib/service-jvm-options.sh

# usage: run_part PART TITLE DESCRIPTION [SystemBenchMain arguments...]
#   PART: eviction or mail (SystemBenchMain --only=PART, and its report's file)
run_part() {
  local part=$1 title=$2 description=$3
  shift 3
  # Globals: the EXIT trap reads them after this function has returned.
  data=$(mktemp -d "/tmp/lms-$part-bench-XXXX")
  bench_part=$part
  say() { echo "[$bench_part $(date +%H:%M:%S)] $*" >&2; }
  status=1
  trap 'if [ "$status" -eq 0 ] && [ -z "${KEEP_DATA:-}" ]; then rm -rf "$data"; else say "data and logs kept in $data"; fi' EXIT
  local classpath_file="$PWD/local-stack/target/classpath.txt"
  if [ ! -s "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ] || [ local-stack/pom.xml -nt "$classpath_file" ]; then
    ./mvnw -B -q -pl local-stack dependency:build-classpath \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file"
    # the plugin leaves an unchanged file untouched: without this, every later run would rebuild it
    touch "$classpath_file"
  fi
  local load_before started
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  started=$(date -u '+%Y-%m-%d %H:%M UTC')
  say "starting the services on free ports (logs in $data/logs)"
  "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx1g -cp "local-stack/target/classes:test-kit/target/classes:$(cat "$classpath_file")" \
    lms.localstack.bench.SystemBenchMain --data="$data" --jvm-options="$SERVICE_JVM_OPTIONS" \
    --random-ports=true "--only=$part" --timeout-seconds="${TIMEOUT:-600}" \
    --service-arguments="${SERVICE_ARGUMENTS:-}" "$@" < /dev/null >&2
  [ -e "$data/report/done" ] || { say "the bench program did not finish"; exit 1; }
  echo "### $title, $started"
  echo
  echo "- load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
  echo "- services' JVM options: \`$SERVICE_JVM_OPTIONS\` (the gateway adds \`$GATEWAY_HEAP_OPTIONS\`)$description"
  echo
  cat "$data/report/$part.md"
  status=0
}
