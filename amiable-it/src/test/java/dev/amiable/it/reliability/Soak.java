package dev.amiable.it.reliability;

import dev.amiable.AmiClient;
import dev.amiable.AmiStats;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Scenario;
import dev.amiable.testkit.ScenarioRun;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak: one client, one FakeAsterisk numbering its events ({@code SequenceNumber}),
 * the test kit's call-centre scenario (calls through queue {@code support} on the simulated PBX,
 * with Asterisk's full event flow per call) at a fixed rate for a while. The client checks that sequence numbers
 * arrive with no gap and no duplicate; heap (after GC) and Amiable's thread count are taken
 * after the warm-up and at the end.
 */
final class Soak {
    /** What a soak measured. */
    record Result(double callsPerSecond, Duration duration, long calls, long eventsEmitted, long eventsChecked,
            long gaps, long duplicates, long dropped, long heapWarm, long heapEnd, int threadsWarm, int threadsEnd,
            boolean allArrived) {
        @Override
        public String toString() {
            return String.format("[soak] %.0f calls/s for %d s: %,d calls, %,d events emitted, %,d checked in sequence, "
                    + "%d gaps, %d duplicates, %d dropped; heap after GC %.1f MiB after warm-up -> %.1f MiB at end; "
                    + "amiable-* threads %d -> %d", callsPerSecond, duration.toSeconds(), calls, eventsEmitted,
                    eventsChecked, gaps, duplicates, dropped, heapWarm / 1048576.0, heapEnd / 1048576.0, threadsWarm,
                    threadsEnd);
        }
    }

    private Soak() {
    }

    static Result run(double callsPerSecond, Duration duration) throws Exception {
        AtomicLong last = new AtomicLong(0);
        AtomicLong checked = new AtomicLong();
        AtomicLong gaps = new AtomicLong();
        AtomicLong dups = new AtomicLong();
        CountDownLatch end = new CountDownLatch(1);
        // the listener is added before the login, so it sees every numbered event from the first
        try (FakeAsterisk server = Rig.fast().sequenceNumbers(true).build().start();
             AmiClient ami = AmiClient.connect(Rig.options(server).build(), c -> c.addListener(e -> {
                String s = e.get("SequenceNumber");
                if (s == null) {
                    return;
                }
                long n = Long.parseLong(s);
                long prev = last.getAndSet(n);
                if (n <= prev) {
                    dups.incrementAndGet();
                } else if (n != prev + 1) {
                    gaps.addAndGet(n - prev - 1); // numbering starts at 1
                }
                if (e.name().equals("UserEvent") && "soak-end".equals(e.get("UserEvent"))) {
                    end.countDown();
                } else {
                    checked.incrementAndGet();
                }
            }))) {
            long warmMillis = Math.min(2000, duration.toMillis() / 3);
            long t0 = System.nanoTime();
            long heapWarm;
            int threadsWarm;
            Scenario scenario = Scenario.callCentre().callsPerSecond(callsPerSecond)
                    .agents((int) Math.max(10, callsPerSecond * 2)).talkTime(Duration.ofMillis(200), Duration.ofMillis(800))
                    .maxWait(Duration.ofSeconds(5)).seed(42);
            try (ScenarioRun traffic = server.run(scenario)) {
                Thread.sleep(warmMillis); // the traffic runs for a set time: sleeping is the point here
                heapWarm = Rig.usedHeapAfterGc();
                threadsWarm = Rig.amiableThreads().size();
                long left = duration.toNanos() - (System.nanoTime() - t0);
                if (left > 0) {
                    TimeUnit.NANOSECONDS.sleep(left);
                }
                traffic.stop();
                if (!traffic.awaitCompleted(traffic.callsStarted(), Duration.ofSeconds(30))) {
                    throw new AssertionError("calls did not finish");
                }
                server.emit("UserEvent", "Privilege", "user,all", "UserEvent", "soak-end");
                boolean arrived = end.await(60, TimeUnit.SECONDS);
                long heapEnd = Rig.usedHeapAfterGc();
                int threadsEnd = Rig.amiableThreads().size();
                AmiStats st = ami.stats();
                // everything the session was sent, less the end marker
                long emitted = server.sessions().get(0).eventsSent() - 1;
                return new Result(callsPerSecond, duration, traffic.callsStarted(), emitted,
                        checked.get(), gaps.get(), dups.get(), st.eventsDropped(), heapWarm, heapEnd, threadsWarm,
                        threadsEnd, arrived);
            }
        }
    }
}
