#!/usr/bin/env bash
# Verifies the container image by running it, for machines with podman but no Docker engine.
#
#   scripts/verify-image.sh                       # builds the image from the Dockerfile, then checks it
#   IMAGE=supplement-guidelines:local BUILD=0 scripts/verify-image.sh   # checks an image built before
#
# What it checks, each step printed with ok or FAIL (the exit code is the number of failures):
#   the image metadata (non-root user, HEALTHCHECK, exposed ports, JVM options in the environment, no curl needed);
#   a run under a 512 MB memory limit (the limit of compose.yaml) configured only by environment variables: the
#   process runs as uid 10001 and as PID 1 (so it gets SIGTERM), it uses the AOT cache, the image's own HEALTHCHECK
#   command passes, the heap follows the container's limit, the API answers and the management port is not the API port;
#   resident memory after a short load (with wrk, if installed), and its peak, against the 300 MB budget;
#   a graceful stop on SIGTERM;
#   a second run as OpenShift does it, under an arbitrary uid in group 0 (--user 12345:0), with a JVM option added
#   through JAVA_OPTS: it writes its H2 file, the added option takes effect, the image's options and the AOT cache stay.
# Optional: DATASOURCE_URL, DATASOURCE_USERNAME, DATASOURCE_PASSWORD run it on that PostgreSQL (postgres profile).
# The container uses the host's network (ports API_PORT, MANAGEMENT_PORT) so no network backend is needed.
# PODMAN may add global options, e.g. PODMAN="podman --runtime runc --cgroup-manager cgroupfs" where crun does not
# support the host's cgroups. The limits on open files and processes are set explicitly because a container may not
# raise them where the engine runs without CAP_SYS_RESOURCE.
set -uo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-supplement-guidelines:verify}
BUILD=${BUILD:-1}
PODMAN=${PODMAN:-podman}
API_PORT=${API_PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19090}
MEMORY=${MEMORY:-512m}
NAME=sg-verify-$$
FAILURES=0
# Options an operator adds (later ones win): a heap of 25 % instead of the image's 16 %, which keeps the AOT cache.
ADDED_OPTION="-XX:MinRAMPercentage=25 -XX:MaxRAMPercentage=25"

