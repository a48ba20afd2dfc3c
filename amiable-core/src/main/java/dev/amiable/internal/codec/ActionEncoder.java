package dev.amiable.internal.codec;

import dev.amiable.InvalidActionException;
import dev.amiable.action.AmiAction;
import java.util.Arrays;

/**
 * Writes actions as AMI bytes, refusing anything Asterisk would misread: CR, LF or NUL in a key
 * or value (it would forge a second action), a colon or space trouble in a key, a line longer
 * than {@value #MAX_LINE_BYTES} bytes with its CRLF, more than {@value #MAX_HEADERS} headers.
 * Nothing is written when a check fails. Not thread-safe: one per writer.
 */
public final class ActionEncoder {
    /** Asterisk reads at most this many bytes per line, CRLF included. */
    public static final int MAX_LINE_BYTES = 1024;
    /** Asterisk keeps at most this many headers of an action. */
    public static final int MAX_HEADERS = 128;

    private byte[] out = new byte[512];
    private int len;

    /**
     * Encodes {@code action} with the given ActionID ({@code Action}, {@code ActionID}, then the
     * headers in order, then the blank line).
     *
     * @return the internal buffer; valid up to {@link #length()} until the next call
     * @throws InvalidActionException if the action must not be sent
     */
    public byte[] encode(AmiAction action, String actionId) {
        int headers = action.headerCount() + 1 + (actionId == null ? 0 : 1);
        if (headers > MAX_HEADERS) {
            throw new InvalidActionException(name(action) + " has " + headers
                    + " headers; Asterisk reads at most " + MAX_HEADERS);
        }
        len = 0;
        line("Action", action.name(), action);
        if (actionId != null) {
            line("ActionID", actionId, action);
        }
        for (int i = 0; i < action.headerCount(); i++) {
            line(action.headerKey(i), action.headerValue(i), action);
        }
        put((byte) '\r');
        put((byte) '\n');
        return out;
    }

    /** Bytes of the last encoded action. */
    public int length() {
        return len;
    }

    /** A copy of the last encoded action. */
    public byte[] toByteArray() {
        return Arrays.copyOf(out, len);
    }

    /** The action's name as error messages quote it: made only when one is thrown. */
    private static String name(AmiAction action) {
        return Text.preview(action.name(), 40);
    }

    private void line(String key, String value, AmiAction action) {
        if (key == null || key.isEmpty()) {
            throw new InvalidActionException(name(action) + ": a header has an empty key");
        }
        if (value == null) {
            throw new InvalidActionException(name(action) + ": header " + Text.preview(key, 40) + " has no value");
        }
        int lineStart = len;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ':' || c == '\r' || c == '\n' || c == 0 || c == ' ' || c == '\t') {
                len = lineStart;
                throw new InvalidActionException(name(action) + ": key " + Text.preview(key, 40)
                        + " contains " + describe(c) + ", which keys must not hold");
            }
        }
        putText(key);
        put((byte) ':');
        put((byte) ' ');
        int valueStart = len;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                len = lineStart;
                boolean secret = AmiAction.isSecret(key);
                throw new InvalidActionException(name(action) + ": value of " + Text.preview(key, 40) + " contains " + describe(c)
                        + " at position " + i + (secret ? "" : " (" + Text.preview(value, 40) + ")")
                        + "; refused because it would end the line and start a forged header");
            }
        }
        putText(value);
        int lineBytes = len - lineStart + 2;
        if (lineBytes > MAX_LINE_BYTES) {
            len = lineStart;
            throw new InvalidActionException(name(action) + ": header " + Text.preview(key, 40) + " makes a line of " + lineBytes
                    + " bytes (value " + (len - valueStart) + "); Asterisk reads at most " + MAX_LINE_BYTES
                    + " bytes per line, CRLF included");
        }
        put((byte) '\r');
        put((byte) '\n');
    }

    private static String describe(char c) {
        switch (c) {
            case '\r': return "a carriage return (CR)";
            case '\n': return "a line feed (LF)";
            case 0: return "a NUL byte";
            case ':': return "a colon";
            default: return "whitespace";
        }
    }

    private void putText(String s) {
        int n = s.length();
        ensure(n * 3);
        byte[] o = out;
        int p = len;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                o[p++] = (byte) c;
            } else if (c < 0x800) {
                o[p++] = (byte) (0xc0 | (c >> 6));
                o[p++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                o[p++] = (byte) (0xf0 | (cp >> 18));
                o[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                o[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                o[p++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                o[p++] = '?';
            } else {
                o[p++] = (byte) (0xe0 | (c >> 12));
                o[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                o[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        len = p;
    }

    private void put(byte b) {
        ensure(1);
        out[len++] = b;
    }

    private void ensure(int n) {
        if (len + n > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, len + n));
        }
    }
}
