package dev.amiable.internal.conn;

import dev.amiable.OverflowEpisode;
import java.time.Instant;

/**
 * Counts dropped events and groups them into episodes: an episode opens with the first drop and
 * closes when the queue takes a whole read again (or the connection changes state). Not
 * thread-safe: the {@link EventDispatcher} calls it under its lock.
 */
final class DropEpisodes {
    private long total;
    private long episodes;
    private long current;
    private Instant first;
    private Instant last;

    /** Counts {@code n} dropped events, opening an episode if none is open. */
    void drop(int n) {
        Instant now = Instant.now();
        if (current == 0) {
            episodes++;
            first = now;
        }
        current += n;
        total += n;
        last = now;
    }

    /** Whether an episode is open: events were dropped and the queue has not recovered yet. */
    boolean open() {
        return current > 0;
    }

    /** Closes the open episode and returns it; null when none is open. */
    OverflowEpisode close() {
        if (current == 0) {
            return null;
        }
        OverflowEpisode e = new OverflowEpisode(current, first, last);
        current = 0;
        first = null;
        last = null;
        return e;
    }

    long total() {
        return total;
    }

    long episodes() {
        return episodes;
    }
}
