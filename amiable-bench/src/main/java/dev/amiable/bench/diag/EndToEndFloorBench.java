package dev.amiable.bench.diag;

import dev.amiable.AmiProtocolException;
import dev.amiable.bench.Capture;
import dev.amiable.bench.EndToEndBench;
import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
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

/**
 * Diagnostic, not part of the comparison table: the end-to-end benchmark's bytes over the same
 * loopback socket from the same server ({@link EndToEndBench.PlainSide}), read on one thread that
 * frames them and does nothing else (no typing, no hand-off, no listener). Beside
 * {@code EndToEndBench.plainSocket} in the same run, this is the most any client that finds AMI's
 * lines could deliver on this machine.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EndToEndFloorBench {
    static final int EVENTS = 11_880;

    /** The decoder, and a sink that counts frames. */
    @State(Scope.Benchmark)
    public static class Framing implements FrameSink {
        final FrameDecoder decoder = new FrameDecoder(DecoderLimits.DEFAULT);
        long frames;

        @Override
        public void onFrame(Frame frame) {
            frames++;
        }

        @Override
        public void onBanner(String banner) {
        }

        @Override
        public void onError(AmiProtocolException error) {
            throw error;
        }
    }

    /**
     * Amiable end to end with a listener that only counts: beside {@code EndToEndBench.amiable},
     * what the listener's two typed reads cost on the dispatcher.
     */
    @State(Scope.Benchmark)
    public static class CountOnly extends EndToEndBench.AmiableSide {
        @Override
        protected void onEvent(AmiEvent e) {
            count();
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long amiableCountOnly(CountOnly s) {
        return s.burst();
    }

    /** Reads until the burst's response and all its events are framed. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long socketAndFraming(EndToEndBench.PlainSide s, Framing f) throws Exception {
        long target = f.frames + 1 + Capture.BUSY_EVENT_COUNT;
        s.out.write(s.request);
        s.out.flush();
        FrameDecoder d = f.decoder;
        while (f.frames < target) {
            d.ensureWritable();
            int n = s.in.read(d.buffer(), d.writeIndex(), d.writableBytes());
            if (n < 0) {
                throw new IllegalStateException("server closed");
            }
            d.written(n, f);
        }
        return f.frames;
    }
}
