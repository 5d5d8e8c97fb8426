#!/usr/bin/env bash
# Load run of POST /api/v1/dose-checks against the packaged jar (not a unit test).
# Usage: bench/dose-checks.sh   (after ./mvnw -B package -DskipTests; needs wrk: apt-get install -y wrk)
# Env: PORT (8090), DURATION (30s), CONNECTIONS (4), THREADS (1), WARMUP (20s).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8090}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-4}
THREADS=${THREADS:-1}
WARMUP=${WARMUP:-20s}
JAR=$(ls target/supplement-guidelines-*.jar | grep -v original | head -1)

# In-memory H2 so the run leaves ./data alone; the same migrations load the same content.
java -jar "$JAR" --server.port="$PORT" \
  --spring.datasource.url='jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1' \
  > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://localhost:$PORT/api/v1/guidelines/leaky-gut" > /dev/null && break
  sleep 1
done
curl -sf -X POST "http://localhost:$PORT/api/v1/dose-checks" -H 'Content-Type: application/json' \
  -d '{"guidelines":["leaky-gut"],"intakes":[{"nutrient":"Zinc","amount":30,"unit":"mg"}]}' > /dev/null

echo "warm-up ($WARMUP)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/dose-check.lua "http://localhost:$PORT/api/v1/dose-checks" > /dev/null
echo "measured run ($DURATION, $THREADS threads, $CONNECTIONS connections)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/dose-check.lua "http://localhost:$PORT/api/v1/dose-checks"
