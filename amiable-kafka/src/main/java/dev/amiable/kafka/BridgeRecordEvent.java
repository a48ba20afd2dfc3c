package dev.amiable.kafka;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A record the bridge wrote itself, not an event of the PBX, as {@link AmiEventDeserializer} gives
 * it back: a {@link BridgeGapEvent} after a reconnect and, with {@link KafkaBridge.Builder#live},
 * the resync's {@link BridgeChangeEvent}s and one {@link BridgeResyncedEvent}. Their names start
 * with {@code Amiable}; Asterisk never sends them.
 */
public abstract sealed class BridgeRecordEvent extends AmiEvent
        permits BridgeGapEvent, BridgeChangeEvent, BridgeResyncedEvent {

    static {
        EventRegistry r = EventRegistry.global();
        r.register(BridgeGapEvent.NAME, BridgeGapEvent.class, BridgeGapEvent::new);
        r.register(BridgeChangeEvent.NAME, BridgeChangeEvent.class, BridgeChangeEvent::new);
        r.register(BridgeResyncedEvent.NAME, BridgeResyncedEvent.class, BridgeResyncedEvent::new);
    }

    BridgeRecordEvent(AmiEvent source) {
        super(source);
    }

    /** Makes sure the bridge's own names decode to these classes. */
    static void register() {
        // the static initialiser does the work
    }

    /** The server id. */
    public String server() {
        return get("Server");
    }

    /** The AMI session of the server the record belongs to. */
    public long epoch() {
        return getLong("Epoch");
    }

    /** When the bridge wrote the record, or null if absent or malformed. */
    public Instant received() {
        String v = get("Received");
        try {
            return v == null ? null : Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