ok() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; FAILURES=$((FAILURES + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
cleanup() { $PODMAN rm -f "$NAME" "$NAME-uid" >/dev/null 2>&1 || true; }
trap cleanup EXIT

if [ "$BUILD" = 1 ]; then
  echo "== building $IMAGE (docker format keeps the HEALTHCHECK)"
  $PODMAN build --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 --format docker -t "$IMAGE" . || { echo "build failed" >&2; exit 1; }
fi

echo "== image metadata"
config() { $PODMAN image inspect --format "$1" "$IMAGE"; }
check "runs as the non-root user app" test "$(config '{{.Config.User}}')" = app
check "has a HEALTHCHECK on the readiness endpoint" grep -q 'actuator/health/readiness' <<<"$(config '{{json .Config.Healthcheck}}')"
check "exposes 8080 and 9090" grep -q '8080/tcp.*9090/tcp' <<<"$(config '{{json .Config.ExposedPorts}}')"
IMAGE_OPTIONS=$(config '{{range .Config.Env}}{{println .}}{{end}}' | sed -n 's/^JAVA_IMAGE_OPTIONS=//p')
check "sets the JVM options in JAVA_IMAGE_OPTIONS" grep -q 'MaxRAMPercentage' <<<"$IMAGE_OPTIONS"
check "starts through the entrypoint script" grep -q '/app/entrypoint.sh' <<<"$(config '{{json .Config.Entrypoint}}')"
check "the image does not set JDK_JAVA_OPTIONS (an operator's would replace it)" \
  test -z "$(config '{{range .Config.Env}}{{println .}}{{end}}' | grep '^JDK_JAVA_OPTIONS=')"
echo "   size: $(config '{{.Size}}' | awk '{printf "%.0f MB", $1/1000000}')"

echo "== running it with a $MEMORY memory limit"
ENV_ARGS=(-e SERVER_PORT="$API_PORT" -e MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT")
if [ -n "${DATASOURCE_URL:-}" ]; then
  ENV_ARGS+=(-e SPRING_PROFILES_ACTIVE=postgres -e SPRING_DATASOURCE_URL="$DATASOURCE_URL"
             -e SPRING_DATASOURCE_USERNAME="${DATASOURCE_USERNAME:-}" -e SPRING_DATASOURCE_PASSWORD="${DATASOURCE_PASSWORD:-}")
fi
# start CONTAINER [podman run options]: runs the image under the memory limit and waits until it is ready.
start() {
  local name=$1; shift
  local start_ns; start_ns=$(date +%s%N)
  $PODMAN run -d --name "$name" --network host --memory "$MEMORY" --memory-swap "$MEMORY" \
    --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 "${ENV_ARGS[@]}" "$@" "$IMAGE" >/dev/null \
    || { echo "the container did not start" >&2; exit 1; }
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" >/dev/null; then
      ok "ready after $(( ($(date +%s%N) - start_ns) / 1000000 )) ms (from podman run)"; return 0
    fi
    [ "$($PODMAN inspect --format '{{.State.Running}}' "$name")" = true ] || break
    sleep 0.1
  done
  $PODMAN logs "$name" 2>&1 | tail -n 40; fail "ready"; exit "$FAILURES"
}
# The AOT cache is in use when it is mapped into the JVM; the JVM only warns (and starts slower) when it cannot use it.
uses_aot_cache() { grep -q '/app/app.aot' <<<"$($PODMAN exec "$1" cat /proc/1/maps)" \
  && ! grep -q 'Unable to use AOT cache' <<<"$($PODMAN logs "$1" 2>&1)"; }
heap_max() { curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/metrics/jvm.memory.max?tag=area:heap" \
  | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))'; }
LIMIT_BYTES=$(numfmt --from=iec "${MEMORY^^}")

start "$NAME"
check "the process runs as uid 10001" test "$($PODMAN exec "$NAME" id -u)" = 10001
check "java is PID 1 (it gets SIGTERM)" grep -q java <<<"$($PODMAN exec "$NAME" cat /proc/1/cmdline | tr '\0' ' ')"
check "it uses the AOT cache" uses_aot_cache "$NAME"
HEALTH_CMD=$(config '{{json .Config.Healthcheck.Test}}' | python3 -c 'import json,sys; t=json.load(sys.stdin); print(t[-1])')
check "the image's HEALTHCHECK command passes" $PODMAN exec "$NAME" bash -c "$HEALTH_CMD"
HEAP_MAX=$(heap_max)
echo "   maximum heap $((HEAP_MAX / 1048576)) MB"
check "the heap follows the container limit (at most 20 % of it)" test "$HEAP_MAX" -le $(( LIMIT_BYTES * 20 / 100 ))
check "the API answers on its port" test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT/api/v1/guidelines/leaky-gut")" = 200
check "the actuator is not on the API port" test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT/actuator/prometheus")" = 404
check "metrics are on the management port" grep -q '^http_server_requests_seconds_count' <<<"$(curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus")"

rss() { $PODMAN exec "$NAME" awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/1/status; }
echo "   resident memory after start: $(rss) MB"
if command -v wrk >/dev/null; then
  wrk -t2 -c32 -d20s "http://127.0.0.1:$API_PORT/api/v1/guidelines/leaky-gut" | grep 'Requests/sec' | sed 's/^/   guideline /'
  wrk -t2 -c32 -d10s "http://127.0.0.1:$API_PORT/api/v1/guidelines?q=darm&nutrient=zink&minEvidence=2" | grep 'Requests/sec' | sed 's/^/   filtered list /'
  sleep 6
  AFTER=$(rss)
  PEAK=$($PODMAN exec "$NAME" awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/1/status)
  echo "   resident memory after load: $AFTER MB (peak $PEAK MB)"
  check "resident memory after load is under 300 MB" test "$AFTER" -lt 300
  check "peak resident memory is under 300 MB" test "$PEAK" -lt 300
else
  echo "   (wrk not installed: no load, no memory check after load)"
fi

echo "== stopping with SIGTERM"
$PODMAN stop -t 30 "$NAME" >/dev/null
check "stops gracefully" grep -q 'Graceful shutdown complete' <<<"$($PODMAN logs "$NAME" 2>&1)"
EXIT_CODE=$($PODMAN inspect --format '{{.State.ExitCode}}' "$NAME")
check "exits 0 or 143 after SIGTERM (was $EXIT_CODE)" test "$EXIT_CODE" = 0 -o "$EXIT_CODE" = 143

echo "== an arbitrary uid in group 0 (as OpenShift runs it), with '$ADDED_OPTION' added through JAVA_OPTS"
start "$NAME-uid" --user 12345:0 -e JAVA_OPTS="$ADDED_OPTION"
check "the process runs as uid 12345, gid 0" test "$($PODMAN exec "$NAME-uid" id -u):$($PODMAN exec "$NAME-uid" id -g)" = 12345:0
check "it wrote its H2 file in /app/data" grep -q '12345.*supplement-guidelines.mv.db' <<<"$($PODMAN exec "$NAME-uid" ls -ln /app/data)"
check "the API answers" test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT/api/v1/guidelines/leaky-gut")" = 200
JVM_ENV=$($PODMAN exec "$NAME-uid" cat /proc/1/environ | tr '\0' '\n' | sed -n 's/^JDK_JAVA_OPTIONS=//p')
in_order() { [[ $1 == "$2"* && $1 == *"$3" ]]; }
check "java got the image's options, then the added one" in_order "$JVM_ENV" "$IMAGE_OPTIONS" "$ADDED_OPTION"
HEAP_MAX=$(heap_max)
echo "   maximum heap $((HEAP_MAX / 1048576)) MB"
check "the added option takes effect (heap over 20 % of the limit)" test "$HEAP_MAX" -gt $(( LIMIT_BYTES * 20 / 100 ))
check "it still uses the AOT cache" uses_aot_cache "$NAME-uid"
$PODMAN stop -t 30 "$NAME-uid" >/dev/null
check "stops gracefully" grep -q 'Graceful shutdown complete' <<<"$($PODMAN logs "$NAME-uid" 2>&1)"

echo "== $FAILURES failure(s)"
exit "$FAILURES"
