package dev.amiable.bench.diag;

import dev.amiable.AmiProtocolException;
import dev.amiable.bench.Capture;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.Bytes;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.util.Arrays;
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
 * Diagnostic, not part of the comparison table: how much of decoding is framing, and how fast a
 * minimal framer producing the same {@link Frame}s (same layout, same allocations) runs on the
 * same bytes. The gap between {@code frameDecoderOnly} and {@code minimalFramerOnly} is the
 * headroom of the decoder's per-line path (limit checks, modes, banner and Follows handling), not
 * of the frame layout. Events per second, as in DecodeBench.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FramerHeadroomBench {
    static final int EVENTS = 11_880;
    private final byte[] bytes = Capture.BUSY;

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void frameDecoderOnly(Blackhole bh) {
        FrameDecoder.decodeAll(bytes, DecoderLimits.DEFAULT, new Sink(bh, false));
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void minimalFramerOnly(Blackhole bh) {
        minimalFramer(bytes, new Sink(bh, false));
    }

    /** Line ends only: what framing costs without the per-line colon search (not a usable frame). */
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
    public void minimalFramerWithRegistry(Blackhole bh) {
        minimalFramer(bytes, new Sink(bh, true));
    }

    static final class Sink implements FrameSink {
        final Blackhole bh;
        final boolean decode;
        final EventRegistry registry = EventRegistry.global();

        Sink(Blackhole bh, boolean decode) {
            this.bh = bh;
            this.decode = decode;
        }

        @Override
        public void onFrame(Frame frame) {
            bh.consume(decode && frame.keyIs(0, "Event") ? registry.decode(frame) : frame);
        }

        @Override
        public void onBanner(String banner) {
        }

        @Override
        public void onError(AmiProtocolException error) {
        }
    }

    /** Frames every blank-line-terminated message: one LF search per line, first colon per line. */
    static void minimalFramer(byte[] b, FrameSink sink) {
        int[] pos = new int[64];
        int count = 0;
        int ls = 0;
        final int n = b.length;
        while (ls < n) {
            int lf = Bytes.indexOfLf(b, ls, n);
            if (lf < 0) {
                break;
            }
            int end = lf > ls && b[lf - 1] == '\r' ? lf - 1 : lf;
            if (end == ls) {
                if (count > 0) {
                    pos[2 * count] = ls;
                    sink.onFrame(new Frame(b, Arrays.copyOf(pos, 2 * count + 1), count));
                    count = 0;
                }
            } else {
                int colon = Frame.NO_COLON;
                for (int i = ls; i < end; i++) {
                    if (b[i] == ':') {
                        colon = i;
                        break;
                    }
                }
                if (2 * count + 3 > pos.length) {
                    pos = Arrays.copyOf(pos, pos.length * 2);
                }
                pos[2 * count] = ls;
                pos[2 * count + 1] = colon;
                count++;
            }
            ls = lf + 1;
        }
    }
}
