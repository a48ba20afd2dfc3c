/** Amiable Micrometer's workings: bounded tag values and outcomes. Not API. */
package dev.amiable.micrometer.internal;
