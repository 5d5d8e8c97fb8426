#!/usr/bin/env bash
# Clicks every example of Swagger UI in Debian's chromium (src/test/browser/swagger-ui.mjs) against the jar, started
# on a free loopback port with an in-memory H2 (never ./data). Installs chromium and the npm packages when missing.
# Editing is configured as in the README's "Trying editing locally", with a key of its own in target/: the check
# enters an editor's token and a publisher's (another subject: four eyes) in Swagger UI's Authorize dialog, and a
# third subject's token of scope webhooks:manage for the webhook operations. Webhooks may target loopback over http
# here (api.webhooks.allow-loopback/allow-http), so the check registers one at a port where nothing listens.
# Usage: scripts/check-swagger-ui.sh   (exit status 0 only when every operation and example passed)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=$(ls target/supplement-guidelines-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/supplement-guidelines-*.jar | grep -v original | head -1)
fi

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
fi
# playwright-core never downloads a browser; the variable only keeps it that way should that change.
(cd src/test/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)

# A fresh key per run (scripts/editing-token.sh makes it), so no token of an earlier run is valid.
KEY_DIR=target/check-swagger-ui-key
rm -rf "$KEY_DIR"
export EDITING_KEY_DIR=$KEY_DIR
EDITOR_TOKEN=$(scripts/editing-token.sh --subject swagger-ui-editor --scope guidelines:edit --minutes 30 2>/dev/null)
PUBLISHER_TOKEN=$(scripts/editing-token.sh --subject swagger-ui-publisher --scope guidelines:publish --minutes 30)
WEBHOOK_TOKEN=$(scripts/editing-token.sh --subject swagger-ui-webhooks --scope webhooks:manage --minutes 30)
export EDITOR_TOKEN PUBLISHER_TOKEN WEBHOOK_TOKEN

PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
LOG=target/check-swagger-ui.log
java -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  --management.server.address=127.0.0.1 --management.server.port=0 \
  --spring.datasource.url='jdbc:h2:mem:ui;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1' \
  --spring.security.oauth2.resourceserver.jwt.public-key-location="file:$KEY_DIR/public.pem" \
  --spring.security.oauth2.resourceserver.jwt.audiences=supplement-guidelines \
  --api.webhooks.allow-loopback=true --api.webhooks.allow-http=true \
  > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT

# node rather than curl: node is needed anyway, curl is not on every fresh machine.
ready() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"; }
for _ in $(seq 1 120); do
  ready "http://127.0.0.1:$PORT/readyz" && break
  if ! kill -0 $APP 2>/dev/null; then echo "the jar stopped; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; fi
  sleep 1
done
ready "http://127.0.0.1:$PORT/readyz" || { echo "not ready after 120 s; see $LOG" >&2; exit 1; }

echo "jar ready on 127.0.0.1:$PORT after $SECONDS s; clicking through Swagger UI"
node src/test/browser/swagger-ui.mjs "http://127.0.0.1:$PORT"
