#!/usr/bin/env bash
# Admission control under load: the well-behaved clients' throughput and p99 alone, and while a second client sends the
# most expensive requests the limits allow (bench/admission-attack.lua), as many clients and as one rate-limited client;
# then whether the process lived, its memory, and how long SIGTERM takes with the attack still running.
#
#   flock /tmp/build.lock bench/admission.sh      # builds the jar if missing; about 3 minutes
#
# Needs wrk (Debian: apt-get install -y wrk). Everything listens on 127.0.0.1 only. The API runs as bench/run.sh runs it:
# the Dockerfile's JVM options, a 512 MB container emulated with -XX:MaxRAM, the default embedded H2 database, and the
# shipped rate limit. Client addresses come from X-Forwarded-For (server.forward-headers-strategy=native), so the
# well-behaved load is spread over 10,000 addresses and never meets its limit. Tunables: THREADS, CONNECTIONS,
# ATTACK_CONNECTIONS, DURATION (seconds), WARMUP (seconds), API_PORT, MANAGEMENT_PORT, CONTAINER_MEMORY, REBUILD=1,
# JAVA (use a Java 25, the image's, for figures that match it).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
ATTACK_CONNECTIONS=${ATTACK_CONNECTIONS:-4}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-20}
API_PORT=${API_PORT:-8084}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9084}
CONTAINER_MEMORY=${CONTAINER_MEMORY:-512m}
HOST=127.0.0.1
URL="http://$HOST:$API_PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
JAR=$(bench_jar)
# The shipped JVM options and malloc setting: the ones in the Dockerfile.
shipped_jvm_options
JAVA=${JAVA:-java}

WORK=$(mktemp -d /tmp/sg-admission.XXXXXX)
API_PID=""
ATTACK_PID=""
cleanup() {
  [ -n "$ATTACK_PID" ] && kill "$ATTACK_PID" 2>/dev/null || true
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== $("$JAVA" -version 2>&1 | head -n 1); $(nproc) cores"
echo "== starting the API ($JAR) with: $JVM_OPTIONS -XX:MaxRAM=$CONTAINER_MEMORY"
(cd "$WORK" && exec "$JAVA" -XX:+IgnoreUnrecognizedVMOptions $JVM_OPTIONS -XX:MaxRAM="$CONTAINER_MEMORY" -jar "$JAR" \
    --server.address=$HOST --server.port=$API_PORT \
    --management.server.address=$HOST --management.server.port=$MANAGEMENT_PORT \
    --server.forward-headers-strategy=native > "$WORK/api.log" 2>&1) &
API_PID=$!
await_ready "$URL"

cheap() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --latency -s bench/admission-cheap.lua "$URL"; }
attack() { ATTACKERS=$1 wrk -t1 -c"$ATTACK_CONNECTIONS" -d"$2"s -s bench/admission-attack.lua "$URL"; }
report() { # label, wrk output of the cheap clients, attacker output (or -)
  local rps p99 bad errors
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$2")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$2")")
  bad=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$2"); bad=${bad:-0}
  errors=$(awk '/Socket errors:/ {sub(/^ *Socket errors: */, ""); print}' "$2"); errors=${errors:-none}
  printf '%-44s %10s %9s %8s   %s\n' "$1" "$rps" "$p99" "$bad" "socket errors: $errors"
  [ "$3" = - ] || sed 's/^/     /' "$3"
}
alive() { kill -0 "$API_PID" 2>/dev/null && echo "alive (RSS $(rss_mb VmRSS) MB, peak $(rss_mb VmHWM) MB)" || echo "DEAD"; }

echo "== warming up (${WARMUP} s of both loads)"
attack 10000 "$WARMUP" > /dev/null &
ATTACK_PID=$!
cheap "$WARMUP" > /dev/null
wait "$ATTACK_PID" || true
ATTACK_PID=""

echo "== measuring the well-behaved clients ($THREADS threads, $CONNECTIONS connections, ${DURATION} s per run; attacker: $ATTACK_CONNECTIONS connections)"
printf '%-44s %10s %9s %8s\n' "run" "req/s" "p99 ms" "non-2xx"
cheap "$DURATION" > "$WORK/alone.txt"
report "alone" "$WORK/alone.txt" -
for attackers in 10000 1; do
  attack "$attackers" $((DURATION + 4)) > "$WORK/attack-$attackers.txt" &
  ATTACK_PID=$!
  sleep 2
  cheap "$DURATION" > "$WORK/cheap-$attackers.txt"
  wait "$ATTACK_PID" || true
  ATTACK_PID=""
  report "with the attacker from $attackers address(es)" "$WORK/cheap-$attackers.txt" "$WORK/attack-$attackers.txt"
done
cheap "$DURATION" > "$WORK/after.txt"
report "alone again, after the attacks" "$WORK/after.txt" -
echo "== the API after the attacks: $(alive)"
echo "   OutOfMemoryError in the log: $(grep -c 'OutOfMemoryError' "$WORK/api.log" || true)"

echo "== SIGTERM while the attacker (10000 addresses) keeps sending"
attack 10000 60 > /dev/null &
ATTACK_PID=$!
sleep 3
START_NS=$(date +%s%N)
kill -TERM "$API_PID"
wait "$API_PID" || true
STOP_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
API_PID=""
echo "   the API exited ${STOP_MS} ms after SIGTERM"
kill "$ATTACK_PID" 2>/dev/null || true
