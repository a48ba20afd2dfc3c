package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who owns which bytes: a streamed frame holds an array of exactly its own size (so a kept event
 * does not keep the read buffer alive), the read buffer is reused, a big message grows it by
 * doubling, and it returns to its usual size afterwards.
 */
class DecoderBufferTest {
    private static final int CHUNK = 64 * 1024;

    /** Writes {@code input} into {@code dec} in reads of at most {@code chunk} bytes, as a socket reader does. */
    private static void stream(FrameDecoder dec, byte[] input, int chunk, FrameSink sink, Map<byte[], Boolean> buffers) {
        for (int off = 0; off < input.length; ) {
            dec.ensureWritable();
            buffers.put(dec.buffer(), true);
            int n = Math.min(Math.min(chunk, dec.writableBytes()), input.length - off);
            System.arraycopy(input, off, dec.buffer(), dec.writeIndex(), n);
            dec.written(n, sink);
            off += n;
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void streamedFramesHoldExactlyTheirOwnBytesAndTheReadBufferIsReused() {
        StringBuilder sb = new StringBuilder("Asterisk Call Manager/9.0.0\r\n");
        for (int i = 0; i < 3000; i++) {
            sb.append("Event: E").append(i).append("\r\nValue: ").append("v".repeat(i % 300)).append("\r\n\r\n");
            if (i % 500 == 0) { // the line-by-line way: Follows output, then a bare-LF message
                sb.append("Response: Follows\r\nActionID: f").append(i).append("\r\nline one\n--END COMMAND--\r\n\r\n");
                sb.append("Response: Success\nMessage: m").append(i).append("\n\n");
            }
        }
        FrameDecoder dec = new FrameDecoder(DecoderLimits.DEFAULT);
        Decoded d = new Decoded();
        Map<byte[], Boolean> buffers = new IdentityHashMap<>();
        stream(dec, ascii(sb.toString()), 16 * 1024, d, buffers);
        dec.endOfInput(d);

        assertEquals(3000 + 2 * 6, d.frames.size());
        assertEquals(1, buffers.size(), "one read buffer serves the whole stream");
        for (Frame f : d.frames) {
            assertEquals(0, f.start());
            assertEquals(f.buffer().length, f.end(), "a frame's array is its own size");
            assertTrue(!buffers.containsKey(f.buffer()), "no frame refers to the read buffer");
        }
        int e = 0;
        for (int i = 0; i < d.frames.size(); i++) {
            String text = d.frame(i);
            if (text.startsWith("Event=")) {
                assertEquals("Event=E" + e + "|Value=" + "v".repeat(e % 300), text);
                e++;
            } else if (text.startsWith("Response=Follows")) {
                assertEquals("Response=Follows|ActionID=f" + (e - 1) + "|Output=line one", text);
            } else {
                assertEquals("Response=Success|Message=m" + (e - 1), text);
            }
        }
        assertEquals(3000, e);
    }

    @Test
    void wholeInputIsFramedInPlace() {
        byte[] data = ascii("Event: A\r\nX: 1\r\n\r\nResponse: Follows\r\nout\r\n--END COMMAND--\r\n\r\n");
        Decoded d = Decoded.whole(data, DecoderLimits.DEFAULT);
        assertEquals(2, d.frames.size());
        for (Frame f : d.frames) {
            assertSame(data, f.buffer());
        }
    }

    @Test
    void aBigMessageGrowsTheBufferByDoublingThenItShrinksBack() {
        StringBuilder big = new StringBuilder("Event: Big\r\n");
        for (int i = 0; i < 4000; i++) {
            big.append("Line").append(i).append(": ").append("x".repeat(500)).append("\r\n");
        }
        big.append("\r\n"); // about 2 MB
        int bigBytes = big.length();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 150_000; i++) { // more than the grown buffer holds: it runs short again
            after.append("Event: Small").append(i).append("\r\n\r\n");
        }
        FrameDecoder dec = new FrameDecoder(DecoderLimits.DEFAULT);
        Decoded d = new Decoded();
        Map<byte[], Boolean> buffers = new IdentityHashMap<>();
        stream(dec, ascii(big.toString()), 8 * 1024, d, buffers);

        assertEquals(1, d.frames.size());
        assertEquals(bigBytes - 2, d.frames.get(0).buffer().length);
        assertEquals(4001, d.frames.get(0).size());
        // 64 KiB doubling to hold about 2 MB: six buffers or fewer, not one per 8 KiB read
        assertTrue(buffers.size() <= 7, "buffers used for one big message: " + buffers.size());

        stream(dec, ascii(after.toString()), 8 * 1024, d, buffers);
        assertEquals(150_001, d.frames.size());
        assertEquals("Event=Small149999", d.frame(150_000));
        assertEquals(CHUNK, dec.buffer().length, "back to the usual size when it next runs short");
    }
}
