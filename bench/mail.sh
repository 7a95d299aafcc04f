#!/usr/bin/env bash
# Issue 18's registration → activation mail row alone, with the hops of each registration's
# ActivationRequested (201 → relay sent → fetched; relay sent → mail accepted), on FREE ports
# (it can run beside another stack). Starts gateway, identity-service and notification-service
# with the image's JVM options, registers WARMUPS + REGISTRATIONS users one after another and
# prints the row's markdown with the load average on standard output; progress on standard error.
# Needs the services' exec jars built (./mvnw -B -DskipTests install).
#
#   bench/mail.sh > run.md
#   env: REGISTRATIONS (200)  WARMUPS (5)  TIMEOUT (600 s for any start)  SERVICE_ARGUMENTS
#        SERVICE_JVM_OPTIONS (as bench/system.sh)  KEEP_DATA (unset: the data directory is deleted after a successful run)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/part.sh
run_part mail "Registration → mail run (bench/mail.sh)" "" \
  --registrations="${REGISTRATIONS:-200}" --warmups="${WARMUPS:-5}"
