#!/usr/bin/env bash
# Load benchmark: the packaged API against nginx serving the very same response bytes (the ceiling).
#
#   bench/run.sh                 # builds the jar if missing, then warms up and measures (about 5 minutes)
#
# Prints each endpoint's req/s, p50 and p99 for the API and for nginx, and the API's "rec p99": wrk's p99 as it recorded
# it, before its coordinated-omission correction adds samples for slow answers (recorded_p99 in bench/lib.sh).
# Needs wrk and nginx (Debian: apt-get install -y wrk nginx). Everything listens on 127.0.0.1 only.
# The API runs with the JVM options of the Dockerfile and a 512 MB memory limit emulated with -XX:MaxRAM (the
# memory limit of compose.yaml), on its default embedded H2 database. The rate limiter stays on, with a limit no
# single benchmark client reaches, so its cost is measured too. Tunables: CONNECTIONS, THREADS, DURATION, WARMUP,
# API_PORT, MANAGEMENT_PORT, NGINX_PORT, CONTAINER_MEMORY, REBUILD=1, EXTRA_ARGS (more application arguments),
# EXTRA_JVM_OPTIONS (after the shipped ones, e.g. -Xlog:gc:file=/tmp/gc.log), JAVA (the java to run; the image has
# Java 25, so use a Java 25 for figures that match it; options an older Java does not know are ignored), RUNS (how
# often the measurement is repeated after the one warm-up; each run's guideline GET p99 and a pass/fail line against
# the target P99_TARGET_MS, default 5, are printed at the end), CLIENT_CPUS (the CPUs wrk may use, e.g. 1; all by default).
# It also prints the API's full collections during the measured runs (with the jstat beside JAVA).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
RUNS=${RUNS:-1}
P99_TARGET_MS=${P99_TARGET_MS:-5}
WARMUP=${WARMUP:-15s}
API_PORT=${API_PORT:-8083}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9083}
NGINX_PORT=${NGINX_PORT:-8093}
CONTAINER_MEMORY=${CONTAINER_MEMORY:-512m}
HOST=127.0.0.1

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is missing: apt-get install -y nginx" >&2; exit 1; }

JAR=$(bench_jar)
# The shipped JVM options and malloc setting: the ones in the Dockerfile.
shipped_jvm_options
JAVA=${JAVA:-java}

WORK=$(mktemp -d /tmp/sg-bench.XXXXXX)
chmod 755 "$WORK"
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== $("$JAVA" -version 2>&1 | head -n 1); nginx $("$NGINX" -v 2>&1 | sed 's/.*\///'); $(nproc) cores"
echo "== starting the API ($JAR) with: $JVM_OPTIONS -XX:MaxRAM=$CONTAINER_MEMORY, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
START_NS=$(date +%s%N)
(cd "$WORK" && exec "$JAVA" -XX:+IgnoreUnrecognizedVMOptions $JVM_OPTIONS -XX:MaxRAM="$CONTAINER_MEMORY" ${EXTRA_JVM_OPTIONS:-} -jar "$JAR" ${EXTRA_ARGS:-} \
    --server.address=$HOST --server.port=$API_PORT \
    --management.server.address=$HOST --management.server.port=$MANAGEMENT_PORT \
    --api.rate-limit.capacity=1000000000 --api.rate-limit.refill-tokens=1000000000 \
    > "$WORK/api.log" 2>&1) &
API_PID=$!
await_ready "http://$HOST:$API_PORT"
READY_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
STARTED=$(grep -o 'Started SupplementGuidelinesApplication in [0-9.]* seconds' "$WORK/api.log" || true)
echo "   ready (GET /readyz 200) after ${READY_MS} ms; ${STARTED}; RSS at start $(rss_mb VmRSS) MB"

NAMES=(guideline list filtered)
PATHS=("/api/v1/guidelines/leaky-gut" "/api/v1/guidelines" "/api/v1/guidelines?q=darm&nutrient=zink&minEvidence=2")

# nginx serves the very same bytes, one file per endpoint, with the same keep-alive behaviour.
mkdir -p "$WORK/www" "$WORK/nginx-tmp"
for i in "${!NAMES[@]}"; do
  curl -sf "http://$HOST:$API_PORT${PATHS[$i]}" -o "$WORK/www/${NAMES[$i]}.json"
done
chmod -R a+rX "$WORK/www"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
  keepalive_requests 100000;
  server {
    listen $HOST:$NGINX_PORT;
    root $WORK/www;
    default_type application/json;
    location / { }
  }
}
NGINX
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5

