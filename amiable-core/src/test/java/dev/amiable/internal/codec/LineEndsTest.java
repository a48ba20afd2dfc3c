package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.amiable.catalogue.Captures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The vector line scan against the eight-byte one. The build runs tests with the vector module
 * added; on a machine without 256-bit vectors these tests are skipped, and decoders there never
 * scan with vectors.
 */
class LineEndsTest {

    @Test
    void findsTheSameLineEndsAsTheEightByteSearchWhateverTheOrderOfQuestions() {
        assumeTrue(LineEnds.VECTOR_AVAILABLE, "no 256-bit vectors here");
        Random random = new Random(20261124);
        for (int round = 0; round < 2_000; round++) {
            byte[] b = new byte[random.nextInt(400)];
            int spacing = 1 + random.nextInt(80);
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(spacing) == 0 ? (byte) '\n' : (byte) (random.nextInt(3) == 0 ? '\r' : 'x');
            }
            LineEnds ends = new LineEnds(true);
            int to = random.nextInt(b.length + 1);
            int from = 0;
            while (from <= to) {
                int expected = Bytes.indexOfLf(b, from, to);
                assertEquals(expected, ends.next(b, from, to), "round " + round + ", from " + from + " to " + to);
                // the decoder's ways on: the next line, a jump ahead, more data, a new buffer
                switch (random.nextInt(6)) {
                    case 0 -> from += 1 + random.nextInt(100);
                    case 1 -> to = Math.min(b.length, to + random.nextInt(120));
                    case 2 -> ends.reset();
                    default -> from = expected < 0 ? to + 1 : expected + 1;
                }
            }
        }
    }

    @Test
    void findsTheSameEndOfHeadersAsTheEightByteSearch() {
        assumeTrue(LineEnds.VECTOR_AVAILABLE, "no 256-bit vectors here");
        Random random = new Random(20261125);
        byte[] alphabet = {'\n', '\r', 'x', ':', ' ', 0x0b, (byte) 0x8a};
        LineEnds ends = new LineEnds(true);
        for (int round = 0; round < 3_000; round++) {
            byte[] b = new byte[random.nextInt(300)];
            int lineEndsEvery = 1 + random.nextInt(60);
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(lineEndsEvery) == 0 ? alphabet[random.nextInt(2)]
                        : alphabet[2 + random.nextInt(alphabet.length - 2)];
            }
            for (int k = 0; k < 40; k++) {
                int from = random.nextInt(b.length + 1);
                int to = from + random.nextInt(b.length - from + 1);
                assertEquals(Bytes.endOfHeaders(b, from, to), ends.endOfHeaders(b, from, to),
                        "round " + round + ", from " + from + " to " + to);
            }
        }
    }

    @Test
    void decodersScanWithVectorsExactlyWhenAskedAndAble() {
        String asked = System.getProperty("amiable.vectorScan", "auto");
        boolean expected = LineEnds.VECTOR_AVAILABLE && (asked.equals("true")
                || (asked.equals("auto") && Runtime.version().feature() >= 25));
        assertEquals(expected, LineEnds.defaultIsVector(), "amiable.vectorScan=" + asked);
    }

    @Test
    void decodersFrameEveryCaptureTheSameWithAndWithoutVectors() {
        assumeTrue(LineEnds.VECTOR_AVAILABLE, "no 256-bit vectors here");
        for (String name : List.of("01-banner.txt", "02-busy-period.txt", "03-list-actions.txt",
                "04-command-action.txt", "05-login-failures.txt", "06-md5-login-limited-user.txt",
                "07-security-events.txt")) {
            byte[] bytes = Captures.bytes(name);
            for (int chunk : new int[] {1, 61, 4_096, 65_536}) {
                if (chunk == 1 && bytes.length > 200_000) {
                    continue; // byte by byte over megabytes adds time, not cases
                }
                Decoded eight = Decoded.streaming(bytes, chunk, DecoderLimits.DEFAULT, false);
                Decoded vector = Decoded.streaming(bytes, chunk, DecoderLimits.DEFAULT, true);
                assertSameFrames(eight.all(), vector.all(), name + " in chunks of " + chunk);
                assertEquals(eight.banners, vector.banners, name);
                assertEquals(messages(eight), messages(vector), name);
                assertEquals(eight.order, vector.order, name);
            }
        }
    }

    /** Equal lists, reported as the first frame that differs (captures are megabytes). */
    private static void assertSameFrames(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", frame " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ", frames");
    }

    private static List<String> messages(Decoded d) {
        List<String> out = new ArrayList<>();
        d.errors.forEach(e -> out.add(e.getMessage()));
        return out;
    }
}
