# Sourced by bench/system.sh and bench/lib/part.sh: the services' JVM options when
# SERVICE_JVM_OPTIONS is not set. What the image runs with (docker-compose.yml, the Helm values:
# identity's heap, the largest), plus the local run's heap shrinking, and glibc's arenas capped
# as there.
SERVICE_JVM_OPTIONS=${SERVICE_JVM_OPTIONS:--XX:+UseSerialGC -Xms16m -Xmx320m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:SweeperThreshold=100 -XX:MaxDirectMemorySize=64m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# What the local stack (lms.localstack.LmsService#heapOptions) adds for the gateway after these,
# as its container does: a fixed young generation.
GATEWAY_HEAP_OPTIONS="-Xms80m -Xmn64m"
