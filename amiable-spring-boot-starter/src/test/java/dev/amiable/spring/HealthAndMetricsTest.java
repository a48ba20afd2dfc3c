package dev.amiable.spring;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amiable.testkit.FakeAsterisk;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;

class HealthAndMetricsTest {

    private static Health health(ApplicationContext context, String server) {
        CompositeHealthContributor amiable = context.getBean("amiableHealthContributor", CompositeHealthContributor.class);
        return ((HealthIndicator) amiable.getContributor(server)).health();
    }

    @Test
    void healthIsUpWhileLoggedInDownWhileThePbxIsGoneAndUpAgainAfterTheReconnect() throws Exception {
        FakeAsterisk pbx = FakeAsterisk.create().start();
        int port = pbx.port();
        try {
            Contexts.runner().withPropertyValues(Contexts.at("", pbx)).withPropertyValues("amiable.name=pbx1")
                    .run(context -> {
                        await("UP").until(() -> health(context, "pbx1").getStatus().equals(Status.UP));
                        Map<String, Object> up = health(context, "pbx1").getDetails();
                        assertThat(up).containsEntry("host", "127.0.0.1").containsEntry("port", port)
                                .containsEntry("state", "CONNECTED").containsEntry("amiVersion", "11.0.0")
                                .doesNotContainKey("lastError");

                        pbx.close();
                        await("DOWN").until(() -> health(context, "pbx1").getStatus().equals(Status.DOWN));
                        Map<String, Object> down = health(context, "pbx1").getDetails();
                        assertThat(down.get("state")).isIn("RECONNECTING", "CONNECTING");
                        assertThat(down).containsKey("lastError");

                        try (FakeAsterisk again = FakeAsterisk.builder().port(port).build().start()) {
                            await("UP again").until(() -> health(context, "pbx1").getStatus().equals(Status.UP));
                        }
                    });
        } finally {
            pbx.close();
        }
    }

    @Test
    void everyServerHasItsOwnHealthEntryAndMetersTaggedWithItsName() throws Exception {
        try (FakeAsterisk a = FakeAsterisk.create().start(); FakeAsterisk b = FakeAsterisk.create().start()) {
            Contexts.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withPropertyValues(Contexts.at("servers.east.", a)).withPropertyValues(Contexts.at("servers.west.", b))
                    .withPropertyValues("amiable.fail-fast=true")
                    .run(context -> {
                        await("both UP (logged in, live state synced)").until(() ->
                                health(context, "east").getStatus().equals(Status.UP)
                                        && health(context, "west").getStatus().equals(Status.UP));
                        MeterRegistry registry = context.getBean(MeterRegistry.class);
                        for (String server : new String[] {"east", "west"}) {
                            assertThat(registry.get("amiable.connection.state").tag("server", server).gauge().value())
                                    .isEqualTo(1.0);
                        }
                        b.emit("Hangup", "Channel", "PJSIP/1-1");
                        await("the Hangup counted on west").until(() -> registry.find("amiable.events")
                                .tag("server", "west").tag("event", "Hangup").counter() != null);
                        assertThat(registry.find("amiable.events").tag("server", "east").tag("event", "Hangup").counter())
                                .isNull();
                    });
        }
    }

    @Test
    void metricsCanBeTurnedOff() throws Exception {
        try (FakeAsterisk a = FakeAsterisk.create().start()) {
            Contexts.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withPropertyValues(Contexts.at("", a)).withPropertyValues("amiable.metrics.enabled=false")
                    .run(context -> assertThat(context.getBean(MeterRegistry.class).find("amiable.connection.state")
                            .gauge()).isNull());
        }
    }
}
