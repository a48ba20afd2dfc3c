package dev.amiable.live;

import dev.amiable.event.DeviceState;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The whole model at one moment of the event stream: every part reflects the same events, so a
 * channel's {@code bridgeId} names a bridge of this snapshot holding that channel, and every call
 * has its channels here. Immutable and safe to share between threads; taking one is O(1)
 * ({@link LivePbx#snapshot()}), whatever the size of the PBX. Collections are unmodifiable views;
 * iteration order is unspecified unless stated.
 */
public interface PbxSnapshot {

    /** Every channel. */
    Collection<LiveChannel> channels();

    /** The channel with this Uniqueid, or null. */
    LiveChannel channel(String uniqueid);

    /** Every call (channels grouped by Linkedid). */
    Collection<LiveCall> calls();

    /** The call with this Linkedid, or null. */
    LiveCall call(String linkedid);

    /** Every bridge, talking or holding. */
    Collection<LiveBridge> bridges();

    /** The bridge with this id, or null. */
    LiveBridge bridge(String id);

    /** Every queue. */
    Collection<LiveQueue> queues();

    /** The queue with this name, or null. */
    LiveQueue queue(String name);

    /** Every {@code app_agent_pool} agent. */
    Collection<LiveAgent> agents();

    /** Every parked call. */
    Collection<LiveParkedCall> parkedCalls();

    /** Every ConfBridge conference that has users. */
    Collection<LiveConference> conferences();

    /** The conference with this name, or null. */
    LiveConference conference(String name);

    /** Device states by device, e.g. {@code PJSIP/100 -> NOT_INUSE}. */
    Map<String, DeviceState> deviceStates();

    /** Extension (hint) states by {@code exten@context}. */
    Map<String, LiveExtensionState> extensionStates();

    /** Presence states by presentity. */
    Map<String, LivePresenceState> presenceStates();

    /** The parts whose list action the server refused: they stay empty. Empty when all work. */
    Set<LivePart> unavailable();

    /**
     * True once the first resync has finished; a snapshot taken before holds only what events
     * told so far.
     */
    boolean synced();

    /**
     * True when the model may differ from the server: the connection is down, or the client
     * dropped events (its queue was full); a resync is under way or will start on reconnect.
     */
    boolean stale();

    /**
     * How many events the model had folded when this snapshot was made. A new snapshot is made
     * only when something changed, so events that change nothing (most CEL, DTMF, ...) do not
     * show here until the next change.
     */
    long eventCount();
}
