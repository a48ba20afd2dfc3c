package dev.amiable.bench.livecmp;

import dev.amiable.bench.BigPbx;
import dev.amiable.testkit.FakeAsterisk;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * asterisk-java 3.41.0's Live API resyncing {@link BigPbx} (10,000 channels in 5,000 calls, 200
 * queue members), as it does after a reconnect: channels cleared, {@code Status}, {@code Agents}
 * and {@code QueueStatus} listed over its connection and folded (see {@link AjLive#resync()}).
 * Amiable's counterpart: {@code LiveResyncBench} (same server, its own list actions).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class AjLiveResyncBench {
    private FakeAsterisk server;
    private AjLive aj;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = BigPbx.start();
        aj = AjLive.start(server.port());
    }

    @TearDown(Level.Trial)
    public void stop() {
        aj.close();
        server.close();
    }

    /** One whole resync; the score is its time. */
    @Benchmark
    public int resync() {
        aj.resync();
        int channels = aj.channels();
        int members = aj.queueMembers();
        if (channels != BigPbx.CHANNELS || members != BigPbx.QUEUES * BigPbx.MEMBERS_PER_QUEUE) {
            throw new IllegalStateException("resync gave " + channels + " channels, " + members + " members");
        }
        return channels;
    }
}
