package dev.amiable.kafka.internal;

/** The names of the records the bridge writes itself (not events of the PBX), in every format. */
public final class Gaps {
    /** The event name of a gap, in the {@code ami} format and in {@code ami-event}. */
    public static final String EVENT_NAME = "AmiableGap";
    /** The event name of a live change found by a resync. */
    public static final String CHANGE_NAME = "AmiableChange";
    /** The event name of the end of a resync. */
    public static final String RESYNCED_NAME = "AmiableResynced";

    private Gaps() {
    }
}
