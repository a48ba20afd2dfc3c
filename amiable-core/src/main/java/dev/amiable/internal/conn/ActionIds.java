package dev.amiable.internal.conn;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Unique ActionIDs: a random prefix per client and a counter, e.g. {@code a7f3c2-17}. */
final class ActionIds {
    private final String prefix;
    private final AtomicLong next = new AtomicLong();

    ActionIds() {
        SecureRandom r = new SecureRandom();
        this.prefix = Long.toString((r.nextLong() >>> 16) & 0xffffffffL, 36) + "-";
    }

    String next() {
        return prefix + next.incrementAndGet();
    }

    String prefix() {
        return prefix;
    }
}
