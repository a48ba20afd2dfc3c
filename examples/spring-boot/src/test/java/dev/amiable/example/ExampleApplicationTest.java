package dev.amiable.example;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.live.LivePbx;
import dev.amiable.testkit.FakeAsterisk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The example starts, serves /calls from the live state and reports health, then stops. */
class ExampleApplicationTest {
    @Test
    void listsTheLiveCallsOverRest() throws Exception {
        try (FakeAsterisk pbx = FakeAsterisk.create().start();
             ConfigurableApplicationContext app = SpringApplication.run(ExampleApplication.class,
                     "--server.port=0", "--amiable.port=" + pbx.port(), "--amiable.fail-fast=true")) {
            app.getBean(LivePbx.class).synced().get(10, TimeUnit.SECONDS);
            pbx.emit("Newchannel", "Channel", "PJSIP/100-00000001", "ChannelState", "4", "ChannelStateDesc", "Ring",
                    "CallerIDNum", "100", "Uniqueid", "1.1", "Linkedid", "1.1", "Context", "default", "Exten", "600");
            LivePbx live = app.getBean(LivePbx.class);
            await("the call in the live state").until(() -> !live.snapshot().calls().isEmpty());
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

            HttpResponse<String> calls = http.send(HttpRequest.newBuilder(URI.create(base + "/calls")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, calls.statusCode());
            assertTrue(calls.body().contains("\"linkedid\":\"1.1\""), calls.body());
            assertTrue(calls.body().contains("PJSIP/100-00000001"), calls.body());

            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(health.body().contains("\"amiable\""), health.body());
        }
    }
}
