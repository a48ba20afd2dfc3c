package dev.amiable.cli;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.time.Duration;

/** Helpers around FakeAsterisk for the CLI tests. */
final class TestServers {
    private TestServers() {
    }

    /** A started server on a free loopback port with admin/amp111 and no delay on failed logins. */
    static FakeAsterisk start() {
        return FakeAsterisk.builder().failedLoginDelay(Duration.ZERO).build().start();
    }

    /** Waits until the server has received an action called {@code name}; fails after 10 s. */
    static RecordedAction awaitAction(FakeAsterisk fake, String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            RecordedAction a = left > 0 ? fake.takeAction(Duration.ofNanos(left)) : null;
            if (a == null) {
                throw new AssertionError("no " + name + " action within 10 s");
            }
            if (a.name().equalsIgnoreCase(name)) {
                return a;
            }
        }
    }
}
