#!/usr/bin/env bash
# Export benchmark: the bulk export (GET /api/v1/export, /api/v1/export/recommendations.csv) of 1,000 and 10,000
# guidelines (the seed plus synthetic ones from the test-scope generator, support/synthetic) on PostgreSQL, with the
# JVM options of the Dockerfile and -XX:MaxRAM=512m (the container's memory: a heap of at most 16 %, about 80 MB). It
# shows that the export streams in constant memory: the heap after a collection and the resident set stay the same
# whether the file is 30 MB or 300 MB. CPU-heavy: on a shared machine run it under the lock:
#
#   flock /tmp/build.lock bench/export.sh      # about 3 minutes; builds the jar and the test classes if missing
#
# Needs PostgreSQL's server binaries (Debian: apt-get install -y postgresql), curl and gzip. A private PostgreSQL
# cluster (initdb, as user postgres when run as root) listens on 127.0.0.1:$PG_PORT under a temporary folder and is
# removed afterwards. Per size, one API instance:
#   1. each file (NDJSON, CSV) plain and gzipped, at full speed: bytes, seconds, lines, every NDJSON line parsed;
#   2. the NDJSON export to a slow client (a reader of the NDJSON size / 10 a second, so about 10 seconds), with a full collection 2
#      seconds into it: the heap still live while an export runs (and the connection it holds);
#   3. the heap after a full collection once all exports are done (actuator jvm.memory.used, area heap) and the peak
#      resident set of the process (VmHWM).
# Tunables: SIZES ("1000 10000"), SLOW_RATE (bytes a second; default the NDJSON size / 10), API_PORT (8650), MANAGEMENT_PORT (8651), PG_PORT (5436),
# PG_BIN (/usr/lib/postgresql/15/bin), JAVA (Temurin 25 when installed), REBUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZES=${SIZES:-"1000 10000"}
API_PORT=${API_PORT:-8650}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8651}
PG_PORT=${PG_PORT:-5436}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
CONTAINER_MEMORY=${CONTAINER_MEMORY:-512m}
HOST=127.0.0.1
default_java
JCMD=$(jdk_tool jcmd)

