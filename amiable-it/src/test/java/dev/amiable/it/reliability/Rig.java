package dev.amiable.it.reliability;

import dev.amiable.AmiOptions;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import dev.amiable.it.Servers;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Probes for the reliability tests; the server and options come from {@link Servers} (admin/amp111,
 * no login delay, reconnect and keep-alive off unless a test turns them on).
 */
final class Rig {
    static final Duration WAIT = Duration.ofSeconds(10);

    private Rig() {
    }

    static FakeAsterisk.Builder fast() {
        return Servers.fast();
    }

    static AmiOptions.Builder options(FakeAsterisk server) {
        return Servers.options(server);
    }

    static AmiOptions.Builder options(int port) {
        return Servers.options(port);
    }

    /** Every action the server received until none arrives for {@code quiet}. */
    static List<RecordedAction> drain(FakeAsterisk server, Duration quiet) throws InterruptedException {
        List<RecordedAction> out = new ArrayList<>();
        for (RecordedAction a = server.takeAction(quiet); a != null; a = server.takeAction(quiet)) {
            out.add(a);
        }
        return out;
    }

    /** Live threads whose name starts with {@code amiable-}. */
    static List<String> amiableThreads() {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("amiable-")) {
                names.add(t.getName());
            }
        }
        return names;
    }

    /** Open file descriptors of this process (Linux), or -1 where /proc is missing. */
    static int openFds() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    /** Polls {@code condition} every 10 ms until true or the timeout; returns its last value. */
    static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Used heap after asking for a full collection a few times, in bytes. */
    static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    /** Records state changes (and everything else a test wants in one ordered log). */
    static final class States implements ConnectionListener {
        record Change(ConnectionState state, Throwable cause) {
        }

        final LinkedBlockingQueue<Change> changes = new LinkedBlockingQueue<>();

        @Override
        public void onStateChange(ConnectionState state, Throwable cause) {
            changes.add(new Change(state, cause));
        }

        /** Waits for a change to {@code expected}, skipping others (e.g. a stale CONNECTED); fails on timeout. */
        Change await(ConnectionState expected, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = end - System.nanoTime();
                Change c = left <= 0 ? null : changes.poll(left, TimeUnit.NANOSECONDS);
                if (c == null) {
                    throw new AssertionError("no change to " + expected + " within " + timeout);
                }
                if (c.state() == expected) {
                    return c;
                }
            }
        }
    }
}
