package dev.amiable.live;

/** How an originated call ended up, from the {@code OriginateResponse} {@code Reason} code. */
public enum OriginateResult {
    /** The channel answered (reason 4). */
    ANSWERED,
    /** The far end was busy (reason 5). */
    BUSY,
    /** Rang without answer until the timeout, or hung up while ringing (reasons 3 and 1). */
    NO_ANSWER,
    /** Congestion (reason 8). */
    CONGESTION,
    /** Anything else: no such extension or device, a failure before ringing (reason 0 and others). */
    FAILED;

    /**
     * The result for an {@code OriginateResponse}: {@code ANSWERED} whenever the response says
     * {@code Success} (whatever its reason), else from the reason code.
     */
    public static OriginateResult of(boolean success, int reason) {
        if (success || reason == 4) {
            return ANSWERED;
        }
        switch (reason) {
            case 5: return BUSY;
            case 1: case 3: return NO_ANSWER;
            case 8: return CONGESTION;
            default: return FAILED;
        }
    }
}