# With WRK_HISTOGRAM set, a run also writes wrk's latency histogram there (bench/wrk-histogram.lua), for the recorded p99.
run_wrk() { client wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s bench/wrk-histogram.lua "$2"; }

echo "== warming up the API ($WARMUP per endpoint)"
for i in "${!NAMES[@]}"; do
  run_wrk "$WARMUP" "http://$HOST:$API_PORT${PATHS[$i]}" > /dev/null
done

GUIDELINE_P99=()
read -r FULL_BEFORE FULL_SECONDS_BEFORE < <(full_collections)
for RUN in $(seq 1 "$RUNS"); do
echo "== measuring (run $RUN of $RUNS): $THREADS threads, $CONNECTIONS connections, $DURATION per run${CLIENT_CPUS:+, wrk on CPUs $CLIENT_CPUS}"
printf '%-10s %-55s %10s %8s %8s %8s | %10s %8s %8s | %6s\n' endpoint path "api req/s" "p50 ms" "p99 ms" "rec p99" "nginx r/s" "p50 ms" "p99 ms" ratio
for i in "${!NAMES[@]}"; do
  rm -f "$WORK/histogram"
  WRK_HISTOGRAM="$WORK/histogram" run_wrk "$DURATION" "http://$HOST:$API_PORT${PATHS[$i]}" > "$WORK/api-${NAMES[$i]}.txt"
  A_RECORDED=$(recorded_p99 "$WORK/histogram" "$CONNECTIONS")
  run_wrk "$DURATION" "http://$HOST:$NGINX_PORT/${NAMES[$i]}.json" > "$WORK/nginx-${NAMES[$i]}.txt"
  read -r A_RPS A_P50 A_P99 A_BAD < <(parse "$WORK/api-${NAMES[$i]}.txt")
  read -r N_RPS N_P50 N_P99 N_BAD < <(parse "$WORK/nginx-${NAMES[$i]}.txt")
  RATIO=$(awk -v a="$A_RPS" -v n="$N_RPS" 'BEGIN { printf "%.2f", a / n }')
  printf '%-10s %-55s %10s %8s %8s %8s | %10s %8s %8s | %6s\n' "${NAMES[$i]}" "${PATHS[$i]}" "$A_RPS" "$A_P50" "$A_P99" "$A_RECORDED" "$N_RPS" "$N_P50" "$N_P99" "$RATIO"
  [ "$i" = 0 ] && GUIDELINE_P99+=("$A_P99")
  if [ "$A_BAD" != 0 ] || [ "$N_BAD" != 0 ]; then
    echo "   WARNING: non-2xx answers (api $A_BAD, nginx $N_BAD): the figures above are not valid" >&2
  fi
done
done

# The same bytes were served by both (nginx got them from the API before the runs).
SIZE=$(curl -sf "http://$HOST:$API_PORT/api/v1/guidelines/leaky-gut" | wc -c)
echo "== guideline representation: $SIZE bytes; nginx file: $(wc -c < "$WORK/www/guideline.json") bytes"
echo "== API resident memory: now $(rss_mb VmRSS) MB, peak $(rss_mb VmHWM) MB (limit emulated: $CONTAINER_MEMORY)"
# Full collections stop every connection for the whole pause (Serial, about 100 ms): what most p99 misses are made of.
read -r FULL_AFTER FULL_SECONDS_AFTER < <(full_collections)
echo "== API full collections during the measured runs (API and nginx alike): $(awk -v a="$FULL_BEFORE" -v b="$FULL_AFTER" \
  -v s="$FULL_SECONDS_BEFORE" -v t="$FULL_SECONDS_AFTER" 'BEGIN { if (a == "-" || b == "-") print "- (no jstat)"; else printf "%d, %.0f ms in all", b - a, (t - s) * 1000 }')"
echo "== startup: ready after ${READY_MS} ms (${STARTED})"
# The tail target: the guideline GET's p99 at most P99_TARGET_MS in every run.
MET=0
for p in "${GUIDELINE_P99[@]}"; do
  awk -v p="$p" -v t="$P99_TARGET_MS" 'BEGIN { exit !(p <= t) }' && MET=$((MET + 1))
done
echo "== guideline GET p99 per run (ms): ${GUIDELINE_P99[*]}"
if [ "$MET" = "$RUNS" ]; then VERDICT=PASS; else VERDICT=FAIL; fi
echo "== $VERDICT: p99 <= $P99_TARGET_MS ms in $MET of $RUNS runs"
