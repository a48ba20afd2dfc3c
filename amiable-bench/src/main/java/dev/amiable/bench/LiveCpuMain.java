package dev.amiable.bench;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.internal.Folder;
import dev.amiable.live.internal.Model;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The live model's fold cost in CPU time of the folding thread rather than wall time: on a
 * machine shared with other work, wall-clock JMH scores of a single-threaded loop swing with
 * the load, while the thread's own CPU time does not (much). Folds the busy period's 11,880
 * events into a fresh model {@code passes} times after as many warm-up passes, and prints the CPU
 * nanoseconds per event of the measured passes (best pass and median), and the bytes the thread
 * allocated per event (median pass; the same on a loaded machine, unlike times).
 *
 * <p>The events are grouped into batches as the client's reader would deliver them
 * ({@link LiveEvents#batchEnds}: events within 1 ms of each other, about 373 batches), and the
 * model publishes once per batch, as {@code LivePbx} does at {@code onBatchEnd}; with
 * {@code single}, once per event instead (every event a batch of its own). With {@code others},
 * every pass first folds the period's Newchannel events untimed and then times the other events:
 * the counterpart of {@code livecmp.AjLiveCpuMain}.
 *
 * <p>With {@code fresh}, each batch is decoded from its wire bytes just before it is folded, by
 * core's frame decoder as the client's reader does, and only the fold is timed (the thread's CPU
 * time around each batch, less the cost of reading that clock, measured at start): the frames are
 * then as warm in the caches as a reader's just-decoded frames, and their line index is built by
 * the fold, as in the client. Without it, the 11,880 events are decoded once and folded again
 * every pass: their 7 MB of frames come from memory or the last-level cache each time, which a
 * live client's events never do.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.LiveCpuMain [passes] [others] [single] [fresh]}
 */
public final class LiveCpuMain {
    private LiveCpuMain() {
    }

    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<String> flags = List.of(args).subList(Math.min(1, args.length), args.length);
        boolean others = flags.contains("others");
        boolean single = flags.contains("single");
        if (flags.contains("fresh")) {
            if (others) {
                throw new IllegalArgumentException("fresh folds the whole period: not with others");
            }
            fresh(passes, single);
            return;
        }
        List<AmiEvent> first = others ? LiveEvents.busyNewchannels() : List.of();
        List<AmiEvent> busy = others ? LiveEvents.busyOthers() : LiveEvents.busyPeriod();
        int[] ends = single ? everyEvent(busy.size()) : LiveEvents.batchEnds(busy);
        int[] firstEnds = everyEvent(first.size());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < passes; i++) {
            sink += pass(prefilled(first, firstEnds), busy, ends);
        }
        double[] perEvent = new double[passes];
        double[] bytes = new double[passes];
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        for (int i = 0; i < passes; i++) {
            Fold f = prefilled(first, firstEnds);
            long a0 = alloc.getCurrentThreadAllocatedBytes();
            long t0 = mx.getCurrentThreadCpuTime();
            sink += pass(f, busy, ends);
            perEvent[i] = (mx.getCurrentThreadCpuTime() - t0) / (double) busy.size();
            bytes[i] = (alloc.getCurrentThreadAllocatedBytes() - a0) / (double) busy.size();
        }
        java.util.Arrays.sort(perEvent);
        java.util.Arrays.sort(bytes);
        System.out.printf("%d events per pass in %d batches (%s), %d passes: best %.0f ns, median %.0f ns CPU"
                + " per event, %.0f B allocated per event (%d)%n",
                busy.size(), ends.length, single ? "single" : "batch", passes, perEvent[0], perEvent[passes / 2],
                bytes[passes / 2], sink % 10);
    }

    /** The {@code fresh} form: each batch decoded from its bytes, then folded (timed). */
    private static void fresh(int passes, boolean single) {
        List<AmiEvent> busy = LiveEvents.busyPeriod();
        int[] ends = single ? everyEvent(busy.size()) : LiveEvents.batchEnds(busy);
        byte[][] batches = LiveEvents.busyBatchBytes(ends);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long clock = clockCost(mx);
        List<AmiEvent> batch = new java.util.ArrayList<>(LiveEvents.MAX_BATCH);
        double[] perEvent = new double[passes];
        double[] bytes = new double[passes];
        long sink = 0;
        for (int pass = -passes; pass < passes; pass++) { // the first half warms up
            Model model = new Model(c -> { });
            Folder folder = new Folder(model);
            long cpu = 0;
            long allocated = 0;
            int events = 0;
            for (byte[] wire : batches) {
                batch.clear();
                LiveEvents.decode(wire, batch);
                long a0 = alloc.getCurrentThreadAllocatedBytes();
                long t0 = mx.getCurrentThreadCpuTime();
                boolean changed = false;
                for (AmiEvent e : batch) {
                    if (folder.fold(e)) {
                        model.endEvent();
                        changed = true;
                    }
                }
                if (changed) {
                    model.publish();
                }
                cpu += mx.getCurrentThreadCpuTime() - t0 - clock;
                allocated += alloc.getCurrentThreadAllocatedBytes() - a0;
                events += batch.size();
            }
            if (events != busy.size()) {
                throw new IllegalStateException(events + " events decoded, expected " + busy.size());
            }
            sink += model.snapshot().eventCount();
            if (pass >= 0) {
                perEvent[pass] = cpu / (double) events;
                bytes[pass] = allocated / (double) events;
            }
        }
        java.util.Arrays.sort(perEvent);
        java.util.Arrays.sort(bytes);
        System.out.printf("%d events per pass in %d batches (%s, fresh: each batch decoded just before its fold),"
                + " %d passes: best %.0f ns, median %.0f ns CPU per event, %.0f B allocated per event"
                + " (clock read %d ns, subtracted per batch) (%d)%n",
                busy.size(), ends.length, single ? "single" : "batch", passes, perEvent[0], perEvent[passes / 2],
                bytes[passes / 2], clock, sink % 10);
    }

    /** The least CPU time one reading of the thread's CPU clock was seen to take. */
    private static long clockCost(ThreadMXBean mx) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 20_000; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            least = Math.min(least, mx.getCurrentThreadCpuTime() - t0);
        }
        return least;
    }

    /** Batch ends for one event per batch. */
    static int[] everyEvent(int n) {
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            ends[i] = i + 1;
        }
        return ends;
    }

    /** A model and its folder. */
    private record Fold(Model model, Folder folder) {
    }

    private static Fold prefilled(List<AmiEvent> events, int[] ends) {
        Model m = new Model(c -> { });
        Fold f = new Fold(m, new Folder(m));
        pass(f, events, ends);
        return f;
    }

    /**
     * Folds {@code events} in the batches {@code ends} says, as the engine does: each event that
     * may have changed the model ends its event (calls rebuilt), each batch publishes once.
     */
    static long pass(Model model, Folder folder, List<AmiEvent> events, int[] ends) {
        int from = 0;
        for (int end : ends) {
            boolean changed = false;
            for (int i = from; i < end; i++) {
                if (folder.fold(events.get(i))) {
                    model.endEvent();
                    changed = true;
                }
            }
            if (changed) {
                model.publish();
            }
            from = end;
        }
        return model.snapshot().eventCount();
    }

    private static long pass(Fold f, List<AmiEvent> events, int[] ends) {
        return pass(f.model(), f.folder(), events, ends);
    }
}
