package dev.amiable.internal.codec;

/** ASCII helpers over byte ranges; no allocation. */
public final class Ascii {
    private Ascii() {
    }

    /** Lower-cases one ASCII letter, leaves every other byte alone. */
    public static int lower(int b) {
        return (b >= 'A' && b <= 'Z') ? b + 32 : b;
    }

    /** Compares {@code len} bytes at {@code off} with {@code s}, ignoring ASCII case. */
    public static boolean equalsIgnoreCase(byte[] buf, int off, int len, String s) {
        if (len != s.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            int b = buf[off + i] & 0xff;
            int c = s.charAt(i);
            if (b != c && lower(b) != lower(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the {@code lower.length} bytes at {@code off} are {@code lower} (given in lower case)
     * ignoring ASCII case; the caller knows the bytes are there.
     */
    public static boolean equalsLower(byte[] buf, int off, byte[] lower) {
        for (int i = 0; i < lower.length; i++) {
            if (lower(buf[off + i]) != lower[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes at {@code off} start with {@code prefix}, exactly. */
    public static boolean startsWith(byte[] buf, int off, int len, String prefix) {
        if (len < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((buf[off + i] & 0xff) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Case-insensitive hash of a byte range, consistent with {@link #hash(String)}: every byte
     * with bit 5 set, which makes each ASCII letter equal to its other case (and some other pairs
     * too, such as {@code @} and {@code `}: equal hashes still need a comparison).
     */
    public static int hash(byte[] buf, int off, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + ((buf[off + i] & 0xff) | 0x20);
        }
        return h;
    }

    /** Case-insensitive hash of a string, consistent with {@link #hash(byte[], int, int)}. */
    public static int hash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + (s.charAt(i) | 0x20);
        }
        return h;
    }
}
