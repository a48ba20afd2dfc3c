package dev.amiable.testkit.agi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** What a simulated channel received, and whether it ended; shared by both kinds of call. Thread-safe. */
final class CallLog {
    private final BlockingQueue<String> fresh = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    void add(String command) {
        synchronized (all) {
            all.add(command);
        }
        fresh.add(command);
    }

    String take(Duration timeout) throws InterruptedException {
        return fresh.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    List<String> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** Marks the call ended; true the first time. */
    boolean end() {
        synchronized (ended) {
            if (ended.getCount() == 0) {
                return false;
            }
            ended.countDown();
            return true;
        }
    }

    boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    boolean ended() {
        return ended.getCount() == 0;
    }
}
