package dev.amiable.cli;

import dev.amiable.AmiClient;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When a long-running command ends: after {@code --duration}, when {@link #stop()} is called
 * (e.g. {@code --count} reached), on Ctrl-C, or when the connection fails (then {@link #await}
 * rethrows the cause). On Ctrl-C the shutdown hook gives the command a moment to print its last
 * lines before the JVM exits.
 */
final class StopSignal implements AutoCloseable {
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile RuntimeException failure;

    StopSignal() {
        hook = new Thread(() -> {
            stop();
            try {
                finished.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "amiable-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Ends the wait normally. */
    void stop() {
        stopped.countDown();
    }

    /** Ends the wait with a failure that {@link #await} throws. */
    void fail(RuntimeException e) {
        if (failure == null) {
            failure = e;
        }
        stopped.countDown();
    }

    boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** Fails this signal when the client's connection closes on its own. */
    void watch(AmiClient client) {
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onStateChange(ConnectionState state, Throwable cause) {
                if (state == ConnectionState.CLOSED && cause != null) {
                    fail(cause instanceof RuntimeException ? (RuntimeException) cause
                            : new dev.amiable.AmiConnectionException(String.valueOf(cause), cause));
                }
            }
        });
    }

    /** Waits for the end (forever when {@code duration} is null); rethrows a failure. */
    void await(Duration duration) throws InterruptedException {
        if (duration == null) {
            stopped.await();
        } else {
            stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Removes the Ctrl-C hook (unless the JVM is already exiting) and releases it. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook is running and now released
        }
    }
}
