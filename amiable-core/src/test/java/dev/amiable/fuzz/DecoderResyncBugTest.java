package dev.amiable.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.internal.codec.DecoderLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Regression test (the bug is fixed in FrameDecoder since 7825375). Found by Jazzer (FrameDecoderFuzzTest, first 15 s run): after an over-long line, while the
 * decoder skips to the next blank line, a line made of {@code CR CR LF} whose first CR arrives
 * at the end of one read is taken for a blank line when streamed, but not when the same bytes
 * are decoded whole. The streamed decoder then resynchronises one line early and delivers the
 * rest of the bad message as a new message.
 *
 * <p>Cause: {@code FrameDecoder.run}, branch {@code lf < 0} with {@code mode == DISCARD}: it
 * drops the bytes of the unfinished line ({@code lineStart = limit}) and only remembers
 * "not blank" when it saw a byte other than CR; a lone CR is forgotten, so the next read's
 * {@code CR LF} looks blank. Fix: treat an unfinished line as not blank when it holds more than
 * one byte or any byte other than CR, and keep that flag across reads (or keep a trailing CR
 * in the buffer instead of dropping it).
 */
class DecoderResyncBugTest {
    private static final DecoderLimits SMALL = new DecoderLimits(64, 8, 512);

    @Test
    void aCrCrLfLineSplitAcrossReadsIsNotBlankWhileSkipping() {
        String tooLong = "X-Long: " + "y".repeat(100) + "\r\n";
        byte[] bytes = ("Event: Bad\r\n" + tooLong + "\r\r\nEvent: StillBad\r\n\r\nEvent: Good\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        int firstCr = ("Event: Bad\r\n" + tooLong).length();
        int[] chunks = {firstCr + 1, 4096};
        DecoderOracle.Result whole = DecoderOracle.whole(bytes, SMALL);
        DecoderOracle.Result streamed = DecoderOracle.stream(bytes, chunks, SMALL);
        assertEquals(java.util.List.of("E", "F|Event=Good"), whole.items());
        assertEquals(whole.items(), streamed.items(), "split between the two CRs");
    }
}
