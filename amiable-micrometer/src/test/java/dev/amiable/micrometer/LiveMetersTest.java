package dev.amiable.micrometer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.live.LivePbx;
import dev.amiable.live.PbxSnapshot;
import dev.amiable.testkit.FakeAsterisk;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LiveMetersTest {
    @Test
    void liveGaugesFollowTheSnapshot() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (FakeAsterisk pbx = FakeAsterisk.builder().queue("sales", "600", "PJSIP/201", "PJSIP/202").build().start();
             AmiClient client = AmiClient.connect(AmiOptions.builder().port(pbx.port()).username("admin")
                     .secret("amp111").keepAlive(Duration.ZERO, Duration.ofSeconds(1)).build());
             LivePbx live = LivePbx.attach(client)) {
            PbxSnapshot synced = live.synced().get(10, TimeUnit.SECONDS);
            new AmiableMetrics(client, "pbx1").live(live).bindTo(registry);

            assertEquals(0.0, registry.get("amiable.live.calls").tag("server", "pbx1").gauge().value());
            assertEquals(0.0, registry.get("amiable.live.channels").tag("server", "pbx1").gauge().value());
            assertEquals(0.0, registry.get("amiable.live.queue.callers").tag("queue", "sales").gauge().value());
            double members = 0;
            for (String status : new String[] {"available", "in_call", "busy", "paused", "unavailable"}) {
                members += registry.get("amiable.live.queue.members").tag("queue", "sales").tag("status", status)
                        .gauge().value();
            }
            assertEquals(synced.queue("sales").members().size(), members);
            assertEquals(2.0, members);

            pbx.emit("Newchannel", "Channel", "PJSIP/100-00000001", "ChannelState", "4", "ChannelStateDesc", "Ring",
                    "Uniqueid", "1.1", "Linkedid", "1.1", "Context", "default", "Exten", "600");
            await("the channel counted").until(() -> registry.get("amiable.live.channels").gauge().value() == 1);
            assertEquals(1.0, registry.get("amiable.live.calls").gauge().value());
        }
    }
}
