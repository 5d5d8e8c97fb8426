#!/usr/bin/env bash
# Load benchmark of the checks beside the guideline GET, in one run of one API process (not a unit test):
#
#   bench/checks.sh      # builds the jar if missing, then warms up and measures (about 3 minutes)
#
# Measures GET /api/v1/guidelines/leaky-gut, a dose check (three intakes), a regimen and an interaction check with wrk,
# and prints each one's req/s, p50, p99 (also as wrk recorded it, before its coordinated-omission correction), non-2xx
# answers, req/s as a ratio to the GET's, and the API's CPU time and allocation (with the JDK's jstat) per request.
# The API runs as in bench/run.sh: the JVM options of the Dockerfile, a 512 MB memory limit emulated with -XX:MaxRAM,
# the default embedded H2, the rate limiter on with a limit no benchmark client reaches. Needs wrk. Everything listens
# on 127.0.0.1 only.
# Tunables: JAR (the jar to run), EXTRA_JVM_OPTIONS (after the shipped ones), CONNECTIONS, THREADS, DURATION, WARMUP, API_PORT, MANAGEMENT_PORT, CONTAINER_MEMORY, REBUILD=1, EXTRA_ARGS,
# JAVA (the image has Java 25: use a Java 25 for figures that match it), CLIENT_CPUS (the CPUs wrk may use, e.g. 1; all by default).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
API_PORT=${API_PORT:-8084}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9084}
CONTAINER_MEMORY=${CONTAINER_MEMORY:-512m}
HOST=127.0.0.1

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ -n "${JAR:-}" ]; then JAR=$(realpath "$JAR"); else JAR=$(bench_jar); fi
shipped_jvm_options
JVM_OPTIONS="$JVM_OPTIONS ${EXTRA_JVM_OPTIONS:-}"
JAVA=${JAVA:-java}

WORK=$(mktemp -d /tmp/sg-checks.XXXXXX)
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== $("$JAVA" -version 2>&1 | head -n 1); $(nproc) cores"
echo "== starting the API ($JAR) with: $JVM_OPTIONS -XX:MaxRAM=$CONTAINER_MEMORY, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
(cd "$WORK" && exec "$JAVA" -XX:+IgnoreUnrecognizedVMOptions $JVM_OPTIONS -XX:MaxRAM="$CONTAINER_MEMORY" -jar "$JAR" ${EXTRA_ARGS:-} \
    --server.address=$HOST --server.port=$API_PORT \
    --management.server.address=$HOST --management.server.port=$MANAGEMENT_PORT \
    --api.rate-limit.capacity=1000000000 --api.rate-limit.refill-tokens=1000000000 \
    > "$WORK/api.log" 2>&1) &
API_PID=$!
await_ready "http://$HOST:$API_PORT"

# One wrk script per POST: its body, JSON, English explanations.
post_script() { # name path body
  cat > "$WORK/$1.lua" <<LUA
wrk.method = "POST"
wrk.path = "$2"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "en"
wrk.body = '$3'
LUA
}
echo 'wrk.headers["Accept-Language"] = "en"' > "$WORK/get.lua"
post_script dose-check /api/v1/dose-checks \
  '{"guidelines":["leaky-gut"],"intakes":[{"nutrient":"Zinc","amount":30,"unit":"mg"},{"nutrient":"vitamine-d","dose":"1000 IE (25 µg)"},{"nutrient":"L-glutamine","dose":"1,5 g"}]}'
post_script regimen /api/v1/regimens '{"guidelines":["leaky-gut"]}'
post_script interaction-check /api/v1/interaction-checks '{"medicines":["J01MA02","statins"],"guideline":"leaky-gut"}'
# Every script can also write wrk's latency histogram when it ends (bench/wrk-histogram.lua), for the recorded p99.
for script in get dose-check regimen interaction-check; do
  echo "dofile(\"$PWD/bench/wrk-histogram.lua\")" >> "$WORK/$script.lua"
done

