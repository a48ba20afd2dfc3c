package dev.amiable.live;

import java.time.Instant;

/**
 * A caller waiting in a queue. Immutable; built by the model only (the canonical constructor is
 * not API).
 *
 * @param queue        the queue's name
 * @param uniqueid     the waiting channel's Uniqueid
 * @param channel      the waiting channel's name
 * @param position     1-based position in the queue
 * @param callerIdNum  caller ID number, or null
 * @param callerIdName caller ID name, or null
 * @param waitStart    when the caller started waiting (estimated from {@code Wait} after a resync)
 */
public record LiveQueueCaller(String queue, String uniqueid, String channel, int position,
                              String callerIdNum, String callerIdName, Instant waitStart) {
}
