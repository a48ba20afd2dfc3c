/**
 * The Kafka bridge benchmark ({@link dev.amiable.bench.kafka.KafkaBridgeMain}): kept with the test
 * sources because it starts an in-process broker whose jars should not go into benchmarks.jar.
 */
package dev.amiable.bench.kafka;
