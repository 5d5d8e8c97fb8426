# Shared by the benchmark scripts (sourced, run from the repository's root): the jar, the shipped JVM options, and
# reading wrk's output.

# The packaged jar, built first if missing or if REBUILD=1; prints its absolute path.
bench_jar() {
  local jar
  jar=$(ls target/supplement-guidelines-*.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$jar" ] || [ "${REBUILD:-0}" = 1 ]; then
    ./mvnw -B -q package -DskipTests >&2
    jar=$(ls target/supplement-guidelines-*.jar | head -n 1)
  fi
  realpath "$jar"
}

# The shipped JVM options and malloc setting: the ones in the Dockerfile (sets JVM_OPTIONS, exports MALLOC_ARENA_MAX).
shipped_jvm_options() {
  JVM_OPTIONS=$(sed -n 's/^ENV JAVA_IMAGE_OPTIONS="\([^"]*\)".*$/\1/p' Dockerfile)
  MALLOC_ARENA_MAX=$(sed -n 's/^ *MALLOC_ARENA_MAX=\([0-9]*\).*$/\1/p' Dockerfile)
  export MALLOC_ARENA_MAX
}

# JAVA, unless set: the image's Java 25 (Temurin) where installed, else the java on the PATH.
default_java() {
  if [ -z "${JAVA:-}" ]; then
    JAVA=java
    [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
  fi
  return 0
}

# Runs the load client (wrk): on the CPUs CLIENT_CPUS names (taskset's list, such as 1), or wherever the scheduler puts it.
# On two cores wrk's two threads otherwise share the cores with the JVM's carriers, collector and compiler, and where
# they run changes the latency wrk records (see the README's Performance section).
client() {
  if [ -n "${CLIENT_CPUS:-}" ]; then taskset -c "$CLIENT_CPUS" "$@"; else "$@"; fi
}

# wrk prints latencies as 812.00us, 1.23ms or 1.02s; convert to milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

# A file of wrk --latency output -> "rps p50 p99 non2xx".
parse() {
  local rps p50 p99 bad
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$1")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$1")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$1")")
  bad=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$1"); bad=${bad:-0}
  echo "$rps $p50 $p99 $bad"
}

# Waits until the API started as $API_PID answers GET $1/readyz with 200; shows its log ($WORK/api.log) and fails if it
# ends first.
await_ready() {
  until curl -sf "$1/readyz" >/dev/null; do
    kill -0 "$API_PID" 2>/dev/null || { cat "$WORK/api.log"; echo "the API did not start" >&2; exit 1; }
    sleep 0.05
  done
}

# A memory figure of the API's JVM in MB: VmRSS (resident now) or VmHWM (peak). $API_PID is the JVM itself, as the
# scripts start it with exec.
rss_mb() { awk '/^'"$1"':/ {printf "%.0f", $2/1024}' "/proc/$API_PID/status"; }

# The classpath of the synthetic-guideline generator (test classes and their dependencies), compiled first if missing or
# if REBUILD=1; sets GENERATOR_CP.
generator_classpath() {
  if [ ! -f target/test-classes/nl/supplementguidelines/support/synthetic/SyntheticGuidelinesMain.class ] \
      || [ ! -f target/test-classpath.txt ] || [ pom.xml -nt target/test-classpath.txt ] || [ "${REBUILD:-0}" = 1 ]; then
    ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
  fi
  GENERATOR_CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
}

# A command as the user postgres when run as root (initdb refuses root).
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# A private PostgreSQL cluster in $WORK/pg (PG_BIN's initdb, trust, no sync) listening on $HOST:$PG_PORT only;
# stop_private_postgres stops it (for the scripts' cleanup). psql_admin runs psql as the superuser on it.
start_private_postgres() {
  mkdir "$WORK/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust --no-sync >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
      -o "-c listen_addresses=$HOST -p $PG_PORT -c unix_socket_directories=$WORK/pg" start >/dev/null
}
stop_private_postgres() {
  [ -f "$WORK/pg/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true
}
psql_admin() { "$PG_BIN/psql" -h "$HOST" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

# Stops the API started as $API_PID, then shows the three most frequent WARN/ERROR lines of $WORK/api.log: what went
# wrong, if anything (a non-2xx count says that something did).
stop_api() {
  if [ -n "$API_PID" ]; then
    kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; API_PID=""
    grep -E ' (WARN|ERROR) ' "$WORK/api.log" | sed -E 's/^.*(WARN|ERROR) [0-9]+ --- \[[^]]*\] \[[^]]*\] \[[^]]*\] //' | cut -c1-160 \
        | sort | uniq -c | sort -rn | head -n 3 | sed 's/^/   log: /' || true
  fi
}

# wrk's p99 as it recorded it, before its coordinated-omission correction (ms), from the file $1 that
# bench/wrk-histogram.lua wrote, for $2 connections; "-" without the file or without answers. For every answer that
# took t of at least two cycles (a cycle: the run's duration over the answers per connection), wrk adds samples of t
# minus one cycle, minus two, ... while they stay above one cycle; this takes them out again, from the slowest down.
recorded_p99() { # histogram connections
  [ -f "$1" ] || { echo -; return 0; }
  awk -v connections="$2" '
    NR == 1 { per = int($4 / connections); cycle = per > 0 ? int($2 / per) : 0; next }  # wrk corrects nothing then
    { value[++k] = $1; count[$1] = $2; if ($1 > max) max = $1 }
    END {
      for (i = k; i >= 1; i--) {
        v = value[i]; c = count[v]
        if (cycle > 0 && v > cycle) for (m = v + cycle; m <= max; m += cycle) if (m in real) c -= real[m]
        real[v] = c; total += c
      }
      if (total <= 0) { print "-"; exit }
      for (i = 1; i <= k; i++) { seen += real[value[i]]; if (seen >= 0.99 * total) { printf "%.2f", value[i] / 1000; exit } }
    }' "$1"
}

# The path of a JDK tool (jstat, jcmd) beside $JAVA, so that it can read the JVM $JAVA started.
jdk_tool() { echo "$(dirname "$(readlink -f "$(command -v "$JAVA")")")/$1"; }

# The API's full collections so far and their total pause (jstat -gc's FGC and FGCT, seconds), as "count seconds";
# "- -" without a jstat beside $JAVA that can read $API_PID.
full_collections() {
  local jstat out
  jstat=$(jdk_tool jstat)
  [ -x "$jstat" ] && out=$("$jstat" -gc "$API_PID" 2>/dev/null) || { echo "- -"; return 0; }
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i } NR == 2 { print $col["FGC"], $col["FGCT"] }' <<< "$out"
}
