package dev.amiable.bench.diag;

import dev.amiable.AmiClient;
import dev.amiable.action.GenericAction;
import dev.amiable.bench.Clients;
import dev.amiable.bench.Counter;
import dev.amiable.bench.MiniAmi;
import java.util.concurrent.TimeUnit;

/**
 * Diagnostic: where the time of one end-to-end burst goes ({@code EndToEndBench.amiable}'s work,
 * the same listener). For each burst it notes when the {@code Burst} action was sent, when the
 * listener saw the first event, when the reader had received the last one (the listener looks at
 * the client's counters every 256 events) and when the listener saw the last one. Prints the
 * averages over the second half of the bursts:
 *
 * <ul>
 *   <li>ramp: from sending the action to the first event at the listener;
 *   <li>receiving: from then until the reader has taken in every event of the burst;
 *   <li>tail: from then until the listener has seen the last one (the queue draining).
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.diag.BurstPhases [bursts]}
 */
public final class BurstPhases {
    private BurstPhases() {
    }

    /** Written by the listener (the dispatcher thread), read by main after the burst's last event. */
    private static final class Marks {
        volatile long burstStart;
        volatile long receiveTarget;
        volatile long first;
        volatile long received;
    }

    public static void main(String[] args) throws Exception {
        int bursts = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Counter counter = new Counter();
        Marks m = new Marks();
        try (MiniAmi server = new MiniAmi(10); AmiClient client = Clients.amiable(server.port())) {
            client.addListener(e -> {
                Object p = e.privilege();
                Object t = e.timestamp();
                long n = counter.get() - m.burstStart;
                if (n == 0) {
                    m.first = System.nanoTime();
                }
                if ((n & 255) == 0 && m.received == 0 && client.stats().eventsReceived() >= m.receiveTarget) {
                    m.received = System.nanoTime();
                }
                counter.hit();
                if (p == null && t == null) {
                    counter.get(); // keeps both reads alive
                }
            });
            client.send(GenericAction.of("Burst")).get(30, TimeUnit.SECONDS);
            long perBurst = counter.awaitQuiet(300, 30_000);
            double ramp = 0;
            double receiving = 0;
            double tail = 0;
            int counted = 0;
            for (int b = 0; b < bursts; b++) {
                long base = counter.get();
                m.burstStart = base;
                m.first = 0;
                m.received = 0;
                m.receiveTarget = client.stats().eventsReceived() + perBurst;
                long t0 = System.nanoTime();
                client.send(GenericAction.of("Burst"));
                if (!counter.awaitAtLeast(base + perBurst, 60_000)) {
                    throw new IllegalStateException("burst " + b + " did not complete");
                }
                long t1 = System.nanoTime();
                if (b >= bursts / 2 && m.received != 0) {
                    ramp += m.first - t0;
                    receiving += m.received - m.first;
                    tail += t1 - m.received;
                    counted++;
                }
            }
            double total = ramp + receiving + tail;
            System.out.printf("%d bursts of %d events: %.0f us each = ramp %.0f + receiving %.0f + tail %.0f us;"
                    + " %.2f M events/s%n", counted, perBurst, total / counted / 1e3, ramp / counted / 1e3,
                    receiving / counted / 1e3, tail / counted / 1e3, perBurst * counted / (total / 1e9) / 1e6);
        }
    }
}
