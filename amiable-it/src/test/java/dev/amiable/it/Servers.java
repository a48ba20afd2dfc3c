package dev.amiable.it;

import dev.amiable.AmiOptions;
import dev.amiable.ReconnectPolicy;
import dev.amiable.testkit.FakeAsterisk;
import java.time.Duration;

/** Shared set-up: a fast FakeAsterisk and options pointing at it. */
public final class Servers {
    public static final Duration WAIT = Duration.ofSeconds(5);

    private Servers() {
    }

    public static FakeAsterisk.Builder fast() {
        return FakeAsterisk.builder().user("admin", "amp111").failedLoginDelay(Duration.ZERO);
    }

    public static FakeAsterisk start() {
        return fast().build().start();
    }

    /** Options for admin/amp111 at the server, with reconnect and keep-alive off unless a test turns them on. */
    public static AmiOptions.Builder options(FakeAsterisk server) {
        return options(server.port());
    }

    public static AmiOptions.Builder options(int port) {
        return AmiOptions.builder().host("127.0.0.1").port(port).username("admin").secret("amp111")
                .reconnect(ReconnectPolicy.OFF).keepAlive(Duration.ZERO, Duration.ofSeconds(1));
    }
}
