package dev.amiable.agi;

import dev.amiable.agi.internal.Admission;
import dev.amiable.agi.internal.FastAgiSession;
import dev.amiable.agi.internal.Router;
import dev.amiable.agi.internal.SessionThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A FastAGI server: Asterisk's {@code AGI(agi://host:port/path?query,arg1,arg2)} connects, and
 * the request is routed by path to an {@link AgiScript}.
 *
 * <pre>{@code
 * AgiServer server = AgiServer.builder().port(4573)
 *         .route("/ivr/*", (channel, request) -> { channel.answer(); channel.streamFile("hello-world", ""); })
 *         .build();
 * server.start();     // returns once listening
 * server.close();     // graceful
 * }</pre>
 *
 * <p>Threads: one acceptor thread; each session runs its script on a thread of its own, a virtual
 * thread when the JVM has them (Java 21+), else one of a fixed pool of {@link Builder#poolSize}
 * platform threads (200 by default), further sessions waiting for a free one. Sockets have no
 * read timeout, so a command may block for hours ({@code EXEC Dial}).
 *
 * <p>{@link #close()} is graceful: it stops accepting at once, lets running scripts finish up to
 * {@link Builder#shutdownTimeout} (30 s by default), then hangs the rest up (writes
 * {@code HANGUP} and closes their sockets; their scripts see {@link AgiHangupException}).
 */
public final class AgiServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.amiable.agi");

    private final InetAddress bind;
    private final int requestedPort;
    private final Router router;
    private final Duration shutdownTimeout;
    private final int poolSize;
    private final boolean virtualThreads;
    private final Admission admission;
    private final Set<FastAgiSession> sessions = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private ServerSocket serverSocket;
    private ExecutorService executor;
    private Thread acceptor;
    private volatile boolean closing;

    private AgiServer(Builder b) {
        this.bind = b.bind;
        this.requestedPort = b.port;
        this.router = b.router;
        this.shutdownTimeout = b.shutdownTimeout;
        this.poolSize = b.poolSize;
        this.virtualThreads = b.virtualThreads;
        this.admission = b.maxRunningScripts == Integer.MAX_VALUE ? null : new Admission(b.maxRunningScripts);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds and starts accepting; returns once listening.
     *
     * @throws UncheckedIOException if the port cannot be bound
     * @throws IllegalStateException if already started
     */
    public AgiServer start() {
        synchronized (lock) {
            if (serverSocket != null) {
                throw new IllegalStateException("already started");
            }
            try {
                ServerSocket ss = new ServerSocket();
                ss.setReuseAddress(true);
                ss.bind(new InetSocketAddress(bind, requestedPort), 1024);
                serverSocket = ss;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on port " + requestedPort + ": " + e.getMessage(), e);
            }
            executor = SessionThreads.create("amiable-agi", poolSize, virtualThreads);
            acceptor = new Thread(this::acceptLoop, "amiable-agi-accept-" + serverSocket.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
        }
        return this;
    }

    private void acceptLoop() {
        ServerSocket ss = serverSocket;
        while (!closing) {
            Socket socket;
            try {
                socket = ss.accept();
            } catch (IOException e) {
                if (!closing) {
                    LOG.log(Level.WARNING, "AGI server stopped accepting: " + e.getMessage());
                }
                return;
            }
            FastAgiSession[] self = new FastAgiSession[1];
            FastAgiSession session = new FastAgiSession(socket, router, admission, () -> ended(self[0]));
            self[0] = session;
            sessions.add(session);
            try {
                executor.execute(session);
            } catch (RuntimeException rejected) {
                session.hangUp();
                ended(session);
            }
        }
    }

    private void ended(FastAgiSession session) {
        sessions.remove(session);
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** The port listened on (the chosen one when built with port 0); -1 before {@link #start()}. */
    public int port() {
        ServerSocket ss = serverSocket;
        return ss == null ? -1 : ss.getLocalPort();
    }

    /** Sessions connected and not yet ended. */
    public int activeSessions() {
        return sessions.size();
    }

    /** Whether sessions run on virtual threads (Java 21+ and not turned off). */
    public boolean usesVirtualThreads() {
        return virtualThreads && SessionThreads.virtualAvailable();
    }

    /**
     * Graceful stop, as the class comment says; blocks for at most the shutdown timeout plus a
     * moment for hung-up scripts to return. Idempotent.
     */
    @Override
    public void close() {
        Thread accepting;
        synchronized (lock) {
            if (closing || serverSocket == null) {
                closing = true;
                return;
            }
            closing = true;
            try {
                serverSocket.close();
            } catch (IOException ignored) {
                // stops the acceptor either way
            }
            accepting = acceptor;
        }
        long deadline = System.nanoTime() + shutdownTimeout.toNanos();
        awaitAcceptor(accepting, deadline);
        synchronized (lock) {
            awaitSessions(deadline);
            if (!sessions.isEmpty()) {
                LOG.log(Level.INFO, "AGI server: hanging up " + sessions.size() + " sessions at the shutdown deadline");
                sessions.forEach(FastAgiSession::hangUp);
                awaitSessions(System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
            }
        }
        executor.shutdown();
    }

    /** Waits for the acceptor to end, so a connection it was taking in is counted among the sessions. */
    private static void awaitAcceptor(Thread accepting, long deadline) {
        try {
            long left = deadline - System.nanoTime();
            accepting.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The admission gate, or null without a bound; for tests. */
    Admission admission() {
        return admission;
    }

    private void awaitSessions(long deadline) {
        while (!sessions.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Builds an {@link AgiServer}. Not thread-safe. */
    public static final class Builder {
        private InetAddress bind;
        private int port = 4573;
        private final Router router = new Router();
        private Duration shutdownTimeout = Duration.ofSeconds(30);
        private int poolSize = 200;
        private boolean virtualThreads = true;
        private int maxRunningScripts = Integer.MAX_VALUE;

        private Builder() {
        }

        /** The TCP port (default 4573, FastAGI's; 0 picks a free one). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to listen on (default: every interface). */
        public Builder bindAddress(InetAddress address) {
            this.bind = address;
            return this;
        }

        /**
         * Routes requests whose path matches {@code pattern} to {@code script}; first match in
         * the order added wins. {@code *} matches any run of characters, {@code ?} one;
         * {@code "/ivr/*"} matches {@code /ivr} and everything under it, {@code "*"} every path.
         * A request no route matches is logged and its connection closed.
         */
        public Builder route(String pattern, AgiScript script) {
            router.add(Objects.requireNonNull(pattern, "pattern"), Objects.requireNonNull(script, "script"));
            return this;
        }

        /** How long {@link AgiServer#close()} lets running scripts finish (default 30 s). */
        public Builder shutdownTimeout(Duration timeout) {
            this.shutdownTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Platform threads for sessions when virtual threads are not available or turned off
         * (default 200): at most this many scripts run at once, the next sessions wait.
         */
        public Builder poolSize(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("poolSize must be positive");
            }
            this.poolSize = threads;
            return this;
        }

        /**
         * Admission control (default: none): at most {@code scripts} scripts run at once; a
         * session connected beyond that waits, first come first served, with its connection open
         * and its environment unread, until a place is free. Under a burst of sessions that all
         * work without pause, this trades a wait before the script starts for short command round
         * trips once it runs. A script gives its place up while it waits in a long command (one
         * that plays, listens, records or runs dialplan: {@code EXEC}, {@code GOSUB},
         * {@code STREAM FILE}, {@code CONTROL STREAM FILE}, {@code GET DATA}, {@code GET OPTION},
         * {@code RECORD FILE}, {@code WAIT FOR DIGIT}, every {@code SAY}, {@code SPEECH RECOGNIZE},
         * {@code RECEIVE CHAR}, {@code RECEIVE TEXT}), so an {@code EXEC Dial} of hours holds no
         * place; when the command returns, the script takes a place back ahead of every session
         * not yet started. The bound therefore counts scripts busy between long commands: a small
         * one (8 to 16 on a few cores) keeps command round trips short under load.
         */
        public Builder maxRunningScripts(int scripts) {
            if (scripts < 1) {
                throw new IllegalArgumentException("maxRunningScripts must be positive");
            }
            this.maxRunningScripts = scripts;
            return this;
        }

        /** Whether to use virtual threads when the JVM has them (default true). */
        public Builder virtualThreads(boolean use) {
            this.virtualThreads = use;
            return this;
        }

        /** The server, not started; fails when no route was added. */
        public AgiServer build() {
            if (router.isEmpty()) {
                throw new IllegalStateException("an AgiServer needs at least one route");
            }
            return new AgiServer(this);
        }
    }
}
