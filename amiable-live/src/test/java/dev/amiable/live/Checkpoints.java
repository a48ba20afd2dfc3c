package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.testkit.FakeAsterisk;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Proves the model has received every event the simulator emitted so far: {@link #quiesce()}
 * emits a numbered {@code UserEvent} marker and waits until a listener registered after the
 * model's own sees it (listeners get each event in registration order, on one dispatcher).
 */
final class Checkpoints {
    private final FakeAsterisk fake;
    private final AtomicLong seen = new AtomicLong();
    private final Semaphore arrived = new Semaphore(0);
    private long sent;

    Checkpoints(AmiClient ami, FakeAsterisk fake) {
        this.fake = fake;
        ami.addListener(e -> {
            String tag = e.get("UserEvent");
            if (e.name().equals("UserEvent") && tag != null && tag.startsWith("checkpoint-")) {
                seen.set(Long.parseLong(tag.substring("checkpoint-".length())));
                arrived.release();
            }
        });
    }

    void quiesce() throws InterruptedException {
        long n = ++sent;
        fake.emit("UserEvent", "UserEvent", "checkpoint-" + n);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.get() < n) {
            long left = deadline - System.nanoTime();
            assertTrue(left > 0, "checkpoint " + n + " not delivered");
            arrived.tryAcquire(left, TimeUnit.NANOSECONDS);
        }
    }
}
