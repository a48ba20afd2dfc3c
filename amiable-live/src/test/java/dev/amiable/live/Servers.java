package dev.amiable.live;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.testkit.FakeAsterisk;
import java.time.Duration;

/** Shared set-up: a client for a FakeAsterisk. */
final class Servers {
    private Servers() {
    }

    static AmiOptions.Builder options(FakeAsterisk server) {
        return AmiOptions.builder().host("127.0.0.1").port(server.port()).username("admin").secret("amp111")
                .actionTimeout(Duration.ofSeconds(5));
    }

    static AmiClient connect(FakeAsterisk server) {
        return AmiClient.connect(options(server).build());
    }
}
