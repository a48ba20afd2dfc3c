package dev.amiable;

import dev.amiable.internal.codec.Coerce;
import dev.amiable.internal.codec.Frame;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AMI message as received: an immutable, ordered list of headers that keeps repeated keys.
 * The bytes are kept as they came; text is decoded only when asked (UTF-8, leniently: a broken
 * or truncated sequence becomes U+FFFD). A message received from a connection holds its own
 * bytes only, not the buffer it was read into, so keeping one costs about its size on the wire.
 *
 * <p><b>Looking up headers.</b> Keys compare case-insensitively ({@code Uniqueid} finds
 * {@code UniqueID}); {@link #headers()} and {@link #key(int)} keep the server's spelling.
 *
 * <p><b>Typed values, one rule for every accessor family.</b> No accessor throws on server data.
 * <ul>
 *   <li>text ({@link #get}): the value, {@code ""} when the header is present but empty, null when absent;</li>
 *   <li>whole numbers ({@link #getInt}, {@link #getLong}): -1 when absent or malformed;</li>
 *   <li>decimals ({@link #getDecimal}): {@code NaN} when absent or malformed;</li>
 *   <li>booleans ({@link #getBoolean}): true for {@code Yes/true/1/on/y} in any case, false otherwise, including absent;</li>
 *   <li>objects ({@link #getDuration}, {@link #getInstant}, {@link #getAddress}, {@link #getPeerStatus}, typed enums):
 *       null when absent or malformed (enums give their {@code UNKNOWN} constant instead).</li>
 * </ul>
 * The raw string is always {@link #get(String)}: use it to tell "absent" from "malformed".
 */
public abstract class AmiMessage {
    private final Frame frame;

    protected AmiMessage(Frame frame) {
        this.frame = frame;
    }

    /** The raw frame; for Amiable's own code and subclasses. */
    protected final Frame frame() {
        return frame;
    }

    /** Number of header lines. */
    public final int size() {
        return frame.size();
    }

    /** The key of line {@code i} as spelled by the server. */
    public final String key(int i) {
        return frame.key(i);
    }

    /** The value of line {@code i}. */
    public final String value(int i) {
        return frame.value(i);
    }

    /** The first value of {@code key}, {@code ""} if present but empty, null if absent. */
    public final String get(String key) {
        int i = frame.indexOf(key);
        return i < 0 ? null : frame.value(i);
    }

    /**
     * The value of line {@code index}, or {@code previous} itself when the value's text equals it:
     * reading a header that did not change makes no new string. {@code previous} may be null.
     */
    public final String value(int index, String previous) {
        return previous != null && frame.valueEquals(index, previous) ? previous : frame.value(index);
    }

    /**
     * The first value of {@code key} as {@link #get(String)} gives it, or {@code previous} itself
     * when that value's text equals it (no new string); null if absent.
     */
    public final String get(String key, String previous) {
        int i = frame.indexOf(key);
        return i < 0 ? null : value(i, previous);
    }

    /**
     * Index of the first line at or after {@code from} whose key is {@code key} (ignoring case), or
     * -1; with {@link #value(int)} and {@link #keyIs}, reads several headers in one pass.
     */
    public final int indexOf(String key, int from) {
        return frame.indexOf(key, from);
    }

    /**
     * Whether line {@code index} exists and its key is {@code key} (ignoring case); false for an
     * index outside {@code [0, size())}. Lets a reader check where a key was in the last message
     * of the same kind before searching for it.
     */
    public final boolean keyIs(int index, String key) {
        return frame.hasKeyAt(index, key);
    }

    /** Whether the value of line {@code index} is exactly {@code text} (case counts), decoding nothing when ASCII. */
    public final boolean valueEquals(int index, String text) {
        return frame.valueEquals(index, text);
    }

    /**
     * Whether {@code key} is present and its first value is exactly {@code text} (case counts):
     * {@code get(key).equals(text)} without making the string (nothing is decoded when both are
     * ASCII). False when the key is absent; an empty value equals only {@code ""}.
     */
    public final boolean valueEquals(String key, String text) {
        int i = frame.indexOf(key);
        return i >= 0 && frame.valueEquals(i, text);
    }

    /**
     * Whether the value of line {@code index} equals {@code text} ignoring ASCII case, decoding
     * nothing; {@code text} should be ASCII (a non-ASCII character never matches).
     */
    public final boolean valueEqualsIgnoreCase(int index, String text) {
        return frame.valueIs(index, text);
    }

    /**
     * Whether {@code key} is present and its first value equals {@code text} ignoring ASCII case
     * ({@code get(key).equalsIgnoreCase(text)} for ASCII {@code text}), without making the string.
     * False when the key is absent.
     */
    public final boolean valueEqualsIgnoreCase(String key, String text) {
        int i = frame.indexOf(key);
        return i >= 0 && frame.valueIs(i, text);
    }

    /**
     * {@code value(index).hashCode()}, computed from the bytes without making the string when they
     * are ASCII: lets a caller find an equal string it already holds before decoding a new one.
     */
    public final int valueHash(int index) {
        return frame.valueHash(index);
    }

    /** Every value of {@code key}, in order; empty if absent. */
    public final List<String> getAll(String key) {
        List<String> out = null;
        for (int i = frame.indexOf(key); i >= 0; i = frame.indexOf(key, i + 1)) {
            if (out == null) {
                out = new ArrayList<>(4);
            }
            out.add(frame.value(i));
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    /** Whether {@code key} is present (even with an empty value). */
    public final boolean has(String key) {
        return frame.indexOf(key) >= 0;
    }

    /** All headers in order, repeated keys kept. */
    public final List<Header> headers() {
        List<Header> out = new ArrayList<>(frame.size());
        for (int i = 0; i < frame.size(); i++) {
            out.add(new Header(frame.key(i), frame.value(i)));
        }
        return Collections.unmodifiableList(out);
    }

    /** Whole number, -1 when absent or malformed. */
    public final int getInt(String key) {
        int i = frame.indexOf(key);
        return i < 0 ? -1 : Coerce.parseInt(frame.buffer(), frame.valueStart(i), frame.valueEnd(i), -1);
    }

    /** Whole number, -1 when absent or malformed. */
    public final long getLong(String key) {
        int i = frame.indexOf(key);
        return i < 0 ? -1L : Coerce.parseLong(frame.buffer(), frame.valueStart(i), frame.valueEnd(i), -1L);
    }

    /** Decimal number, NaN when absent or malformed. */
    public final double getDecimal(String key) {
        return Coerce.parseDecimal(get(key));
    }

    /** True for {@code Yes/true/1/on/y} in any case; false otherwise, including absent. */
    public final boolean getBoolean(String key) {
        return Coerce.parseBoolean(get(key));
    }

    /** {@code hh:mm:ss}, {@code mm:ss} or seconds; null when absent or malformed. */
    public final Duration getDuration(String key) {
        return Coerce.parseDuration(get(key));
    }

    /** Epoch seconds ({@code 1795349769.940906}) or Asterisk's event time; null when absent or malformed. */
    public final Instant getInstant(String key) {
        int i = frame.indexOf(key);
        return i < 0 ? null : Coerce.parseInstant(frame.buffer(), frame.valueStart(i), frame.valueEnd(i));
    }

    /** An address in any of AMI's forms; null when absent or malformed. */
    public final AmiAddress getAddress(String key) {
        return AmiAddress.parse(get(key));
    }

    /** A qualify status such as {@code OK (12 ms)}; null when absent. */
    public final PeerStatus getPeerStatus(String key) {
        return PeerStatus.parse(get(key));
    }

    /**
     * The {@code name=value} pairs of the header {@code key}, in order (a later duplicate name
     * wins), never mixing channels: the {@code key: name=value} lines (Asterisk 12 and later) or,
     * when there is none, the {@code key(channel): name=value} lines of the first channel named
     * (Asterisk 1.8 to 11 name the event's own channel first). Empty when there is none. All
     * channels, one map each: {@link #getChannelVariables(String)}.
     */
    public final Map<String, String> getVariables(String key) {
        Map<String, String> plain = null;
        Map<String, String> firstChannel = null;
        String channel = null;
        for (int i = 0; i < frame.size(); i++) {
            if (frame.colon(i) < 0) {
                continue;
            }
            if (frame.keyIs(i, key)) {
                plain = putVariable(plain, frame.value(i));
            } else if (plain == null) {
                String c = channelOf(i, key);
                if (c != null && (channel == null || channel.equals(c))) {
                    channel = c;
                    firstChannel = putVariable(firstChannel, frame.value(i));
                }
            }
        }
        Map<String, String> out = plain != null ? plain : firstChannel;
        return out == null ? Map.of() : Collections.unmodifiableMap(out);
    }

    /**
     * The {@code key(channel): name=value} lines, one map of name to value per channel, channels in
     * the order first named (a later duplicate name wins within a channel). Empty when there is none.
     */
    public final Map<String, Map<String, String>> getChannelVariables(String key) {
        Map<String, Map<String, String>> out = null;
        for (int i = 0; i < frame.size(); i++) {
            String c = frame.colon(i) < 0 ? null : channelOf(i, key);
            if (c != null) {
                if (out == null) {
                    out = new LinkedHashMap<>();
                }
                out.put(c, putVariable(out.get(c), frame.value(i)));
            }
        }
        if (out == null) {
            return Map.of();
        }
        out.replaceAll((c, vars) -> Collections.unmodifiableMap(vars));
        return Collections.unmodifiableMap(out);
    }

    /** The channel of line {@code i} if its key is {@code key(channel)}, else null. */
    private String channelOf(int i, String key) {
        int ks = frame.keyStart(i);
        int ke = frame.keyEnd(i);
        int klen = key.length();
        byte[] b = frame.buffer();
        if (ke - ks > klen + 1 && b[ks + klen] == '(' && b[ke - 1] == ')'
                && dev.amiable.internal.codec.Ascii.equalsIgnoreCase(b, ks, klen, key)) {
            return dev.amiable.internal.codec.Text.decode(b, ks + klen + 1, ke - ks - klen - 2);
        }
        return null;
    }

    private static Map<String, String> putVariable(Map<String, String> into, String v) {
        Map<String, String> out = into != null ? into : new LinkedHashMap<>();
        int eq = v.indexOf('=');
        if (eq < 0) {
            out.put(v, "");
        } else {
            out.put(v.substring(0, eq), v.substring(eq + 1));
        }
        return out;
    }

    /** The message as received, one header per line. */
    @Override
    public String toString() {
        return frame.toString();
    }
}
