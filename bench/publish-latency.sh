#!/usr/bin/env bash
# Publish latency: how long POST /guidelines/{slug}/draft/publish takes on the packaged API (embedded H2, the default
# of a fresh start), measured with curl over loopback. Each round starts a draft of leaky-gut as one editor (a copy of
# its latest version: 7 recommendations, 3 attention points, the whole seeded sheet) and publishes it as another, so
# every round writes a complete version (about 60 rows) and supersedes the one before.
#
#   bench/publish-latency.sh            # ROUNDS=100 by default; builds the jar if missing (REBUILD=1 forces it)
#
# Tokens are minted here with openssl against a key the API is started with (public-key-location), so nothing but
# java, curl and openssl is needed. Everything listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-100}
API_PORT=${API_PORT:-8084}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9084}
HOST=127.0.0.1
JAVA=${JAVA:-java}

JAR=$(ls target/supplement-guidelines-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/supplement-guidelines-*.jar | head -n 1)
fi
JAR=$(realpath "$JAR")

WORK=$(mktemp -d /tmp/sg-publish.XXXXXX)
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() { # subject
  local now header payload
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"sub":"%s","aud":"supplement-guidelines","scope":"guidelines:edit guidelines:publish","iat":%s,"exp":%s}' "$1" "$now" $((now + 3600)) | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/private.pem" | b64url)"
}
EDITOR=$(token bench-editor)
PUBLISHER=$(token bench-publisher)

(cd "$WORK" && exec "$JAVA" -jar "$JAR" \
    --server.address=$HOST --server.port=$API_PORT \
    --management.server.address=$HOST --management.server.port=$MANAGEMENT_PORT \
    --spring.security.oauth2.resourceserver.jwt.public-key-location="file:$WORK/public.pem" \
    --spring.security.oauth2.resourceserver.jwt.audiences=supplement-guidelines \
    --api.rate-limit.capacity=1000000000 --api.rate-limit.refill-tokens=1000000000 \
    > "$WORK/api.log" 2>&1) &
API_PID=$!
until curl -sf "http://$HOST:$API_PORT/readyz" >/dev/null; do
  kill -0 "$API_PID" 2>/dev/null || { cat "$WORK/api.log"; echo "the API did not start" >&2; exit 1; }
  sleep 0.5
done

BASE="http://$HOST:$API_PORT/api/v1/guidelines/leaky-gut"
publish_round() { # prints the publish's time_total in seconds
  local etag
  etag=$(curl -s -o /dev/null -D - -X POST -H "Authorization: Bearer $EDITOR" "$BASE/draft" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
  [ -n "$etag" ] || { echo "no draft started" >&2; exit 1; }
  curl -s -o "$WORK/published.json" -w '%{http_code} %{time_total}\n' -X POST -H "Authorization: Bearer $PUBLISHER" \
      -H "If-Match: $etag" -H 'Content-Type: application/json' -d '{"changeNote":"bench"}' "$BASE/draft/publish"
}
for _ in $(seq 1 10); do publish_round >/dev/null; done   # warm-up: JIT, connection pool, statement caches
: > "$WORK/times"
for _ in $(seq 1 "$ROUNDS"); do
  read -r status seconds < <(publish_round)
  [ "$status" = 201 ] || { echo "publish answered $status: $(cat "$WORK/published.json")" >&2; exit 1; }
  echo "$seconds" >> "$WORK/times"
done
VERSION=$(sed -n 's/.*"version":\([0-9]*\).*/\1/p' "$WORK/published.json")
sort -n "$WORK/times" | awk -v rounds="$ROUNDS" -v version="$VERSION" '
  { t[NR] = $1 * 1000; sum += t[NR] }
  END {
    printf "== %d publications of leaky-gut (a whole version each; now at version %s), over HTTP on H2:\n", rounds, version
    printf "   mean %.1f ms, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      sum / NR, t[int(NR * 0.5) + 0], t[int(NR * 0.9) + 0], t[int(NR * 0.99) + 0], t[NR]
  }'
curl -sf "$BASE" -o /dev/null -w '== the next GET /guidelines/leaky-gut: %{http_code} in %{time_total}s\n'
