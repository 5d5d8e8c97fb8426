#!/usr/bin/env bash
# Scale benchmark: the packaged API on PostgreSQL holding 1, 1,000 and 10,000 guidelines (the seed plus synthetic
# ones from the test-scope generator, support/synthetic). CPU-heavy: on a shared machine run it under the lock:
#
#   flock /tmp/build.lock bench/scale.sh       # about 10 minutes; builds the jar and the test classes if missing
#
# Needs wrk, PostgreSQL's server binaries (Debian: apt-get install -y wrk postgresql) and curl. A private PostgreSQL
# cluster (initdb, as user postgres when run as root) listens on 127.0.0.1:$PG_PORT under a temporary folder and is
# removed afterwards. For each size the API runs twice, with the JVM options of the Dockerfile and -XX:MaxRAM=512m:
#   1. as shipped (representation cache on): guideline GET and list as cache hits, dose check, then a crawl of every
#      guideline (to show the cache stays bounded) and the resident memory after it;
#   2. with api.cache.enabled=false, so that every request is a miss: list pages, filtered lists, searches and
#      guideline GETs each cycling through different URLs (bench/paths.lua).
# Every call is warmed up (WARMUP each) before the first one of an instance is measured.
# Tunables: SIZES ("1 1000 10000"), DURATION (10s), WARMUP (8s), CONNECTIONS (32), THREADS (2), API_PORT (8310),
# MANAGEMENT_PORT (8311), PG_PORT (5434), PG_BIN (/usr/lib/postgresql/15/bin), JAVA (Temurin 25 when installed), REBUILD=1,
# EXTRA_ARGS (application arguments for every start, e.g. --api.cache.memory=8MB).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZES=${SIZES:-"1 1000 10000"}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-8s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
API_PORT=${API_PORT:-8310}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8311}
PG_PORT=${PG_PORT:-5434}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
CONTAINER_MEMORY=${CONTAINER_MEMORY:-512m}
HOST=127.0.0.1
default_java

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing ($PG_BIN): apt-get install -y postgresql" >&2; exit 1; }

JAR=$(bench_jar)
generator_classpath
# The shipped JVM options and malloc setting: the ones in the Dockerfile.
shipped_jvm_options

