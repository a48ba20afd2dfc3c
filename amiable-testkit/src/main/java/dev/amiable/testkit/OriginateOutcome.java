package dev.amiable.testkit;

/**
 * How a simulated Originate ends, for scripting outcomes with
 * {@link FakeAsterisk.Builder#originateOutcomes}. Each failure is reported as Asterisk 22 does:
 * a synchronous Originate answers {@code Originate failed}; an asynchronous one gets
 * {@code OriginateResponse} with {@code Response: Failure}, the requested channel, the reason code
 * below and {@code Uniqueid: <unknown>}; the channels already created hang up with the cause below
 * and their Cdr carries the disposition below.
 */
public enum OriginateOutcome {
    /** Answered: the call proceeds to its destination (queue, park, conference or talk). Reason 4. */
    ANSWER(4, 16, "ANSWERED"),
    /** The far end is busy. Reason 5, cause 17 (User busy), disposition BUSY. */
    BUSY(5, 17, "BUSY"),
    /** It rang until the Originate's {@code Timeout} (default 30 s, scaled). Reason 3, cause 19, NO ANSWER. */
    NO_ANSWER(3, 19, "NO ANSWER"),
    /** No circuit. Reason 8, cause 34 (Circuit/channel congestion), disposition CONGESTION. */
    CONGESTION(8, 34, "CONGESTION"),
    /** The call could not be placed (as for an extension that does not exist). Reason 0, cause 0, FAILED. */
    FAILURE(0, 0, "FAILED");

    private final int reason;
    private final int cause;
    private final String disposition;

    OriginateOutcome(int reason, int cause, String disposition) {
        this.reason = reason;
        this.cause = cause;
        this.disposition = disposition;
    }

    /** The {@code Reason} of OriginateResponse (Asterisk's control frame number). */
    public int reason() {
        return reason;
    }

    /** The Q.850 hang-up cause of the channels. */
    public int cause() {
        return cause;
    }

    /** The Cdr {@code Disposition}. */
    public String disposition() {
        return disposition;
    }
}
