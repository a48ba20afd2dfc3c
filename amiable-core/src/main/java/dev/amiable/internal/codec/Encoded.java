package dev.amiable.internal.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Values Asterisk sends in an encoded form: hexadecimal numbers ({@code SSRC: 0x5c1d2e3f} in the
 * RTCP events of Asterisk 12 and later) and URL-encoded text (AsyncAGI's {@code Env} and
 * {@code Result}). Like {@link Coerce}, nothing here throws on server data.
 */
public final class Encoded {
    private Encoded() {
    }

    /**
     * {@code 0x}-prefixed hexadecimal (any case, up to 16 digits) or plain decimal, spaces around
     * allowed; -1 when null, empty or malformed.
     */
    public static long parseHex(String s) {
        if (s == null) {
            return -1;
        }
        String t = s.trim();
        if (t.length() > 2 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
            if (t.length() > 18) {
                return -1;
            }
            long v = 0;
            for (int i = 2; i < t.length(); i++) {
                int d = Character.digit(t.charAt(i), 16);
                if (d < 0) {
                    return -1;
                }
                v = v << 4 | d;
            }
            return v;
        }
        byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
        return Coerce.parseLong(b, 0, b.length, -1);
    }

    /**
     * Percent-decodes {@code s} as UTF-8 ({@code %20} is a space; {@code +} stays a plus, as
     * Asterisk encodes spaces with {@code %20}). An escape without two hex digits after it is kept
     * as sent; bytes that are not valid UTF-8 become U+FFFD. Null gives null.
     */
    public static String urlDecode(String s) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            int hi = i + 2 < in.length && in[i] == '%' ? Character.digit(in[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(in[i + 2], 16) : -1;
            if (lo >= 0) {
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return Text.decode(out.toByteArray(), 0, out.size());
    }
}
