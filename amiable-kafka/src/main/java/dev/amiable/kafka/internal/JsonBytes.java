package dev.amiable.kafka.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Tests on bytes about to go into a JSON string, eight at a time. */
final class JsonBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private JsonBytes() {
    }

    /**
     * Whether {@code b[from, to)} is ASCII that a JSON string holds as it is: no byte with the
     * high bit set, below {@code 0x20}, a quote or a backslash.
     */
    static boolean plain(byte[] b, int from, int to) {
        int p = from;
        for (; p + 8 <= to; p += 8) {
            long x = (long) LONGS.get(b, p);
            // a byte >= 0x80, < 0x20, == '"' or == '\\' sets its high bit in one of these terms
            long special = x | ((x - 0x20 * ONES) & ~x) | zeroByte(x ^ ('"' * ONES)) | zeroByte(x ^ ('\\' * ONES));
            if ((special & HIGHS) != 0) {
                return false;
            }
        }
        for (; p < to; p++) {
            byte c = b[p];
            if (c < 0x20 || c == '"' || c == '\\') { // a negative byte is not ASCII
                return false;
            }
        }
        return true;
    }

    /** Sets the high bit of some byte when {@code x} has a zero byte (and of none otherwise). */
    private static long zeroByte(long x) {
        return (x - ONES) & ~x;
    }
}
