package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.live.LivePbx;
import dev.amiable.live.PbxSnapshot;
import dev.amiable.testkit.FakeAsterisk;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full resync of the live model ({@code LivePbx.attach} until {@code synced()} completes) of
 * {@link BigPbx} (10,000 channels in 5,000 calls and 200 queue members in 10 queues, listed by
 * FakeAsterisk on loopback): every list action of a resync once, the items decoded, the model
 * built. With {@code bridged=true} every call is in a bridge of its own, so the resync also lists
 * 5,000 bridges and sends one {@code BridgeInfo} per bridge (JMH option {@code -p bridged=true}).
 * asterisk-java's side:
 * {@code livecmp.AjLiveResyncBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class LiveResyncBench {
    /**
     * Whether every call is in a bridge (5,000 bridges, one BridgeInfo each): {@code -p bridged=true}.
     * Off by default, so that the score is comparable with asterisk-java's (which lists no bridges).
     */
    @Param({"false"})
    public boolean bridged;

    private FakeAsterisk server;
    private AmiClient ami;

    @Setup(Level.Trial)
    public void start() {
        server = BigPbx.start(bridged);
        ami = AmiClient.connect(AmiOptions.builder().host("127.0.0.1").port(server.port()).username("admin")
                .secret("amp111").actionTimeout(Duration.ofSeconds(30)).build());
    }

    @TearDown(Level.Trial)
    public void stop() {
        ami.close();
        server.close();
    }

    /** One whole resync; the score is its time. */
    @Benchmark
    public PbxSnapshot resync() throws Exception {
        try (LivePbx live = LivePbx.attach(ami)) {
            PbxSnapshot s = live.synced().get(60, TimeUnit.SECONDS);
            if (s.channels().size() != BigPbx.CHANNELS || s.calls().size() != BigPbx.CALLS
                    || s.bridges().size() != (bridged ? BigPbx.CALLS : 0)) {
                throw new IllegalStateException("resync gave " + s);
            }
            return s;
        }
    }
}
