package dev.amiable.kafka.internal;

import java.util.Arrays;

/**
 * Non-negative numbers as decimal ASCII bytes (the {@code ami-seq} and {@code ami-epoch} header
 * values), written digit by digit into a reused scratch array instead of through a {@code String}.
 * One instance per thread (not thread-safe).
 */
final class AsciiNumber {
    private static final int MAX_DIGITS = 19; // Long.MAX_VALUE
    private final byte[] scratch = new byte[MAX_DIGITS];

    /**
     * {@code value} as decimal digits, in a new array of exactly their length: a record may keep it
     * (it can wait for the producer long after the next number is written).
     *
     * @throws IllegalArgumentException when {@code value} is negative
     */
    byte[] bytes(long value) {
        int from = write(value);
        return Arrays.copyOfRange(scratch, from, MAX_DIGITS);
    }

    /** Writes the digits at the end of the scratch array; returns the index of the first. */
    private int write(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int p = MAX_DIGITS;
        long v = value;
        do {
            long q = v / 10;
            scratch[--p] = (byte) ('0' + (int) (v - q * 10));
            v = q;
        } while (v != 0);
        return p;
    }
}
