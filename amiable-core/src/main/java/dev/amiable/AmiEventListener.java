package dev.amiable;

import dev.amiable.event.AmiEvent;

/**
 * Receives events. Runs on the event dispatcher, one event at a time, in wire order; never on the
 * socket reader, so it may call {@code send(...).get()}. An exception it throws is reported to
 * {@link ConnectionListener#onListenerError} and dispatch goes on.
 *
 * @param <E> the event class listened to
 */
@FunctionalInterface
public interface AmiEventListener<E extends AmiEvent> {
    void onEvent(E event);
}
