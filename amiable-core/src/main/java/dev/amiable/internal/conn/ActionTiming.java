package dev.amiable.internal.conn;

import dev.amiable.ActionListener;
import dev.amiable.AmiResponse;
import dev.amiable.EventList;
import dev.amiable.Registration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The {@link ActionListener}s of one client and the timing of each action for them. Costs nothing
 * (no clock read, no extra stage) while no listener is registered.
 */
public final class ActionTiming {
    private final CopyOnWriteArrayList<ActionListener> listeners = new CopyOnWriteArrayList<>();

    public Registration add(ActionListener l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    /**
     * Sends with {@code send} and reports the outcome to the listeners: when the future completes,
     * or at once when {@code send} throws. Returns the very future {@code send} returned.
     */
    public <T> CompletableFuture<T> time(String action, Supplier<CompletableFuture<T>> send) {
        if (listeners.isEmpty()) {
            return send.get();
        }
        long start = System.nanoTime();
        CompletableFuture<T> f;
        try {
            f = send.get();
        } catch (RuntimeException e) {
            report(action, System.nanoTime() - start, null, e);
            throw e;
        }
        f.whenComplete((value, err) -> report(action, System.nanoTime() - start, responseOf(value),
                err instanceof CompletionException && err.getCause() != null ? err.getCause() : err));
        return f;
    }

    private static AmiResponse responseOf(Object value) {
        if (value instanceof AmiResponse) {
            return (AmiResponse) value;
        }
        return value instanceof EventList ? ((EventList<?>) value).response() : null;
    }

    private void report(String action, long nanos, AmiResponse response, Throwable failure) {
        for (ActionListener l : listeners) {
            try {
                l.onActionDone(action, nanos, response, failure);
            } catch (RuntimeException e) {
                // a metrics listener must not disturb the action's caller; see ActionListener
            }
        }
    }
}
