#!/usr/bin/env bash
# Runs the example against a simulated PBX in one command: starts `amiable sim` (FakeAsterisk's
# call centre on 127.0.0.1:5038), then the Spring Boot service on :8080; Ctrl-C stops both.
# SIM_PORT and HTTP_PORT change the ports; other arguments go to the service (e.g. --amiable.name=x).
#   curl localhost:8080/calls
#   curl localhost:8080/actuator/health
#   curl localhost:8080/actuator/metrics/amiable.events
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$here/target/amiable-example-spring-boot.jar"
if [ ! -f "$jar" ]; then
  echo "building $jar (first run)..." >&2
  (cd "$root" && mvn -q -B -DskipTests -pl examples/spring-boot,amiable-cli -am package >&2)
fi
sim_port=${SIM_PORT:-5038}
"$root/bin/amiable" sim --port "$sim_port" --rate 2 &
sim=$!
trap 'kill "$sim" 2>/dev/null || true' EXIT
exec_status=0
java -jar "$jar" --amiable.port="$sim_port" --server.port="${HTTP_PORT:-8080}" "$@" || exec_status=$?
exit "$exec_status"
