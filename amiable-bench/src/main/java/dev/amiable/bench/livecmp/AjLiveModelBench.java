package dev.amiable.bench.livecmp;

import dev.amiable.bench.BigPbx;
import dev.amiable.bench.LiveEvents;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.StatusEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * asterisk-java 3.41.0's Live API folding the busy period, the event mix of
 * {@code LiveModelBench}: the events built into its beans beforehand, handed to
 * {@code AsteriskServerImpl.onManagerEvent} one after another (see {@link AjLive}); its
 * {@code Getvar} per new channel answered by FakeAsterisk with an empty value, as Asterisk answers.
 * Each invocation starts from an empty model (its resync against an empty PBX, outside the time).
 * Scores are per event of the period, counting the events asterisk-java has no class for (it
 * drops them; 79 of the 11,880). Run with {@code -prof gc} for the allocation per event.
 *
 * <p>{@code foldBusyPeriodPerEvent}: all 11,880 events. asterisk-java spends 50 ms of wall time
 * in every Newchannel (it polls the channel's {@code AJ_TRACE_ID} until 50 ms have passed,
 * whatever the answer), so one invocation takes about 23 s; it is timed as single shots.
 * {@code foldOtherEventsPerEvent}: the 11,428 other events into a model that already holds the
 * Newchannel events' channels (added as their {@code Status} items, without the wait); Amiable's
 * counterpart is {@code LiveModelBench.foldOtherEventsPerEvent}.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@State(Scope.Benchmark)
public class AjLiveModelBench {
    private FakeAsterisk server;
    private AjLive aj;
    private List<ManagerEvent> all;
    private List<ManagerEvent> others;
    private List<StatusEvent> channels;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = BigPbx.answerGetvar(FakeAsterisk.create().start());
        aj = AjLive.start(server.port());
        all = AjLive.toAj(LiveEvents.busyPeriod());
        others = AjLive.toAj(LiveEvents.busyOthers());
        channels = new ArrayList<>();
        for (AmiEvent e : LiveEvents.busyNewchannels()) {
            channels.add(AjLive.asStatus(e));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        aj.close();
        server.close();
    }

    /** An empty model before each invocation. */
    @State(Scope.Thread)
    public static class Empty {
        @Setup(Level.Invocation)
        public void reset(AjLiveModelBench b) {
            b.aj.resync();
            if (b.aj.heldChannels() != 0) {
                throw new IllegalStateException("not empty: " + b.aj.heldChannels());
            }
        }
    }

    /** A model holding the Newchannel events' channels before each invocation. */
    @State(Scope.Thread)
    public static class WithChannels {
        @Setup(Level.Invocation)
        public void fill(AjLiveModelBench b) {
            b.aj.resync();
            for (StatusEvent s : b.channels) {
                b.aj.addFromStatus(s);
            }
            if (b.aj.heldChannels() != b.channels.size()) {
                throw new IllegalStateException("holds " + b.aj.heldChannels());
            }
        }
    }

    /** Every busy-period event; the score is per event. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    @OperationsPerInvocation(11880)
    public int foldBusyPeriodPerEvent(Empty e) {
        for (ManagerEvent event : all) {
            aj.fold(event);
        }
        return check(LiveEvents.BUSY_NEWCHANNELS);
    }

    /** The busy period without its Newchannel events, channels present; the score is per event. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @OperationsPerInvocation(LiveEvents.BUSY_OTHERS)
    public int foldOtherEventsPerEvent(WithChannels w) {
        for (ManagerEvent event : others) {
            aj.fold(event);
        }
        return check(LiveEvents.BUSY_NEWCHANNELS);
    }

    /** Every channel of the period is held (hung up or not): the events reached the model. */
    private int check(int expected) {
        int held = aj.heldChannels();
        if (held != expected) {
            throw new IllegalStateException("holds " + held + " channels, expected " + expected);
        }
        return held;
    }
}
