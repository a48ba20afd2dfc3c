package dev.amiable.live;

import java.time.Instant;

/**
 * A parked call. Immutable; built by the model only (the canonical constructor is not API).
 *
 * @param uniqueid the parkee's Uniqueid
 * @param channel  the parkee's channel name
 * @param lot      parking lot, e.g. {@code default}
 * @param space    parking space, e.g. {@code 701}
 * @param parkerDialString who parked it (dial string), or null
 * @param timeout  seconds the call may stay parked, -1 when not known
 * @param parkedAt when it was parked (estimated from {@code ParkingDuration} after a resync)
 */
public record LiveParkedCall(String uniqueid, String channel, String lot, String space,
                             String parkerDialString, int timeout, Instant parkedAt) {
}
