package dev.amiable.kafka;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.ReconnectPolicy;
import dev.amiable.testkit.FakeAsterisk;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A FakeAsterisk and a client logged in to it (events on, fast reconnect), closed together. */
final class Pbx implements AutoCloseable {
    final FakeAsterisk server;
    final AmiClient client;

    private Pbx(FakeAsterisk server, AmiClient client) {
        this.server = server;
        this.client = client;
    }

    /** Starts the server and connects with events off: call {@code eventsOn()} once the bridge listens. */
    static Pbx start() {
        return start(b -> b);
    }

    /** Like {@link #start()}, with the client's options adjusted by {@code options}. */
    static Pbx start(UnaryOperator<AmiOptions.Builder> options) {
        FakeAsterisk server = FakeAsterisk.builder().user("admin", "amp111").failedLoginDelay(Duration.ZERO)
                .build().start();
        AmiClient client = AmiClient.connect(options.apply(AmiOptions.builder().host("127.0.0.1").port(server.port())
                .username("admin").secret("amp111").eventMask("off")
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(10), Duration.ofMillis(100)))
                .keepAlive(Duration.ZERO, Duration.ofSeconds(1))).build());
        return new Pbx(server, client);
    }

    /** Turns events on and returns once the server has done so. */
    Pbx eventsOn() {
        client.setEventMask("on").join();
        return this;
    }

    /** One call's event: Uniqueid, Linkedid and a Step header, plus extra headers. */
    void emitCallEvent(String name, String uniqueid, String linkedid, int step, String... extra) {
        String[] kv = new String[8 + extra.length];
        kv[0] = "Privilege";
        kv[1] = "call,all";
        kv[2] = "Uniqueid";
        kv[3] = uniqueid;
        kv[4] = "Linkedid";
        kv[5] = linkedid;
        kv[6] = "Step";
        kv[7] = Integer.toString(step);
        System.arraycopy(extra, 0, kv, 8, extra.length);
        server.emit(name, kv);
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
