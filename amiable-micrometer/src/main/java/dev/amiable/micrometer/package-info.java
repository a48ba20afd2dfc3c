/**
 * Micrometer meters for Amiable: {@link dev.amiable.micrometer.AmiableMetrics} binds an
 * {@code AmiClient}'s events, actions, connection and event queue to a {@code MeterRegistry}.
 * Needs only {@code micrometer-core}; no Spring.
 */
package dev.amiable.micrometer;
