package dev.amiable.live;

import dev.amiable.event.DeviceState;
import java.util.Set;

/**
 * One change of the model: an object added ({@code before == null}), changed, or removed
 * ({@code after == null}), or a sync signal. Switch on the subtype:
 *
 * <pre>{@code
 * live.addChangeListener(change -> {
 *     if (change instanceof LiveChange.CallChange c && c.after() == null) {
 *         System.out.println("call ended: " + c.before().linkedid());
 *     } else if (change instanceof LiveChange.Resynced r && r.gap()) {
 *         System.out.println("reconnected; changes during the outage were reported above");
 *     }
 * });
 * }</pre>
 */
public sealed interface LiveChange {

    /** The object before the change, null when added (or for a signal). */
    Object before();

    /** The object after the change, null when removed (or for a signal). */
    Object after();

    /** True when the object is new. */
    default boolean added() {
        return before() == null && after() != null;
    }

    /** True when the object is gone. */
    default boolean removed() {
        return before() != null && after() == null;
    }

    /** A channel was created, changed or hung up. */
    record ChannelChange(LiveChannel before, LiveChannel after) implements LiveChange {
    }

    /** A call started, changed (a channel joined, left or changed) or ended. */
    record CallChange(LiveCall before, LiveCall after) implements LiveChange {
    }

    /** A bridge was created, changed or destroyed. */
    record BridgeChange(LiveBridge before, LiveBridge after) implements LiveChange {
    }

    /** A queue's parameters, members or callers changed (or the queue appeared or went). */
    record QueueChange(LiveQueue before, LiveQueue after) implements LiveChange {
    }

    /** An agent changed. */
    record AgentChange(LiveAgent before, LiveAgent after) implements LiveChange {
    }

    /** A call was parked, or left the parking lot. */
    record ParkedCallChange(LiveParkedCall before, LiveParkedCall after) implements LiveChange {
    }

    /** A conference started, changed or ended. */
    record ConferenceChange(LiveConference before, LiveConference after) implements LiveChange {
    }

    /** A device state changed. */
    record DeviceStateChange(String device, DeviceState before, DeviceState after) implements LiveChange {
    }

    /** An extension (hint) state changed. */
    record ExtensionStateChange(LiveExtensionState before, LiveExtensionState after) implements LiveChange {
    }

    /** A presence state changed. */
    record PresenceStateChange(LivePresenceState before, LivePresenceState after) implements LiveChange {
    }

    /**
     * The model may now differ from the server (connection lost, or events dropped); a resync
     * follows.
     *
     * @param reason why, for people
     */
    record Stale(String reason) implements LiveChange {
        @Override
        public Object before() {
            return null;
        }

        @Override
        public Object after() {
            return null;
        }
    }

    /**
     * A resync finished; the changes it found were reported just before, as ordinary changes.
     *
     * @param gap         true when events may have been missed before it (a reconnect or dropped
     *                    events), false for the first sync after attach
     * @param unavailable the parts the server refused to list
     * @param snapshot    the model right after the resync
     */
    record Resynced(boolean gap, Set<LivePart> unavailable, PbxSnapshot snapshot) implements LiveChange {
        @Override
        public Object before() {
            return null;
        }

        @Override
        public Object after() {
            return null;
        }
    }
}
