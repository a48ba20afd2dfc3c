package dev.amiable.internal.codec;

import java.nio.charset.StandardCharsets;

/** Turns wire bytes into text: UTF-8, leniently, and quotes short previews for error messages. */
public final class Text {
    private Text() {
    }

    /** Decodes UTF-8; malformed or truncated sequences become U+FFFD, nothing throws. */
    public static String decode(byte[] buf, int off, int len) {
        if (len == 0) {
            return "";
        }
        return new String(buf, off, len, StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code buf[off, off + len)}, decoded, equals {@code text} exactly (case counts),
     * without decoding it when both are ASCII.
     */
    public static boolean sameText(byte[] buf, int off, int len, String text) {
        int n = text.length();
        if (n > len) {
            return false; // UTF-8 makes at most one character of each byte (U+FFFD for a broken one)
        }
        if (n == len && n > 0) {
            // equal then means one byte per character: a differing ASCII last byte settles it at
            // once (values that differ, such as two Uniqueids, usually differ at the end)
            int b = buf[off + n - 1];
            char c = text.charAt(n - 1);
            if (b >= 0 && c < 0x80 && b != c) {
                return false;
            }
        }
        for (int k = 0; k < n; k++) {
            int b = buf[off + k];
            char c = text.charAt(k);
            if (b < 0 || c >= 0x80) {
                return decode(buf, off, len).equals(text); // not ASCII: compare the decoded text
            }
            if (b != c) {
                return false;
            }
        }
        // an ASCII prefix matched: more bytes decode to more characters, more characters need more bytes
        return len == n;
    }

    /**
     * A quoted, escaped preview of at most {@code max} bytes: printable ASCII as is, CR, LF and
     * TAB as {@code \r \n \t}, every other byte as {@code \xNN}.
     */
    public static String preview(byte[] buf, int off, int len, int max) {
        StringBuilder sb = new StringBuilder(Math.min(len, max) + 8).append('"');
        int n = Math.min(len, max);
        for (int i = 0; i < n; i++) {
            int b = buf[off + i] & 0xff;
            switch (b) {
                case '\r': sb.append("\\r"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                default:
                    if (b >= 0x20 && b < 0x7f) {
                        sb.append((char) b);
                    } else {
                        sb.append(String.format("\\x%02x", b));
                    }
            }
        }
        sb.append('"');
        if (len > max) {
            sb.append("… (").append(len).append(" bytes)");
        }
        return sb.toString();
    }

    /** {@link #preview(byte[], int, int, int)} of a string's UTF-8 bytes. */
    public static String preview(String s, int max) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return preview(b, 0, b.length, max);
    }
}