[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing ($PG_BIN): apt-get install -y postgresql" >&2; exit 1; }
[ -x "$JCMD" ] || { echo "jcmd is missing next to $JAVA" >&2; exit 1; }

JAR=$(bench_jar)
generator_classpath
shipped_jvm_options

WORK=$(mktemp -d /tmp/sg-export.XXXXXX)
chmod 755 "$WORK"
API_PID=""
cleanup() {
  stop_api
  stop_private_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== $("$JAVA" -version 2>&1 | head -n 1); PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'); $(nproc) cores, shared with other work: times are noisy"
echo "== JVM options: $JVM_OPTIONS -XX:MaxRAM=$CONTAINER_MEMORY"
start_private_postgres

start_api() { # database
  (cd "$WORK" && exec "$JAVA" -XX:+IgnoreUnrecognizedVMOptions $JVM_OPTIONS -XX:MaxRAM="$CONTAINER_MEMORY" -jar "$JAR" \
      --spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://$HOST:$PG_PORT/$1" \
      --spring.datasource.username=postgres --spring.datasource.password= \
      --server.address=$HOST --server.port=$API_PORT --management.server.address=$HOST --management.server.port=$MANAGEMENT_PORT \
      --api.rate-limit.capacity=1000000000 --api.rate-limit.refill-tokens=1000000000 > "$WORK/api.log" 2>&1) &
  API_PID=$!
  await_ready "http://$HOST:$API_PORT"
}
# The heap in use right after a full collection, in MB (what is live).
live_heap_mb() {
  "$JCMD" "$API_PID" GC.run >/dev/null
  curl -sf "http://$HOST:$MANAGEMENT_PORT/actuator/metrics/jvm.memory.used?tag=area:heap" \
      | sed -E 's/.*"statistic":"VALUE","value":([0-9.E+]+).*/\1/' | awk '{printf "%.1f", $1 / 1048576}'
}
heap_max_mb() {
  curl -sf "http://$HOST:$MANAGEMENT_PORT/actuator/metrics/jvm.memory.max?tag=area:heap" \
      | sed -E 's/.*"statistic":"VALUE","value":([0-9.E+]+).*/\1/' | awk '{printf "%.0f", $1 / 1048576}'
}

URL="http://$HOST:$API_PORT"
HEADER=$(printf '%-10s %-22s %-8s %12s %8s %9s' guidelines file encoding bytes seconds lines)
ROWS=()
SUMMARY=()
for SIZE in $SIZES; do
  DB="sg_$SIZE"
  psql_admin -d postgres -c "create database $DB"
  FILL=$("$JAVA" -cp "$GENERATOR_CP" nl.supplementguidelines.support.synthetic.SyntheticGuidelinesMain \
      "jdbc:postgresql://$HOST:$PG_PORT/$DB" postgres "" $((SIZE - 1)) 2>&1 | grep '^synthetic guidelines:')
  psql_admin -d "$DB" -c "vacuum analyze"
  PUBLISHED=$(psql_admin -d "$DB" -c "select count(*) from guideline where status = 'CURRENT'")
  RECOMMENDATIONS=$(psql_admin -d "$DB" -c "select count(*) from recommendation r join guideline g on g.id = r.guideline_id where g.status = 'CURRENT'")

  start_api "$DB"
  HEAP_MAX=$(heap_max_mb)
  # A first export of each kind warms the code up; its figures are not kept.
  curl -sf -o /dev/null "$URL/api/v1/export"; curl -sf -o /dev/null "$URL/api/v1/export/recommendations.csv"
  BEFORE_HEAP=$(live_heap_mb)
  for FILE in export export/recommendations.csv; do
    for ENCODING in identity gzip; do
      read -r BYTES SECONDS_TAKEN < <(curl -sf -H "Accept-Encoding: $ENCODING" -o "$WORK/out" -w '%{size_download} %{time_total}\n' "$URL/api/v1/$FILE")
      if [ "$ENCODING" = gzip ]; then gunzip -c "$WORK/out" > "$WORK/plain"; else mv "$WORK/out" "$WORK/plain"; fi
      LINES=$(wc -l < "$WORK/plain")
      if [ "$FILE" = export ]; then
        [ "$LINES" = "$PUBLISHED" ] || { echo "NDJSON has $LINES lines, $PUBLISHED guidelines are published" >&2; exit 1; }
        # Every line is one JSON document (python reads them one at a time).
        python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]' < "$WORK/plain"
      else
        [ "$LINES" = $((RECOMMENDATIONS + 1)) ] || { echo "CSV has $LINES lines for $RECOMMENDATIONS recommendations" >&2; exit 1; }
      fi
      [ "$FILE" = export ] && [ "$ENCODING" = identity ] && NDJSON_BYTES=$BYTES
      ROWS+=("$(printf '%-10s %-22s %-8s %12s %8.2f %9s' "$SIZE" "${FILE#export/}" "$ENCODING" "$BYTES" "$SECONDS_TAKEN" "$LINES")")
      echo "${ROWS[-1]}"
      rm -f "$WORK/plain"
    done
  done
  # A slow client: the export runs for seconds; a full collection in the middle of it shows what it keeps live.
  RATE=${SLOW_RATE:-$((NDJSON_BYTES / 10))}
  SLOW_STARTED=$(date +%s%N)
  # A reader that takes 64 KB and then waits: TCP holds the server back (curl --limit-rate hardly did on loopback).
  python3 -c 'import sys, time, urllib.request
with urllib.request.urlopen(sys.argv[1]) as answer:
    while chunk := answer.read(65536):
        time.sleep(len(chunk) / int(sys.argv[2]))' "$URL/api/v1/export?versions=all" "$RATE" &
  SLOW_PID=$!
  sleep 2
  # Whether the server is still writing (it logs each export when done) or the socket buffers hold the rest already.
  SERVER_DONE=$(grep -c 'Export application/x-ndjson versions=all' "$WORK/api.log" || true)
  [ "$SERVER_DONE" = 0 ] && STILL="still exporting" || STILL="done writing"
  DURING_HEAP=$(live_heap_mb)
  wait "$SLOW_PID"
  SLOW_S=$(awk -v ns=$(( $(date +%s%N) - SLOW_STARTED )) 'BEGIN {printf "%.1f", ns / 1e9}')
  AFTER_HEAP=$(live_heap_mb)
  PEAK_RSS=$(rss_mb VmHWM); RSS=$(rss_mb VmRSS)
  stop_api
  SUMMARY+=("$(printf '%-10s %s; heap max %s MB; live heap after a GC: before the exports %s MB, 2 s into a %s s export read at %s B/s (server %s) %s MB, after %s MB; RSS now %s MB, peak %s MB' \
      "$SIZE" "$FILL" "$HEAP_MAX" "$BEFORE_HEAP" "$SLOW_S" "$RATE" "$STILL" "$DURING_HEAP" "$AFTER_HEAP" "$RSS" "$PEAK_RSS")")
  echo "${SUMMARY[-1]}"
done

echo
echo "== results (-XX:MaxRAM=$CONTAINER_MEMORY; lines of the CSV include its header)"
echo "$HEADER"
printf '%s\n' "${ROWS[@]}"
echo "== memory"
printf '%s\n' "${SUMMARY[@]}"
