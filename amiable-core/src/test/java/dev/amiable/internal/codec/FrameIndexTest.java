package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Frames find their lines on demand: a whole message in the buffer is framed knowing only its
 * first line. Whatever is asked first, in whatever order, and by however many threads at once,
 * a frame must answer as one whose lines were all found up front (the decoder's line-by-line way,
 * which a one-byte-at-a-time stream takes).
 */
class FrameIndexTest {
    private static final String[] KEYS = {"Event", "Channel", "Uniqueid", "Privilege", "Timestamp", "Variable",
        "ActionID", "X:Y", "event", "A", ""};

    @Test
    void aWholeMessageIsFramedKnowingOnlyItsFirstLine() {
        Decoded d = Decoded.whole("Event: Hangup\r\nChannel: PJSIP/a-1\r\nCause: 16\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII), DecoderLimits.DEFAULT);
        Frame f = d.frames.get(0);
        assertEquals(1, f.knownLines());
        assertEquals(2, f.indexOf("Cause"));
        assertEquals(3, f.size());
        assertEquals(3, f.knownLines());
    }

    @Test
    void hasKeyAtIndexesNoFurtherThanTheLineAskedAbout() {
        StringBuilder sb = new StringBuilder("Event: Long\r\n");
        for (int i = 0; i < 40; i++) {
            sb.append("Key").append(i).append(": v\r\n");
        }
        Frame f = Decoded.whole(sb.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII),
                DecoderLimits.DEFAULT).frames.get(0);
        assertTrue(f.hasKeyAt(1, "KEY0"), "ignoring case");
        assertTrue(f.knownLines() < 10, "not every line indexed: " + f.knownLines());
        assertFalse(f.hasKeyAt(2, "Key0"));
        assertFalse(f.hasKeyAt(2, "Key1:"), "a key never holds a colon");
        assertFalse(f.hasKeyAt(-1, "Event"));
        assertTrue(f.hasKeyAt(40, "Key39"));
        assertFalse(f.hasKeyAt(41, "Key39"), "no such line");
        assertFalse(f.hasKeyAt(Integer.MAX_VALUE, "Event"));
        assertEquals(41, f.size());
    }

    @Test
    void lookupsInAnyOrderAgreeWithAFrameWhoseLinesWereFoundUpFront() {
        Random r = new Random(20261124L);
        for (int round = 0; round < 3_000; round++) {
            byte[] wire = randomMessage(r);
            Frame lazy = Decoded.whole(wire.clone(), DecoderLimits.DEFAULT).frames.get(0);
            Frame eager = Decoded.streaming(wire, 1, DecoderLimits.DEFAULT).frames.get(0);
            assertEquals(eager.size(), eager.knownLines(), "one byte at a time, every line is found as it comes");
            for (int op = 0; op < 12; op++) {
                askTheSame(r, lazy, eager, "round " + round + ", op " + op + ": " + new String(wire, StandardCharsets.UTF_8));
            }
            assertEquals(eager.toString(), lazy.toString());
            assertEquals(eager.size(), lazy.size());
        }
    }

    @Test
    void threadsReadingOneFrameAtOnceAllSeeTheSameLines() throws Exception {
        Random r = new Random(7L);
        List<Frame> lazy = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            byte[] wire = randomMessage(r);
            lazy.add(Decoded.whole(wire.clone(), DecoderLimits.DEFAULT).frames.get(0));
            expected.add(describe(Decoded.streaming(wire, 1, DecoderLimits.DEFAULT).frames.get(0), 0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t; // each thread starts at a different line: some grow the index partly
                readers.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < lazy.size(); i++) {
                        assertEquals(expected.get(i), describe(lazy.get(i), first), "frame " + i);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : readers) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every line as key=value, looked up by name from line {@code first} on, then all by index. */
    private static String describe(Frame f, int first) {
        for (String key : KEYS) {
            f.indexOf(key, first);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            sb.append(f.key(i)).append('=').append(f.value(i)).append('|');
        }
        return sb.toString();
    }

    private static void askTheSame(Random r, Frame lazy, Frame eager, String where) {
        int n = eager.size();
        int i = r.nextInt(n + 3) - 1; // now and then a line that is not there
        String key = KEYS[r.nextInt(KEYS.length)];
        switch (r.nextInt(9)) {
            case 0 -> assertEquals(eager.indexOf(key), lazy.indexOf(key), where);
            case 1 -> assertEquals(eager.indexOf(key, i), lazy.indexOf(key, i), where);
            case 2 -> assertEquals(eager.size(), lazy.size(), where);
            default -> {
                if (i < 0 || i >= n) {
                    assertThrows(IndexOutOfBoundsException.class, () -> lazy.value(i), where);
                    return;
                }
                switch (r.nextInt(7)) {
                    case 0 -> assertEquals(eager.keyIs(i, key), lazy.keyIs(i, key), where);
                    case 1 -> assertEquals(eager.key(i), lazy.key(i), where);
                    case 2 -> assertEquals(eager.value(i), lazy.value(i), where);
                    case 3 -> assertEquals(eager.colon(i), lazy.colon(i), where);
                    case 4 -> {
                        assertEquals(eager.lineStart(i), lazy.lineStart(i), where);
                        assertEquals(eager.lineEnd(i), lazy.lineEnd(i), where);
                    }
                    case 5 -> {
                        assertTrue(lazy.valueBytesAre(i, eager.value(i).getBytes(StandardCharsets.UTF_8)), where);
                        assertEquals(eager.value(i).equals("16"), lazy.valueBytesAre(i, new byte[] {'1', '6'}), where);
                    }
                    default -> assertEquals(eager.valueIs(i, "16"), lazy.valueIs(i, "16"), where);
                }
            }
        }
    }

    /** One message of 1 to 40 lines: keys, lines without a colon, one-byte lines, CRLF or LF. */
    private static byte[] randomMessage(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = 1 + r.nextInt(r.nextBoolean() ? 6 : 40);
        for (int k = 0; k < lines; k++) {
            String line = switch (r.nextInt(8)) {
                case 0 -> "x";
                case 1 -> "no colon here";
                case 2 -> KEYS[r.nextInt(KEYS.length)] + ":";
                case 3 -> KEYS[r.nextInt(KEYS.length)] + ": 16";
                default -> KEYS[r.nextInt(KEYS.length)] + ": " + "v".repeat(r.nextInt(30)) + (r.nextBoolean() ? ":z" : "");
            };
            if (k == 0 && (line.equals("x"))) {
                line = "Event: First";
            }
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.writeBytes((r.nextBoolean() ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes((r.nextBoolean() ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void aMessageAtTheLimitsIsTheSameWholeOrStreamed() {
        DecoderLimits small = new DecoderLimits(64, 4, 4096); // whole messages of up to 8 header bytes go the quick way
        for (String input : List.of("A\r\nB\r\nC\r\nD\r\n\r\n", "A\nB\nC\nD\n\n", "A\nB\nC\nD\nE\n\nX: 1\n\n",
                "A\r\nB\r\nC\r\nD\r\nE\r\n\r\nX: 1\r\n\r\n", "Ab\nC\n\n", "Abcdefg\n\n", "Abcdefgh\n\n")) {
            byte[] b = input.getBytes(StandardCharsets.US_ASCII);
            Decoded whole = Decoded.whole(b.clone(), small);
            Decoded streamed = Decoded.streaming(b, 1, small);
            assertEquals(streamed.all(), whole.all(), input);
            assertEquals(streamed.order, whole.order, input);
            assertTrue(whole.errors.size() <= 1, input);
        }
    }
}
