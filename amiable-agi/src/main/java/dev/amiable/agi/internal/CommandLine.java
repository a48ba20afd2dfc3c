package dev.amiable.agi.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One command line as UTF-8 bytes ending in {@code \n}, built by {@link CommandText}'s rules into
 * a buffer that is reused from command to command (so a FastAGI command costs no string or array
 * of its own). Belongs to one conversation, used by one thread at a time.
 */
public final class CommandLine {
    private byte[] bytes = new byte[128];
    private int length;

    /** Replaces the content with {@code command} and its arguments, quoted when needed, and {@code \n}. */
    public CommandLine build(String command, Object... args) {
        CommandText.check(command, "command", null);
        length = 0;
        append(command);
        for (Object arg : args) {
            String s = String.valueOf(arg);
            CommandText.check(s, "argument of ", command);
            put((byte) ' ');
            if (!CommandText.needsQuotes(s)) {
                append(s);
                continue;
            }
            put((byte) '"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    put((byte) '\\');
                }
                if (c < 0x80) {
                    put((byte) c);
                } else {
                    int end = i + 1;
                    while (end < s.length() && s.charAt(end) >= 0x80) {
                        end++;
                    }
                    putAll(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                    i = end - 1;
                }
            }
            put((byte) '"');
        }
        put((byte) '\n');
        return this;
    }

    /** The bytes; valid up to {@link #length()}. */
    public byte[] bytes() {
        return bytes;
    }

    /** The length in bytes, {@code \n} included. */
    public int length() {
        return length;
    }

    /** The line as text, without its {@code \n}. */
    @Override
    public String toString() {
        return new String(bytes, 0, Math.max(0, length - 1), StandardCharsets.UTF_8);
    }

    private void append(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                putAll(s.substring(i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            put((byte) c);
        }
    }

    private void put(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, length * 2);
        }
        bytes[length++] = b;
    }

    private void putAll(byte[] b) {
        if (length + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + b.length, length * 2));
        }
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }
}
