package dev.amiable.kafka;

import dev.amiable.AmiClient;
import dev.amiable.AmiStats;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition on live counters, checking every few milliseconds, up to a deadline. Tests
 * that read counters wait here first for the client and the bridge to settle, instead of racing
 * the dispatcher or the producer's acknowledgements.
 */
final class Await {
    private Await() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<Object> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; now: " + state.get());
            }
            Thread.sleep(5);
        }
    }

    /**
     * Waits until {@code client} has read at least {@code n} events and handed every event it read
     * to its listeners (their calls returned) or dropped it: nothing is queued or on its way.
     */
    static void drained(AmiClient client, long n) throws InterruptedException {
        until("the client to read " + n + " events and hand each on or drop it", Broker.WAIT,
                () -> isDrained(client.stats(), n), client::stats);
    }

    /**
     * Waits until {@code client} is {@linkplain #drained drained} of {@code n} events and
     * {@code bridge} has settled: nothing held in its buffer, and for each server every event it
     * received is accounted for (received == published + dropped + failed). For a bridge that wrote
     * no gap or change records (those are published without being received).
     */
    static void settled(KafkaBridge bridge, AmiClient client, long n) throws InterruptedException {
        drained(client, n);
        until("the bridge to settle", Broker.WAIT, () -> {
            BridgeStats s = bridge.stats();
            if (s.buffered() != 0) {
                return false;
            }
            for (BridgeStats.Server v : s.servers()) {
                if (v.received() != v.published() + v.dropped() + v.failed()) {
                    return false;
                }
            }
            return true;
        }, () -> bridge.stats() + " " + client.stats());
    }

    private static boolean isDrained(AmiStats s, long n) {
        return s.eventsReceived() >= n && s.eventsDelivered() + s.eventsDropped() == s.eventsReceived();
    }
}
