package dev.amiable.cli;

import dev.amiable.AmiActionException;
import dev.amiable.AmiAuthenticationException;
import dev.amiable.AmiConnectionException;
import dev.amiable.AmiProtocolException;
import dev.amiable.AmiTimeoutException;
import dev.amiable.InvalidActionException;

/** The exit codes a script can rely on, and which failure gives which. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int OTHER = 1;
    public static final int USAGE = 2;
    public static final int CONNECTION = 3;
    public static final int AUTHENTICATION = 4;
    public static final int ACTION = 5;
    public static final int TIMEOUT = 6;
    public static final int PROTOCOL = 7;

    private ExitCodes() {
    }

    /** The exit code for a failure (already unwrapped). */
    public static int of(Throwable t) {
        if (t instanceof AmiAuthenticationException) {
            return AUTHENTICATION;
        }
        if (t instanceof AmiConnectionException) {
            return CONNECTION;
        }
        if (t instanceof AmiActionException) {
            return ACTION;
        }
        if (t instanceof AmiTimeoutException) {
            return TIMEOUT;
        }
        if (t instanceof AmiProtocolException) {
            return PROTOCOL;
        }
        if (t instanceof InvalidActionException || t instanceof UsageException) {
            return USAGE;
        }
        return OTHER;
    }

    /** The words that start the one-line error message. */
    static String label(Throwable t) {
        switch (of(t)) {
            case AUTHENTICATION: return "authentication failed";
            case CONNECTION: return "connection failed";
            case ACTION: return "action failed";
            case TIMEOUT: return "timeout";
            case PROTOCOL: return "protocol error";
            case USAGE: return "invalid arguments";
            default: return "error";
        }
    }
}
