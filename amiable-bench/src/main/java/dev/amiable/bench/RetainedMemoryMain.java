package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.action.GenericAction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.asteriskjava.manager.ManagerConnection;

/**
 * Benchmark 8: the heap an application holds when it keeps some of the events it is given, as a
 * dashboard keeps the latest event of each channel. For each client in turn, a listener keeps
 * every {@code n}th event of several end-to-end bursts ({@link MiniAmi}, the capture's events);
 * after full collections the heap is measured with the kept events and again once they are
 * dropped. The difference, per kept event, is what keeping one costs.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.RetainedMemoryMain [every] [bursts]}
 */
public final class RetainedMemoryMain {
    private RetainedMemoryMain() {
    }

    /** A listener that keeps every {@code every}th event and counts them all. */
    private static final class Keeper {
        final Counter counter = new Counter();
        final List<Object> kept = new ArrayList<>();
        final int every;

        Keeper(int every) {
            this.every = every;
        }

        /** Called on the client's one event thread; main reads {@link #kept} after the last burst. */
        void accept(Object event) {
            if (counter.get() % every == 0) {
                synchronized (kept) {
                    kept.add(event);
                }
            }
            counter.hit();
        }

        /** Sends bursts with {@code burst} until {@code bursts} have been seen, then measures. */
        void run(String side, int bursts, Consumer<Keeper> burst) throws InterruptedException {
            long before = counter.get();
            burst.accept(this);
            long perBurst = counter.awaitQuiet(300, 30_000) - before;
            for (int b = 1; b < bursts; b++) {
                long target = counter.get() + perBurst;
                burst.accept(this);
                if (!counter.awaitAtLeast(target, 60_000)) {
                    throw new IllegalStateException(side + ": burst " + b + " did not complete");
                }
            }
            List<Object> held;
            synchronized (kept) {
                held = new ArrayList<>(kept);
                kept.clear();
            }
            long with = usedAfterGc();
            int n = held.size();
            held.clear();
            long without = usedAfterGc();
            String note = counter.get() + " events, every " + every + "th kept (" + n + "), heap after full GCs";
            Results.put("retained." + side + ".perKeptEvent", (with - without) / (double) Math.max(1, n), "B", note);
        }
    }

    public static void main(String[] args) throws Exception {
        int every = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int bursts = args.length > 1 ? Integer.parseInt(args[1]) : 10;

        Keeper amiable = new Keeper(every);
        try (MiniAmi server = new MiniAmi(10); AmiClient client = Clients.amiable(server.port())) {
            client.addListener(amiable::accept);
            amiable.run("amiable", bursts, k -> client.send(GenericAction.of("Burst")));
        }

        Keeper aj = new Keeper(every);
        try (MiniAmi server = new MiniAmi(10)) {
            ManagerConnection connection = Clients.asteriskJava(server.port());
            connection.addEventListener(aj::accept);
            try {
                aj.run("asteriskJava", bursts, k -> {
                    try {
                        connection.sendAction(new Clients.AjBurstAction(), 30_000);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                connection.logoff();
            }
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
