package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    /** Reads events until {@code hangups} Hangup events of scenario callers' ;1 channels were seen. */
    private static List<List<String>> readCalls(RawClient c, int calls) throws Exception {
        List<List<String>> all = new ArrayList<>();
        int done = 0;
        while (done < calls) {
            List<String> m = c.readMessage();
            all.add(m);
            if (m.get(0).equals("Event: Hangup") && isCaller(m.get(3))) {
                done++;
            }
        }
        return all;
    }

    private static boolean isCaller(String channelLine) {
        return channelLine.contains("@scenario-") && !channelLine.contains("@scenario-agents") && channelLine.endsWith(";1");
    }

    private static List<String> callerIds(List<List<String>> msgs) {
        List<String> ids = new ArrayList<>();
        for (List<String> m : msgs) {
            if (m.get(0).equals("Event: Newchannel") && isCaller(m.get(3))) {
                ids.add(m.get(6));
            }
        }
        return ids;
    }

    private List<String> runOnce(long seed) throws Exception {
        try (FakeAsterisk server = FakeAsterisk.builder().sequenceNumbers(true).build().start();
             RawClient c = new RawClient(server).login("call")) {
            Scenario s = Scenario.callCentre().callsPerSecond(200).agents(3).seed(seed).totalCalls(10)
                    .talkTime(Duration.ofMillis(5), Duration.ofMillis(20));
            try (ScenarioRun run = server.run(s)) {
                List<List<String>> msgs = readCalls(c, 10);
                assertTrue(run.awaitCompleted(10, Duration.ofSeconds(10)));
                assertEquals(10, run.callsStarted());
                return callerIds(msgs);
            }
        }
    }

    @Test
    void sameSeedSameCalls() throws Exception {
        List<String> a = runOnce(42);
        List<String> b = runOnce(42);
        assertEquals(10, a.size());
        assertEquals(a, b);
    }

    @Test
    void fiveHundredCallsPerSecondWithGaplessSequenceNumbers() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.builder().sequenceNumbers(true).build().start();
             RawClient c = new RawClient(server).login("on")) {
            c.readMessage(); // FullyBooted, number 1
            Scenario s = Scenario.callCentre().callsPerSecond(500).agents(100).totalCalls(500)
                    .talkTime(Duration.ofMillis(10), Duration.ofMillis(50)).selfServiceShare(0).dialplanDetail(false);
            try (ScenarioRun run = server.run(s)) {
                List<List<String>> msgs = readCalls(c, 500);
                assertTrue(run.awaitCompleted(500, Duration.ofSeconds(30)));
                long expected = 2;
                int agentConnects = 0;
                for (List<String> m : msgs) {
                    assertEquals("SequenceNumber: " + expected++, m.get(2), m.toString());
                    if (m.get(0).equals("Event: AgentConnect")) {
                        agentConnects++;
                    }
                }
                assertEquals(500, agentConnects);
                assertEquals(500, server.callsCompleted());
                AmiSession session = server.sessions().get(0);
                assertEquals(expected - 1, session.eventsSent());
            }
        }
    }
}
