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
