#!/usr/bin/env bash
# The Kafka bridge benchmark: events/s through amiable-kafka's KafkaBridge into an in-process KRaft
# broker, next to the Kafka producer alone sending records of the same keys and sizes (the ceiling).
#
#   bench/kafka.sh [rounds] [runs] [json|ami]     defaults: 10 busy periods (118,800 events), 3 runs, json
#
# Builds what it needs (tests skipped) and runs dev.amiable.bench.kafka.KafkaBridgeMain on the
# bench module's test class path (the broker's jars stay out of benchmarks.jar). About 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
ARGS="${1:-10} ${2:-3} ${3:-json}"
mvn -B -q ${MVN_OPTS:-} -pl amiable-bench -am verify -Pkafka-bench -DskipTests "-Dkafka.bench.args=$ARGS"
