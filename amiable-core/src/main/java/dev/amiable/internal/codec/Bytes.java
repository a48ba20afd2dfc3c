package dev.amiable.internal.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches that look at eight bytes per step (plain Java, no Unsafe). Internal; public only
 * so that the benchmarks' framing diagnostic measures the same search.
 */
public final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = 0x0a0a0a0a0a0a0a0aL;
    private static final long COLONS = 0x3a3a3a3a3a3a3a3aL;

    private Bytes() {
    }

    /** Index of the first LF in {@code b[from, to)}, or -1. */
    public static int indexOfLf(byte[] b, int from, int to) {
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
     * One header line from {@code from}: the index of its first {@code ':'} (or -1) in the high
     * half, the index of its LF (or -1 when the line is not complete) in the low half. One pass:
     * each word is tested for both bytes until the colon is found, then for LF only, in the same
     * word. Only the lowest flagged byte of a zero-byte mask is exact, and nothing below the
     * colon is an LF, so the lowest LF flag above it is exact too.
     */
    static long scanLine(byte[] b, int from, int to) {
        int colon = -1;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long l = w ^ LFS;
            long lfs = (l - ONES) & ~l & HIGHS;
            if (colon < 0) {
                long c = w ^ COLONS;
                long colons = (c - ONES) & ~c & HIGHS;
                if (colons != 0) {
                    int cb = Long.numberOfTrailingZeros(colons);
                    if (lfs == 0 || cb < Long.numberOfTrailingZeros(lfs)) {
                        colon = i + (cb >>> 3);
                        lfs &= -2L << cb;
                    }
                }
            }
            if (lfs != 0) {
                return pack(colon, i + (Long.numberOfTrailingZeros(lfs) >>> 3));
            }
        }
        for (; i < to; i++) {
            byte x = b[i];
            if (x == '\n') {
                return pack(colon, i);
            }
            if (x == ':' && colon < 0) {
                colon = i;
            }
        }
        return pack(colon, -1);
    }

    private static long pack(int colon, int lf) {
        return ((long) colon << 32) | (lf & 0xffffffffL);
    }
}
