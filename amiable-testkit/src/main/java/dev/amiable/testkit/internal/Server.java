package dev.amiable.testkit.internal;

import dev.amiable.testkit.AmiSession;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine behind {@code FakeAsterisk}: accepts connections on its own thread, runs one thread
 * per session, records actions, broadcasts events. All threads are daemons named
 * {@code fake-asterisk-…}; {@link #close()} stops and joins them.
 */
public final class Server implements AutoCloseable {
    private static final RecordedAction CLOSED = RecordedAction.of("Action", "");

    private final ServerConfig config;
    private final Handlers handlers = new Handlers();
    private final ActionRouter router;
    private final Commands commands;
    private final Replayer replayer = new Replayer();
    private final LinkedBlockingQueue<RecordedAction> actions = new LinkedBlockingQueue<>();
    private final AtomicLong actionSeq = new AtomicLong();
    private final CopyOnWriteArrayList<ServerSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger sessionIds = new AtomicInteger();
    private final Faults faults;
    private final Pbx pbx;
    final SessionLog log;
    private volatile ServerSocket serverSocket;
    private volatile boolean closed;
    private volatile long startedMillis = System.currentTimeMillis();
    private volatile long reloadedMillis = startedMillis;

    public Server(ServerConfig config) {
        this.config = config;
        this.log = new SessionLog(config.log());
        this.router = new ActionRouter(this);
        this.faults = new Faults(this);
        this.pbx = new Pbx(this, config.pbx());
        this.commands = new Commands(this, config.commands());
    }

    /** Binds and starts accepting. */
    public synchronized void start() {
        if (serverSocket != null) {
            throw new IllegalStateException("already started");
        }
        try {
            ServerSocket ss = new ServerSocket();
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(InetAddress.getByName(config.host()), config.port()), 200);
            serverSocket = ss;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind " + config.host() + ":" + config.port() + ": " + e.getMessage()
                    + (config.port() == 0 ? "" : " (is another Asterisk or simulator listening there? port 0 picks a free port)"), e);
        }
        startedMillis = System.currentTimeMillis();
        reloadedMillis = startedMillis;
        startAcceptor(serverSocket);
    }

    private volatile Thread acceptor;

    private void startAcceptor(ServerSocket ss) {
        Thread t = new Thread(() -> acceptLoop(ss), "fake-asterisk-accept-" + ss.getLocalPort());
        t.setDaemon(true);
        threads.add(t);
        acceptor = t;
        t.start();
    }

    private void acceptLoop(ServerSocket ss) {
        while (!closed) {
            Socket socket;
            try {
                socket = ss.accept();
            } catch (IOException e) {
                return;
            }
            try {
                int id = sessionIds.incrementAndGet();
                ServerSession s = new ServerSession(this, id, socket, replayer.next());
                s.ownFaults = List.copyOf(faults.takePending());
                sessions.add(s);
                log.opened(s, String.valueOf(socket.getRemoteSocketAddress()).replaceFirst("^/", ""));
                Thread t = new Thread(s, "fake-asterisk-session-" + id);
                t.setDaemon(true);
                threads.add(t);
                t.start();
                if (closed) {
                    s.close();
                }
            } catch (IOException e) {
                closeQuietly(socket);
            }
        }
    }

    /**
     * Sends {@code Shutdown} (Cleanly, no restart) to the logged-in sessions, as Asterisk does when
     * it stops, then stops accepting, closes every session, wakes takers, joins the threads (2 s
     * each at most).
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        emit(Message.event("Shutdown", "Privilege", "system,all", "Shutdown", "Cleanly", "Restart", "False"));
        closed = true;
        ServerSocket ss = serverSocket;
        if (ss != null) {
            try {
                ss.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        for (ServerSession s : sessions) {
            s.close();
        }
        actions.add(CLOSED);
        sessionsChanged();
        pbx.stop();
        for (Thread t : threads) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    /** Sends the Shutdown event, closes every session; stops listening unless {@code restart}. */
    synchronized void shutdown(boolean restart) {
        emit(Message.event("Shutdown", "Privilege", "system,all", "Shutdown", "Cleanly",
                "Restart", restart ? "True" : "False"));
        if (!restart) {
            stopListening();
        }
        liveSessions().forEach(ServerSession::close);
    }

    /** Closes the listener and every session, waits {@code downtime}, listens again on the same port. */
    synchronized void restart(Duration downtime) {
        int port = port();
        stopListening();
        liveSessions().forEach(ServerSession::close);
        try {
            Thread.sleep(downtime.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closed) {
            return;
        }
        try {
            ServerSocket ss = new ServerSocket();
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(InetAddress.getByName(config.host()), port), 200);
            serverSocket = ss;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen again on port " + port, e);
        }
        reloadedMillis = System.currentTimeMillis();
        startedMillis = reloadedMillis;
        startAcceptor(serverSocket);
    }

    /** Closes the listener and waits for the acceptor: the port is free only once accept() has returned. */
    private void stopListening() {
        closeQuietly(serverSocket);
        Thread old = acceptor;
        if (old != null && old != Thread.currentThread()) {
            try {
                old.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            threads.remove(old);
        }
    }

    List<ServerSession> liveSessions() {
        return new ArrayList<>(sessions);
    }

    /** Sends an event to every logged-in session whose permissions and event mask allow it. */
    public void emit(Message event) {
        String privilege = event.get("Privilege");
        for (ServerSession s : sessions) {
            s.deliverEvent(event, privilege);
        }
    }

    /** Writes bytes to every session, logged in or not. */
    public void emitRaw(byte[] bytes) {
        for (ServerSession s : sessions) {
            s.writeRaw(bytes);
        }
    }

    /** The next recorded action, or null on timeout or once closed. */
    public RecordedAction takeAction(Duration timeout) throws InterruptedException {
        RecordedAction a = actions.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (a == CLOSED) {
            actions.add(CLOSED); // leave the marker for the next taker
            return null;
        }
        return a;
    }

    void recorded(RecordedAction a) {
        if (config.recordActions()) {
            actions.add(a);
        }
    }

    long nextActionSequence() {
        return actionSeq.incrementAndGet();
    }

    public long actionCount() {
        return actionSeq.get();
    }

    void removed(ServerSession s) {
        log.closed(s);
        sessions.remove(s);
        if (!closed) {
            threads.remove(Thread.currentThread()); // a finished session thread needs no join
        }
        sessionsChanged();
    }

    private final Object sessionLock = new Object();

    /** Wakes {@link #awaitAuthenticated}. */
    void sessionsChanged() {
        synchronized (sessionLock) {
            sessionLock.notifyAll();
        }
    }

    /** Waits until at least {@code n} open sessions have had their Login answered; false on timeout or close. */
    public boolean awaitAuthenticated(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (sessionLock) {
            while (true) {
                long count = sessions.stream().filter(x -> x.isOpen() && x.loginAnswered).count();
                if (count >= n) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) {
                    return false;
                }
                sessionLock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    public List<AmiSession> sessions() {
        return new ArrayList<>(sessions);
    }

    public int port() {
        ServerSocket ss = serverSocket;
        if (ss == null) {
            throw new IllegalStateException("not started");
        }
        return ss.getLocalPort();
    }

    public boolean isClosed() {
        return closed;
    }

    public String asteriskVersion() {
        return AsteriskVersions.forAmi(config.version());
    }

    private static void closeQuietly(java.io.Closeable s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    public ServerConfig config() {
        return config;
    }

    public Handlers handlers() {
        return handlers;
    }

    ActionRouter router() {
        return router;
    }

    public Commands commands() {
        return commands;
    }

    public Replayer replayer() {
        return replayer;
    }

    public Faults faults() {
        return faults;
    }

    public Pbx pbx() {
        return pbx;
    }

    long startedMillis() {
        return startedMillis;
    }

    long reloadedMillis() {
        return reloadedMillis;
    }
}
