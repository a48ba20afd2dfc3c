package dev.amiable.live.internal;

import dev.amiable.AmiClient;
import dev.amiable.AmiConnectionException;
import dev.amiable.AmiEventListener;
import dev.amiable.AmiResponse;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import dev.amiable.EventList;
import dev.amiable.Registration;
import dev.amiable.action.AmiAction;
import dev.amiable.action.OriginateAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.live.LiveChange;
import dev.amiable.live.LiveChangeListener;
import dev.amiable.live.OriginateOutcome;
import dev.amiable.live.PbxSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Ties the model to one client. Every write to the model happens under {@link #lock}: events,
 * finished lists and connection changes arrive on the client's dispatcher in wire order; refused
 * lists and originate answers arrive on its response thread. Changes are delivered to listeners
 * after the state that contains them is published, still under the lock, so never two at once.
 */
public final class Engine {
    /** How often (in events) the client's dropped-events counter is looked at. */
    private static final int DROP_CHECK_EVERY = 512;

    private final AmiClient ami;
    private final Object lock = new Object();
    private final Model model;
    private final Folder folder;
    private final Resync resync;
    private final ResyncApply apply;
    private final Originates originates;
    private final List<LiveChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final List<LiveChange> outbox = new ArrayList<>();
    private final CompletableFuture<PbxSnapshot> synced = new CompletableFuture<>();
    private final List<Registration> registrations = new ArrayList<>();
    private boolean started;
    private boolean gap;
    private long droppedSeen;
    private int sinceDropCheck;
    private boolean closed;
    /** Events changed the model since the last publish (a batch still open). */
    private boolean unpublished;

    private Engine(AmiClient ami) {
        this.ami = ami;
        this.model = new Model(this::collect);
        this.folder = new Folder(model);
        this.resync = new Resync(ami, lock, this::resynced);
        this.apply = new ResyncApply(model, folder.channels);
        this.originates = new Originates(model);
    }

    public static Engine attach(AmiClient ami) {
        Engine e = new Engine(ami);
        synchronized (e.lock) {
            e.droppedSeen = ami.stats().eventsDropped();
            e.registrations.add(ami.addListener(new AmiEventListener<AmiEvent>() {
                @Override
                public void onEvent(AmiEvent event) {
                    e.foldInBatch(event);
                }

                @Override
                public void onBatchEnd() {
                    e.batchEnd();
                }
            }));
            e.registrations.add(ami.addListListener(e::onList));
            e.registrations.add(ami.addConnectionListener(new ConnectionListener() {
                @Override
                public void onStateChange(ConnectionState state, Throwable cause) {
                    e.onState(state);
                }
            }));
            if (ami.state() == ConnectionState.CONNECTED) {
                e.startResync(false);
            }
        }
        return e;
    }

    public CompletableFuture<PbxSnapshot> synced() {
        return synced;
    }

    public PbxSnapshot snapshot() {
        return model.snapshot();
    }

    public Registration addChangeListener(LiveChangeListener l) {
        synchronized (lock) {
            listeners.add(l);
            model.reportChanges(true);
        }
        return () -> {
            synchronized (lock) {
                listeners.remove(l);
                model.reportChanges(!listeners.isEmpty() || !originates.idle());
            }
        };
    }

    /**
     * Folds one event and publishes at once, as a batch of one event (for tests and benchmarks;
     * the client's events come through {@link #foldInBatch} and {@link #batchEnd}).
     */
    public void onEvent(AmiEvent e) {
        synchronized (lock) {
            foldInBatch(e);
            batchEnd();
        }
    }

    /**
     * Folds one event of the client's current batch: the model changes, its changes wait in the
     * outbox, and nothing is published until {@link #batchEnd()}.
     */
    public void foldInBatch(AmiEvent e) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            model.reportChanges(!listeners.isEmpty() || !originates.idle());
            if (folder.fold(e)) {
                model.endEvent();
                unpublished = true;
            }
            if ("OriginateResponse".equals(e.name())) {
                originates.response(e);
            }
            if (++sinceDropCheck >= DROP_CHECK_EVERY) {
                sinceDropCheck = 0;
                checkDrops();
            }
        }
    }

    /**
     * The client's batch of events has been delivered: publishes one snapshot for all of them,
     * then completes the originates it finished and delivers its changes, in order.
     */
    public void batchEnd() {
        synchronized (lock) {
            publishPending();
            afterPublish();
        }
    }

    /** Under the lock: publishes the events folded since the last publish, if any. */
    private void publishPending() {
        if (unpublished) {
            unpublished = false;
            model.publish();
        }
    }

    /** Under the lock, after a publish: what waited for it (originate outcomes, then changes). */
    private void afterPublish() {
        originates.completeReady();
        deliver();
    }

    private void onList(EventList<? extends AmiEvent> list) {
        synchronized (lock) {
            if (!closed) {
                publishPending();
                resync.onList(list);
                afterPublish();
            }
        }
    }

    private void onState(ConnectionState state) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            publishPending();
            if (state == ConnectionState.CONNECTED) {
                checkDropsQuietly();
                if (!started || model.stale) {
                    startResync(started);
                }
            } else if (state == ConnectionState.RECONNECTING || state == ConnectionState.CLOSED) {
                markStale(state == ConnectionState.CLOSED ? "connection closed" : "connection lost; reconnecting");
                originates.failAll("connection lost before the originate finished");
                if (state == ConnectionState.CLOSED && !synced.isDone()) {
                    synced.completeExceptionally(new AmiConnectionException("connection closed before the first sync"));
                }
            }
            afterPublish();
        }
    }

    private void checkDrops() {
        long d = ami.stats().eventsDropped();
        if (d > droppedSeen) {
            droppedSeen = d;
            markStale("the client dropped events (its queue was full)");
            startResync(true);
        }
    }

    private void checkDropsQuietly() {
        droppedSeen = Math.max(droppedSeen, ami.stats().eventsDropped());
    }

    private void markStale(String why) {
        resync.abandon();
        model.touched = null;
        if (!model.stale) {
            model.stale = true;
            model.publish();
            model.reportChanges(true);
            collect(new LiveChange.Stale(why));
        }
    }

    private void startResync(boolean withGap) {
        started = true;
        gap = withGap;
        model.touched = new Touched();
        resync.start();
    }

    /** Called by {@link Resync} under the lock when every list has finished. */
    private void resynced(ListResults r) {
        Touched t = model.touched == null ? new Touched() : model.touched;
        model.reportChanges(!listeners.isEmpty() || !originates.idle());
        apply.apply(r, t, Instant.now());
        model.calls.flushResync();
        model.synced = true;
        boolean retry = !r.failed.isEmpty() && ami.state() == ConnectionState.CONNECTED;
        model.stale = !r.failed.isEmpty();
        PbxSnapshot s = model.publish();
        if (!listeners.isEmpty()) {
            outbox.add(new LiveChange.Resynced(gap, model.unavailable, s));
        }
        synced.complete(s);
        if (retry) {
            startResync(true);
        }
    }

    private void collect(LiveChange c) {
        if (c instanceof LiveChange.ChannelChange cc) {
            originates.channelChanged(cc.before(), cc.after());
        }
        if (!listeners.isEmpty()) {
            outbox.add(c);
        }
    }

    private void deliver() {
        if (outbox.isEmpty()) {
            return;
        }
        List<LiveChange> batch = new ArrayList<>(outbox);
        outbox.clear();
        for (LiveChange c : batch) {
            for (LiveChangeListener l : listeners) {
                try {
                    l.onChange(c);
                } catch (RuntimeException x) {
                    // documented: a throwing listener misses this change and stays registered
                }
            }
        }
    }

    public CompletableFuture<OriginateOutcome> originate(OriginateAction action) {
        AmiAction[] out = new AmiAction[1];
        Originates.Pending p;
        synchronized (lock) {
            p = originates.prepare(action, out);
            model.reportChanges(true);
        }
        CompletableFuture<AmiResponse> sent;
        try {
            sent = ami.send(out[0]);
        } catch (RuntimeException x) {
            synchronized (lock) {
                originates.forget(p, x);
            }
            return p.future;
        }
        sent.whenComplete((r, err) -> {
            synchronized (lock) {
                if (err != null) {
                    originates.forget(p, err);
                } else {
                    originates.actionAnswered(p, r.isSuccess());
                }
            }
        });
        long wait = Math.max(0, Fields.parseLong(action.get("Timeout"), 30_000)) + 30_000;
        CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS).execute(() -> {
            synchronized (lock) {
                if (!p.future.isDone()) {
                    originates.forget(p, Originates.timeout(p));
                }
            }
        });
        return p.future;
    }

    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            resync.abandon();
            for (Registration r : registrations) {
                r.close();
            }
            originates.failAll("live model closed");
            if (!synced.isDone()) {
                synced.completeExceptionally(new AmiConnectionException("live model closed before the first sync"));
            }
        }
    }
}
