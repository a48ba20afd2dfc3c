package dev.amiable.testkit;

import java.time.Duration;

/**
 * A running {@link Scenario}. Thread-safe. Calls already started play out after {@link #stop()};
 * closing the server ends everything.
 */
public interface ScenarioRun extends AutoCloseable {
    /** Calls this run has started. */
    long callsStarted();

    /** Calls this run has seen end (answered and hung up, abandoned, or failed). */
    long callsCompleted();

    /** Stops starting new calls. Idempotent. */
    void stop();

    /**
     * Waits until this run has completed at least {@code calls} calls; true if it did within
     * {@code timeout}, false otherwise.
     */
    boolean awaitCompleted(long calls, Duration timeout) throws InterruptedException;

    /** {@link #stop()}. */
    @Override
    void close();
}
