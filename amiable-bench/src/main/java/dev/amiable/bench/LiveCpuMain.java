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
 * allocated per event (median pass; the same on a loaded machine, unlike times). With
 * {@code others}, every pass first folds the period's Newchannel events untimed and then times the
 * other events: the counterpart of {@code livecmp.AjLiveCpuMain}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.LiveCpuMain [passes] [others]}
 */
public final class LiveCpuMain {
    private LiveCpuMain() {
    }

    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        boolean others = args.length > 1 && args[1].equals("others");
        List<AmiEvent> first = others ? LiveEvents.busyNewchannels() : List.of();
        List<AmiEvent> busy = others ? LiveEvents.busyOthers() : LiveEvents.busyPeriod();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < passes; i++) {
            sink += pass(prefilled(first), busy);
        }
        double[] perEvent = new double[passes];
        double[] bytes = new double[passes];
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        for (int i = 0; i < passes; i++) {
            Fold f = prefilled(first);
            long a0 = alloc.getCurrentThreadAllocatedBytes();
            long t0 = mx.getCurrentThreadCpuTime();
            sink += pass(f, busy);
            perEvent[i] = (mx.getCurrentThreadCpuTime() - t0) / (double) busy.size();
            bytes[i] = (alloc.getCurrentThreadAllocatedBytes() - a0) / (double) busy.size();
        }
        java.util.Arrays.sort(perEvent);
        java.util.Arrays.sort(bytes);
        System.out.printf("%d events per pass, %d passes: best %.0f ns, median %.0f ns CPU per event,"
                + " %.0f B allocated per event (%d)%n",
                busy.size(), passes, perEvent[0], perEvent[passes / 2], bytes[passes / 2], sink % 10);
    }

    /** A model and its folder. */
    private record Fold(Model model, Folder folder) {
    }

    private static Fold prefilled(List<AmiEvent> events) {
        Model m = new Model(c -> { });
        Fold f = new Fold(m, new Folder(m));
        pass(f, events);
        return f;
    }

    private static long pass(Fold f, List<AmiEvent> events) {
        for (AmiEvent e : events) {
            if (f.folder().fold(e)) {
                f.model().publish();
            }
        }
        return f.model().snapshot().eventCount();
    }
}
