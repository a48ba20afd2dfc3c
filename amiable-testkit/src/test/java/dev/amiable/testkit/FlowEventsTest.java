package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.event.AmiEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each step of the random traffic sends the events Asterisk 22 sends for it, in its order (02-busy-period). */
class FlowEventsTest {
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "local optimisation", List.of("LocalOptimizationBegin", "BridgeLeave", "BridgeLeave", "BridgeEnter",
                    "LocalOptimizationEnd", "Hangup", "BridgeLeave", "BridgeDestroy", "Hangup"),
            "attended transfer completes", List.of("MusicOnHoldStop", "BridgeLeave", "BridgeMerge", "BridgeLeave",
                    "BridgeEnter", "Hangup", "AttendedTransfer", "Hangup", "BridgeDestroy"),
            "unpark", List.of("Newchannel", "Newchannel", "LocalBridge", "Newstate", "Newstate", "Newexten",
                    "MusicOnHoldStop", "BridgeLeave", "BridgeCreate", "BridgeEnter", "BridgeEnter", "UnParkedCall"),
            "park timeout", List.of("ParkedCallTimeOut", "MusicOnHoldStop", "BridgeLeave", "Hangup", "Hangup"));

    @Test
    void stepsSendAsteriskEventsInAsteriskOrder() throws Exception {
        try (FakeAsterisk fake = FakeAsterisk.create().start();
             AmiClient ami = AmiClient.connect(AmiOptions.builder().host(fake.host()).port(fake.port())
                     .username("admin").secret("amp111").build())) {
            LinkedBlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();
            ami.addListener(events::add);
            assertTrue(fake.awaitAuthenticated(1, Duration.ofSeconds(5)));
            RandomTraffic traffic = fake.randomTraffic(11);
            Map<String, Integer> checked = new HashMap<>();
            List<AmiEvent> swaps = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                String step = traffic.step();
                fake.emit("UserEvent", "UserEvent", "step-" + i);
                List<AmiEvent> got = new ArrayList<>();
                for (AmiEvent e = take(events); !e.name().equals("UserEvent"); e = take(events)) {
                    if (!e.name().equals("FullyBooted")) {
                        got.add(e);
                    }
                }
                String kind = step.replaceFirst(" Local/.*$", "");
                List<String> want = EXPECTED.get(kind);
                if (want == null) {
                    continue;
                }
                assertEquals(want, got.stream().map(AmiEvent::name).toList(), step);
                checked.merge(kind, 1, Integer::sum);
                if (kind.equals("local optimisation")) {
                    swaps.add(got.get(3));
                    assertEquals(got.get(0).get("LocalOneUniqueid"), got.get(3).get("SwapUniqueid"));
                    assertEquals(got.get(0).get("SourceUniqueid"), got.get(3).get("Uniqueid"));
                }
            }
            assertEquals(EXPECTED.keySet(), checked.keySet(), "every checked step happened: " + checked);
            assertTrue(!swaps.isEmpty());
        }
    }

    private static AmiEvent take(LinkedBlockingQueue<AmiEvent> events) throws InterruptedException {
        AmiEvent e = events.poll(10, TimeUnit.SECONDS);
        if (e == null) {
            throw new AssertionError("no event within 10 s");
        }
        return e;
    }
}
