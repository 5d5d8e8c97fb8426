#!/usr/bin/env bash
# Proves a refactoring changes no answer: builds the jar of two revisions, starts both on in-memory H2 and sends both
# the same requests (every documented example of the OpenAPI document, in three languages, and a few hundred requests
# generated from a fixed seed), then compares status, headers and bodies (scripts/compare-answers.mjs).
#
#   scripts/compare-answers.sh BASE [HEAD]   # git revisions; HEAD defaults to the working tree (uncommitted files too)
#
# Prints "N requests, M identical, K differ" and a diff of the first differences; exits 1 when any differ.
# The records of both sides are written to target/compare/. Jars are kept per source tree in target/compare-jars/, so
# a second run against the same revisions builds nothing. Builds and the run itself take /tmp/build.lock (do not wrap
# this script in flock). Env: SEED (default 9), GENERATED (number of generated requests, default 300),
# SHOW (differences to print, default 5), TIMEOUT_MS (per request, default 10000), JAVA (default java).
set -euo pipefail
[ $# -ge 1 ] && [ $# -le 2 ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
cd "$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
ROOT=$PWD
BASE_REV=$1
HEAD_REV=${2:-}
JAVA=${JAVA:-java}
OUT=$ROOT/target/compare
JARS=$ROOT/target/compare-jars
LOCK=/tmp/build.lock
mkdir -p "$OUT" "$JARS"
rm -f "$OUT"/*.json "$OUT"/*.log "$OUT"/*.diff

WORK=$(mktemp -d /tmp/compare-answers.XXXXXX)
PIDS=()
WORKTREES=()
cleanup() {
  local pid wt
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for wt in "${WORKTREES[@]}"; do git -C "$ROOT" worktree remove --force "$wt" 2>/dev/null || true; done
  git -C "$ROOT" worktree prune 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# build NAME SOURCE_DIR TREE: the jar of one source tree, cached by the tree's hash.
build() {
  local name=$1 dir=$2 tree=$3 jar
  echo "== $name: building (tree ${tree:0:12}, log target/compare/build-$name.log)" >&2
  if ! (cd "$dir" && flock "$LOCK" ./mvnw -B -q -DskipTests package) > "$OUT/build-$name.log" 2>&1; then
    tail -n 30 "$OUT/build-$name.log" >&2
    echo "the build of $name failed" >&2
    exit 2
  fi
  jar=$(ls "$dir"/target/supplement-guidelines-*.jar | grep -v original | head -n 1)
  cp "$jar" "$JARS/$tree.jar.tmp" && mv "$JARS/$tree.jar.tmp" "$JARS/$tree.jar"
}

# jar_of NAME REVISION: sets JAR to the revision's jar ("" = the working tree), building it if needed.
jar_of() {
  local name=$1 rev=$2 tree dir
  if [ -z "$rev" ]; then
    # The working tree as a tree object (tracked and untracked files, .gitignore respected) in a private index,
    # so uncommitted changes are compared without touching the real index or target/.
    GIT_INDEX_FILE=$WORK/index git read-tree HEAD
    GIT_INDEX_FILE=$WORK/index git add -A .
    tree=$(GIT_INDEX_FILE=$WORK/index git write-tree)
    if [ ! -f "$JARS/$tree.jar" ]; then
      dir=$WORK/$name
      mkdir -p "$dir"
      git archive "$tree" | tar -x -C "$dir"
      build "$name" "$dir" "$tree"
    fi
  else
    local commit
    commit=$(git rev-parse --verify --quiet "$rev^{commit}") || { echo "not a revision: $rev" >&2; exit 2; }
    tree=$(git rev-parse "$commit^{tree}")
    if [ ! -f "$JARS/$tree.jar" ]; then
      dir=$WORK/$name
      git worktree add --quiet --detach "$dir" "$commit"
      WORKTREES+=("$dir")
      build "$name" "$dir" "$tree"
      git worktree remove --force "$dir"
    fi
  fi
  echo "== $name: ${rev:-working tree} -> target/compare-jars/$tree.jar" >&2
  JAR=$JARS/$tree.jar
}

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# start NAME JAR PORT: the app on loopback with an in-memory H2 and a rate limit no run can exhaust.
start() {
  local name=$1 jar=$2 port=$3
  mkdir -p "$WORK/run-$name"
  (cd "$WORK/run-$name" && exec "$JAVA" -jar "$jar" \
    --server.address=127.0.0.1 --server.port="$port" \
    --management.server.address=127.0.0.1 --management.server.port=0 \
    '--spring.datasource.url=jdbc:h2:mem:cmp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1' \
    --api.rate-limit.capacity=100000000 --api.rate-limit.refill-tokens=100000000 \
    > "$OUT/app-$name.log" 2>&1 9>&-) &
  PIDS+=($!)
}

wait_ready() {
  local name=$1 port=$2 pid=$3 i
  for i in $(seq 1 1200); do
    curl -sf -m 2 "http://127.0.0.1:$port/readyz" > /dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$OUT/app-$name.log" >&2; echo "$name did not start" >&2; exit 2; }
    sleep 0.1
  done
  echo "$name was not ready within 120 s (target/compare/app-$name.log)" >&2
  exit 2
}

jar_of base "$BASE_REV"
BASE_JAR=$JAR
jar_of head "$HEAD_REV"
HEAD_JAR=$JAR

# The run is CPU-heavy too: hold the shared lock while both apps start and answer (not inherited by the apps).
exec 9> "$LOCK"
flock 9
BASE_PORT=$(free_port)
start base "$BASE_JAR" "$BASE_PORT"
HEAD_PORT=$(free_port)
while [ "$HEAD_PORT" = "$BASE_PORT" ]; do HEAD_PORT=$(free_port); done
start head "$HEAD_JAR" "$HEAD_PORT"
wait_ready base "$BASE_PORT" "${PIDS[0]}"
wait_ready head "$HEAD_PORT" "${PIDS[1]}"
echo "== base ${BASE_REV} on 127.0.0.1:$BASE_PORT, head ${HEAD_REV:-working tree} on 127.0.0.1:$HEAD_PORT" >&2

set +e
node "$ROOT/scripts/compare-answers.mjs" --base "http://127.0.0.1:$BASE_PORT" --head "http://127.0.0.1:$HEAD_PORT" \
  --out "$OUT" --seed "${SEED:-9}" --generated "${GENERATED:-300}" --show "${SHOW:-5}" --timeout "${TIMEOUT_MS:-10000}"
STATUS=$?
set -e
flock -u 9
exit $STATUS
