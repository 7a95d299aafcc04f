#!/usr/bin/env bash
# Succeeds when the service answers UP on its readiness endpoint. Uses bash's /dev/tcp, so the
# JRE image needs no curl or wget.
set -eu
port="${1:-${SERVER_PORT:-8080}}"
{ exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
response="$(timeout 4 cat <&3)"
case "$response" in
  "HTTP/1."?" 200"*'"status":"UP"'*) exit 0 ;;
  *) exit 1 ;;
esac
