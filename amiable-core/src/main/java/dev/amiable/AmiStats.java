package dev.amiable;

import java.time.Duration;
import java.util.Map;

/**
 * A snapshot of a client's counters, to see a slow consumer or a noisy server.
 *
 * @param state             the connection state
 * @param eventsReceived    events read from the server (list items excluded)
 * @param eventsDelivered   events handed to listeners
 * @param eventsDropped     events dropped because the queue was full (see {@link OverflowPolicy})
 * @param queueDepth        events waiting for listeners now
 * @param oldestQueued      how long the oldest waiting event has waited
 * @param pendingActions    actions waiting for an answer
 * @param reconnects        successful reconnections since start
 * @param protocolErrors    messages skipped because they broke a limit
 * @param listenerErrors    exceptions thrown by listeners
 * @param unknownEvents     events without a typed class, by name, with counts (counted as they are
 *                          typed, on their way to the listeners: dropped events are not among them)
 * @param overflowEpisodes  episodes of drops so far (see {@link ConnectionListener#onOverflow})
 * @param readerBlocked     total time the socket reader waited for room in the event queue
 *                          ({@link OverflowPolicy#BLOCK}): the time the server was slowed down
 */
public record AmiStats(ConnectionState state, long eventsReceived, long eventsDelivered, long eventsDropped,
        int queueDepth, Duration oldestQueued, int pendingActions, long reconnects, long protocolErrors,
        long listenerErrors, Map<String, Long> unknownEvents, long overflowEpisodes, Duration readerBlocked) {
}
