#!/usr/bin/env bash
# Freshness across instances: two API instances on one PostgreSQL (a private cluster, bench/postgres.sh), both under
# read load (wrk on the guideline GET), while bench/Freshness.java makes 100 changes by plain SQL and records for each
# how long until every instance serves it; prints p50, p95 and max per instance (target: p95 and max <= 100 ms).
#
#   bench/freshness.sh        # builds the jar if missing (REBUILD=1 forces it); about a minute
#
# Needs wrk and Debian's PostgreSQL (apt-get install -y wrk postgresql). Everything listens on 127.0.0.1 only.
# Tunables: CHANGES (100), API_PORT (8210; the second instance +1), MANAGEMENT_PORT (8220, +1), PG_PORT (5433),
# CONNECTIONS (16 per instance), LOAD_SECONDS (30), JAVA (the java to run), KEEP_POSTGRES=1 (leave the cluster running).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

API_PORT=${API_PORT:-8210}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8220}
CONNECTIONS=${CONNECTIONS:-16}
LOAD_SECONDS=${LOAD_SECONDS:-30}
export PG_PORT=${PG_PORT:-5433}
HOST=127.0.0.1
JAVA=${JAVA:-java}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

JAR=$(bench_jar)
DRIVER=$(unzip -Z1 "$JAR" | grep -m1 'BOOT-INF/lib/postgresql-.*\.jar')
shipped_jvm_options

WORK=$(mktemp -d /tmp/sg-freshness.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [ "${KEEP_POSTGRES:-0}" = 1 ] || bench/postgres.sh stop
  rm -rf "$WORK"
}
trap cleanup EXIT

URL=$(bench/postgres.sh start freshness)
unzip -p "$JAR" "$DRIVER" > "$WORK/postgresql.jar"
echo "== two instances on $URL"
INSTANCES=()
for i in 0 1; do
  (cd "$WORK" && exec "$JAVA" -XX:+IgnoreUnrecognizedVMOptions $JVM_OPTIONS -XX:MaxRAM=512m -jar "$JAR" \
      --spring.profiles.active=postgres --spring.datasource.url="$URL" --spring.datasource.username=postgres \
      --spring.datasource.password= \
      --server.address=$HOST --server.port=$((API_PORT + i)) \
      --management.server.address=$HOST --management.server.port=$((MANAGEMENT_PORT + i)) \
      --api.rate-limit.capacity=1000000000 --api.rate-limit.refill-tokens=1000000000 \
      > "$WORK/api-$i.log" 2>&1) &
  PIDS+=($!)
  INSTANCES+=("http://$HOST:$((API_PORT + i))")
  # One after the other: the first one migrates the database.
  until curl -sf "http://$HOST:$((API_PORT + i))/readyz" >/dev/null; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$WORK/api-$i.log"; echo "instance $i did not start" >&2; exit 1; }
    sleep 0.1
  done
done

echo "== warming up, then read load on both ($CONNECTIONS connections each) while ${CHANGES:-100} changes are made"
for instance in "${INSTANCES[@]}"; do
  wrk -t1 -c"$CONNECTIONS" -d10s "$instance/api/v1/guidelines/leaky-gut" > /dev/null
done
LOAD=()
for instance in "${INSTANCES[@]}"; do
  wrk -t1 -c"$CONNECTIONS" -d"${LOAD_SECONDS}s" --latency "$instance/api/v1/guidelines/leaky-gut" > "$WORK/wrk-${instance##*:}.txt" &
  LOAD+=($!)
done
sleep 2
START=$(date +%s)
"$JAVA" -cp "$WORK/postgresql.jar" bench/Freshness.java "$URL" "${INSTANCES[@]}"
[ $(( $(date +%s) - START + 2 )) -lt "$LOAD_SECONDS" ] || echo "   WARNING: the changes outlasted the read load; raise LOAD_SECONDS" >&2
wait "${LOAD[@]}"
echo "== the read load meanwhile (wrk, $LOAD_SECONDS s, incl. the polls above):"
for instance in "${INSTANCES[@]}"; do
  f="$WORK/wrk-${instance##*:}.txt"
  echo "   $instance: $(awk '/^Requests\/sec:/ {printf "%.0f req/s", $2}' "$f"), p50 $(awk '$1 == "50%" {print $2}' "$f"), p99 $(awk '$1 == "99%" {print $2}' "$f"), non-2xx $(awk '/Non-2xx/ {print $5}' "$f" | grep . || echo 0)"
done
echo "== content version reads (api.content.version.reads) per instance:"
for i in 0 1; do
  echo "   $(curl -sf "http://$HOST:$((MANAGEMENT_PORT + i))/actuator/prometheus" | grep '^api_content_version_reads' | head -n 1)"
done
