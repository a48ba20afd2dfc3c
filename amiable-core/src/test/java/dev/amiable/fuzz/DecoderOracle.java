package dev.amiable.fuzz;

import dev.amiable.AmiProtocolException;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.util.ArrayList;
import java.util.List;

/**
 * The property every input must satisfy, shared by the Jazzer fuzz test and the seeded random
 * tests: the decoder never throws (bad input reaches {@link FrameSink#onError} as an
 * {@link AmiProtocolException}), holds no more than the limits allow, and frames the same
 * messages however the bytes are split.
 */
final class DecoderOracle {
    /**
     * Set to true to exempt inputs holding {@code CR CR} from the streamed-equals-whole
     * comparison, as was needed while the bug of {@code DecoderResyncBugTest} was open (fixed in
     * 7825375). Kept as a switch should a similar known bug need parking again.
     */
    static final boolean KNOWN_CR_RUN_BUG = false;

    static boolean hasCrRun(byte[] data) {
        for (int i = 1; i < data.length; i++) {
            if (data[i] == '\r' && data[i - 1] == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Small limits so that every bound is easy to reach. */
    static final DecoderLimits SMALL = new DecoderLimits(64, 8, 512, 1024);

    private DecoderOracle() {
    }

    /** What a decoder produced: frames as text, banners, and how many errors. */
    record Result(List<String> items, int errors, long maxPending) {
    }

    /**
     * Most bytes the decoder may hold after taking a chunk: a message up to the limit, the
     * command output it may carry, the line that may be in progress past them, and the chunk
     * just taken.
     */
    static long bound(DecoderLimits limits, int chunk) {
        return (long) limits.maxMessageBytes() + limits.maxOutputBytes() + limits.maxLineBytes() + 2 + chunk;
    }

    /** Streams {@code data} in chunks of the given sizes (cycled), checking the memory bound. */
    static Result stream(byte[] data, int[] chunks, DecoderLimits limits) {
        Sink sink = new Sink();
        FrameDecoder d = new FrameDecoder(limits);
        long maxPending = 0;
        int off = 0;
        int i = 0;
        while (off < data.length) {
            int n = Math.min(Math.max(1, chunks[i++ % chunks.length]), data.length - off);
            d.ensureWritable(n);
            System.arraycopy(data, off, d.buffer(), d.writeIndex(), n);
            d.written(n, sink);
            off += n;
            maxPending = Math.max(maxPending, d.pendingBytes());
            if (d.pendingBytes() > bound(limits, n)) {
                throw new AssertionError("decoder holds " + d.pendingBytes() + " bytes, more than "
                        + bound(limits, n) + " allowed by " + limits);
            }
        }
        d.endOfInput(sink);
        return new Result(sink.items, sink.errors, maxPending);
    }

    /** Frames {@code data} in one piece. */
    static Result whole(byte[] data, DecoderLimits limits) {
        Sink sink = new Sink();
        FrameDecoder.decodeAll(data.clone(), limits, sink);
        return new Result(sink.items, sink.errors, data.length);
    }

    /**
     * The whole property for one input: streaming in the chunk sizes derived from {@code shape}
     * frames exactly what one-piece decoding frames, and neither throws nor exceeds the bound.
     */
    static void check(byte[] data, int shape, DecoderLimits limits) {
        int[] chunks = {1 + (shape & 0x3f), 1 + ((shape >>> 6) & 0x3ff), 1 + ((shape >>> 16) & 0x7), 4096};
        Result a = whole(data, limits);
        Result b = stream(data, chunks, limits);
        if (KNOWN_CR_RUN_BUG && hasCrRun(data)) {
            return; // see DecoderResyncBugTest: only no-throw and the memory bound are checked
        }
        if (!a.items().equals(b.items())) {
            throw new AssertionError("streamed frames differ from whole-input frames\nwhole:  " + a.items()
                    + "\nstream: " + b.items());
        }
    }

    /** Records frames as text, touching every key and value so lazy decoding runs too. */
    static final class Sink implements FrameSink {
        final List<String> items = new ArrayList<>();
        int errors;

        @Override
        public void onFrame(Frame f) {
            StringBuilder sb = new StringBuilder("F");
            for (int k = 0; k < f.size(); k++) {
                sb.append('|').append(f.key(k)).append('=').append(f.value(k));
            }
            f.toString();
            items.add(sb.toString());
        }

        @Override
        public void onBanner(String banner) {
            items.add("B|" + banner);
        }

        @Override
        public void onError(AmiProtocolException error) {
            if (error.getMessage() == null || error.getMessage().isEmpty()) {
                throw new AssertionError("protocol error without a message");
            }
            errors++;
            items.add("E");
        }
    }
}
