package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RandomTrafficTest {
    private static final List<String> BEHAVIOURS = List.of("originate", "answer", "connect", "queue", "park",
            "conference", "hold toggle", "blind transfer", "attended transfer starts", "attended transfer completes",
            "local optimisation", "ring all", "no answer", "agent answers", "unpark", "park timeout", "hangup",
            "pause toggle");

    @Test
    void oneSeedGivesTheSameStepsAndEventsEveryRun() throws Exception {
        Run a = play(17, 400);
        Run b = play(17, 400);
        assertEquals(a.steps, b.steps);
        assertEquals(a.events, b.events);
        assertTrue(a.events.containsAll(List.of("LocalOptimizationBegin", "LocalOptimizationEnd", "BlindTransfer",
                "AttendedTransfer", "BridgeMerge", "Hold", "Unhold", "ParkedCall", "UnParkedCall", "ParkedCallTimeOut",
                "ParkedCallGiveUp", "AgentCalled", "AgentRingNoAnswer", "AgentConnect", "AgentComplete",
                "QueueCallerJoin", "QueueCallerLeave", "QueueMemberPause", "ConfbridgeJoin", "ConfbridgeLeave")),
                () -> "events seen: " + new TreeSet<>(a.events));
    }

    @Test
    void theTruthStaysConsistentAndEveryBehaviourHappens() {
        Set<String> kinds = new TreeSet<>();
        for (long seed = 0; seed < 25; seed++) {
            try (FakeAsterisk fake = FakeAsterisk.create()) {
                RandomTraffic traffic = fake.randomTraffic(seed);
                for (int i = 0; i < 150; i++) {
                    String step = traffic.step();
                    kinds.add(step.replaceFirst(" Local/.*$", ""));
                    assertConsistent(fake.truth(), "seed " + seed + " after " + step);
                }
                traffic.hangupAll();
                PbxTruth end = fake.truth();
                assertTrue(end.idle(), () -> "not idle: " + end);
                assertEquals(0, traffic.activeCalls());
            }
        }
        assertEquals(new TreeSet<>(BEHAVIOURS), kinds);
    }

    @Test
    void theTruthDescribesAQueueCallAnsweredByAnAgent() {
        try (FakeAsterisk fake = FakeAsterisk.create()) {
            RandomTraffic traffic = fake.randomTraffic(3);
            for (int i = 0; i < 2000; i++) {
                traffic.step();
                PbxTruth t = fake.truth();
                PbxTruth.Queue q = t.queues().stream().filter(x -> x.name().equals("sim-sales")).findFirst().orElseThrow();
                PbxTruth.Member busy = q.members().stream().filter(PbxTruth.Member::inCall).findFirst().orElse(null);
                if (busy != null) {
                    assertEquals(2, busy.status());
                    String agentPrefix = busy.interfaceName().replace("/n", "-");
                    PbxTruth.Channel agent = t.channels().stream().filter(c -> c.name().startsWith(agentPrefix)
                            && c.name().endsWith(";1") && c.bridgeId() != null).findFirst().orElseThrow();
                    PbxTruth.Bridge b = t.bridges().stream().filter(x -> x.id().equals(agent.bridgeId())).findFirst()
                            .orElseThrow();
                    assertEquals("basic", b.type());
                    assertEquals(2, b.channelIds().size());
                    return;
                }
            }
        }
        throw new AssertionError("no agent answered in 2000 steps");
    }

    /** Every bridge member exists and points back; callers, parkees and conference users exist. */
    static void assertConsistent(PbxTruth t, String where) {
        Map<String, PbxTruth.Channel> byId = new HashMap<>();
        t.channels().forEach(c -> byId.put(c.uniqueid(), c));
        Map<String, PbxTruth.Bridge> bridges = new HashMap<>();
        t.bridges().forEach(b -> bridges.put(b.id(), b));
        for (PbxTruth.Channel c : t.channels()) {
            if (c.bridgeId() != null) {
                PbxTruth.Bridge b = bridges.get(c.bridgeId());
                assertNotNull(b, where + ": " + c.name() + " in a bridge that does not exist");
                assertTrue(b.channelIds().contains(c.uniqueid()), where + ": " + c.name() + " not listed in its bridge");
            }
        }
        for (PbxTruth.Bridge b : t.bridges()) {
            for (String id : b.channelIds()) {
                assertTrue(byId.containsKey(id) && b.id().equals(byId.get(id).bridgeId()),
                        where + ": bridge " + b.id() + " holds " + id);
            }
        }
        for (PbxTruth.Queue q : t.queues()) {
            for (int i = 0; i < q.callers().size(); i++) {
                assertEquals(i + 1, q.callers().get(i).position(), where);
                assertTrue(byId.containsKey(q.callers().get(i).uniqueid()), where + ": queue caller gone");
            }
        }
        t.parkedCalls().forEach(p -> assertTrue(byId.containsKey(p.uniqueid()), where + ": parkee gone"));
        t.conferences().forEach(f -> assertTrue(byId.keySet().containsAll(f.channelIds()), where + ": user gone"));
    }

    private record Run(List<String> steps, List<String> events) {
    }

    private static Run play(long seed, int steps) throws Exception {
        try (FakeAsterisk fake = FakeAsterisk.create().start();
             AmiClient ami = AmiClient.connect(AmiOptions.builder().host(fake.host()).port(fake.port())
                     .username("admin").secret("amp111").build())) {
            List<String> events = new ArrayList<>();
            CountDownLatch end = new CountDownLatch(1);
            ami.addListener(e -> {
                if (e.name().equals("UserEvent")) {
                    end.countDown();
                } else if (!e.name().equals("FullyBooted")) {
                    events.add(e.name());
                }
            });
            assertTrue(fake.awaitAuthenticated(1, java.time.Duration.ofSeconds(5)));
            RandomTraffic traffic = fake.randomTraffic(seed);
            List<String> done = new ArrayList<>();
            for (String s : traffic.steps(steps)) {
                done.add(s.replaceAll("-[0-9a-f]{8};", ";"));
            }
            traffic.hangupAll();
            fake.emit("UserEvent", "UserEvent", "end");
            assertTrue(end.await(10, TimeUnit.SECONDS));
            synchronized (events) {
                return new Run(done, List.copyOf(events));
            }
        }
    }
}
