package dev.amiable;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of time in which events were dropped because the event queue was full: from the
 * first drop until the queue took every event of a read again (or the connection changed state).
 * Reported once, when it ends, to {@link ConnectionListener#onOverflow}, at the place in the stream
 * where the events are missing.
 *
 * @param dropped   events dropped in this episode
 * @param firstDrop when the first of them was dropped
 * @param lastDrop  when the last of them was dropped
 */
public record OverflowEpisode(long dropped, Instant firstDrop, Instant lastDrop) {
    /** Time from the first drop to the last. */
    public Duration span() {
        return Duration.between(firstDrop, lastDrop);
    }

    @Override
    public String toString() {
        return dropped + " event(s) dropped in " + span().toMillis() + " ms from " + firstDrop;
    }
}
