package dev.amiable.internal.conn;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names Amiable's threads {@code amiable-<role>-<client>} and makes them daemons. */
final class Threads {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Threads() {
    }

    static int nextClientId() {
        return CLIENTS.incrementAndGet();
    }

    static ThreadFactory named(String role, int client) {
        return r -> {
            Thread t = new Thread(r, "amiable-" + role + "-" + client);
            t.setDaemon(true);
            return t;
        };
    }
}