NAMES=(guideline dose-check regimen interaction-check)
URLS=("http://$HOST:$API_PORT/api/v1/guidelines/leaky-gut" "http://$HOST:$API_PORT/api/v1/dose-checks"
      "http://$HOST:$API_PORT/api/v1/regimens" "http://$HOST:$API_PORT/api/v1/interaction-checks")
SCRIPTS=(get dose-check regimen interaction-check)

# Every request must be answered 200 before it is measured.
for i in "${!NAMES[@]}"; do
  if [ "${NAMES[$i]}" = guideline ]; then
    curl -sf -o /dev/null "${URLS[$i]}" || { echo "GET ${URLS[$i]} failed" >&2; exit 1; }
  else
    BODY=$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$WORK/${SCRIPTS[$i]}.lua")
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$BODY" "${URLS[$i]}" \
      || { echo "POST ${URLS[$i]} failed" >&2; exit 1; }
  fi
done

run_wrk() { client wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s "$WORK/$2.lua" "$3"; }

echo "== warming up the API ($WARMUP per request)"
for i in "${!NAMES[@]}"; do
  run_wrk "$WARMUP" "${SCRIPTS[$i]}" "${URLS[$i]}" > /dev/null
done

# The server's own view of a call: the cumulative buckets ("le count") of Micrometer's http.server.requests for one URI
# template, summed over its series, from the management port. Two scrapes around a run give that run's distribution.
# It starts at Spring's observation filter: a request's wait for Tomcat's poller and for a carrier thread comes before.
server_buckets() {
  local metrics
  metrics=$(curl -sf "http://$HOST:$MANAGEMENT_PORT/actuator/prometheus") \
    || { echo "reading http://$HOST:$MANAGEMENT_PORT/actuator/prometheus failed" >&2; exit 1; }
  awk -v uri="uri=\"$1\"" '
    index($0, "http_server_requests_seconds_bucket{") == 1 && index($0, uri) && match($0, /[{,]le="[^"]+"/) {
      le = substr($0, RSTART + 5, RLENGTH - 6); count[le] += $NF }
    END { for (le in count) print le, count[le] }' <<< "$metrics" | sort -g
}
# The smallest bucket bound (ms) holding 99 % of the requests between two scrapes (files of server_buckets); "-" if
# the URI was not observed in the run.
server_p99() {
  awk -v before_file="$1" '
    BEGIN { while ((getline line < before_file) > 0) { split(line, f, " "); before[f[1]] = f[2] } }
    { le[++k] = $1; n[k] = $2 - before[$1] }
    END {
      total = n[k]; if (k == 0 || total <= 0) { print "-"; exit }
      for (i = 1; i <= k; i++) if (n[i] >= 0.99 * total) {
        if (le[i] == "+Inf") printf ">%.1f", le[i - 1] * 1000; else printf "%.1f", le[i] * 1000; exit } }' "$2"
}
# The API process's CPU time so far (user and system), in clock ticks: around a run, its CPU per request.
api_cpu_ticks() { awk '{print $14 + $15}' "/proc/$API_PID/stat"; }
CLOCK_TICKS=$(getconf CLK_TCK)
# The API's collections and eden (jstat -gc's YGC, FGC, EC and EU, KB): around a run, what it allocated per request,
# about: every collection empties eden, so (collections) x (eden's capacity) + (eden's use after - before). "?" when
# eden was resized during the run, "-" without a jstat that can read the process.
JSTAT=$(jdk_tool jstat)
api_heap() {
  local out
  [ -x "$JSTAT" ] && out=$("$JSTAT" -gc "$API_PID" 2>/dev/null) || { echo -; return 0; }
  awk 'NR == 2 { print $13, $15, $5, $6 }' <<< "$out"
}
kb_per_request() { # before after requests
  awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN {
    if (a == "-" || b == "-") { print "-"; exit }
    split(a, x, " "); split(b, y, " ")
    if (x[3] != y[3]) { print "?"; exit }
    printf "%.1f", ((y[1] - x[1] + y[2] - x[2]) * y[3] + y[4] - x[4]) / n }'
}
# The URI template Micrometer tags each call with.
TEMPLATES=("/api/v1/guidelines/{slug}" /api/v1/dose-checks /api/v1/regimens /api/v1/interaction-checks)

