package dev.amiable.kafka;

import dev.amiable.event.AmiEvent;
import java.util.List;

/**
 * The end of a resync after a reconnect (written with {@link KafkaBridge.Builder#live}): the
 * {@link #changes()} change records of this server written just before it are everything the
 * resync found, and the live model equals the PBX again. Its name is {@code AmiableResynced}.
 */
public final class BridgeResyncedEvent extends BridgeRecordEvent {
    /** The event name of resynced records. */
    public static final String NAME = dev.amiable.kafka.internal.Gaps.RESYNCED_NAME;

    BridgeResyncedEvent(AmiEvent source) {
        super(source);
    }

    /** How many change records of this resync precede this one. */
    public long changes() {
        return getLong("Changes");
    }

    /**
     * The parts the PBX refused to list ({@code amiable-live}'s {@code LivePart} names, e.g.
     * {@code QUEUES} without app_queue): their changes are unknown.
     */
    public List<String> unavailable() {
        String v = get("Unavailable");
        return v == null || v.isEmpty() ? List.of() : List.of(v.split(","));
    }
}
