/**
 * Internal, not API: the per-server publisher, the record formats (JSON envelope written with
 * Jackson's streaming generator, raw AMI bytes) and the bounded buffer in front of the producer.
 */
package dev.amiable.kafka.internal;
