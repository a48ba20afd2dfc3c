package dev.amiable.kafka;

import dev.amiable.event.AmiEvent;

/**
 * A gap record read back by {@link AmiEventDeserializer}: the bridge lost its AMI session to
 * {@link #server()} and opened a new one, so events of the PBX between {@link #lastSeq()} of
 * {@link #previousEpoch()} and the first event of {@link #epoch()} were not seen. Its name is
 * {@code AmiableGap}.
 */
public final class BridgeGapEvent extends BridgeRecordEvent {
    /** The event name of gap records. */
    public static final String NAME = dev.amiable.kafka.internal.Gaps.EVENT_NAME;

    BridgeGapEvent(AmiEvent source) {
        super(source);
    }

    /** The session that ended. */
    public long previousEpoch() {
        return getLong("PreviousEpoch");
    }

    /** The {@code seq} of the last event of the session that ended (0 if it had none). */
    public long lastSeq() {
        return getLong("LastSeq");
    }
}
