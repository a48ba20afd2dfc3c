package dev.amiable.bench;

import dev.amiable.AmiProtocolException;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.internal.AjBenchAccess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1: the busy capture (5.6 MB, 11,880 events) from memory to typed events on one thread.
 * One operation is one event: scores are events/s and {@code gc.alloc.rate.norm} is bytes per event.
 *
 * <ul>
 * <li>{@code amiable}: {@code FrameDecoder.decodeAll} over the array (no copy) and
 *     {@code EventRegistry.global().decode} for every frame whose first line is {@code Event}.</li>
 * <li>{@code amiableEveryHeader}: as {@code amiable}, then every header of every event read as
 *     text ({@code key(i)}, {@code value(i)}): Amiable finds a line's colon and decodes its text only
 *     when asked, while asterisk-java's reader turns every header into a string and a bean
 *     property, so this is the like-for-like figure when a consumer reads everything.</li>
 * <li>{@code asteriskJava}: its reader path on one thread: {@code FastScanner} lines over an
 *     {@code InputStreamReader} (as its socket facade reads), the attribute map filled by its reader's
 *     code, {@code EventBuilderImpl.buildEvent} per event; no {@code AsyncEventPump}.</li>
 * <li>{@code asteriskJavaReaderImpl}: the real {@code ManagerReaderImpl.run()} over the same bytes,
 *     including its hand-off to the {@code AsyncEventPump} thread (two threads busy).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// four shorter forks, not two long ones: the JIT settles into one of two speeds per fork (for
// Amiable, about 11.5 or 9 M events/s, one fork in three or four at the lower), so more forks
// give a truer mean for the same time
@Fork(value = 4, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeBench {
    static final int EVENTS = 11_880;

    private byte[] bytes;
    private AjBenchAccess.Builder ajBuilder;

    @Setup
    public void setup() {
        bytes = Capture.BUSY;
        if (Capture.BUSY_EVENT_COUNT != EVENTS) {
            throw new IllegalStateException("capture changed: " + Capture.BUSY_EVENT_COUNT + " events");
        }
        ajBuilder = new AjBenchAccess.Builder();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int amiable(Blackhole bh) {
        return decode(bh, Sink.TYPED);
    }

    /** Decode and read the two typed fields the end-to-end benchmark's listener reads. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int amiableTwoFields(Blackhole bh) {
        return decode(bh, Sink.TWO_FIELDS);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int amiableEveryHeader(Blackhole bh) {
        return decode(bh, Sink.EVERY_HEADER);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int asteriskJava(Blackhole bh) throws IOException {
        return AjBenchAccess.readEvents(bytes, ajBuilder, bh::consume);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int asteriskJavaReaderImpl(Blackhole bh) {
        return AjBenchAccess.runReader(bytes, bh::consume);
    }

    /** Decodes the capture into typed events, reading {@code reads} of each (a {@link Sink} mode). */
    private int decode(Blackhole bh, int reads) {
        Sink sink = new Sink(bh, reads);
        FrameDecoder.decodeAll(bytes, DecoderLimits.DEFAULT, sink);
        return sink.events;
    }

    static final class Sink implements FrameSink {
        static final int TYPED = 0;
        static final int TWO_FIELDS = 1;
        static final int EVERY_HEADER = 2;
        private final Blackhole bh;
        private final int reads;
        private final EventRegistry registry = EventRegistry.global();
        int events;

        Sink(Blackhole bh, int reads) {
            this.bh = bh;
            this.reads = reads;
        }

        @Override
        public void onFrame(Frame frame) {
            if (frame.keyIs(0, "Event")) {
                AmiEvent e = registry.decode(frame);
                events++;
                bh.consume(e);
                if (reads == TWO_FIELDS) {
                    bh.consume(e.privilege());
                    bh.consume(e.timestamp());
                } else if (reads == EVERY_HEADER) {
                    for (int i = 0; i < e.size(); i++) {
                        bh.consume(e.key(i));
                        bh.consume(e.value(i));
                    }
                }
            } else {
                bh.consume(frame);
            }
        }

        @Override
        public void onBanner(String banner) {
        }

        @Override
        public void onError(AmiProtocolException error) {
            bh.consume(error);
        }
    }
}
