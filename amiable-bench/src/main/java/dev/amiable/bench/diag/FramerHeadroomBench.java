package dev.amiable.bench.diag;

import dev.amiable.AmiProtocolException;
import dev.amiable.bench.Capture;
import dev.amiable.internal.codec.Bytes;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Diagnostic, not part of the comparison table: what framing costs, against floors that do less
 * than a decoder must. Each scans the whole busy capture; scores are events/s as in DecodeBench,
 * so they read as "no decoder doing at least this could go faster than".
 *
 * <ul>
 * <li>{@code frameDecoderOnly}: the real {@link FrameDecoder}, frames only (no typing).</li>
 * <li>{@code lineEndsOnly}: every line end found with {@link Bytes#indexOfLf}, one search per line,
 *     nothing kept.</li>
 * <li>{@code everyLineEndOnly}: every LF's index written to an array, word by word, with no
 *     branch per line: locating the lines and nothing else.</li>
 * <li>{@code blankLinesOnly}: only the blank lines that end messages, word by word, with exact
 *     LF and CR masks: where messages end, not where their lines are.</li>
 * <li>{@code endOfHeadersOnly}: the same with the decoder's search ({@link Bytes#endOfHeaders}, an
 *     LF then CR or LF, 32 bytes per step), message after message: the floor of the decoder's
 *     quick way, which finds each message's first line and its end and leaves the other lines to
 *     be found when asked.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FramerHeadroomBench {
    static final int EVENTS = 11_880;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
    private static final long LFS = 0x0a0a0a0a0a0a0a0aL;
    private static final long CRS = 0x0d0d0d0d0d0d0d0dL;
    private static final int BLOCK = 4096;

    private final byte[] bytes = Capture.BUSY;
    private final int[] ends = new int[BLOCK + 2];

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void frameDecoderOnly(Blackhole bh) {
        FrameDecoder.decodeAll(bytes, DecoderLimits.DEFAULT, new FrameSink() {
            @Override
            public void onFrame(Frame frame) {
                bh.consume(frame);
            }

            @Override
            public void onBanner(String banner) {
            }

            @Override
            public void onError(AmiProtocolException error) {
            }
        });
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int lineEndsOnly() {
        int lines = 0;
        int ls = 0;
        final byte[] b = bytes;
        while (ls < b.length) {
            int lf = Bytes.indexOfLf(b, ls, b.length);
            if (lf < 0) {
                break;
            }
            lines++;
            ls = lf + 1;
        }
        return lines;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int everyLineEndOnly() {
        int total = 0;
        for (int s = 0; s < bytes.length; s += BLOCK) {
            total += lineEnds(bytes, s, Math.min(bytes.length, s + BLOCK), ends);
        }
        return total;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int blankLinesOnly() {
        final byte[] b = bytes;
        long prevL = 0;
        long prevC = 0;
        int frames = 0;
        int last = 0;
        for (int i = 0; i + 8 <= b.length; i += 8) {
            long w = (long) LONGS.get(b, i);
            long l = exactZeros(w ^ LFS);
            long c = exactZeros(w ^ CRS);
            // an LF right after an LF, or after a CR that follows an LF (the previous word's last
            // bytes carried in)
            long blank = l & ((l << 8 | prevL >>> 56) | ((c << 8 | prevC >>> 56) & (l << 16 | prevL >>> 48)));
            prevL = l;
            prevC = c;
            while (blank != 0) {
                last = i + (Long.numberOfTrailingZeros(blank) >>> 3);
                frames++;
                blank &= blank - 1;
            }
        }
        return frames + last;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int endOfHeadersOnly() {
        final byte[] b = bytes;
        int frames = 0;
        int from = 0;
        while (true) {
            int q = Bytes.endOfHeaders(b, from, b.length);
            if (q < 0) {
                return frames;
            }
            frames++;
            from = q + 2;
        }
    }

    /** Every LF of {@code b[from, to)} into {@code out}: two slots per word written unconditionally. */
    private static int lineEnds(byte[] b, int from, int to, int[] out) {
        int n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long m = exactZeros((long) LONGS.get(b, i) ^ LFS);
            int found = Long.bitCount(m);
            out[n] = i + (Long.numberOfTrailingZeros(m) >>> 3);
            m &= m - 1;
            out[n + 1] = i + (Long.numberOfTrailingZeros(m) >>> 3);
            for (int k = 2; k < found; k++) {
                m &= m - 1;
                out[n + k] = i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
            n += found;
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                out[n++] = i;
            }
        }
        return n;
    }

    /** The high bit of every zero byte of {@code x}, and of no other byte. */
    private static long exactZeros(long x) {
        long t = (x & LOW7) + LOW7;
        return ~(t | x | LOW7);
    }
}
