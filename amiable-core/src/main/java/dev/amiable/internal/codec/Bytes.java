package dev.amiable.internal.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte searches that look at eight bytes per step (plain Java, no Unsafe). */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = 0x0a0a0a0a0a0a0a0aL;
    private static final long COLONS = 0x3a3a3a3a3a3a3a3aL;

    private Bytes() {
    }

    /** Index of the first LF in {@code b[from, to)}, or -1. */
    static int indexOfLf(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ LFS;
            long t = (x - ONES) & ~x & HIGHS;
            if (t != 0) {
                return i + (Long.numberOfTrailingZeros(t) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index of the first {@code ':'} or LF in {@code b[from, to)}, or -1: a header line's colon
     * and its end are found in one pass instead of a byte loop over the key. (The lowest flagged
     * byte of each zero-byte mask is exact, so the lowest of the two is too.)
     */
    static int indexOfColonOrLf(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long l = w ^ LFS;
            long c = w ^ COLONS;
            long t = ((l - ONES) & ~l | (c - ONES) & ~c) & HIGHS;
            if (t != 0) {
                return i + (Long.numberOfTrailingZeros(t) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n' || b[i] == ':') {
                return i;
            }
        }
        return -1;
    }
}