WORK=$(mktemp -d /tmp/sg-scale.XXXXXX)
chmod 755 "$WORK"
API_PID=""
cleanup() {
  stop_api
  stop_private_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== $("$JAVA" -version 2>&1 | head -n 1); PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'); $(nproc) cores, shared with other work: figures are noisy"
start_private_postgres


start_api() { # database, extra arguments...
  local database=$1; shift
  local started_ns; started_ns=$(date +%s%N)
  (cd "$WORK" && exec "$JAVA" -XX:+IgnoreUnrecognizedVMOptions $JVM_OPTIONS -XX:MaxRAM="$CONTAINER_MEMORY" -jar "$JAR" \
      --spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://$HOST:$PG_PORT/$database" \
      --spring.datasource.username=postgres --spring.datasource.password= \
      --server.address=$HOST --server.port=$API_PORT --management.server.address=$HOST --management.server.port=$MANAGEMENT_PORT \
      --api.rate-limit.capacity=1000000000 --api.rate-limit.refill-tokens=1000000000 ${EXTRA_ARGS:-} "$@" > "$WORK/api.log" 2>&1) &
  API_PID=$!
  await_ready "http://$HOST:$API_PORT"
  READY_MS=$(( ($(date +%s%N) - started_ns) / 1000000 ))
}

ROWS=()
warm_up() { # wrk arguments: C2 alone (-XX:-TieredCompilation) needs every call warm before any is measured
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" > /dev/null
}
measure() { # size, name, what, wrk arguments (url last, script arguments after --)...
  local size=$1 name=$2 what=$3; shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$WORK/wrk.txt"
  read -r RPS P50 P99 BAD < <(parse "$WORK/wrk.txt")
  ROWS+=("$(printf '%-7s %-16s %-38s %9s %8s %8s %7s' "$size" "$name" "$what" "$RPS" "$P50" "$P99" "$BAD")")
  echo "${ROWS[-1]}"
}
check_paths() { # file: every path must answer 200 before it is measured
  local path
  while read -r path; do
    curl -sf -o /dev/null "http://$HOST:$API_PORT$path" || { echo "not 200: $path" >&2; exit 1; }
  done < <(head -n 3 "$1")
}

URL="http://$HOST:$API_PORT"
HEADER=$(printf '%-7s %-16s %-38s %9s %8s %8s %7s' guidelines endpoint "what" "req/s" "p50 ms" "p99 ms" non-2xx)
echo "$HEADER"
SUMMARY=()
for SIZE in $SIZES; do
  DB="sg_$SIZE"
  psql_admin -d postgres -c "create database $DB"
  FILL=$("$JAVA" -cp "$GENERATOR_CP" nl.supplementguidelines.support.synthetic.SyntheticGuidelinesMain \
      "jdbc:postgresql://$HOST:$PG_PORT/$DB" postgres "" $((SIZE - 1)) 2>&1 | grep '^synthetic guidelines:')
  psql_admin -d "$DB" -c "vacuum analyze"

  # Paths to cycle through for this size.
  PAGES=$(( (SIZE + 19) / 20 )); [ "$PAGES" -gt 500 ] && PAGES=500
  seq 0 $((PAGES - 1)) | sed 's|^|/api/v1/guidelines?size=20\&page=|' > "$WORK/list.txt"
  : > "$WORK/filtered.txt"
  for NUTRIENT in probiotica l-glutamine colostrum vitamine-d zink prebiotica lactoferrine; do
    for EVIDENCE in 1 2; do
      for PAGE in 0 1 2; do echo "/api/v1/guidelines?nutrient=$NUTRIENT&minEvidence=$EVIDENCE&page=$PAGE"; done
    done
  done > "$WORK/filtered.txt"
  for TERM in darm inflammatie vermoeidheid huid allergie lekkende%20darm leaky synthetische hartfalen permeabiliteit; do
    echo "/api/v1/guidelines?q=$TERM"
  done > "$WORK/search.txt"
  { echo /api/v1/guidelines/leaky-gut; seq -f 'synthetic-%05g' 1 $((SIZE - 1)) | sed 's|^|/api/v1/guidelines/|'; } \
      | shuf --random-source=<(yes) > "$WORK/guidelines.txt"

  # 1. As shipped: cache hits, the dose check, a crawl, memory.
  start_api "$DB"
  START_READY=$READY_MS; START_RSS=$(rss_mb VmRSS)
  STARTED=$(grep -o 'Started SupplementGuidelinesApplication in [0-9.]* seconds' "$WORK/api.log" || true)
  warm_up "$URL/api/v1/guidelines/leaky-gut"; warm_up "$URL/api/v1/guidelines"; warm_up -s bench/dose-check.lua "$URL/api/v1/dose-checks"
  measure "$SIZE" "guideline hit" "GET /guidelines/leaky-gut (cached)" "$URL/api/v1/guidelines/leaky-gut"
  measure "$SIZE" "list hit" "GET /guidelines (cached)" "$URL/api/v1/guidelines"
  measure "$SIZE" "dose check" "POST /dose-checks, 3 intakes" -s bench/dose-check.lua "$URL/api/v1/dose-checks"
  measure "$SIZE" "crawl" "every guideline in turn, cache on" -s bench/paths.lua "$URL" -- "$WORK/guidelines.txt"
  AFTER_RSS=$(rss_mb VmRSS); PEAK_RSS=$(rss_mb VmHWM)
  stop_api

  # 2. Every request a miss.
  start_api "$DB" --api.cache.enabled=false
  for LIST in list filtered search guidelines; do check_paths "$WORK/$LIST.txt"; warm_up -s bench/paths.lua "$URL" -- "$WORK/$LIST.txt"; done
  measure "$SIZE" "list" "$(wc -l < "$WORK/list.txt") pages of 20, uncached" -s bench/paths.lua "$URL" -- "$WORK/list.txt"
  measure "$SIZE" "filtered list" "nutrient x minEvidence x page, uncached" -s bench/paths.lua "$URL" -- "$WORK/filtered.txt"
  measure "$SIZE" "search" "10 q= terms, uncached" -s bench/paths.lua "$URL" -- "$WORK/search.txt"
  measure "$SIZE" "guideline miss" "a different guideline each time" -s bench/paths.lua "$URL" -- "$WORK/guidelines.txt"
  stop_api
  SUMMARY+=("$(printf '%-7s %s; ready after %s ms (%s); RSS at start %s MB, after the crawl %s MB, peak %s MB' \
      "$SIZE" "$FILL" "$START_READY" "$STARTED" "$START_RSS" "$AFTER_RSS" "$PEAK_RSS")")
  echo "${SUMMARY[-1]}"
done

echo
echo "== results ($THREADS threads, $CONNECTIONS connections, $DURATION per run after $WARMUP warm-up; -XX:MaxRAM=$CONTAINER_MEMORY)"
echo "$HEADER"
printf '%s\n' "${ROWS[@]}"
echo "== startup and memory"
printf '%s\n' "${SUMMARY[@]}"
