package dev.amiable.agi.internal;

import dev.amiable.agi.AgiChannel;
import dev.amiable.agi.AgiCommandException;
import dev.amiable.agi.AgiReply;
import java.time.Duration;

/** How typed commands read a {@code 200} reply's result. Static helpers, no state. */
public final class Results {
    private Results() {
    }

    /** The reply, unless its result is negative (AGI's "failed"): then a typed error. */
    public static AgiReply ok(AgiReply reply, String command) {
        if (reply.resultNumber() < 0) {
            throw new AgiCommandException(command + " failed: " + reply.text(), reply);
        }
        return reply;
    }

    /** Whether the result is 1 (AGI's "done" for database, speech and TDD commands). */
    public static boolean one(AgiReply reply, String command) {
        return ok(reply, command).resultNumber() == 1;
    }

    /** The key whose ASCII code is the result, or {@link AgiChannel#NO_DIGIT} for 0. */
    public static char digit(AgiReply reply, String command) {
        long code = ok(reply, command).resultNumber();
        return code <= 0 || code > 0xFFFF ? AgiChannel.NO_DIGIT : (char) code;
    }

    /** The value of a {@code result=1 (value)} reply, null for {@code result=0}. */
    public static String value(AgiReply reply) {
        if (reply.resultNumber() != 1) {
            return null;
        }
        return reply.data() == null ? "" : reply.data();
    }

    /** Milliseconds as AGI wants them; null or negative means "forever" (-1). */
    public static long millis(Duration timeout) {
        return timeout == null || timeout.isNegative() ? -1 : timeout.toMillis();
    }
}
