package dev.amiable.bench.livecmp;

import dev.amiable.bench.BigPbx;
import dev.amiable.bench.LiveEvents;
import dev.amiable.bench.UsedHeap;
import dev.amiable.testkit.FakeAsterisk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.event.ManagerEvent;

/**
 * The heap asterisk-java 3.41.0's Live API holds per tracked call, the counterpart of
 * {@code LiveMemoryMain}: the same {@code n} calls (three channels, answered and bridged) folded
 * in, the events dropped, the heap measured after full collections against the initialised, empty
 * model. As every Newchannel costs asterisk-java 50 ms of wall time, the calls are fed from
 * {@code threads} threads, each call's events in order on one thread (its model locks per
 * channel map); the model must then hold exactly {@code 3 n} channels.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.livecmp.AjLiveMemoryMain [calls] [threads]}
 */
public final class AjLiveMemoryMain {
    private AjLiveMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        try (FakeAsterisk server = BigPbx.answerGetvar(FakeAsterisk.create().start());
                AjLive aj = AjLive.start(server.port())) {
            long before = UsedHeap.afterGc();
            AtomicLong next = new AtomicLong();
            List<Thread> feeders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread feeder = new Thread(() -> {
                    for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        for (ManagerEvent e : AjLive.toAj(LiveEvents.call(i, false))) {
                            aj.fold(e);
                        }
                    }
                }, "aj-feeder-" + t);
                feeder.start();
                feeders.add(feeder);
            }
            for (Thread feeder : feeders) {
                feeder.join();
            }
            long after = UsedHeap.afterGc();
            int channels = aj.channels();
            System.out.printf("asterisk-java Live: %d calls, %d channels tracked: %.0f bytes per call (%.0f per channel)%n",
                    n, channels, (after - before) / (double) n, (after - before) / (double) channels);
            if (channels != 3 * n) {
                throw new IllegalStateException("expected " + 3 * n + " channels");
            }
        }
    }
}
