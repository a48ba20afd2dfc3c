package dev.amiable.it;

import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records state changes so a test can wait for each one in turn. */
final class StateRecorder implements ConnectionListener {
    record Change(ConnectionState state, Throwable cause) {
    }

    private final LinkedBlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    private boolean skipped;

    @Override
    public void onStateChange(ConnectionState state, Throwable cause) {
        changes.add(new Change(state, cause));
    }

    /** Waits for the next change, which must be {@code expected}. */
    Change next(ConnectionState expected, Duration timeout) throws InterruptedException {
        Change c = changes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        // the first CONNECTED may still be queued when a listener is added right after connect()
        while (c != null && c.state == ConnectionState.CONNECTED && expected != ConnectionState.CONNECTED && !skipped) {
            skipped = true;
            c = changes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        skipped = true;
        if (c == null) {
            throw new AssertionError("no state change to " + expected + " within " + timeout);
        }
        if (c.state != expected) {
            throw new AssertionError("expected " + expected + " but got " + c.state + " (" + c.cause + ")");
        }
        return c;
    }
}
