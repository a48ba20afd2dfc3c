package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.ReconnectPolicy;
import dev.amiable.testkit.AmiSession;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Fault;
import dev.amiable.testkit.RandomTraffic;
import dev.amiable.testkit.RecordedAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever FakeAsterisk's seeded random traffic does (queues with ringall and members who
 * do not answer, pauses, Local optimisation, hold, blind and attended transfers, parking with
 * retrieval and time-out, conferences), at every quiet point the live model equals the
 * simulator's own truth exactly ({@link TruthProjection}). Each seed plays its steps, stopping at
 * seeded random points: no step runs while the model catches up (a marker event proves it has
 * every event), then the two are compared. Deterministic per seed: the steps come from the seed,
 * not from timing. The second test attaches to a PBX already busy and drops the client now and
 * then: calls start and end while it is away, and more steps run while its resync is under way
 * (between the lists' items and the last list's answer), which the model must fold over the
 * lists. {@code -Damiable.live.seeds=N} (profile {@code many-seeds}) runs more seeds.
 */
class LiveTruthPropertyTest {
    static final int SEEDS = Integer.getInteger("amiable.live.seeds", 200);
    private static final int STEPS = 60;
    private static final long HELD_MILLIS = 30;

    @Test
    void theModelEqualsTheTruthAtEveryQuietPoint() throws Exception {
        for (long seed = 1; seed <= SEEDS; seed++) {
            play(seed, false);
        }
    }

    @Test
    void theModelEqualsTheTruthAfterAttachingToABusyPbxAndAcrossDisconnects() throws Exception {
        for (long seed = 1; seed <= Math.max(1, SEEDS / 8); seed++) {
            play(seed, true);
        }
    }

    private static void play(long seed, boolean resyncs) throws Exception {
        Random points = new Random(seed * 7919);
        List<String> done = new ArrayList<>();
        try (FakeAsterisk fake = FakeAsterisk.builder().timeScale(0.001).build().start()) {
            RandomTraffic traffic = fake.randomTraffic(seed);
            if (resyncs) {
                done.addAll(traffic.steps(points.nextInt(STEPS)));
                done.add("-- attach");
            }
            AmiOptions options = AmiOptions.builder().host(fake.host()).port(fake.port()).username("admin")
                    .secret("amp111").reconnect(ReconnectPolicy.exponential(Duration.ofMillis(5), Duration.ofMillis(20)))
                    .build();
            try (AmiClient ami = AmiClient.connect(options); LivePbx live = LivePbx.attach(ami)) {
                Checkpoints marks = new Checkpoints(ami, fake);
                live.synced().get(10, TimeUnit.SECONDS);
                compare(seed, fake, live, marks, done, !resyncs);
                int left = STEPS;
                while (left > 0) {
                    int n = 1 + points.nextInt(Math.min(left, 12));
                    if (resyncs && points.nextInt(3) == 0) {
                        int during = points.nextInt(n + 1);
                        done.add("-- disconnect");
                        disconnected(fake, live, () -> done.addAll(traffic.steps(n - during)), () -> {
                            done.add("-- reconnected, resync running");
                            done.addAll(traffic.steps(during));
                        });
                        done.add("-- resync done");
                    } else {
                        done.addAll(traffic.steps(n));
                    }
                    left -= n;
                    compare(seed, fake, live, marks, done, !resyncs);
                }
                traffic.hangupAll();
                done.add("-- all hung up");
                compare(seed, fake, live, marks, done, !resyncs);
            }
        }
    }

    /**
     * Drops the client and runs {@code whileDown} while it cannot log back in; lets it back with
     * the resync's last list ({@code PresenceStateList}) held back {@value #HELD_MILLIS} ms, and
     * runs {@code duringResync} once the server has that action: its events reach the model after
     * the other lists' items and before the resync ends.
     */
    private static void disconnected(FakeAsterisk fake, LivePbx live, Runnable whileDown, Runnable duringResync)
            throws Exception {
        fake.fault(Fault.closeAfterBanner());
        fake.sessions().forEach(AmiSession::close);
        await(() -> live.snapshot().stale(), "the model to notice the disconnect");
        whileDown.run();
        while (fake.takeAction(Duration.ZERO) != null) {
            // forget what the earlier sessions sent
        }
        fake.clearFaults();
        fake.fault(Fault.delayResponse("PresenceStateList", Duration.ofMillis(HELD_MILLIS)));
        for (RecordedAction a = take(fake); !a.name().equalsIgnoreCase("PresenceStateList"); a = take(fake)) {
            // the resync's earlier actions
        }
        duringResync.run();
        await(() -> !live.snapshot().stale(), "the model to resync after the reconnect");
        fake.clearFaults();
    }

    private static RecordedAction take(FakeAsterisk fake) throws InterruptedException {
        RecordedAction a = fake.takeAction(Duration.ofSeconds(10));
        assertTrue(a != null, "the client sent no resync");
        return a;
    }

    /** Quiesces, then compares; {@code hold} only when the model followed every event since it was empty. */
    private static void compare(long seed, FakeAsterisk fake, LivePbx live, Checkpoints marks, List<String> done,
                                boolean hold) throws Exception {
        marks.quiesce();
        String truth = TruthProjection.of(fake.truth(), hold);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String model = TruthProjection.of(live.snapshot(), hold);
        while (!truth.equals(model) && System.nanoTime() < deadline) {
            Thread.sleep(1);
            model = TruthProjection.of(live.snapshot(), hold);
        }
        assertEquals(truth, model, "seed " + seed + " after steps:\n  " + String.join("\n  ", done));
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(1);
        }
    }
}
