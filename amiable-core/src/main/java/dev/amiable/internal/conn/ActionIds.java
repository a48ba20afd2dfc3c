package dev.amiable.internal.conn;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique ActionIDs: a random prefix per client and a counter, e.g. {@code a7f3c2-17}. Asterisk
 * echoes IDs per session, so the prefix only has to tell this client's actions from others' in
 * logs; a fast random source is enough (SecureRandom would cost start-up time for nothing).
 */
final class ActionIds {
    private final String prefix;
    private final AtomicLong next = new AtomicLong();

    ActionIds() {
        this.prefix = Long.toString(ThreadLocalRandom.current().nextLong() & 0xffffffffL, 36) + "-";
    }

    String next() {
        return prefix + next.incrementAndGet();
    }

    String prefix() {
        return prefix;
    }
}
