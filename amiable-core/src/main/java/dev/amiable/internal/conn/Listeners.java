package dev.amiable.internal.conn;

import dev.amiable.AmiEventListener;
import dev.amiable.AmiProtocolException;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import dev.amiable.EventList;
import dev.amiable.OverflowEpisode;
import dev.amiable.Registration;
import dev.amiable.event.AmiEvent;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The registered listeners of a client and the delivery of one queued item to them. Runs on the
 * dispatcher; a listener that throws is reported and skipped.
 */
final class Listeners implements Consumer<Object> {
    /** Fetched on first use: System.Logger costs start-up time that only logging should pay. */
    private static final class L {
        static final System.Logger LOG = System.getLogger("dev.amiable.listeners");
    }

    /** A state change waiting in the queue. */
    record StateChange(ConnectionState state, Throwable cause) {
    }

    private record Typed(Class<? extends AmiEvent> type, AmiEventListener<AmiEvent> listener) {
    }

    private final CopyOnWriteArrayList<Typed> events = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Consumer<EventList<? extends AmiEvent>>> lists = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<ConnectionListener> connection = new CopyOnWriteArrayList<>();
    final AtomicLong errors = new AtomicLong();

    @SuppressWarnings("unchecked")
    <E extends AmiEvent> Registration addEvent(Class<E> type, AmiEventListener<? super E> l) {
        Typed t = new Typed(type, (AmiEventListener<AmiEvent>) (AmiEventListener<?>) l);
        events.add(t);
        return () -> events.remove(t);
    }

    Registration addList(Consumer<EventList<? extends AmiEvent>> l) {
        lists.add(l);
        return () -> lists.remove(l);
    }

    Registration addConnection(ConnectionListener l) {
        connection.add(l);
        return () -> connection.remove(l);
    }

    @Override
    public void accept(Object item) {
        if (item instanceof AmiEvent) {
            AmiEvent e = (AmiEvent) item;
            for (Typed t : events) {
                if (t.type == AmiEvent.class || t.type.isInstance(e)) {
                    try {
                        t.listener.onEvent(e);
                    } catch (Throwable x) {
                        failed(x, e);
                    }
                }
            }
        } else if (item instanceof EventList) {
            EventList<? extends AmiEvent> list = (EventList<? extends AmiEvent>) item;
            for (Consumer<EventList<? extends AmiEvent>> l : lists) {
                try {
                    l.accept(list);
                } catch (Throwable x) {
                    failed(x, list);
                }
            }
        } else if (item instanceof StateChange) {
            StateChange s = (StateChange) item;
            for (ConnectionListener l : connection) {
                try {
                    l.onStateChange(s.state, s.cause);
                } catch (Throwable x) {
                    failed(x, s);
                }
            }
        } else if (item instanceof AmiProtocolException) {
            for (ConnectionListener l : connection) {
                try {
                    l.onProtocolError((AmiProtocolException) item);
                } catch (Throwable x) {
                    failed(x, item);
                }
            }
        } else if (item instanceof OverflowEpisode) {
            for (ConnectionListener l : connection) {
                try {
                    l.onOverflow((OverflowEpisode) item);
                } catch (Throwable x) {
                    failed(x, item);
                }
            }
        } else if (item instanceof Runnable) {
            ((Runnable) item).run();
        }
    }

    /** After each batch of events: every event listener's {@link AmiEventListener#onBatchEnd()}. */
    void batchEnd() {
        for (Typed t : events) {
            try {
                t.listener.onBatchEnd();
            } catch (Throwable x) {
                failed(x, "end of batch");
            }
        }
    }

    private void failed(Throwable x, Object what) {
        errors.incrementAndGet();
        if (connection.isEmpty()) {
            L.LOG.log(System.Logger.Level.WARNING, "listener threw on " + describe(what), x);
            return;
        }
        for (ConnectionListener l : connection) {
            try {
                l.onListenerError(x, what);
            } catch (Throwable ignored) {
                L.LOG.log(System.Logger.Level.WARNING, "listener error handler threw", ignored);
            }
        }
    }

    private static String describe(Object what) {
        return what instanceof AmiEvent ? "event " + ((AmiEvent) what).name() : String.valueOf(what);
    }
}
