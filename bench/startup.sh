#!/usr/bin/env bash
# Startup benchmark: how long after launch the API answers GET /readyz with 200, over several starts.
#
#   bench/startup.sh                      # the plain jar, STARTS=5 starts, each on a fresh H2 database
#   AOT_CACHE=1 bench/startup.sh          # as the image starts: the extracted jar with a Java 25 AOT cache
#   EXTRACTED=1 bench/startup.sh          # the extracted jar without a cache (the JDK's class loader, not Boot's)
#
# The API runs with the Dockerfile's JVM options (JAVA_IMAGE_OPTIONS and MALLOC_ARENA_MAX) in an emulated 512 MB
# container (-XX:MaxRAM), like bench/run.sh. With AOT_CACHE=1 the jar is extracted and a training run records the
# cache exactly as the Dockerfile does (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh); the starts then use
# -XX:AOTCache. Tunables: STARTS, JAVA, EXTRA_JVM_OPTIONS, EXTRA_ARGS, API_PORT, MANAGEMENT_PORT, CONTAINER_MEMORY,
# TARGET_MS (default 5000 for the jar, 2500 with the AOT cache), REBUILD=1. Everything listens on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

STARTS=${STARTS:-5}
API_PORT=${API_PORT:-8084}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9084}
CONTAINER_MEMORY=${CONTAINER_MEMORY:-512m}
AOT_CACHE=${AOT_CACHE:-0}
EXTRACTED=${EXTRACTED:-0}
[ "$AOT_CACHE" = 1 ] && EXTRACTED=1 # the AOT cache is trained on the extracted jar, as in the image
if [ "$AOT_CACHE" = 1 ]; then TARGET_MS=${TARGET_MS:-2500}; else TARGET_MS=${TARGET_MS:-5000}; fi
JAVA=${JAVA:-java}
JCMD=$(jdk_tool jcmd)
HOST=127.0.0.1

JAR=$(bench_jar)
# The shipped JVM options and malloc setting: the ones in the Dockerfile.
shipped_jvm_options

WORK=$(mktemp -d /tmp/sg-startup.XXXXXX)
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

CACHE_OPTION=""
if [ "$EXTRACTED" = 1 ]; then
  # As in the Dockerfile: the extracted jar (its libraries beside it).
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
  JAR="$WORK/app/$(basename "$JAR")"
fi
if [ "$AOT_CACHE" = 1 ]; then
  # Then a training run on its own H2 file.
  mkdir "$WORK/training"
  (cd "$WORK/training" && "$JAVA" -XX:+IgnoreUnrecognizedVMOptions $JVM_OPTIONS -XX:MaxRAM="$CONTAINER_MEMORY" \
      -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$JAR" \
      --server.address=$HOST --server.port=$API_PORT --management.server.address=$HOST \
      --management.server.port=$MANAGEMENT_PORT > "$WORK/training.log" 2>&1) \
    || { tail -n 30 "$WORK/training.log"; echo "the training run failed" >&2; exit 1; }
  CACHE_OPTION="-XX:AOTCache=$WORK/app.aot"
fi

if [ "$AOT_CACHE" = 1 ]; then WHAT="the extracted jar with its AOT cache"; elif [ "$EXTRACTED" = 1 ]; then WHAT="the extracted jar"; else WHAT="the plain jar"; fi
echo "== $("$JAVA" -version 2>&1 | head -n 1); $(nproc) cores; $WHAT"
echo "== options: $JVM_OPTIONS -XX:MaxRAM=$CONTAINER_MEMORY $CACHE_OPTION ${EXTRA_JVM_OPTIONS:-}"
TIMES=()
for START in $(seq 1 "$STARTS"); do
  rm -rf "$WORK/run" && mkdir "$WORK/run"
  START_NS=$(date +%s%N)
  (cd "$WORK/run" && exec "$JAVA" -XX:+IgnoreUnrecognizedVMOptions $JVM_OPTIONS -XX:MaxRAM="$CONTAINER_MEMORY" \
      $CACHE_OPTION ${EXTRA_JVM_OPTIONS:-} -jar "$JAR" ${EXTRA_ARGS:-} \
      --server.address=$HOST --server.port=$API_PORT \
      --management.server.address=$HOST --management.server.port=$MANAGEMENT_PORT > "$WORK/api.log" 2>&1) &
  API_PID=$!
  until curl -sf "http://$HOST:$API_PORT/readyz" > /dev/null; do
    kill -0 "$API_PID" 2>/dev/null || { tail -n 30 "$WORK/api.log"; echo "the API did not start" >&2; exit 1; }
    sleep 0.02
  done
  READY_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
  TIMES+=("$READY_MS")
  # How many classes the start loaded: the figure the AOT cache's size and the start-up time follow.
  CLASSES=$("$JCMD" "$API_PID" PerfCounter.print 2>/dev/null | awk -F= '/java.cls.loadedClasses/ {print $2}' || true)
  echo "   start $START: ready after $READY_MS ms; $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/api.log" || true); ${CLASSES:-?} classes loaded"
  kill "$API_PID" && wait "$API_PID" 2>/dev/null || true
  API_PID=""
done

MET=0
for t in "${TIMES[@]}"; do [ "$t" -le "$TARGET_MS" ] && MET=$((MET + 1)); done
SORTED=$(printf '%s\n' "${TIMES[@]}" | sort -n | tr '\n' ' ')
echo "== ready after (ms, sorted): $SORTED"
if [ "$MET" = "$STARTS" ]; then VERDICT=PASS; else VERDICT=FAIL; fi
echo "== $VERDICT: ready within $TARGET_MS ms in $MET of $STARTS starts"
