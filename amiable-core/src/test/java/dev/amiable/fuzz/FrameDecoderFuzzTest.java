package dev.amiable.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.amiable.internal.codec.DecoderLimits;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of {@code FrameDecoder} with Jazzer. Under a plain {@code mvn test}
 * (regression mode) each method runs the seeds in {@code FrameDecoderFuzzTestInputs/<method>/},
 * cut from real captures. With {@code JAZZER_FUZZ=1} (environment variable or system property)
 * Jazzer mutates them: {@link #decoder} for 15 s (run in the suite by {@link FuzzRunTest}),
 * {@link #decoderLong} for 10 minutes (docs/RELIABILITY.md has the command).
 *
 * <p>Property (see {@link DecoderOracle}): nothing is thrown, an error is only ever delivered to
 * {@code FrameSink.onError}, the decoder holds at most a message plus a line plus the chunk,
 * and chunked decoding frames the same messages as one-piece decoding. A hang is caught by
 * Jazzer's per-input timeout.
 */
class FrameDecoderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void decoder(byte[] input) {
        run(input);
    }

    @FuzzTest(maxDuration = "10m")
    void decoderLong(byte[] input) {
        run(input);
    }

    static void run(byte[] input) {
        if (input.length < 4) {
            DecoderOracle.check(input, 0x12345, DecoderOracle.SMALL);
            return;
        }
        int shape = (input[0] & 0xff) | (input[1] & 0xff) << 8 | (input[2] & 0xff) << 16;
        byte[] data = Arrays.copyOfRange(input, 3, input.length);
        DecoderOracle.check(data, shape, DecoderOracle.SMALL);
        DecoderOracle.check(data, shape, DecoderLimits.DEFAULT);
    }
}
