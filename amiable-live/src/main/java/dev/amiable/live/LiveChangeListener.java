package dev.amiable.live;

/**
 * Receives every change of the model, one at a time, in the order they happened.
 *
 * <p><b>Threads.</b> Called on the client's event dispatcher (the thread that folded the event),
 * or, for a change caused by a refused list action, on the thread that learned it; never two at
 * once. The model is updated before the call, so {@link LivePbx#snapshot()} inside the listener
 * already shows the change. Keep it short: the next event waits. A listener that throws is
 * skipped for that change and stays registered.
 */
@FunctionalInterface
public interface LiveChangeListener {
    /** One change. */
    void onChange(LiveChange change);
}
