package dev.amiable.internal.conn;

import dev.amiable.AmiConnectionException;
import dev.amiable.AmiException;
import dev.amiable.AmiProtocolException;
import dev.amiable.AmiResponse;
import dev.amiable.AmiTimeoutException;
import dev.amiable.EventList;
import dev.amiable.action.AmiAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.ActionEncoder;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import dev.amiable.internal.codec.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One TCP session with the server: the socket, its reader thread, the writer and the actions
 * waiting for answers. Ends once, on EOF, an I/O error, {@link #abort} or {@link #close()};
 * then every pending action fails with the cause and the owner is told.
 *
 * <p>The reader thread frames bytes, correlates responses and list items, and hands everything
 * else on: it completes futures itself (their dependent stages run on the completer, see
 * {@link AmiFuture}), and events go to the owner's queue once per read.
 */
final class Session implements FrameSink {
    /** Fetched on first use: System.Logger costs start-up time that only logging should pay. */
    private static final class L {
        static final System.Logger LOG = System.getLogger("dev.amiable.session");
    }

    /**
     * Sends closer together than this, while actions are unanswered, make a burst: their bytes
     * are left to the writer thread. A lone action, or one after a pause, is written by its
     * sender (a hand-off would only add a thread wake-up to its round trip).
     */
    private static final long BURST_GAP_NANOS = 20_000;
    /** Events handed on together at most (a socket read of busy traffic holds about 140). */
    private static final int BATCH = 256;

    private final Socket socket;
    private final InputStream in;
    private final Outbox outbox;
    private final FrameDecoder decoder;
    private final Correlator correlator = new Correlator();
    private final ActionEncoder encoder = new ActionEncoder();
    private final Object writeLock = new Object();
    private long lastSendNanos = Long.MIN_VALUE / 2; // under writeLock
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Executor stages;
    private final ActionIds ids;
    private final SessionHandler handler;
    private final EventRegistry registry;
    private final String peer;
    private final CompletableFuture<String> banner = new CompletableFuture<>();
    private volatile boolean sawBanner;
    /** {@link System#nanoTime()} after the last read that returned bytes. */
    private volatile long lastReadNanos = System.nanoTime();
    /** Events of this read not handed on yet (reader thread only); a fresh array after each hand-off. */
    private Frame[] batch = new Frame[BATCH];
    private int batched;
    private Thread reader;

    Session(Socket socket, SessionSettings settings, ActionIds ids, Executor stages, SessionHandler handler)
            throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.outbox = new Outbox(socket.getOutputStream(), "amiable-writer-" + settings.clientId(),
                e -> abort(new AmiConnectionException("writing to " + settings.peer() + " failed: " + e.getMessage(), e)));
        this.decoder = new FrameDecoder(settings.limits());
        this.ids = ids;
        this.stages = stages;
        this.handler = handler;
        this.registry = EventRegistry.global();
        this.peer = settings.peer();
    }

    /** Starts the reader thread. */
    void start(String threadName) {
        reader = new Thread(this::readLoop, threadName);
        reader.setDaemon(true);
        reader.start();
    }

    /** Completes with the greeting line, or fails if the first line is not an AMI greeting. */
    CompletableFuture<String> banner() {
        return banner;
    }

    /**
     * Sends an action. Validation and ActionID checks happen before a byte is written and throw
     * {@link dev.amiable.InvalidActionException}; everything else fails the returned future.
     */
    Pending send(AmiAction action, long timeoutNanos, Class<? extends AmiEvent> listItemType) {
        String id = action.actionId() != null ? action.actionId() : ids.next();
        long now = System.nanoTime();
        long deadline = now + timeoutNanos;
        Pending p = listItemType == null ? Pending.plain(id, action.name(), deadline, stages)
                : Pending.list(id, action.name(), deadline, listItemType, stages);
        boolean writeHere;
        synchronized (writeLock) {
            byte[] bytes = encoder.encode(action, id);
            // in a burst (actions unanswered and the last one sent moments ago) the writer thread
            // sends what queues up in one go; otherwise the sender writes at once
            boolean burst = correlator.register(p) > 0 && now - lastSendNanos < BURST_GAP_NANOS;
            lastSendNanos = now;
            try {
                writeHere = outbox.append(bytes, encoder.length(), !burst);
            } catch (IOException e) {
                correlator.remove(p);
                p.fail(new AmiConnectionException("cannot send " + action.name() + " to " + peer
                        + ": the connection is closed", e));
                return p;
            }
        }
        if (writeHere) {
            try {
                outbox.drain();
            } catch (IOException e) {
                abort(new AmiConnectionException("writing " + action.name() + " to " + peer + " failed: "
                        + e.getMessage(), e));
            }
        }
        return p;
    }

    /** Fails actions whose deadline has passed; the session stays open. */
    void expire(long nowNanos) {
        for (Pending p : correlator.expire(nowNanos)) {
            AmiTimeoutException t = new AmiTimeoutException("no answer to " + p.action + " (ActionID " + p.id
                    + ") from " + peer + " in time" + (p.isList() ? "; " + p.itemsSoFar() + " list item(s) had arrived" : ""));
            p.fail(t);
        }
    }

    /** {@link System#nanoTime()} when the reader last received bytes. Any thread. */
    long lastReadNanos() {
        return lastReadNanos;
    }

    int pendingCount() {
        return correlator.size();
    }

    boolean isOpen() {
        return !ended.get();
    }

    /** Ends the session with {@code cause}: closes the socket and fails every pending action. */
    void abort(AmiException cause) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        outbox.close();
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Pending p : correlator.close(cause)) {
            p.fail(cause);
        }
        banner.completeExceptionally(cause);
        handler.onClosed(this, cause);
    }

    /** Waits for the reader and writer threads to end (after {@link #abort}). */
    void join(long millis) throws InterruptedException {
        Thread t = reader;
        if (t != null && t != Thread.currentThread()) {
            t.join(millis);
        }
        outbox.join(millis);
    }

    private void readLoop() {
        try {
            while (!ended.get()) {
                decoder.ensureWritable();
                int n = in.read(decoder.buffer(), decoder.writeIndex(), decoder.writableBytes());
                if (n < 0) {
                    decoder.endOfInput(this);
                    flushEvents();
                    abort(new AmiConnectionException(sawBanner ? "connection closed by " + peer
                            : peer + " closed the connection before sending the AMI greeting"));
                    return;
                }
                lastReadNanos = System.nanoTime();
                if (!sawBanner && !checkGreeting(n)) {
                    return;
                }
                decoder.written(n, this);
                flushEvents();
            }
        } catch (IOException e) {
            flushEvents();
            abort(new AmiConnectionException("connection to " + peer + " lost: " + e.getMessage(), e));
        } catch (RuntimeException | Error e) {
            flushEvents();
            L.LOG.log(System.Logger.Level.ERROR, "reader for " + peer + " failed", e);
            abort(new AmiConnectionException("reader for " + peer + " failed: " + e, e));
        }
    }

    /** Before the greeting: the first bytes must start an AMI greeting line. */
    private boolean checkGreeting(int n) {
        byte[] b = decoder.buffer();
        int from = decoder.writeIndex();
        String expected = "Asterisk Call Manager/";
        int have = from + n;
        int check = Math.min(have, expected.length());
        for (int i = 0; i < check; i++) {
            if ((b[i] & 0xff) != expected.charAt(i)) {
                abort(new AmiProtocolException(peer + " is not an AMI server: it greeted with "
                        + Text.preview(b, 0, have, 60)));
                return false;
            }
        }
        return true;
    }

    @Override
    public void onBanner(String line) {
        sawBanner = true;
        banner.complete(line);
    }

    /**
     * Hands the events framed so far to the owner in one go (one queue lock, one wake-up). The
     * owner keeps the array, so the next events go into a new one: a young array holding young
     * frames, whose stores the collector's write barrier passes quickly.
     */
    private void flushEvents() {
        if (batched > 0) {
            Frame[] events = batch;
            int count = batched;
            batch = new Frame[BATCH];
            batched = 0;
            handler.onEvents(events, count);
        }
    }

    @Override
    public void onError(AmiProtocolException error) {
        flushEvents();
        handler.onProtocolError(error);
    }

    /** A refused response fails its action at once (by ActionID, else the oldest waiting). */
    @Override
    public void onResponseError(AmiProtocolException error, String actionId) {
        flushEvents();
        Pending p = correlator.forResponse(actionId);
        if (p != null) {
            correlator.remove(p);
            p.fail(error);
        }
        handler.onProtocolError(error);
    }

    @Override
    public void onFrame(Frame frame) {
        if (frame.keyIs(0, "Response")) {
            onResponse(new AmiResponse(frame));
        } else if (frame.keyIs(0, "Event")) {
            onEvent(frame);
        } else {
            int id = frame.indexOf("ActionID");
            Pending p = id < 0 ? null : correlator.forResponse(frame.value(id));
            if (p != null) {
                onResponse(new AmiResponse(frame)); // some modules answer without a Response line
            } else {
                flushEvents();
                handler.onProtocolError(new AmiProtocolException("message is neither a response nor an event: "
                        + Text.preview(frame.buffer(), frame.start(), frame.end() - frame.start(), 80)));
            }
        }
    }

    private void onResponse(AmiResponse r) {
        // events that came before this response are queued (and counted) before it completes
        flushEvents();
        Pending p = correlator.forResponse(r.actionId());
        if (p == null) {
            L.LOG.log(System.Logger.Level.DEBUG, "response for no pending action (late or unknown): {0}",
                    r.actionId());
            return;
        }
        if (!p.isList()) {
            correlator.remove(p);
            p.response.complete(r);
            return;
        }
        if (r.type() == AmiResponse.Type.ERROR || isCancelled(r)) {
            correlator.remove(p);
            p.fail(p.listError(r));
            return;
        }
        if (p.listResponse(r)) {
            finishList(p);
        }
    }

    /**
     * List items are typed here, for their list; every other event frame goes to the owner as it
     * is, and is typed on its way to the listeners: the reader only frames and correlates.
     */
    private void onEvent(Frame frame) {
        int idIndex = correlator.hasLists() ? frame.indexOf("ActionID", 1) : -1;
        Pending p = idIndex < 0 ? null : correlator.listFor(frame, idIndex);
        if (p != null) {
            onListEvent(p, frame);
            return;
        }
        batch[batched++] = frame;
        if (batched == batch.length) {
            flushEvents();
        }
    }

    /**
     * An event of the list's own item class is an item; any other is looked at for
     * {@code EventList: Complete} or {@code Cancelled}. The catalogue gives every completion event
     * a class of its own, so the search (which reads every line of an event) is spared the items.
     */
    private void onListEvent(Pending p, Frame frame) {
        AmiEvent e = registry.decode(frame);
        if (p.isTypedItem(e)) {
            p.item(e);
            return;
        }
        int el = frame.indexOf("EventList", 1);
        if (el >= 0 && frame.valueIs(el, "Complete")) {
            if (p.listCompletion(e)) {
                finishList(p);
            }
        } else if (el >= 0 && frame.valueIs(el, "Cancelled")) {
            correlator.remove(p);
            AmiResponse r = p.responseOfList();
            p.fail(new dev.amiable.AmiActionException(p.action
                    + " list was cancelled by the server after " + p.itemsSoFar() + " item(s)"
                    , r, true));
        } else {
            p.item(e);
        }
    }

    private void finishList(Pending p) {
        correlator.remove(p);
        EventList<? extends AmiEvent> list = p.buildList();
        flushEvents();
        p.list.complete(list);
        handler.onList(list);
    }

    private static boolean isCancelled(AmiResponse r) {
        String el = r.get("EventList");
        return el != null && el.equalsIgnoreCase("Cancelled");
    }
}
