package dev.amiable.testkit.internal;

import dev.amiable.AmiProtocolException;
import dev.amiable.Header;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import dev.amiable.testkit.AmiSession;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client connection: its own thread reads and frames actions and hands them to the
 * {@link ActionRouter}; any thread may write through {@link #write(byte[])}, which is serialised.
 * A write that fails closes the session.
 */
public final class ServerSession implements AmiSession, Runnable, FrameSink {
    private final Server server;
    private final int id;
    private final Socket socket;
    private final OutputStream out;
    private final Object writeLock = new Object();
    private final AtomicLong eventsSent = new AtomicLong();
    private final AtomicLong eventSeq = new AtomicLong();
    private final Replayer.Capture replay;
    private volatile boolean open = true;
    private volatile String username;
    private volatile boolean authenticated;
    volatile boolean loginAnswered;
    volatile int readMask;
    volatile int writeMask;
    volatile int eventMask = Perms.ALL;
    volatile String challenge;
    final SessionFilter filter = new SessionFilter();
    volatile java.util.List<dev.amiable.testkit.Fault> ownFaults = java.util.List.of();
    volatile boolean cutNext;
    private byte[] replyBuffer;
    private final java.util.Map<dev.amiable.testkit.Fault, AtomicLong> faultCounts = new java.util.concurrent.ConcurrentHashMap<>();

    ServerSession(Server server, int id, Socket socket, Replayer.Capture replay) throws IOException {
        this.server = server;
        this.id = id;
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.replay = replay;
        socket.setTcpNoDelay(true);
    }

    @Override
    public void run() {
        try {
            if (replay != null) {
                server.replayer().play(this, replay);
            } else {
                writeRaw(server.config().banner().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                if (!server.faults().afterBanner(this)) {
                    return;
                }
            }
            readLoop();
        } catch (IOException | RuntimeException e) {
            // the client went away or the server is closing: nothing to report
        } finally {
            close();
            server.removed(this);
        }
    }

    private void readLoop() throws IOException {
        InputStream in = socket.getInputStream();
        FrameDecoder decoder = new FrameDecoder(DecoderLimits.DEFAULT);
        long authDeadline = server.config().authTimeout() == null ? 0
                : System.nanoTime() + server.config().authTimeout().toNanos();
        while (open) {
            if (authDeadline != 0 && !authenticated) {
                long left = (authDeadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                socket.setSoTimeout((int) Math.max(1, left));
            } else if (authDeadline != 0) {
                socket.setSoTimeout(0);
                authDeadline = 0;
            }
            server.faults().awaitReadable(this);
            decoder.ensureWritable();
            int n;
            try {
                n = in.read(decoder.buffer(), decoder.writeIndex(), decoder.writableBytes());
            } catch (SocketTimeoutException e) {
                continue;
            }
            if (n < 0) {
                return;
            }
            server.faults().awaitReadable(this); // a stall that began during the read holds these bytes
            decoder.written(n, this);
        }
    }

    @Override
    public void onFrame(Frame f) {
        if (!open) {
            return;
        }
        List<Header> headers = new ArrayList<>(f.size());
        for (int i = 0; i < f.size(); i++) {
            headers.add(new Header(f.key(i), f.value(i)));
        }
        byte[] raw = Arrays.copyOfRange(f.buffer(), f.start(), f.end());
        RecordedAction action = new RecordedAction(id, server.nextActionSequence(), headers, raw);
        if (replay != null) {
            server.recorded(action); // replay mode: record, never answer
            return;
        }
        server.router().handle(this, action);
    }

    @Override
    public void onBanner(String banner) {
        // a client does not send a banner; ignore it
    }

    @Override
    public void onError(AmiProtocolException error) {
        // Asterisk skips what it cannot parse; so do we
    }

    /** Writes an event if this session may see it, adding per-session headers as configured. */
    void deliverEvent(Message event, String privilege) {
        deliverEvent(event, privilege, true);
    }

    /** As {@link #deliverEvent(Message, String)}; {@code stamp} false leaves out the Timestamp (FullyBooted). */
    void deliverEvent(Message event, String privilege, boolean stamp) {
        if (!authenticated || !wantsEvent(privilege) || !filter.accepts(event)) {
            return;
        }
        Message m = event;
        ServerConfig c = server.config();
        if ((stamp && c.timestampEvents()) || c.sequenceNumbers()) {
            int at = indexAfterPrivilege(m);
            if (c.sequenceNumbers()) {
                m = m.insert(at, "SequenceNumber", Long.toString(eventSeq.incrementAndGet()));
            }
            if (stamp && c.timestampEvents()) {
                m = m.insert(at, "Timestamp", Clock.epochMicros());
            }
        }
        send(m);
    }

    private static int indexAfterPrivilege(Message m) {
        List<Header> h = m.headers();
        for (int i = 0; i < h.size(); i++) {
            if (h.get(i).name().equalsIgnoreCase("Privilege")) {
                return i + 1;
            }
        }
        return Math.min(1, h.size());
    }

    @Override
    public boolean wantsEvent(String privilege) {
        int classes = Perms.eventClasses(privilege);
        int allowed = readMask & eventMask;
        if (classes == 0) {
            return eventMask != 0;
        }
        return (allowed & classes) == classes;
    }

    @Override
    public void send(Message message) {
        if (message.isEvent()) {
            eventsSent.incrementAndGet();
        }
        writeRaw(message.toBytes());
    }

    @Override
    public void sendRaw(byte[] bytes) {
        writeRaw(bytes);
    }

    /** Writes one whole event already encoded. */
    void writeEvent(byte[] bytes) {
        eventsSent.incrementAndGet();
        writeRaw(bytes);
    }

    /** Writes several whole messages ({@code events} of them events) as one unit. */
    void writeBlock(byte[] bytes, int length, int events) {
        eventsSent.addAndGet(events);
        writeRaw(bytes, length);
    }

    /** Writes bytes as one unit; a failure closes the session. */
    public void writeRaw(byte[] bytes) {
        writeRaw(bytes, bytes.length);
    }

    /** Writes {@code bytes[0, length)} as one unit, before returning; a failure closes the session. */
    void writeRaw(byte[] bytes, int length) {
        if (!open) {
            return;
        }
        synchronized (writeLock) {
            try {
                server.faults().write(this, bytes, length, out);
            } catch (IOException e) {
                close();
            }
        }
    }

    /**
     * The buffer a reply gathers its messages in ({@link ReplyBlock}), kept from the last reply so
     * that thousands of small replies (one per BridgeInfo) do not each grow a new one; a reply
     * made while another is being gathered gets a new buffer.
     */
    synchronized byte[] takeReplyBuffer() {
        byte[] b = replyBuffer;
        replyBuffer = null;
        return b != null ? b : new byte[1024];
    }

    /** Gives back the buffer of a finished reply, for the next. */
    synchronized void giveReplyBuffer(byte[] b) {
        replyBuffer = b;
    }

    /** Counts one more answered action under {@code fault}; returns the new count. */
    long countAction(dev.amiable.testkit.Fault fault) {
        return faultCounts.computeIfAbsent(fault, f -> new AtomicLong()).incrementAndGet();
    }

    void login(UserAccount user, int mask) {
        username = user.name();
        readMask = user.readMask();
        writeMask = user.writeMask();
        eventMask = mask;
        authenticated = true;
    }

    /** Marks the login as answered (response and FullyBooted written) and wakes waiters. */
    void loginAnswered() {
        loginAnswered = true;
        server.sessionsChanged();
    }

    Server server() {
        return server;
    }

    Socket socket() {
        return socket;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public boolean authenticated() {
        return authenticated;
    }

    @Override
    public long eventsSent() {
        return eventsSent.get();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
        if (server != null) {
            server.faults().wakeStalled();
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public String toString() {
        return "session " + id + (username != null ? " (" + username + ")" : "");
    }
}