echo "== measuring: $THREADS threads, $CONNECTIONS connections, $DURATION per run${CLIENT_CPUS:+, wrk on CPUs $CLIENT_CPUS}"
echo "   (rps x avg: req/s times wrk's average latency; above the connections when wrk's coordinated-omission correction"
echo "    added samples for slow answers, which its p99 then includes. recorded p99: wrk's p99 without those samples, the"
echo "    answers as wrk timed them. server p99: the bucket of Micrometer's histogram"
echo "    holding 99 % of the same requests, from Spring's observation filter on. CPU/req: the API process's CPU time,"
echo "    all its threads, divided by the requests answered: steadier from run to run than req/s, which wrk shares."
echo "    KB/req: what the API allocated, divided likewise: steadier still)"
printf '%-18s %10s %8s %8s %12s %8s %8s %10s %10s %10s %8s\n' request "req/s" "p50 ms" "p99 ms" "recorded p99" non-2xx "x GET" "rps x avg" "server p99" "CPU/req us" "KB/req"
GET_RPS=""
for i in "${!NAMES[@]}"; do
  server_buckets "${TEMPLATES[$i]}" > "$WORK/before.txt"
  CPU_BEFORE=$(api_cpu_ticks)
  HEAP_BEFORE=$(api_heap)
  rm -f "$WORK/histogram"
  WRK_HISTOGRAM="$WORK/histogram" run_wrk "$DURATION" "${SCRIPTS[$i]}" "${URLS[$i]}" > "$WORK/${NAMES[$i]}.txt"
  CPU_AFTER=$(api_cpu_ticks)
  HEAP_AFTER=$(api_heap)
  server_buckets "${TEMPLATES[$i]}" > "$WORK/after.txt"
  REQUESTS=$(awk '/ requests in / {print $1; exit}' "$WORK/${NAMES[$i]}.txt")
  [ -n "$REQUESTS" ] && [ "$REQUESTS" -gt 0 ] || { echo "wrk answered no requests for ${NAMES[$i]}:" >&2; cat "$WORK/${NAMES[$i]}.txt" >&2; exit 1; }
  CPU_PER_REQUEST=$(awk -v t=$((CPU_AFTER - CPU_BEFORE)) -v hz="$CLOCK_TICKS" -v n="$REQUESTS" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }')
  KB_PER_REQUEST=$(kb_per_request "$HEAP_BEFORE" "$HEAP_AFTER" "$REQUESTS")
  read -r RPS P50 P99 BAD < <(parse "$WORK/${NAMES[$i]}.txt")
  AVG=$(to_ms "$(awk '$1 == "Latency" {print $2; exit}' "$WORK/${NAMES[$i]}.txt")")
  RPS_AVG=$(awk -v r="$RPS" -v a="$AVG" 'BEGIN { printf "%.0f", r * a / 1000 }')
  SERVER_P99=$(server_p99 "$WORK/before.txt" "$WORK/after.txt")
  GET_RPS=${GET_RPS:-$RPS}
  RATIO=$(awk -v a="$RPS" -v g="$GET_RPS" 'BEGIN { printf "%.2f", a / g }')
  RECORDED_P99=$(recorded_p99 "$WORK/histogram" "$CONNECTIONS")
  printf '%-18s %10s %8s %8s %12s %8s %8s %10s %10s %10s %8s\n' "${NAMES[$i]}" "$RPS" "$P50" "$P99" "$RECORDED_P99" "$BAD" "$RATIO" "$RPS_AVG" "$SERVER_P99" "$CPU_PER_REQUEST" "$KB_PER_REQUEST"
done
echo "== API resident memory: peak $(awk '/^VmHWM:/ {printf "%.0f", $2/1024}' "/proc/$API_PID/status") MB (limit emulated: $CONTAINER_MEMORY)"
