# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the jar; dependencies sit in their own cached layer.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

# Runtime stage: a JRE only, running as a non-root user.
FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home-dir /app app
WORKDIR /app
COPY --from=build /workspace/target/supplement-guidelines-*.jar app.jar
USER app
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Configuration comes from the environment: PORT, SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD, ...
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
