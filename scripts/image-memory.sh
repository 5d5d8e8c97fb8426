#!/usr/bin/env bash
# Where the container's resident memory goes: runs the image as scripts/verify-image.sh does (512 MB limit, the host's
# network), waits for readiness, loads it with wrk (guideline GETs, then filtered lists) and prints the time to
# readiness, the process's resident memory and peak, and the resident size of its largest mappings (/proc/1/smaps).
#
#   IMAGE=supplement-guidelines:verify scripts/image-memory.sh                         # as shipped
#   IMAGE=supplement-guidelines:verify JAVA_OPTS=-XX:AOTMode=off scripts/image-memory.sh   # without the AOT cache
#
# The image must exist (scripts/verify-image.sh builds it). Needs podman, curl and wrk. PODMAN as in verify-image.sh;
# API_PORT (18081), MANAGEMENT_PORT (19091), MEMORY (512m). The time to readiness counts from the moment the
# container runs, not from the podman command. The load meets the default rate limit, as verify-image.sh's does.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-supplement-guidelines:verify}
PODMAN=${PODMAN:-podman}
API_PORT=${API_PORT:-18081}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19091}
MEMORY=${MEMORY:-512m}
NAME=sg-memory-$$
trap '$PODMAN rm -f "$NAME" >/dev/null 2>&1 || true' EXIT

$PODMAN run -d --name "$NAME" --network host --memory "$MEMORY" --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 \
  -e SERVER_PORT="$API_PORT" -e MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT" ${JAVA_OPTS:+-e JAVA_OPTS="$JAVA_OPTS"} \
  "$IMAGE" > /dev/null
STARTED_NS=$(date +%s%N)
for _ in $(seq 1 1200); do
  curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" && break
  sleep 0.05
done
echo "== ready after $(( ($(date +%s%N) - STARTED_NS) / 1000000 )) ms${JAVA_OPTS:+ (JAVA_OPTS=$JAVA_OPTS)}"
echo "   resident after start: $($PODMAN exec "$NAME" awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/1/status)"
wrk -t2 -c32 -d20s "http://127.0.0.1:$API_PORT/api/v1/guidelines/leaky-gut" | grep 'Requests/sec' | sed 's/^/   guideline /'
wrk -t2 -c32 -d10s "http://127.0.0.1:$API_PORT/api/v1/guidelines?q=darm&nutrient=zink&minEvidence=2" \
  | grep 'Requests/sec' | sed 's/^/   filtered list /'
$PODMAN exec "$NAME" awk '/^(VmHWM|VmRSS|RssAnon|RssFile):/ {printf "   %-9s %4.0f MB\n", $1, $2/1024}' /proc/1/status
echo "== the mappings above 2 MB resident, after the load"
$PODMAN exec "$NAME" cat /proc/1/smaps | awk '
  /^[0-9a-f]+-[0-9a-f]+ / { name = ($6 == "" ? "[anon]" : $6) }
  /^Rss:/ { rss[name] += $2 }
  END { for (n in rss) if (rss[n] > 2048) printf "   %6.1f MB %s\n", rss[n] / 1024, n }' | sort -rn
