package dev.amiable.internal.codec;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The only class that uses the JDK's incubating vector API. Loaded only after {@link LineEnds}
 * has seen the {@code jdk.incubator.vector} module in the boot layer, so that without it nothing
 * here is ever resolved.
 */
final class VectorLines {
    private static final VectorSpecies<Byte> S = ByteVector.SPECIES_256;
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private VectorLines() {
    }

    /** Whether 256-bit vectors are the hardware's own (not emulated) on this machine. */
    static boolean native256() {
        return VectorShape.preferredShape().vectorBitSize() >= 256;
    }

    /**
     * Bit {@code k} set where {@code b[i + k]} is LF and {@code b[i + k + 1]} is CR or LF (an LF
     * that may end a message's headers), for the 64 bytes from {@code i}; reads {@code b[i, i + 65)}.
     */
    static long headerEndMask64(byte[] b, int i) {
        ByteVector lo = ByteVector.fromArray(S, b, i);
        ByteVector loNext = ByteVector.fromArray(S, b, i + 1);
        ByteVector hi = ByteVector.fromArray(S, b, i + 32);
        ByteVector hiNext = ByteVector.fromArray(S, b, i + 33);
        long l = lo.eq(LF).and(loNext.eq(LF).or(loNext.eq(CR))).toLong();
        long h = hi.eq(LF).and(hiNext.eq(LF).or(hiNext.eq(CR))).toLong();
        return l | (h << 32);
    }

    /** Bit {@code k} set where {@code b[i + k]} is LF, for the 64 bytes from {@code i}. */
    static long lfMask64(byte[] b, int i) {
        long lo = ByteVector.fromArray(S, b, i).eq(LF).toLong();
        long hi = ByteVector.fromArray(S, b, i + 32).eq(LF).toLong();
        return lo | (hi << 32);
    }
}
