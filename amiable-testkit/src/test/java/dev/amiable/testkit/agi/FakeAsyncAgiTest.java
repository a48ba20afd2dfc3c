package dev.amiable.testkit.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.AmiResponse;
import dev.amiable.action.AGIAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** FakeAsyncAgi emits what a real Asterisk 22 emits (header order from a recording), in order. */
class FakeAsyncAgiTest {

    @Test
    void eventsHaveTheRecordedShapeAndOrder() throws Exception {
        Map<String, List<String>> recorded = recordedHeaderNames();
        try (FakeAsterisk pbx = FakeAsterisk.create().start();
             AmiClient ami = AmiClient.connect(AmiOptions.builder().port(pbx.port()).username("admin").secret("amp111")
                     .build())) {
            BlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();
            ami.addListener(e -> {
                if (e.name().contains("AGI")) {
                    events.add(e);
                }
            });
            FakeAsyncAgi agi = FakeAsyncAgi.attach(pbx);
            AsyncAgiCall call = agi.start(AgiEnvironment.create().channel("Local/800@ami-test-00000023;2"),
                    AgiCallScript.create().reply("200 result=1 (asyncagi)"));
            AmiEvent start = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(start);
            assertEquals(recorded.get("AsyncAGIStart"), names(start));
            assertTrue(start.get("Env").startsWith("agi_request%3A%20async%0Aagi_channel%3A%20Local%2F800%40ami-test-00000023%3B2%0A"),
                    start.get("Env"));
            AmiResponse r = ami.send(AGIAction.builder().channel(call.channel()).command("GET VARIABLE CEO_SCENARIO")
                    .commandId("getvar-0").build()).get(10, TimeUnit.SECONDS);
            assertEquals("Added AGI command to queue", r.message());
            for (String name : List.of("AGIExecStart", "AGIExecEnd", "AsyncAGIExec")) {
                AmiEvent e = events.poll(10, TimeUnit.SECONDS);
                assertNotNull(e, name);
                assertEquals(name, e.name());
                assertEquals(recorded.get(name), names(e), name);
            }
            call.hangup();
            AmiEvent end = events.poll(10, TimeUnit.SECONDS);
            assertEquals(recorded.get("AsyncAGIEnd"), names(end));
            assertEquals(List.of("GET VARIABLE CEO_SCENARIO"), call.commands());
            AmiResponse refused = ami.send(AGIAction.builder().channel(call.channel()).command("NOOP").build())
                    .get(10, TimeUnit.SECONDS);
            assertTrue(!refused.isSuccess(), "a channel that left AsyncAGI refuses commands");
        }
    }

    @Test
    void resultIsEncodedAsAsteriskDoes() {
        assertEquals("200%20result%3D1%20(asyncagi)%0A", AsyncAgiCall.encode("200 result=1 (asyncagi)\n"));
    }

    private static List<String> names(AmiEvent e) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) {
            String k = e.key(i);
            if (!k.equalsIgnoreCase("Timestamp") && !k.equalsIgnoreCase("ChanVariable")) {
                names.add(k);
            }
        }
        return names;
    }

    private static Map<String, List<String>> recordedHeaderNames() throws Exception {
        String text;
        try (InputStream in = FakeAsyncAgiTest.class.getResourceAsStream("/agi/asyncagi-events.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String block : text.split("\n\n")) {
            List<String> names = new ArrayList<>();
            for (String line : block.split("\n")) {
                String k = line.substring(0, line.indexOf(':'));
                if (!k.equals("Timestamp") && !k.equals("ChanVariable")) {
                    names.add(k);
                }
            }
            if (!names.isEmpty()) {
                map.put(block.substring(7, block.indexOf('\n')), names);
            }
        }
        return map;
    }
}
