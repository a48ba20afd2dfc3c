package dev.amiable.agi.internal;

import dev.amiable.agi.AgiHangupException;
import dev.amiable.agi.AgiRequest;
import dev.amiable.agi.AgiScript;
import java.lang.System.Logger.Level;

/**
 * Runs one script and reports how it ended, for both transports. A hangup is a normal end
 * (logged at DEBUG). Any other exception is logged at WARNING as one line with the path, channel,
 * unique id, the exception's class and where it was thrown: never its message, the query, the
 * arguments or variables, which may hold secrets.
 */
public final class ScriptRunner {
    private static final System.Logger LOG = System.getLogger("dev.amiable.agi");

    private ScriptRunner() {
    }

    /** Runs {@code script}; returns normally whatever it does. */
    public static Outcome run(AgiScript script, Conversation channel, AgiRequest request) {
        try {
            script.service(channel, request);
            return Outcome.DONE;
        } catch (AgiHangupException e) {
            LOG.log(Level.DEBUG, () -> "AGI session " + request + " ended: the channel hung up");
            return Outcome.HUNG_UP;
        } catch (Throwable t) {
            LOG.log(Level.WARNING, describe(t, request));
            if (t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (t instanceof Error && !(t instanceof StackOverflowError) && !(t instanceof AssertionError)) {
                throw (Error) t;
            }
            return Outcome.FAILED;
        }
    }

    /** The one log line for a failed script: no message, no values. */
    public static String describe(Throwable t, AgiRequest request) {
        StackTraceElement[] where = t.getStackTrace();
        return "AGI script failed on " + request.path() + " (channel " + request.channelName() + ", uniqueid "
                + request.uniqueid() + "): " + t.getClass().getName()
                + (where.length > 0 ? " at " + where[0] : "") + "; the session was ended";
    }

    /** How a script ended. */
    public enum Outcome {
        /** It returned. */
        DONE,
        /** The channel hung up under it. */
        HUNG_UP,
        /** It threw. */
        FAILED
    }
}
