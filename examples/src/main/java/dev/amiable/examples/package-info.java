/**
 * Example call logic for Amiable's AGI module: {@link dev.amiable.examples.IvrScript}, a small
 * voice menu to serve with {@code amiable agi} or an {@code AgiServer} of your own.
 */
package dev.amiable.examples;
