package dev.amiable.bench.livecmp;

import dev.amiable.bench.BigPbx;
import dev.amiable.bench.LiveEvents;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Reply;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.StatusEvent;

/**
 * asterisk-java 3.41.0's Live API in CPU time of the folding thread, the counterpart of
 * {@code LiveCpuMain ... others}: the busy period's 11,428 events other than Newchannel folded
 * into a model holding the period's channels (added as {@code Status} items, untimed), {@code passes}
 * times after as many warm-up passes; prints the best and median CPU nanoseconds per event and the
 * bytes the thread allocated per event (median). Then the first {@code newchannels} Newchannel
 * events of the period, one at a time into an empty model: wall and CPU milliseconds each (median)
 * and the {@code Getvar} actions FakeAsterisk received per Newchannel (it answers them with an
 * empty value, as Asterisk does; with {@code getvar-error} it answers them with an error, as for a
 * channel already gone).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.livecmp.AjLiveCpuMain [passes] [newchannels] [getvar-error]}
 */
public final class AjLiveCpuMain {
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AjLiveCpuMain() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int newchannels = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        List<ManagerEvent> others = AjLive.toAj(LiveEvents.busyOthers());
        List<StatusEvent> channels = new ArrayList<>();
        for (AmiEvent e : LiveEvents.busyNewchannels()) {
            channels.add(AjLive.asStatus(e));
        }
        boolean getvarError = args.length > 2 && args[2].equals("getvar-error");
        try (FakeAsterisk server = BigPbx.answerGetvar(FakeAsterisk.create().start());
                AjLive aj = AjLive.start(server.port())) {
            if (getvarError) {
                server.onAction("Getvar", (a, s) -> Reply.error("No such channel"));
            }
            for (int i = 0; i < passes; i++) {
                pass(aj, channels, others);
            }
            double[] cpu = new double[passes];
            double[] bytes = new double[passes];
            for (int i = 0; i < passes; i++) {
                double[] r = pass(aj, channels, others);
                cpu[i] = r[0];
                bytes[i] = r[1];
            }
            Arrays.sort(cpu);
            Arrays.sort(bytes);
            System.out.printf("asterisk-java Live: %d events per pass (%d of them known to it), %d passes: best %.0f ns,"
                    + " median %.0f ns CPU per event, %.0f B allocated per event%n", LiveEvents.BUSY_OTHERS,
                    others.size(), passes, cpu[0], cpu[passes / 2], bytes[passes / 2]);
            newchannels(aj, server, newchannels, getvarError ? "error" : "empty value");
        }
    }

    /**
     * One timed pass: {CPU ns, bytes} per event of the period, those its event builder knows
     * nothing of (not built, so not handed on) included, as its reader drops them.
     */
    private static double[] pass(AjLive aj, List<StatusEvent> channels, List<ManagerEvent> events) {
        aj.resync();
        for (StatusEvent s : channels) {
            aj.addFromStatus(s);
        }
        long a0 = MX.getCurrentThreadAllocatedBytes();
        long t0 = MX.getCurrentThreadCpuTime();
        for (ManagerEvent e : events) {
            aj.fold(e);
        }
        double cpu = (MX.getCurrentThreadCpuTime() - t0) / (double) LiveEvents.BUSY_OTHERS;
        double bytes = (MX.getCurrentThreadAllocatedBytes() - a0) / (double) LiveEvents.BUSY_OTHERS;
        if (aj.heldChannels() != channels.size()) {
            throw new IllegalStateException("holds " + aj.heldChannels() + " channels");
        }
        return new double[] {cpu, bytes};
    }

    private static void newchannels(AjLive aj, FakeAsterisk server, int n, String answer) {
        List<ManagerEvent> events = AjLive.toAj(LiveEvents.busyNewchannels()).subList(0, n);
        aj.resync();
        double[] wall = new double[n];
        double[] cpu = new double[n];
        long actions0 = server.actionCount();
        for (int i = 0; i < n; i++) {
            long w0 = System.nanoTime();
            long c0 = MX.getCurrentThreadCpuTime();
            aj.fold(events.get(i));
            cpu[i] = (MX.getCurrentThreadCpuTime() - c0) / 1e6;
            wall[i] = (System.nanoTime() - w0) / 1e6;
        }
        double getvars = (server.actionCount() - actions0) / (double) n;
        if (aj.channels() != n) {
            throw new IllegalStateException("holds " + aj.channels() + " channels, expected " + n);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("asterisk-java Live: Newchannel (first %d of the period, Getvar answered with %s): median"
                + " %.1f ms wall, %.1f ms CPU of the folding thread, %.1f Getvar actions each%n", n, answer,
                wall[n / 2], cpu[n / 2], getvars);
    }
}
