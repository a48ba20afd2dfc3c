package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {
    /** Bytes next to ':' and LF in value, which an inexact eight-byte test could mistake for them. */
    private static final byte[] ALPHABET = {':', '\n', ';', 0x0b, '9', 0x09, '\r', 'a', ' ', (byte) 0xba, (byte) 0x8a, 0, 0x0c, 0x0f, 0x08, 0x07, 0x10};

    private static int naiveLf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Test
    void findsTheSameBytesAsAByteLoopOnEveryRangeOfRandomArrays() {
        Random random = new Random(20261123);
        for (int round = 0; round < 3_000; round++) {
            byte[] b = new byte[1 + random.nextInt(40)];
            int density = 1 + random.nextInt(ALPHABET.length);
            for (int i = 0; i < b.length; i++) {
                b[i] = ALPHABET[random.nextInt(density)];
            }
            for (int from = 0; from <= b.length; from++) {
                for (int to = from; to <= b.length; to++) {
                    assertEquals(naiveLf(b, from, to), Bytes.indexOfLf(b, from, to), "LF in [" + from + ", " + to + ")");
                }
            }
        }
    }

    private static int naiveEndOfHeaders(byte[] b, int from, int to) {
        for (int q = from; q < to; q++) {
            if (b[q] == '\n' && ((q + 1 < to && b[q + 1] == '\n')
                    || (q + 2 < to && b[q + 1] == '\r' && b[q + 2] == '\n'))) {
                return q;
            }
        }
        return -1;
    }

    @Test
    void findsTheEndOfHeadersAsAByteLoopDoesOnEveryRangeOfRandomArrays() {
        Random random = new Random(20261124);
        for (int round = 0; round < 3_000; round++) {
            byte[] b = new byte[1 + random.nextInt(90)];
            int density = 1 + random.nextInt(ALPHABET.length);
            for (int i = 0; i < b.length; i++) {
                // mostly plain text, so that the 32-byte steps run, with the alphabet's traps between
                b[i] = random.nextInt(4) == 0 ? ALPHABET[random.nextInt(density)] : (byte) ('a' + random.nextInt(26));
            }
            for (int from = 0; from <= b.length; from++) {
                for (int to = from; to <= b.length; to++) {
                    assertEquals(naiveEndOfHeaders(b, from, to), Bytes.endOfHeaders(b, from, to),
                            "end of headers in [" + from + ", " + to + ")");
                }
            }
        }
    }
}
