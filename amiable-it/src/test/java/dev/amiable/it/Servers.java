package dev.amiable.it;

import dev.amiable.AmiOptions;
import dev.amiable.ReconnectPolicy;
import dev.amiable.testkit.FakeAsterisk;
import java.time.Duration;

/** Shared set-up: a fast FakeAsterisk and options pointing at it. */
final class Servers {
    static final Duration WAIT = Duration.ofSeconds(5);

    private Servers() {
    }

    static FakeAsterisk.Builder fast() {
        return FakeAsterisk.builder().user("admin", "amp111").failedLoginDelay(Duration.ZERO);
    }

    static FakeAsterisk start() {
        return fast().build().start();
    }

    static AmiOptions.Builder options(FakeAsterisk server) {
        return AmiOptions.builder().host(server.host()).port(server.port()).username("admin").secret("amp111")
                .reconnect(ReconnectPolicy.OFF).keepAlive(Duration.ZERO, Duration.ofSeconds(1));
    }
}
