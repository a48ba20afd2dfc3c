package dev.amiable.spring;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amiable.live.LivePbx;
import dev.amiable.testkit.FakeAsterisk;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;

/** With amiable-live on the class path: LivePbx beans, health's "synced", the live gauges. */
class LiveBeansTest {
    private final FakeAsterisk pbx = FakeAsterisk.builder().queue("sales", "600", "PJSIP/201").build().start();

    @AfterEach
    void stop() {
        pbx.close();
    }

    private static Health health(ApplicationContext context, String server) {
        CompositeHealthContributor amiable = context.getBean("amiableHealthContributor", CompositeHealthContributor.class);
        return ((HealthIndicator) amiable.getContributor(server)).health();
    }

    @Test
    void aLivePbxFollowsTheClientAndHealthSaysWhenItIsSynced() {
        Contexts.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues(Contexts.at("", pbx)).withPropertyValues("amiable.fail-fast=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(LivePbx.class).hasBean("livePbx");
                    context.getBean(LivePbx.class).synced().get(10, TimeUnit.SECONDS);
                    await("UP and synced").until(() -> health(context, "default").getStatus().equals(Status.UP));
                    assertThat(health(context, "default").getDetails()).containsEntry("synced", true);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get("amiable.live.calls").tag("server", "default").gauge().value()).isZero();
                    assertThat(registry.get("amiable.live.queue.members").tag("queue", "sales").gauges()).hasSize(5);
                });
    }

    @Test
    void severalServersGetALivePbxEachAndLiveCanBeTurnedOff() throws Exception {
        try (FakeAsterisk second = FakeAsterisk.create().start()) {
            Contexts.runner().withPropertyValues(Contexts.at("servers.a.", pbx))
                    .withPropertyValues(Contexts.at("servers.b.", second))
                    .run(context -> {
                        assertThat(context).hasBean("aLive").hasBean("bLive");
                        assertThat(context.getBeansOfType(LivePbx.class)).hasSize(2);
                    });
            Contexts.runner().withPropertyValues(Contexts.at("", pbx)).withPropertyValues("amiable.live.enabled=false")
                    .run(context -> {
                        assertThat(context).doesNotHaveBean(LivePbx.class);
                        await("UP").until(() -> health(context, "default").getStatus().equals(Status.UP));
                        assertThat(health(context, "default").getDetails()).doesNotContainKey("synced");
                    });
        }
    }
}
