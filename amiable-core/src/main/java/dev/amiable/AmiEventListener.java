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

    /**
     * Called on the dispatcher after each batch of events it delivers (up to 256 events from one
     * read of the socket), after the batch's last {@link #onEvent} and before the next batch's
     * first; also when none of the batch's events was of this listener's type. A listener that
     * keeps state can publish it here once per batch instead of once per event. Does nothing by
     * default.
     */
    default void onBatchEnd() {
    }
}
