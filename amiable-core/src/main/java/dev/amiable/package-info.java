/**
 * Amiable's public API: {@link dev.amiable.AmiClient} connects and logs in to an Asterisk
 * Manager Interface, sends actions as {@link java.util.concurrent.CompletableFuture}s, gathers
 * list answers into {@link dev.amiable.EventList}s and delivers events to listeners.
 *
 * <p>Everything that can fail fails with a subclass of the unchecked
 * {@link dev.amiable.AmiException}. Values read from the server never throw: see
 * {@link dev.amiable.AmiMessage} for the rule every typed accessor follows.
 */
package dev.amiable;
