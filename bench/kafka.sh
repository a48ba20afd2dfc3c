#!/usr/bin/env bash
# The Kafka bridge benchmark: events/s through amiable-kafka's KafkaBridge into an in-process KRaft
# broker, next to the Kafka producer alone sending the same records (keys, values, ami-* headers:
# the ceiling), in the same JVM, in pairs whose first side alternates; prints the median pair ratio.
#
#   bench/kafka.sh [rounds] [runs] [json|ami]     defaults: 10 busy periods (118,800 events), 5 pairs, json
#   bench/kafka.sh [rounds] [runs] [json|ami] encode   the bridge's conversion alone, CPU per event, no broker
#
# Builds what it needs (tests skipped) and runs dev.amiable.bench.kafka.KafkaBridgeMain on the
# bench module's test class path (the broker's jars stay out of benchmarks.jar). About 2 minutes.
# Extra JVM options: MVN_OPTS=-Dkafka.bench.jvm=-XX:StartFlightRecording=filename=kafka.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
ARGS="${1:-10} ${2:-5} ${3:-json} ${4:-}"
mvn -B -q ${MVN_OPTS:-} -pl amiable-bench -am verify -Pkafka-bench -DskipTests "-Dkafka.bench.args=$ARGS"
