package dev.amiable.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A traffic pattern the simulated PBX plays by itself, for demos, load tests and benchmarks.
 * Immutable; each setter returns a copy. Start it with {@link FakeAsterisk#run(Scenario)}.
 *
 * <p>{@link #callCentre()}: callers arrive at a steady rate, join a queue, wait for a free agent
 * (round robin), talk, and hang up; a caller who waits longer than {@link #maxWait(Duration)}
 * abandons. Talk times and caller numbers come from a {@link java.util.Random} seeded with
 * {@link #seed(long)}, so two runs with one seed produce the same calls in the same order
 * (their timing depends on the machine). Simulated durations follow the server's
 * {@code timeScale}; the arrival rate is in real seconds.
 *
 * <p>Each call is originated by a dialer ({@code Local/<1000+n>@scenario}, with its
 * OriginateResponse); a share of the callers ({@link #selfServiceShare(double)}, 40% by default,
 * chosen by the seed) stay in the voice menu and never reach the queue. With
 * {@link #dialplanDetail(boolean)} (on by default) the server reports every call with the detail
 * of a real Asterisk 22 (CEL, VarSet, a Newexten per priority, device states, a Cdr per channel,
 * music on hold...), so that the event-type mix matches a real busy period: each of the 20 most
 * frequent event types of the captured one is within a factor of 2 of its share there.
 */
public final class Scenario {
    private final double callsPerSecond;
    private final int agents;
    private final String queue;
    private final long seed;
    private final Duration minTalk;
    private final Duration maxTalk;
    private final Duration maxWait;
    private final long totalCalls;
    private final double selfService;
    private final boolean detail;

    private Scenario(double cps, int agents, String queue, long seed, Duration minTalk, Duration maxTalk,
                     Duration maxWait, long totalCalls, double selfService, boolean detail) {
        this.callsPerSecond = cps;
        this.agents = agents;
        this.queue = queue;
        this.seed = seed;
        this.minTalk = minTalk;
        this.maxTalk = maxTalk;
        this.maxWait = maxWait;
        this.totalCalls = totalCalls;
        this.selfService = selfService;
        this.detail = detail;
    }

    /**
     * 5 calls/s into queue {@code support} with 10 agents, talk 1–3 s, abandon after 30 s, seed 42, no
     * end, 40% self-service callers, dialplan detail on.
     */
    public static Scenario callCentre() {
        return new Scenario(5, 10, "support", 42, Duration.ofSeconds(1), Duration.ofSeconds(3),
                Duration.ofSeconds(30), 0, 0.4, true);
    }

    public Scenario callsPerSecond(double cps) {
        if (!(cps > 0)) {
            throw new IllegalArgumentException("callsPerSecond must be positive");
        }
        return new Scenario(cps, agents, queue, seed, minTalk, maxTalk, maxWait, totalCalls, selfService, detail);
    }

    /** Agents {@code Local/<5001..>@scenario-agents/n} added to the queue when the run starts. */
    public Scenario agents(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("agents must be >= 0");
        }
        return new Scenario(callsPerSecond, n, queue, seed, minTalk, maxTalk, maxWait, totalCalls, selfService, detail);
    }

    /** The queue callers join; created if the server has none of that name. */
    public Scenario queue(String name) {
        return new Scenario(callsPerSecond, agents, Objects.requireNonNull(name), seed, minTalk, maxTalk, maxWait,
                totalCalls, selfService, detail);
    }

    public Scenario seed(long seed) {
        return new Scenario(callsPerSecond, agents, queue, seed, minTalk, maxTalk, maxWait, totalCalls, selfService, detail);
    }

    /** Talk time drawn uniformly from {@code [min, max]}. */
    public Scenario talkTime(Duration min, Duration max) {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min > max");
        }
        return new Scenario(callsPerSecond, agents, queue, seed, min, max, maxWait, totalCalls, selfService, detail);
    }

    public Scenario maxWait(Duration wait) {
        return new Scenario(callsPerSecond, agents, queue, seed, minTalk, maxTalk, wait, totalCalls, selfService, detail);
    }

    /** Stop starting calls after this many; 0 (the default) for no limit. */
    public Scenario totalCalls(long n) {
        return new Scenario(callsPerSecond, agents, queue, seed, minTalk, maxTalk, maxWait, n, selfService, detail);
    }

    /** The share (0 to 1) of callers who stay in the voice menu instead of joining the queue. */
    public Scenario selfServiceShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("selfServiceShare must be between 0 and 1");
        }
        return new Scenario(callsPerSecond, agents, queue, seed, minTalk, maxTalk, maxWait, totalCalls, share, detail);
    }

    /**
     * Whether the server reports calls with a real Asterisk's detail (CEL, VarSet, Newexten per
     * priority, DeviceStateChange, Cdr per channel...); on by default. Once a run with detail
     * starts, every call of that server is reported so, Originates included.
     */
    public Scenario dialplanDetail(boolean on) {
        return new Scenario(callsPerSecond, agents, queue, seed, minTalk, maxTalk, maxWait, totalCalls, selfService, on);
    }

    public double selfServiceShare() {
        return selfService;
    }

    public boolean dialplanDetail() {
        return detail;
    }

    public double callsPerSecond() {
        return callsPerSecond;
    }

    public int agents() {
        return agents;
    }

    public String queue() {
        return queue;
    }

    public long seed() {
        return seed;
    }

    public Duration minTalk() {
        return minTalk;
    }

    public Duration maxTalk() {
        return maxTalk;
    }

    public Duration maxWait() {
        return maxWait;
    }

    public long totalCalls() {
        return totalCalls;
    }
}
