#!/bin/sh
# The image's entry point: starts the API with the image's JVM options (JAVA_IMAGE_OPTIONS, set in the Dockerfile)
# followed by the operator's own (JDK_JAVA_OPTIONS, then JAVA_OPTS), so an operator's options add to the shipped ones
# and a later option overrides an earlier one instead of all of them being replaced. The java launcher reads the
# combined JDK_JAVA_OPTIONS itself (quotes work as in the JDK's documentation) and logs them at start. exec keeps java
# as PID 1, so it gets the platform's SIGTERM. Arguments after the image name are passed on to the application.
# umask 002 and the setgid /app/data keep the H2 files writable for both the image's user and an arbitrary uid in
# group 0 (OpenShift), when a volume outlives one of them.
umask 002
JDK_JAVA_OPTIONS="${JAVA_IMAGE_OPTIONS:-} ${JDK_JAVA_OPTIONS:-} ${JAVA_OPTS:-}"
export JDK_JAVA_OPTIONS
exec java -XX:AOTCache=/app/app.aot -jar /app/app.jar "$@"
