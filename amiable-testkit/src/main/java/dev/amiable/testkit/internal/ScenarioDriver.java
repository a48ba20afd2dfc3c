package dev.amiable.testkit.internal;

import dev.amiable.testkit.Scenario;
import dev.amiable.testkit.ScenarioRun;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays a {@link Scenario} on the PBX: a 10 ms ticker (real time) starts as many calls as the rate
 * says are due, as async Originates without an ActionID; each call either stays in the voice menu
 * (the seeded self-service share) or joins the queue with a seeded talk time and abandons after
 * the maximum wait. Runs on the PBX thread under its lock.
 */
public final class ScenarioDriver implements ScenarioRun {
    private static final long TICK_MILLIS = 10;

    private final Pbx pbx;
    private final Scenario scenario;
    private final Random random;
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final Object doneLock = new Object();
    private long startNanos;
    private volatile boolean stopped;
    private ScheduledFuture<?> ticker;

    public ScenarioDriver(Server server, Scenario scenario) {
        this.pbx = server.pbx();
        this.scenario = scenario;
        this.random = new Random(scenario.seed());
    }

    /** Adds the agents and starts the ticker. */
    public ScenarioDriver start() {
        synchronized (pbx) {
            PbxQueue q = pbx.queues.computeIfAbsent(scenario.queue(), n -> new PbxQueue(n, "rrmemory"));
            for (int i = 1; i <= scenario.agents(); i++) {
                String iface = "Local/" + (5000 + i) + "@scenario-agents/n";
                if (!q.members.containsKey(iface)) {
                    PbxQueue.Member m = new PbxQueue.Member("Agent " + (5000 + i), iface, "dynamic", 0);
                    q.members.put(iface, m);
                    pbx.calls.queues.memberEvent("QueueMemberAdded", q, m);
                }
            }
            if (scenario.dialplanDetail()) {
                pbx.traceCalls();
            }
            startNanos = System.nanoTime();
            ticker = pbx.every(TICK_MILLIS, this::tick);
        }
        return this;
    }

    private void tick() {
        if (stopped) {
            return;
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        long due = (long) (elapsed * scenario.callsPerSecond()) + 1;
        if (scenario.totalCalls() > 0) {
            due = Math.min(due, scenario.totalCalls());
        }
        while (started.get() < due && !stopped) {
            startCall();
        }
        if (scenario.totalCalls() > 0 && started.get() >= scenario.totalCalls()) {
            stop();
        }
    }

    private void startCall() {
        long n = started.incrementAndGet();
        long min = scenario.minTalk().toMillis();
        long span = scenario.maxTalk().toMillis() - min;
        long talk = min + (span <= 0 ? 0 : (long) (random.nextDouble() * span));
        String callerId = Long.toString(5550000 + random.nextInt(10000));
        String exten = Long.toString(1000 + n % 9000);
        boolean menuOnly = random.nextDouble() < scenario.selfServiceShare();
        Call.Request r = menuOnly
                ? new Call.Request("Local/" + exten + "@scenario", "scenario", exten, null, null, List.of(), callerId,
                        true, null, talk, null)
                : new Call.Request("Local/" + exten + "@scenario", "scenario", exten, "Queue", scenario.queue(),
                        List.of(), callerId, true, null, talk, scenario.queue());
        Call call = pbx.calls.start(r);
        call.onEnd = () -> {
            completed.incrementAndGet();
            synchronized (doneLock) {
                doneLock.notifyAll();
            }
        };
        long wait = scenario.maxWait().toMillis();
        pbx.later(CallFlow.ANSWER_DELAY + wait, () -> {
            if (!call.ended && !call.agentAnswered) {
                pbx.calls.hangup(call, 16);
            }
        });
    }

    @Override
    public long callsStarted() {
        return started.get();
    }

    @Override
    public long callsCompleted() {
        return completed.get();
    }

    @Override
    public void stop() {
        stopped = true;
        ScheduledFuture<?> t = ticker;
        if (t != null) {
            t.cancel(false);
        }
    }

    @Override
    public boolean awaitCompleted(long calls, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (doneLock) {
            while (completed.get() < calls) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || pbx.server.isClosed()) {
                    return completed.get() >= calls;
                }
                doneLock.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    @Override
    public void close() {
        stop();
    }
}
