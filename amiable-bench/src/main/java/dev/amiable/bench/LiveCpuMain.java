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
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.LiveCpuMain [passes] [others] [single]}
 */
public final class LiveCpuMain {
    private LiveCpuMain() {
    }

    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<String> flags = List.of(args).subList(Math.min(1, args.length), args.length);
        boolean others = flags.contains("others");
        boolean single = flags.contains("single");
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
