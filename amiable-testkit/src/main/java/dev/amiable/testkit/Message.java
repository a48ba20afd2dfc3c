package dev.amiable.testkit;

import dev.amiable.Header;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An AMI message the fake server sends: an immutable, ordered list of headers that may repeat.
 * Written as {@code Key: Value\r\n} lines and a blank line, in UTF-8.
 *
 * <p>Keys and values may not hold CR or LF (that would forge a second message); the factories
 * throw {@link IllegalArgumentException}. To send malformed bytes on purpose, use
 * {@link FakeAsterisk#emitRaw(byte[])} or {@link AmiSession#sendRaw(byte[])}.
 */
public final class Message {
    private final List<Header> headers;
    /** The wire form, made on first use (a message sent many times is encoded once). */
    private Wire wire;

    /** The encoded message, where its first line ends, and whether it has an ActionID. */
    private record Wire(byte[] bytes, int firstLineEnd, boolean hasActionId) {
    }

    private Message(List<Header> headers) {
        this.headers = Collections.unmodifiableList(headers);
    }

    /** A message from alternating keys and values, in order. */
    public static Message of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        List<Header> list = new ArrayList<>(keysAndValues.length / 2);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            list.add(header(keysAndValues[i], keysAndValues[i + 1]));
        }
        return new Message(list);
    }

    /** A message from a map, in the map's iteration order. */
    public static Message of(Map<String, String> headers) {
        List<Header> list = new ArrayList<>(headers.size());
        headers.forEach((k, v) -> list.add(header(k, v)));
        return new Message(list);
    }

    /** A message from headers, in order. */
    public static Message of(List<Header> headers) {
        List<Header> list = new ArrayList<>(headers.size());
        headers.forEach(h -> list.add(header(h.name(), h.value())));
        return new Message(list);
    }

    /** {@code Response: <type>} followed by the given keys and values. */
    public static Message response(String type, String... keysAndValues) {
        return of("Response", type).with(keysAndValues);
    }

    /** {@code Event: <name>} followed by the given keys and values. */
    public static Message event(String name, String... keysAndValues) {
        return of("Event", name).with(keysAndValues);
    }

    /** A copy with the given keys and values appended. */
    public Message with(String... keysAndValues) {
        if (keysAndValues.length == 0) {
            return this;
        }
        List<Header> list = new ArrayList<>(headers);
        list.addAll(of(keysAndValues).headers);
        return new Message(list);
    }

    /** A copy with one header inserted at {@code index}. */
    public Message insert(int index, String key, String value) {
        List<Header> list = new ArrayList<>(headers);
        list.add(Math.min(index, list.size()), header(key, value));
        return new Message(list);
    }

    /** A copy without any header named {@code key} (case-insensitive). */
    public Message without(String key) {
        List<Header> list = new ArrayList<>(headers);
        list.removeIf(h -> h.name().equalsIgnoreCase(key));
        return new Message(list);
    }

    public List<Header> headers() {
        return headers;
    }

    /** The first value of {@code key} (case-insensitive), or null. */
    public String get(String key) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(key)) {
                return h.value();
            }
        }
        return null;
    }

    public boolean has(String key) {
        return get(key) != null;
    }

    /** Whether the first header is {@code Event}. */
    public boolean isEvent() {
        return !headers.isEmpty() && headers.get(0).name().equalsIgnoreCase("Event");
    }

    /** Whether the first header is {@code Response}. */
    public boolean isResponse() {
        return !headers.isEmpty() && headers.get(0).name().equalsIgnoreCase("Response");
    }

    /** The wire form: each header as {@code Key: Value\r\n}, then {@code \r\n}. */
    public byte[] toBytes() {
        return wire().bytes.clone();
    }

    /**
     * The wire form with {@code ActionID: <actionId>} as the second line, as a reply to an action
     * is written; the plain {@link #toBytes()} when {@code actionId} is null or the message already
     * has an ActionID. The message's own encoding is made once and kept, so sending the same
     * message in many replies costs a copy, not an encoding.
     *
     * @throws IllegalArgumentException if {@code actionId} holds CR or LF
     */
    public byte[] toBytes(String actionId) {
        Wire w = wire();
        if (actionId == null || w.hasActionId) {
            return w.bytes.clone();
        }
        byte[] id = idLine(actionId);
        byte[] out = new byte[w.bytes.length + id.length];
        System.arraycopy(w.bytes, 0, out, 0, w.firstLineEnd);
        System.arraycopy(id, 0, out, w.firstLineEnd, id.length);
        System.arraycopy(w.bytes, w.firstLineEnd, out, w.firstLineEnd + id.length, w.bytes.length - w.firstLineEnd);
        return out;
    }

    /**
     * Writes {@link #toBytes(String) toBytes(actionId)} to {@code out} without making that array
     * (the kept encoding in up to three pieces); {@code idLine} is {@code ActionID: <id>\r\n} in
     * UTF-8, made once per reply by {@link #idLine(String)}, or null for none.
     */
    public void writeTo(OutputStream out, byte[] idLine) throws IOException {
        Wire w = wire();
        if (idLine == null || w.hasActionId) {
            out.write(w.bytes, 0, w.bytes.length);
            return;
        }
        out.write(w.bytes, 0, w.firstLineEnd);
        out.write(idLine, 0, idLine.length);
        out.write(w.bytes, w.firstLineEnd, w.bytes.length - w.firstLineEnd);
    }

    /**
     * The line {@code ActionID: <actionId>\r\n} in UTF-8, for {@link #writeTo}.
     *
     * @throws IllegalArgumentException if {@code actionId} holds CR or LF
     */
    public static byte[] idLine(String actionId) {
        check(actionId);
        return ("ActionID: " + actionId + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private Wire wire() {
        Wire w = wire;
        if (w == null) {
            byte[] bytes = encode();
            int firstLineEnd = 0;
            if (!headers.isEmpty()) {
                while (bytes[firstLineEnd] != '\n') {
                    firstLineEnd++;
                }
                firstLineEnd++;
            }
            w = new Wire(bytes, firstLineEnd, has("ActionID"));
            wire = w; // a race makes the same value twice; the record's final fields publish it whole
        }
        return w;
    }

    private byte[] encode() {
        int n = 2;
        for (Header h : headers) {
            n += h.name().length() + h.value().length() + 4;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (Header h : headers) {
            at = ascii(h.name(), out, at);
            at = at < 0 ? at : ascii(": ", out, at);
            at = at < 0 ? at : ascii(h.value(), out, at);
            at = at < 0 ? at : ascii("\r\n", out, at);
            if (at < 0) {
                return toString().getBytes(StandardCharsets.UTF_8); // not all ASCII: let the JDK encode
            }
        }
        out[at++] = '\r';
        out[at] = '\n';
        return out;
    }

    /** Copies ASCII {@code s} into {@code out} at {@code at}; the next position, or -1 at a non-ASCII char. */
    private static int ascii(String s, byte[] out, int at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            out[at++] = (byte) c;
        }
        return at;
    }

    /** The wire form as text. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(32 * headers.size() + 2);
        for (Header h : headers) {
            sb.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }

    private static Header header(String key, String value) {
        check(key);
        check(value);
        return new Header(key, value);
    }

    private static void check(String s) {
        if (s == null) {
            throw new IllegalArgumentException("null key or value");
        }
        if (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("CR or LF in a header: " + s.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }
}
