package dev.amiable.testkit;

import java.util.List;

/**
 * Seeded random traffic on the simulated PBX, played one step at a time by the caller (no timers,
 * no threads): each {@link #step()} picks, with a {@link java.util.Random} seeded once, one thing
 * that can happen now and makes it happen, emitting Asterisk 22's events for it before returning.
 * A seed therefore gives the same steps and the same events in the same order on every run
 * (Uniqueids, bridge ids and times aside).
 *
 * <p>What it mixes: calls originated as Local channel pairs that are answered or not; calls to a
 * peer, sometimes through a forwarding Local pair that is then optimised away
 * (LocalOptimizationBegin/End, the bridge swap); hold and unhold; blind and attended transfers
 * (BlindTransfer; consultation bridge, BridgeMerge, AttendedTransfer); queue {@code sim-sales}
 * with ringall, members who do not answer (AgentRingNoAnswer), one who does, members paused and
 * unpaused, callers who give up; parking in lot {@code default} with retrieval (UnParkedCall),
 * time-out (ParkedCallTimeOut) and give-up; ConfBridge {@code sim-conf} join and leave; hang-ups
 * at every stage. Compare the result with {@link FakeAsterisk#truth()}.
 *
 * <p>Thread-safe: a step runs under the PBX's lock, so {@link FakeAsterisk#truth()} never sees
 * half of one. Obtain one with {@link FakeAsterisk#randomTraffic(long)}.
 */
public interface RandomTraffic {
    /** Performs one random step and returns what it did, e.g. {@code "blind transfer Local/220@…;2"}. */
    String step();

    /** {@code n} steps; what each did, in order. */
    List<String> steps(int n);

    /** Calls of this traffic not yet ended. */
    int activeCalls();

    /** Ends every call of this traffic (each as a hang-up at its current stage), leaving the PBX idle of them. */
    void hangupAll();
}
