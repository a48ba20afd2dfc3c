package dev.amiable.micrometer.internal;

import dev.amiable.AmiConnectionException;
import dev.amiable.AmiResponse;
import dev.amiable.AmiTimeoutException;
import java.util.Locale;

/** How an action ended, as the {@code outcome} tag of {@code amiable.actions}. */
public enum Outcome {
    /** The server answered {@code Success} (or {@code Follows}, {@code Goodbye}, ...). */
    SUCCESS,
    /** The server answered {@code Error} or cancelled a list; also an action refused before sending. */
    ERROR,
    /** No answer within the action's timeout. */
    TIMEOUT,
    /** The connection was down when sending, or was lost before the answer. */
    DISCONNECTED;

    private final String tag = name().toLowerCase(Locale.ROOT);

    /** The tag value, in lower case. */
    public String tag() {
        return tag;
    }

    /** The outcome of an action reported to an {@code ActionListener}. */
    public static Outcome of(AmiResponse response, Throwable failure) {
        if (failure == null) {
            return response == null || response.isSuccess() ? SUCCESS : ERROR;
        }
        if (failure instanceof AmiTimeoutException) {
            return TIMEOUT;
        }
        return failure instanceof AmiConnectionException ? DISCONNECTED : ERROR;
    }
}
