#!/usr/bin/env bash
# Succeeds when the service answers UP on its readiness endpoint, on its management port (Actuator
# answers only there: MANAGEMENT_SERVER_PORT, else the service port + 1000 as in every
# application.yml). Uses bash's /dev/tcp, so the JRE image needs no curl or wget.
set -eu
port="${1:-${MANAGEMENT_SERVER_PORT:-$(( ${SERVER_PORT:-8080} + 1000 ))}}"
{ exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
response="$(timeout 4 cat <&3)"
case "$response" in
  "HTTP/1."?" 200"*'"status":"UP"'*) exit 0 ;;
  *) exit 1 ;;
esac
