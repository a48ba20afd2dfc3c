package dev.amiable.bench.diag;

import dev.amiable.AmiClient;
import dev.amiable.event.AmiEvent;
import dev.amiable.action.GenericAction;
import dev.amiable.bench.Clients;
import dev.amiable.bench.Counter;
import dev.amiable.bench.MiniAmi;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Diagnostic: the heap an application holds when it keeps some of the events it is given, as a
 * dashboard keeps the latest event of each channel. The listener keeps every {@code n}th event
 * of several end-to-end bursts; after a full collection the heap is measured with the kept events
 * and again once they are dropped. The difference, per kept event, is what keeping one costs.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.diag.RetainedMemory [every] [bursts]}
 */
public final class RetainedMemory {
    private RetainedMemory() {
    }

    public static void main(String[] args) throws Exception {
        int every = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int bursts = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Counter counter = new Counter();
        List<AmiEvent> kept = new ArrayList<>();
        try (MiniAmi server = new MiniAmi(10); AmiClient client = Clients.amiable(server.port())) {
            client.addListener(e -> {
                if (counter.get() % every == 0) {
                    kept.add(e); // only the dispatcher thread touches the list until main reads it
                }
                counter.hit();
            });
            client.send(GenericAction.of("Burst")).get(30, TimeUnit.SECONDS);
            long perBurst = counter.awaitQuiet(300, 30_000);
            for (int b = 1; b < bursts; b++) {
                long target = counter.get() + perBurst;
                client.send(GenericAction.of("Burst"));
                if (!counter.awaitAtLeast(target, 60_000)) {
                    throw new IllegalStateException("burst " + b + " did not complete");
                }
            }
            long events = counter.get();
            List<AmiEvent> snapshot;
            synchronized (kept) {
                snapshot = new ArrayList<>(kept); // counter's wake-up ordered the listener's writes before this
            }
            kept.clear();
            long with = usedAfterGc();
            int n = snapshot.size();
            snapshot.clear();
            long without = usedAfterGc();
            System.out.printf("%d events, %d kept (every %d): %,d bytes held by them, %,d bytes per kept event%n",
                    events, n, every, with - without, (with - without) / Math.max(1, n));
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
