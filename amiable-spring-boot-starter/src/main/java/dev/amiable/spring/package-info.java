/**
 * Spring Boot support for Amiable: {@link dev.amiable.spring.AmiableProperties} (the
 * {@code amiable.*} settings) and {@link dev.amiable.spring.AmiListener}. The auto-configuration
 * itself (client beans, listeners, health, metrics) lives in the {@code internal} package.
 */
package dev.amiable.spring;
