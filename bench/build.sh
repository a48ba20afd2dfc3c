#!/usr/bin/env bash
# Builds amiable-bench/target/benchmarks.jar (and the modules it needs), without tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_OPTS:-} -pl amiable-bench -am package -Dmaven.test.skip=true
ls -l amiable-bench/target/benchmarks.jar
