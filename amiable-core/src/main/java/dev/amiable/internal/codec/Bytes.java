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
    private static final long SEVENS = 0x0707070707070707L;
    private static final long FIFTEENS = 0x0f0f0f0f0f0f0f0fL;

    private Bytes() {
    }

    /** The eight bytes {@code b[i, i + 8)} as one little-endian word: {@code b[i]} is its lowest byte. */
    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
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
     * Index of the first LF in {@code b[from, to)} that ends a message's headers: the LF is
     * followed by a blank line ({@code LF} or {@code CR LF}) that also lies within the range; or -1.
     *
     * <p>Looks 32 bytes per step for an LF followed by a byte in {@code 0x08..0x0f} (which covers CR
     * and LF and little else) and checks only those candidates, so no branch depends on where
     * ordinary lines end.
     */
    public static int endOfHeaders(byte[] b, int from, int to) {
        int i = from;
        while (true) {
            for (; i + 33 <= to; i += 32) {
                if (((candidates(b, i) | candidates(b, i + 8) | candidates(b, i + 16) | candidates(b, i + 24))
                        & HIGHS) != 0) {
                    break;
                }
            }
            for (; i + 9 <= to; i += 8) {
                long m = candidates(b, i) & HIGHS;
                if (m != 0) {
                    i += Long.numberOfTrailingZeros(m) >>> 3;
                    break;
                }
            }
            if (i + 9 > to) {
                // the last bytes, one at a time
                for (; i + 1 < to; i++) {
                    if (b[i] == '\n' && endsHeaders(b, i, to)) {
                        return i;
                    }
                }
                return -1;
            }
            // b[i] is an LF followed by a byte in 0x08..0x0f (the lowest candidate is exact)
            if (endsHeaders(b, i, to)) {
                return i;
            }
            i++;
        }
    }

    /** Whether the LF at {@code q} is followed by {@code LF} or {@code CR LF} within {@code to}. */
    static boolean endsHeaders(byte[] b, int q, int to) {
        return b[q + 1] == '\n' || (b[q + 1] == '\r' && q + 2 < to && b[q + 2] == '\n');
    }

    /**
     * The high bit of byte k is set where {@code b[i + k]} is LF and {@code b[i + k + 1]} is in
     * {@code 0x08..0x0f}; bits above the lowest such byte may be set wrongly (borrows), the lowest
     * is exact. Reads {@code b[i, i + 9)}.
     */
    private static long candidates(byte[] b, int i) {
        long x = ((long) LONGS.get(b, i) ^ LFS) | (((long) LONGS.get(b, i + 1) | SEVENS) ^ FIFTEENS);
        return (x - ONES) & ~x;
    }
}
