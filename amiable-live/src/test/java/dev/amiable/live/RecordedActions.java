package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what the client sent to a FakeAsterisk. */
final class RecordedActions {
    private RecordedActions() {
    }

    /** Every action received so far (waits briefly for each), in order. */
    static List<RecordedAction> drain(FakeAsterisk server) throws InterruptedException {
        List<RecordedAction> out = new ArrayList<>();
        for (RecordedAction a; (a = server.takeAction(Duration.ofMillis(200))) != null; ) {
            out.add(a);
        }
        return out;
    }

    static Map<String, Integer> countByName(List<RecordedAction> actions) {
        Map<String, Integer> n = new HashMap<>();
        for (RecordedAction a : actions) {
            n.merge(a.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        return n;
    }

    static void assertOriginateAsync(FakeAsterisk server) throws InterruptedException {
        RecordedAction o = null;
        for (RecordedAction a : drain(server)) {
            if (a.is("Originate")) {
                o = a;
            }
        }
        assertNotNull(o);
        assertEquals("true", o.get("Async"));
    }
}
