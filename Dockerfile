# syntax=docker/dockerfile:1
# Build:  docker build -t supplement-guidelines .        Run: see compose.yaml and the README ("Running in production").

# --- Build stage: the Maven wrapper builds the jar. Dependencies sit in their own layer, rebuilt only when pom.xml changes.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && cp target/supplement-guidelines-*.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --layers --destination extracted

# --- Runtime stage: a JRE only, the extracted jar in layers (libraries change rarely, our classes often), a non-root user.
# /app/data, the only folder written to, belongs to group 0 and is group-writable (setgid, so new files keep group 0):
# platforms such as OpenShift run the image under an arbitrary uid in group 0 (podman run --user 12345:0).
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app \
 && mkdir -p /app/data \
 && chown app:0 /app/data \
 && chmod 2775 /app/data
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

# Container-aware memory, to stay under 300 MB resident in a 512 MB container (bench/run.sh measures it):
# - the heap is 16 % of the container's memory limit (84 MB of 512 MB; the live data is about 45 MB), set as
#   MinRAMPercentage too, or a limit between 256 and 800 MB would get Java's floor of 128 MB instead. Serial GC suits a
#   small heap on few cores, and compact object headers (Java 25) shrink it;
# - C2 only (-TieredCompilation): no C1 code for the thousands of methods that run once at startup. The code cache
#   stays at about 11 MB instead of 42 MB, at the same peak speed, for a slower start (the AOT cache below makes up for
#   it) and a longer warm-up;
# - glibc returns freed native memory every second (TrimNativeHeapInterval, two malloc arenas): the C2 compiler's
#   memory comes and goes in bursts during warm-up.
# An OutOfMemoryError ends the process so the platform restarts it. bench/run.sh runs with exactly these options.
# entrypoint.sh puts an operator's JDK_JAVA_OPTIONS and JAVA_OPTS after these, so they add to them (see the README).
ENV JAVA_IMAGE_OPTIONS="-XX:MaxRAMPercentage=16 -XX:MinRAMPercentage=16 -XX:InitialRAMPercentage=5 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40 -XX:+UseSerialGC -XX:-TieredCompilation -Xss512k -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=1000 -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2

# Java 25 AOT cache (JEP 483/514/515): a training run at build time (the application starts on its H2 database and
# stops once the context is refreshed) records loaded and linked classes and method profiles, so the container
# starts faster. The run uses the options above, as the AOT cache requires; its H2 file is removed again.
RUN JDK_JAVA_OPTIONS="$JAVA_IMAGE_OPTIONS" java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh -jar /app/app.jar \
 && rm -rf /app/data/*
USER app

# All configuration comes from the environment: SERVER_PORT, MANAGEMENT_SERVER_PORT, SPRING_PROFILES_ACTIVE=postgres,
# SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD, API_CACHE_MAX_AGE, API_RATE_LIMIT_*, API_CORS_ALLOWED_ORIGINS,
# LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs. Without a datasource the API keeps its H2 file in /app/data.
ENV SERVER_PORT=8080 MANAGEMENT_SERVER_PORT=9090
VOLUME ["/app/data"]
EXPOSE 8080 9090

# Readiness (database included) on the management port, with nothing but bash: the runtime image needs no curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# The entry point adds an operator's JDK_JAVA_OPTIONS and JAVA_OPTS after JAVA_IMAGE_OPTIONS, then execs java (PID 1).
# It comes last, so changing it does not rebuild the AOT cache, and runs through sh, so it needs no execute bit.
COPY scripts/entrypoint.sh /app/entrypoint.sh
ENTRYPOINT ["/bin/sh", "/app/entrypoint.sh"]
