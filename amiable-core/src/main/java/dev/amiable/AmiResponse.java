package dev.amiable;

import dev.amiable.internal.codec.Frame;
import java.util.List;

/**
 * The server's answer to an action: {@code Response: Success | Error | Follows | Goodbye}, and
 * on old servers {@code Pong} or {@code Events On}. Every header is kept in order.
 */
public final class AmiResponse extends AmiMessage {

    /** The {@code Response:} values AMI uses. */
    public enum Type {
        /** The action was done. */
        SUCCESS,
        /** The action failed; {@link #message()} says why. */
        ERROR,
        /** Legacy command output follows (Asterisk up to 13). */
        FOLLOWS,
        /** The answer to {@code Logoff}; the server closes the connection next. */
        GOODBYE,
        /** The answer to {@code Ping} on AMI 1.0. */
        PONG,
        /** Any other value, e.g. {@code Events On} on AMI 1.0. */
        OTHER
    }

    private final Type type;

    /** Wraps a frame whose first line is {@code Response:}; for Amiable's own decoder. */
    public AmiResponse(Frame frame) {
        super(frame);
        this.type = typeOf(get("Response"));
    }

    private static Type typeOf(String v) {
        if (v == null) {
            return Type.OTHER;
        }
        switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "success": return Type.SUCCESS;
            case "error": return Type.ERROR;
            case "follows": return Type.FOLLOWS;
            case "goodbye": return Type.GOODBYE;
            case "pong": return Type.PONG;
            default: return Type.OTHER;
        }
    }

    /** Builds a response from alternating keys and values (for tests). */
    public static AmiResponse of(String... keysAndValues) {
        return new AmiResponse(Frame.of(keysAndValues));
    }

    public Type type() {
        return type;
    }

    /** True for {@code Success}, {@code Follows}, {@code Goodbye} and {@code Pong}: anything but {@code Error}. */
    public boolean isSuccess() {
        return type != Type.ERROR;
    }

    /** The {@code Message:} header, or null. */
    public String message() {
        return get("Message");
    }

    /** The echoed {@code ActionID}, or null when the server sent none. */
    public String actionId() {
        return get("ActionID");
    }

    /** {@code Output} lines of a command response, in order (both formats). */
    public List<String> output() {
        return getAll("Output");
    }
}
