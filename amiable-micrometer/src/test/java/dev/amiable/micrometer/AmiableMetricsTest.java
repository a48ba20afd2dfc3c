package dev.amiable.micrometer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiConnectionException;
import dev.amiable.AmiOptions;
import dev.amiable.AmiResponse;
import dev.amiable.ReconnectPolicy;
import dev.amiable.action.GenericAction;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Reply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmiableMetricsTest {
    private FakeAsterisk pbx;
    private AmiClient client;
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void connect() {
        pbx = FakeAsterisk.create().start();
        client = AmiClient.connect(AmiOptions.builder().port(pbx.port()).username("admin").secret("amp111")
                .reconnect(ReconnectPolicy.OFF).keepAlive(Duration.ZERO, Duration.ofSeconds(1)).build());
        new AmiableMetrics(client, "pbx1").bindTo(registry);
    }

    @AfterEach
    void close() {
        client.close();
        pbx.close();
    }

    @Test
    void everyMeterIsThereWithTheServerTag() {
        for (String name : new String[] {"amiable.connection.state", "amiable.reconnects", "amiable.events.dropped",
                "amiable.event.queue.depth", "amiable.event.queue.age", "amiable.protocol.errors",
                "amiable.event.queue.overflows", "amiable.event.queue.blocked"}) {
            assertNotNull(registry.find(name).tag("server", "pbx1").meter(), name);
        }
        assertEquals(1.0, registry.get("amiable.connection.state").tag("server", "pbx1").gauge().value());
        assertEquals(0.0, registry.get("amiable.events.dropped").functionCounter().count());

        pbx.emit("Hangup", "Channel", "PJSIP/100-0001", "Cause", "16");
        await("the Hangup counted").until(() -> count("Hangup") == 1);
        Counter c = registry.get("amiable.events").tag("event", "Hangup").counter();
        assertEquals("pbx1", c.getId().getTag("server"));

        client.close();
        assertEquals(0.0, registry.get("amiable.connection.state").gauge().value());
    }

    @Test
    void eventTagStaysBoundedWhateverNamesTheServerSends() {
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            pbx.emit("Made" + UUID.randomUUID());
        }
        pbx.emit("hAnGuP", "Channel", "PJSIP/100-0001");   // a known name in any case counts under its own name
        await("every event counted").until(() -> count("other") == n && count("Hangup") == 1);

        Set<String> values = new TreeSet<>();
        for (Meter m : registry.find("amiable.events").meters()) {
            values.add(m.getId().getTag("event"));
        }
        values.remove("FullyBooted");   // may follow the login, before or after binding
        assertEquals(Set.of("Hangup", "other"), values);
    }

    @Test
    void actionTimerCountsEachOutcome() throws Exception {
        pbx.respond("Originate", Reply.error("Extension does not exist."));
        pbx.respond("WaitEvent", Reply.none());

        AmiResponse ok = client.send(GenericAction.of("ping")).get(5, TimeUnit.SECONDS);
        assertTrue(ok.isSuccess());
        AmiResponse refused = client.send(GenericAction.builder("Originate").header("Channel", "Local/1@x").build())
                .get(5, TimeUnit.SECONDS);
        assertFalse(refused.isSuccess());
        ExecutionException late = assertThrows(ExecutionException.class,
                () -> client.send(GenericAction.of("WaitEvent"), Duration.ofMillis(100)).get(5, TimeUnit.SECONDS));
        assertEquals("AmiTimeoutException", late.getCause().getClass().getSimpleName());
        // a name outside the catalogue (FakeAsterisk answers Error, as Asterisk does) is timed as "other"
        client.send(GenericAction.of("MadeUpAction" + UUID.randomUUID())).get(5, TimeUnit.SECONDS);

        await("four actions timed").until(() -> timed("Ping", "success") == 1 && timed("Originate", "error") == 1
                && timed("WaitEvent", "timeout") == 1 && timed("other", "error") == 1);
        assertEquals(0, timed("Ping", "error"));
        Timer ping = registry.get("amiable.actions").tag("action", "Ping").tag("outcome", "success").timer();
        assertTrue(ping.totalTime(TimeUnit.NANOSECONDS) > 0);
        assertEquals("pbx1", ping.getId().getTag("server"));
    }

    @Test
    void actionsLostWithTheConnectionCountAsDisconnected() throws Exception {
        pbx.respond("WaitEvent", Reply.none());
        var pending = client.send(GenericAction.of("WaitEvent"));
        pbx.takeAction(Duration.ofSeconds(5));   // login
        pbx.close();
        ExecutionException lost = assertThrows(ExecutionException.class, () -> pending.get(5, TimeUnit.SECONDS));
        assertTrue(lost.getCause() instanceof AmiConnectionException, lost.getCause().toString());
        await("the lost action timed").until(() -> timed("WaitEvent", "disconnected") == 1);

        await("the client closed").until(() -> registry.get("amiable.connection.state").gauge().value() == 0);
        assertThrows(AmiConnectionException.class, () -> client.send(GenericAction.of("Ping")));
        await("the refused action timed").until(() -> timed("Ping", "disconnected") == 1);
    }

    private double count(String event) {
        Counter c = registry.find("amiable.events").tag("event", event).counter();
        return c == null ? 0 : c.count();
    }

    private long timed(String action, String outcome) {
        Timer t = registry.find("amiable.actions").tag("action", action).tag("outcome", outcome).timer();
        return t == null ? 0 : t.count();
    }
}
