package dev.amiable.spring;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amiable.AmiClient;
import dev.amiable.AmiConnectionException;
import dev.amiable.AmiOptions;
import dev.amiable.ConnectionState;
import dev.amiable.ReconnectPolicy;
import dev.amiable.action.GenericAction;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AmiableAutoConfigurationTest {
    private final FakeAsterisk pbx = FakeAsterisk.create().start();

    @AfterEach
    void stop() {
        pbx.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void theClientComesFromThePropertiesAndLogsOffWhenTheContextCloses() throws Exception {
        // live state off: its resync would send list actions of its own
        Contexts.runner().withPropertyValues(Contexts.at("", pbx))
                .withPropertyValues("amiable.fail-fast=true", "amiable.live.enabled=false")
                .run(context -> {
                    assertThat(context).hasSingleBean(AmiClient.class).hasBean("amiClient");
                    AmiClient ami = context.getBean(AmiClient.class);
                    assertThat(ami.state()).isEqualTo(ConnectionState.CONNECTED);
                    assertThat(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess()).isTrue();
                    assertThat(Contexts.nextAfterLogin(pbx).name()).isEqualTo("Ping");
                });
        RecordedAction last = Contexts.nextAfterLogin(pbx);
        assertThat(last).isNotNull();
        assertThat(last.name()).isEqualTo("Logoff");
    }

    @Test
    void aClientTheApplicationDefinesWins() {
        Contexts.runner().withPropertyValues(Contexts.at("", pbx)).withUserConfiguration(OwnClient.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(AmiClient.class).hasBean("myClient").doesNotHaveBean("amiClient");
                    assertThat(context.getBean(AmiClient.class).toString()).contains(":" + pbx.port());
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        @Bean
        AmiClient myClient(org.springframework.core.env.Environment env) {
            int port = env.getRequiredProperty("amiable.port", Integer.class);
            return AmiClient.connect(AmiOptions.builder().port(port).username("admin").secret("amp111")
                    .reconnect(ReconnectPolicy.OFF).build());
        }
    }

    @Test
    void withFailFastTheApplicationDoesNotStartWhenThePbxIsDown() throws Exception {
        Contexts.runner().withPropertyValues(Contexts.at("", freePort())).withPropertyValues("amiable.fail-fast=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable t = context.getStartupFailure();
                    while (t != null && !(t instanceof AmiConnectionException)) {
                        t = t.getCause();
                    }
                    assertThat(t).as("an AmiConnectionException among the causes").isNotNull();
                });
    }

    @Test
    void withoutFailFastTheApplicationStartsAndTheClientKeepsTrying() throws Exception {
        int port = freePort();
        Contexts.runner().withPropertyValues(Contexts.at("", port)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(AmiClient.class);
            AmiClient ami = context.getBean(AmiClient.class);
            await("a failed attempt").until(() -> ami.state() == ConnectionState.RECONNECTING);
            try (FakeAsterisk late = FakeAsterisk.builder().port(port).build().start()) {
                await("logged in once the PBX is up").until(() -> ami.state() == ConnectionState.CONNECTED);
            }
        });
    }

    @Test
    void severalServersMakeOneBeanEachNamedAfterTheServer() throws Exception {
        try (FakeAsterisk second = FakeAsterisk.builder().user("other", "pw").build().start()) {
            Contexts.runner()
                    .withPropertyValues(Contexts.at("", pbx))   // defaults every server inherits
                    .withPropertyValues("amiable.servers.pbx1.event-mask=call",
                            "amiable.servers.pbx2.port=" + second.port(), "amiable.servers.pbx2.username=other",
                            "amiable.servers.pbx2.secret=pw", "amiable.fail-fast=true")
                    .run(context -> {
                        assertThat(context).hasBean("pbx1").hasBean("pbx2").doesNotHaveBean("amiClient");
                        assertThat(context.getBeansOfType(AmiClient.class)).hasSize(2);
                        assertThat(context.getBean("pbx1").toString()).contains(":" + pbx.port());
                        assertThat(context.getBean("pbx2").toString()).contains(":" + second.port());
                        RecordedAction login = pbx.takeAction(Duration.ofSeconds(5));
                        assertThat(login.get("Events")).isEqualTo("call");
                    });
        }
    }
}
