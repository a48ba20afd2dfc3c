package dev.amiable.kafka.internal;

/** The names a gap record uses in every format. */
public final class Gaps {
    /** The event name of a gap, in the {@code ami} format and in {@code ami-event}. */
    public static final String EVENT_NAME = "AmiableGap";

    private Gaps() {
    }
}
