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
#   env: EDITS (200)  WARMUPS (5)  COURSES (100)  READ_PAUSES ("1": ms between two reads of an instance;
#        "1,5": the row once per pause, on the same stack)  TIMEOUT (600 s for any start)  SERVICE_ARGUMENTS
#        SETTLE_JIT (true: after WARMUPS, rounds of 100 edits until the instances' JIT compiled < 100 ms in one)
#        SERVICE_JVM_OPTIONS (as bench/system.sh)  KEEP_DATA (unset: the data directory is deleted after a successful run)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/part.sh
run_part eviction "Eviction run (bench/eviction.sh)" "; ${COURSES:-100} courses created first" \
  --edits="${EDITS:-200}" --warmups="${WARMUPS:-5}" --courses="${COURSES:-100}" --read-pauses-ms="${READ_PAUSES:-1}" \
  --settle-jit="${SETTLE_JIT:-true}"
