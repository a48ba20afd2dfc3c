package dev.amiable.agi;

/** The state {@link AgiChannel#channelStatus()} reports (AGI's own numbering, 0–7). */
public enum ChannelStatus {
    /** 0: down and available. */
    DOWN_AVAILABLE,
    /** 1: down, but reserved. */
    DOWN_RESERVED,
    /** 2: off hook. */
    OFF_HOOK,
    /** 3: digits (or equivalent) dialled. */
    DIGITS_DIALED,
    /** 4: ringing at the far end. */
    REMOTE_RINGING,
    /** 5: ringing here. */
    RINGING,
    /** 6: up. */
    UP,
    /** 7: busy. */
    BUSY,
    /** Any other value. */
    UNKNOWN;

    /** The status for AGI's number; {@link #UNKNOWN} outside 0–7. */
    public static ChannelStatus of(long value) {
        return value >= 0 && value < 8 ? values()[(int) value] : UNKNOWN;
    }
}
