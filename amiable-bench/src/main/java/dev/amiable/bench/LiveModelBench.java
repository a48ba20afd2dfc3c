package dev.amiable.bench;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.PbxSnapshot;
import dev.amiable.live.internal.Folder;
import dev.amiable.live.internal.Model;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live model (amiable-live): the cost of folding one event of the recorded busy period
 * (11,880 events of a real Asterisk 22: VarSet, CEL, Newexten, DeviceStateChange, ...) into the
 * model and publishing the new snapshot (per batch of events or per event, see {@link Batching}),
 * as {@code LivePbx} does on the dispatcher; and the cost
 * of {@code snapshot()} with 10 and 10,000 channels tracked. The events are decoded once
 * beforehand (typed views over their frames, as listeners get them), so accessors that decode a
 * header count; run with {@code -prof gc} for the allocation per event.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class LiveModelBench {
    private static final List<AmiEvent> BUSY = LiveEvents.busyPeriod();
    private static final List<AmiEvent> OTHERS = LiveEvents.busyOthers();

    /**
     * How events are published: {@code batch}, once per batch of events as the client's reader
     * would deliver them ({@link LiveEvents#batchEnds}: events within 1 ms, about 373 batches for
     * the busy period), as {@code LivePbx} does at {@code onBatchEnd}; {@code single}, once per
     * event.
     */
    @State(Scope.Benchmark)
    public static class Batching {
        @Param({"batch", "single"})
        public String batching;

        int[] busyEnds;
        int[] otherEnds;

        @Setup(Level.Trial)
        public void cut() {
            boolean single = batching.equals("single");
            busyEnds = single ? LiveCpuMain.everyEvent(BUSY.size()) : LiveEvents.batchEnds(BUSY);
            otherEnds = single ? LiveCpuMain.everyEvent(OTHERS.size()) : LiveEvents.batchEnds(OTHERS);
        }
    }

    /** Every busy-period event folded into a fresh model; the score is per event. */
    @Benchmark
    @OperationsPerInvocation(11880)
    public PbxSnapshot foldBusyPeriodPerEvent(Batching b) {
        Model m = new Model(c -> { });
        Folder f = new Folder(m);
        LiveCpuMain.pass(m, f, BUSY, b.busyEnds);
        return m.snapshot();
    }

    /** A fresh model that has folded the busy period's Newchannel events. */
    @State(Scope.Thread)
    public static class WithChannels {
        private static final List<AmiEvent> NEWCHANNELS = LiveEvents.busyNewchannels();
        Model model;
        Folder folder;

        @Setup(Level.Invocation)
        public void fill() {
            model = new Model(c -> { });
            folder = new Folder(model);
            for (AmiEvent e : NEWCHANNELS) {
                folder.fold(e);
                model.publish();
            }
        }
    }

    /**
     * The busy period's other events folded into a model that has seen its Newchannel events;
     * the score is per event. asterisk-java's side: {@code livecmp.AjLiveModelBench}.
     */
    @Benchmark
    @OperationsPerInvocation(LiveEvents.BUSY_OTHERS)
    public PbxSnapshot foldOtherEventsPerEvent(WithChannels w, Batching b) {
        LiveCpuMain.pass(w.model, w.folder, OTHERS, b.otherEnds);
        return w.model.snapshot();
    }

    /** A model tracking about {@code channels} channels (calls of three channels each). */
    @State(Scope.Benchmark)
    public static class Tracked {
        @Param({"9", "9999"})
        public int channels;

        Model model;

        @Setup(Level.Trial)
        public void fill() {
            model = new Model(c -> { });
            Folder f = new Folder(model);
            for (long n = 0; n < channels / 3; n++) {
                for (AmiEvent e : LiveEvents.call(n, false)) {
                    f.fold(e);
                    model.publish();
                }
            }
            if (model.snapshot().channels().size() != channels) {
                throw new IllegalStateException("tracked " + model.snapshot().channels().size());
            }
        }
    }

    /** {@code LivePbx.snapshot()}: one volatile read, whatever the size. */
    @Benchmark
    public PbxSnapshot snapshot(Tracked t) {
        return t.model.snapshot();
    }

    /** A snapshot's channel count and one lookup: O(1) and O(log32 n) views, no copy. */
    @Benchmark
    public Object snapshotLookup(Tracked t) {
        PbxSnapshot s = t.model.snapshot();
        return s.channels().size() + (s.channel("1700000000.3") == null ? 0 : 1);
    }
}
