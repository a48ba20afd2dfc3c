package dev.amiable.kafka;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A gap record read back by {@link AmiEventDeserializer}: the bridge lost its AMI session to
 * {@link #server()} and opened a new one, so events of the PBX between {@link #lastSeq()} of
 * {@link #previousEpoch()} and the first event of {@link #epoch()} were not seen. Its name is
 * {@code AmiableGap}; it is never sent by Asterisk.
 */
public final class BridgeGapEvent extends AmiEvent {
    /** The event name of gap records. */
    public static final String NAME = dev.amiable.kafka.internal.Gaps.EVENT_NAME;

    static {
        EventRegistry.global().register(NAME, BridgeGapEvent.class, BridgeGapEvent::new);
    }

    private BridgeGapEvent(AmiEvent source) {
        super(source);
    }

    /** Makes sure events named {@code AmiableGap} decode to this class. */
    static void register() {
        // the static initialiser does the work
    }

    /** The server id. */
    public String server() {
        return get("Server");
    }

    /** The new session's number. */
    public long epoch() {
        return getLong("Epoch");
    }

    /** The session that ended. */
    public long previousEpoch() {
        return getLong("PreviousEpoch");
    }

    /** The {@code seq} of the last event of the session that ended (0 if it had none). */
    public long lastSeq() {
        return getLong("LastSeq");
    }

    /** When the bridge wrote the gap, or null if absent or malformed. */
    public Instant received() {
        String v = get("Received");
        try {
            return v == null ? null : Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
