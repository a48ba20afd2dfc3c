package dev.amiable.internal.conn;

import dev.amiable.AmiAuthenticationException;
import dev.amiable.AmiConnectionException;
import dev.amiable.AmiEventListener;
import dev.amiable.AmiException;
import dev.amiable.AmiOptions;
import dev.amiable.AmiProtocolException;
import dev.amiable.AmiResponse;
import dev.amiable.AmiStats;
import dev.amiable.AmiTimeoutException;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import dev.amiable.EventList;
import dev.amiable.OverflowEpisode;
import dev.amiable.OverflowPolicy;
import dev.amiable.Registration;
import dev.amiable.action.AmiAction;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A client's connection over time: the current {@link Session}, login, keep-alive, reconnect,
 * the event queue and the listeners that outlive sessions.
 *
 * <p>Threads: one reader per session; {@code amiable-responses-N} completes futures;
 * {@code amiable-dispatch-N} (or the user's executor) runs listeners; {@code amiable-timer-N}
 * expires actions, pings and schedules reconnects; short-lived {@code amiable-connect-N} threads
 * open sessions. All end on {@link #close()}.
 */
public final class Connection implements SessionHandler {
    /** Fetched on first use: System.Logger costs start-up time that only logging should pay. */
    private static final class L {
        static final System.Logger LOG = System.getLogger("dev.amiable.connection");
    }
    private static final long SWEEP_MILLIS = 50;

    private final AmiOptions options;
    private final int id = Threads.nextClientId();
    private final String peer;
    private final ActionIds ids = new ActionIds();
    private final Listeners listeners = new Listeners();
    private final ExecutorService completer;
    private final java.util.concurrent.Executor stages;
    private final ExecutorService ownDispatch;
    private final ScheduledExecutorService timer;
    private final EventDispatcher dispatcher;
    private final Object lifecycle = new Object();
    private final AtomicBoolean pinging = new AtomicBoolean();
    private final AtomicBoolean timersStarted = new AtomicBoolean();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong protocolErrors = new AtomicLong();
    private final ConcurrentHashMap<String, LongAdder> unknown = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<String> filters;
    private volatile String eventMask;
    private volatile Session session;
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile boolean closing;
    private volatile String banner;
    private final CompletableFuture<AmiEvent> fullyBooted;

    public Connection(AmiOptions options) {
        this.options = options;
        this.peer = (options.sslContext() != null ? "tls://" : "") + options.host() + ":" + options.port();
        this.filters = new CopyOnWriteArrayList<>(options.filters());
        this.eventMask = options.eventMask();
        this.completer = Executors.newSingleThreadExecutor(Threads.named("responses", id));
        this.stages = AmiFuture.stagesOn(completer);
        this.fullyBooted = new AmiFuture<>(stages);
        if (options.eventExecutor() == null) {
            this.ownDispatch = Executors.newSingleThreadExecutor(Threads.named("dispatch", id));
        } else {
            this.ownDispatch = null;
        }
        long maxBlock = options.overflowPolicy() == OverflowPolicy.BLOCK ? options.maxBlock().toNanos() : 0;
        this.dispatcher = new EventDispatcher(options.eventQueueCapacity(), maxBlock, options.readAheadBytes(),
                this::answersAwaited, ownDispatch != null ? ownDispatch : options.eventExecutor(), this::deliver,
                listeners::batchEnd);
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, Threads.named("timer", id));
        t.setRemoveOnCancelPolicy(true);
        this.timer = t;
    }

    /** Opens the first session and logs in; the future fails (and everything is released) if that fails. */
    public CompletableFuture<Void> start() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = Threads.named("connect", id).newThread(() -> {
            try {
                openSession();
                setState(ConnectionState.CONNECTED, null);
                scheduleTimers();
                done.complete(null);
            } catch (AmiException e) {
                shutdown(e);
                done.completeExceptionally(e);
            } catch (RuntimeException e) {
                AmiConnectionException ce = new AmiConnectionException("connecting to " + peer + " failed: " + e, e);
                shutdown(ce);
                done.completeExceptionally(ce);
            }
        });
        t.start();
        return done;
    }

    /**
     * Opens the first session in the background and returns at once: a server that cannot be
     * reached is tried again by the reconnect policy (state {@code RECONNECTING}), as after a lost
     * connection; a refused login, or a policy that gives up, closes the connection.
     */
    public void startInBackground() {
        Threads.named("connect", id).newThread(() -> {
            try {
                openSession();
                loggedIn();
            } catch (AmiAuthenticationException e) {
                shutdown(e);
            } catch (AmiException e) {
                retryFirstConnect(e);
            } catch (RuntimeException e) {
                retryFirstConnect(new AmiConnectionException("connecting to " + peer + " failed: " + e, e));
            }
        }).start();
    }

    private void retryFirstConnect(AmiException cause) {
        synchronized (lifecycle) {
            if (closing) {
                return;
            }
            if (!options.reconnect().enabled()) {
                closing = true;
            } else {
                setState(ConnectionState.RECONNECTING, cause);
            }
        }
        if (options.reconnect().enabled()) {
            L.LOG.log(System.Logger.Level.INFO, "could not connect to {0}, will try again: {1}", peer, cause.getMessage());
            scheduleReconnect(1);
        } else {
            shutdown(cause);
        }
    }

    private void openSession() {
        long deadline = System.nanoTime() + options.connectTimeout().toNanos();
        java.net.Socket socket = Sockets.open(options, peer);
        Session s;
        try {
            AmiOptions.Limits l = options.limits();
            s = new Session(socket, new SessionSettings(peer,
                    new DecoderLimits(l.maxLineBytes(), l.maxHeaders(), l.maxMessageBytes(),
                            l.maxCommandOutputBytes()), id), ids, stages, this);
        } catch (java.io.IOException e) {
            Sockets.closeQuietly(socket);
            throw new AmiConnectionException("could not use the socket to " + peer + ": " + e.getMessage(), e);
        }
        session = s;
        s.start("amiable-reader-" + id);
        try {
            banner = Futures.await(s.banner(), Math.max(1, deadline - System.nanoTime()), "the AMI greeting from " + peer);
            Login.run(s, options, peer, filters, eventMask);
        } catch (AmiTimeoutException e) {
            AmiConnectionException ce = new AmiConnectionException(e.getMessage() + " (is " + peer + " an AMI port?)");
            s.abort(ce);
            throw ce;
        } catch (AmiException e) {
            s.abort(e);
            throw e;
        }
        if (!s.isOpen()) {
            throw new AmiConnectionException("connection to " + peer + " closed right after login");
        }
    }

    private void scheduleTimers() {
        if (!timersStarted.compareAndSet(false, true)) {
            return;
        }
        try {
            timer.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
            long ka = options.keepAliveInterval().toMillis();
            if (ka > 0) {
                timer.scheduleWithFixedDelay(this::keepAlive, ka, ka, TimeUnit.MILLISECONDS);
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void sweep() {
        Session s = session;
        if (s != null) {
            s.expire(System.nanoTime());
        }
    }

    private void keepAlive() {
        Session s = session;
        if (s == null || state != ConnectionState.CONNECTED || !pinging.compareAndSet(false, true)) {
            return;
        }
        Pending p;
        long sent = System.nanoTime();
        try {
            p = s.send(GenericAction.of("Ping"), options.keepAliveTimeout().toNanos(), null);
        } catch (RuntimeException e) {
            pinging.set(false);
            return;
        }
        p.response.whenComplete((r, err) -> {
            pinging.set(false);
            if (err instanceof AmiTimeoutException && !readerBusy(s, sent)) {
                s.abort(new AmiConnectionException("no answer to keep-alive Ping from " + peer + " within "
                        + options.keepAliveTimeout().toMillis() + " ms; the connection is presumed dead"));
            }
        });
    }

    /**
     * Whether the reader showed it is alive since {@code sinceNanos}: it read bytes, or it
     * waited for the listeners to make room ({@link OverflowPolicy#BLOCK}), which keeps it from
     * reading the Pong that may be waiting in the socket. Then a late Pong is no sign of a dead
     * connection, and keep-alive must not tear it down because the listeners are slow.
     */
    private boolean readerBusy(Session s, long sinceNanos) {
        boolean busy = s.lastReadNanos() - sinceNanos > 0 || dispatcher.readerWaitedSince(sinceNanos);
        if (busy) {
            L.LOG.log(System.Logger.Level.DEBUG, "keep-alive Ping to {0} late while events were read; not a dead connection", peer);
        }
        return busy;
    }

    /** Sends an action on the current session; throws at once when not connected or invalid. */
    public CompletableFuture<AmiResponse> sendAction(AmiAction action, Duration timeout) {
        return send(action, timeout, null).response;
    }

    /** Sends a list action; the future completes with the gathered list. */
    public CompletableFuture<EventList<? extends AmiEvent>> sendList(AmiAction action, Duration timeout,
            Class<? extends AmiEvent> itemType) {
        return send(action, timeout, itemType).list;
    }

    private Pending send(AmiAction action, Duration timeout, Class<? extends AmiEvent> listItemType) {
        Session s = session;
        if (s == null || state != ConnectionState.CONNECTED || !s.isOpen()) {
            throw new AmiConnectionException("not connected to " + peer + " (state " + state + "); "
                    + action.name() + " was not sent");
        }
        return s.send(action, (timeout == null ? options.actionTimeout() : timeout).toNanos(), listItemType);
    }

    /** Remembers a filter so it is applied again after every reconnect. */
    public void rememberFilter(String expression) {
        filters.add(expression);
    }

    /** Remembers the event mask so it is applied again after every reconnect. */
    public void rememberEventMask(String mask) {
        this.eventMask = mask;
    }

    /**
     * The dispatcher's consumer (on the dispatcher thread or the user's executor): event frames
     * are typed here, off the reader, then everything goes to the listeners.
     */
    private void deliver(Object item) {
        if (item instanceof OverflowEpisode) {
            OverflowEpisode e = (OverflowEpisode) item;
            L.LOG.log(System.Logger.Level.WARNING, "listeners fell behind: {0} event(s) from {1} dropped in {2} ms"
                    + " (event queue of {3} full; see AmiOptions.overflowPolicy)", e.dropped(), peer,
                    e.span().toMillis(), options.eventQueueCapacity());
        } else if (item instanceof Frame) {
            AmiEvent event = EventRegistry.global().decode((Frame) item);
            if (event.getClass() == AmiEvent.class) {
                unknown.computeIfAbsent(event.name(), k -> new LongAdder()).increment();
            }
            item = event;
        }
        listeners.accept(item);
    }

    // ---- SessionHandler (reader thread): hand on, never run user code ----

    @Override
    public void onEvents(Frame[] events, int count) {
        received.addAndGet(count);
        if (!fullyBooted.isDone()) {
            for (int i = 0; i < count; i++) {
                if (events[i].valueIs(0, "FullyBooted")) {
                    fullyBooted.complete(EventRegistry.global().decode(events[i]));
                    break;
                }
            }
        }
        dispatcher.offerAll(events, count);
    }

    @Override
    public void onList(EventList<? extends AmiEvent> list) {
        dispatcher.offer(list);
    }

    @Override
    public void onProtocolError(AmiProtocolException error) {
        protocolErrors.incrementAndGet();
        L.LOG.log(System.Logger.Level.WARNING, "skipped bad input from {0}: {1}", peer, error.getMessage());
        dispatcher.offer(error);
    }

    @Override
    public void onClosed(Session s, AmiException cause) {
        boolean reconnect;
        synchronized (lifecycle) {
            if (s != session || closing || state != ConnectionState.CONNECTED) {
                return;
            }
            reconnect = options.reconnect().enabled();
            setState(reconnect ? ConnectionState.RECONNECTING : ConnectionState.CLOSED, cause);
        }
        L.LOG.log(System.Logger.Level.INFO, "connection to {0} lost: {1}", peer, cause.getMessage());
        if (reconnect) {
            scheduleReconnect(1);
        } else {
            shutdown(cause);
        }
    }

    private void scheduleReconnect(int attempt) {
        Duration d = options.reconnect().delay(attempt, ThreadLocalRandom.current().nextDouble());
        try {
            timer.schedule(() -> Threads.named("connect", id).newThread(() -> reconnect(attempt)).start(),
                    d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /**
     * A session opened after the first attempt: CONNECTED, counted as a reconnect unless it is the
     * first login of a background start, timers started once. False when closed meanwhile.
     */
    private boolean loggedIn() {
        synchronized (lifecycle) {
            if (closing) {
                session.abort(new AmiConnectionException("client closed"));
                return false;
            }
            if (timersStarted.get()) {
                reconnects.incrementAndGet();
            }
            setState(ConnectionState.CONNECTED, null);
        }
        scheduleTimers();
        return true;
    }

    private void reconnect(int attempt) {
        if (closing) {
            return;
        }
        try {
            openSession();
            if (loggedIn()) {
                L.LOG.log(System.Logger.Level.INFO, "connected to {0} after {1} attempt(s)", peer, attempt);
            }
        } catch (AmiAuthenticationException e) {
            L.LOG.log(System.Logger.Level.WARNING, "login refused on reconnect to {0}; giving up: {1}", peer, e.getMessage());
            shutdown(e);
        } catch (AmiException e) {
            int max = options.reconnect().maxAttempts();
            if (max > 0 && attempt >= max) {
                shutdown(new AmiConnectionException("gave up reconnecting to " + peer + " after " + attempt
                        + " attempt(s): " + e.getMessage(), e));
            } else {
                L.LOG.log(System.Logger.Level.DEBUG, "reconnect attempt {0} to {1} failed: {2}", attempt, peer, e.getMessage());
                scheduleReconnect(attempt + 1);
            }
        }
    }

    private void setState(ConnectionState s, Throwable cause) {
        dispatcher.closeEpisode();
        state = s;
        dispatcher.offer(new Listeners.StateChange(s, cause));
    }

    // ---- closing ----

    /** Logs off (waiting briefly for Goodbye), closes the socket and ends every thread. */
    public void close() {
        Session s;
        synchronized (lifecycle) {
            if (closing) {
                return;
            }
            closing = true;
            s = session;
        }
        if (s != null && s.isOpen() && state == ConnectionState.CONNECTED) {
            try {
                Pending p = s.send(GenericAction.of("Logoff"), TimeUnit.SECONDS.toNanos(1), null);
                p.response.get(1, TimeUnit.SECONDS);
            } catch (Exception e) {
                L.LOG.log(System.Logger.Level.DEBUG, "no Goodbye from {0}: {1}", peer, e.toString());
            }
        }
        shutdown(new AmiConnectionException("client closed"));
    }

    private void shutdown(AmiException cause) {
        Session s;
        synchronized (lifecycle) {
            closing = true;
            if (state == ConnectionState.CLOSED && timer.isShutdown()) {
                return;
            }
            s = session;
            if (state != ConnectionState.CLOSED) {
                setState(ConnectionState.CLOSED, cause.getMessage().equals("client closed") ? null : cause);
            }
        }
        if (s != null) {
            s.abort(cause);
        }
        timer.shutdownNow();
        completer.shutdown();
        if (ownDispatch != null) {
            ownDispatch.shutdown();
        }
        String me = Thread.currentThread().getName();
        boolean onOwnThread = me.startsWith("amiable-") && me.endsWith("-" + id);
        if (!onOwnThread) {
            try {
                if (s != null) {
                    s.join(2000);
                }
                completer.awaitTermination(2, TimeUnit.SECONDS);
                if (ownDispatch != null) {
                    ownDispatch.awaitTermination(2, TimeUnit.SECONDS);
                }
                timer.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- listeners and facts ----

    public <E extends AmiEvent> Registration addListener(Class<E> type, AmiEventListener<? super E> l) {
        return listeners.addEvent(type, l);
    }

    public Registration addListListener(Consumer<EventList<? extends AmiEvent>> l) {
        return listeners.addList(l);
    }

    public Registration addConnectionListener(ConnectionListener l) {
        return listeners.addConnection(l);
    }

    public ConnectionState state() {
        return state;
    }

    /** Completes with the first {@code FullyBooted} event. */
    public CompletableFuture<AmiEvent> fullyBooted() {
        return fullyBooted;
    }

    public String banner() {
        return banner;
    }

    public String peer() {
        return peer;
    }

    /** Whether an action of the current session awaits its response (the reader then reads ahead). */
    private boolean answersAwaited() {
        Session s = session;
        return s != null && s.pendingCount() > 0;
    }

    public AmiStats stats() {
        Map<String, Long> u = new TreeMap<>();
        unknown.forEach((k, v) -> u.put(k, v.sum()));
        Session s = session;
        return new AmiStats(state, received.get(), dispatcher.delivered(), dispatcher.dropped(), dispatcher.depth(),
                Duration.ofNanos(dispatcher.oldestAgeNanos()), s == null ? 0 : s.pendingCount(), reconnects.get(),
                protocolErrors.get(), listeners.errors.get(), u, dispatcher.episodes(),
                Duration.ofNanos(dispatcher.blockedNanos()));
    }
}
