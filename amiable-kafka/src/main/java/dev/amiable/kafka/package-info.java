/**
 * Publishing AMI events into Kafka: {@link dev.amiable.kafka.KafkaBridge} sends the events of one
 * or more {@link dev.amiable.AmiClient}s to a topic, keyed so that every event of one call lands in
 * one partition in wire order, with an explicit {@code gap} record after each reconnect;
 * {@link dev.amiable.kafka.AmiEventDeserializer} turns the records back into typed events.
 */
package dev.amiable.kafka;
