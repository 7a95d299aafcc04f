# Sourced by the scripts in bin/: points JAVA_HOME at a JDK of release 25 or newer.
# Order: an existing JAVA_HOME, the java on PATH, then the JDKs Debian keeps under /usr/lib/jvm.
lms_java_release() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]) }'
}

lms_pick_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in /usr/lib/jvm/*; do [ -x "$dir/bin/javac" ] && candidates+=("$dir"); done
  local best="" best_release=0 release
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/javac" ] || continue
    release=$(lms_java_release "$dir")
    if [ "${release:-0}" -ge 25 ] && [ "$release" -gt "$best_release" ]; then
      best="$dir" best_release="$release"
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 25 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

lms_pick_jdk
