package dev.amiable.internal.codec;

/**
 * Finds line ends, and the ends of messages' headers, for one decoder, 64 bytes at a time with
 * vector compares when the JVM offers them, remembering the last block's LFs so that the next
 * line's end is usually one bit away. Without vectors every search is {@link Bytes#indexOfLf}
 * or {@link Bytes#endOfHeaders}.
 *
 * <p>Vectors are available when the {@code jdk.incubator.vector} module is in the boot layer (the
 * user added {@code --add-modules jdk.incubator.vector}) and the hardware has 256-bit vectors.
 * Decoders use them by default when they are available and the JDK is 25 or newer (Java 17's
 * vector API is several times slower than eight-byte words). The system property
 * {@code amiable.vectorScan} overrides the JDK check: {@code true} uses vectors whenever they are
 * available, {@code false} never.
 */
final class LineEnds {
    static final boolean VECTOR_AVAILABLE = vectorAvailable();
    private static final boolean VECTOR_DEFAULT = VECTOR_AVAILABLE && vectorChosen();
    private static final int BLOCK = 64;
    private static final int NONE = Integer.MIN_VALUE / 2;

    private final boolean vector;
    private long mask; // LFs of b[base, base + BLOCK), bit k for byte base + k
    private int base = NONE;

    LineEnds(boolean vector) {
        if (vector && !VECTOR_AVAILABLE) {
            throw new IllegalStateException("vector line scan asked for but not available");
        }
        this.vector = vector;
    }

    /** Whether this JVM's decoders scan with vectors (the choice described above). */
    static boolean defaultIsVector() {
        return VECTOR_DEFAULT;
    }

    /**
     * Index of the first LF in {@code b[from, to)}, or -1. For one buffer, {@code to} must not be
     * smaller than in an earlier call (a decoder's limit only grows): a remembered block was read
     * whole when it was loaded. Call {@link #reset()} when the buffer changes.
     */
    int next(byte[] b, int from, int to) {
        if (!vector) {
            return Bytes.indexOfLf(b, from, to);
        }
        int d = from - base;
        if (d >= 0 && d < BLOCK) {
            long m = mask >>> d;
            if (m != 0) {
                return from + Long.numberOfTrailingZeros(m);
            }
            from = base + BLOCK;
        }
        for (; from + BLOCK <= to; from += BLOCK) {
            long m = VectorLines.lfMask64(b, from);
            base = from;
            mask = m;
            if (m != 0) {
                return from + Long.numberOfTrailingZeros(m);
            }
        }
        base = NONE;
        return Bytes.indexOfLf(b, from, to);
    }

    /**
     * {@link Bytes#endOfHeaders}: the first LF in {@code b[from, to)} followed by a blank line
     * within the range, or -1; 64 bytes per step with vectors when this decoder uses them. Leaves
     * the remembered block of {@link #next} alone.
     */
    int endOfHeaders(byte[] b, int from, int to) {
        if (!vector) {
            return Bytes.endOfHeaders(b, from, to);
        }
        for (; from + BLOCK < to; from += BLOCK) { // the mask reads one byte past the block
            long m = VectorLines.headerEndMask64(b, from);
            while (m != 0) {
                int q = from + Long.numberOfTrailingZeros(m);
                if (Bytes.endsHeaders(b, q, to)) {
                    return q;
                }
                m &= m - 1;
            }
        }
        return Bytes.endOfHeaders(b, from, to);
    }

    /** Forgets the remembered block: call when the buffer changes. */
    void reset() {
        base = NONE;
    }

    private static boolean vectorChosen() {
        String choice = System.getProperty("amiable.vectorScan", "auto");
        return choice.equals("true") || (!choice.equals("false") && Runtime.version().feature() >= 25);
    }

    private static boolean vectorAvailable() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return VectorLines.native256() && selfTest();
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /** The vector path agrees with the eight-byte one on a sample with LFs in both halves. */
    private static boolean selfTest() {
        byte[] sample = new byte[64];
        sample[3] = '\n';
        sample[40] = '\n';
        sample[63] = '\n';
        return VectorLines.lfMask64(sample, 0) == ((1L << 3) | (1L << 40) | (1L << 63));
    }
}
