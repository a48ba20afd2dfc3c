package dev.amiable.it.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.live.AsteriskAgent;
import org.asteriskjava.live.AsteriskChannel;
import org.asteriskjava.live.AsteriskQueue;
import org.asteriskjava.live.DefaultAsteriskServer;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CommandAction;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.response.CommandResponse;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * asterisk-java 3.41.0, the incumbent Java client, against FakeAsterisk: login (it uses the MD5
 * challenge), Ping, Command, CoreShowChannels, QueueStatus, an async Originate and its
 * OriginateResponse, and the Live API's start-up (channels, queues, agents), while the call-centre
 * scenario runs. Every event is counted by the class asterisk-java maps it to, and no
 * asterisk-java warning may appear (it warns when it cannot parse an event, a response or a field).
 */
class AsteriskJavaCompatTest {
    private final LogCapture log = new LogCapture("org.asteriskjava");
    private FakeAsterisk server;
    private ManagerConnection connection;

    @BeforeEach
    void start() {
        log.install();
        // no channelvars: asterisk-java 3.41.0 warns "no setter" for every ChanVariable header, from a
        // real Asterisk as well
        server = FakeAsterisk.builder().user("admin", "amp111").timeScale(0.01).timestampEvents(true).build().start();
        connection = new ManagerConnectionFactory("127.0.0.1", server.port(), "admin", "amp111").createManagerConnection();
    }

    @AfterEach
    void stop() {
        if (connection != null) {
            connection.logoff();
        }
        server.close();
        log.uninstall();
    }

    @Test
    void theManagerApiWorksAndNothingIsUnparseable() throws Exception {
        Map<String, Integer> byClass = new TreeMap<>();
        LinkedBlockingQueue<OriginateResponseEvent> originated = new LinkedBlockingQueue<>();
        connection.addEventListener(e -> {
            synchronized (byClass) {
                byClass.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
            if (e instanceof OriginateResponseEvent) {
                originated.add((OriginateResponseEvent) e);
            }
        });
        connection.login();
        assertTrue(loginActions().contains("Challenge"), "asterisk-java logs in with the MD5 challenge");

        assertEquals("Success", connection.sendAction(new PingAction(), 5000).getResponse());
        ManagerResponse version = connection.sendAction(new CommandAction("core show version"), 5000);
        assertTrue(((CommandResponse) version).getResult().get(0).startsWith("Asterisk 22"), version.toString());

        OriginateAction queueCall = new OriginateAction();
        queueCall.setChannel("Local/300@ami-test");
        queueCall.setApplication("Wait");
        queueCall.setData("600");
        queueCall.setAsync(true);
        queueCall.setActionId("to-queue");
        assertEquals("Success", connection.sendAction(queueCall, 5000).getResponse());
        OriginateResponseEvent response = originated.poll(10, TimeUnit.SECONDS);
        assertNotNull(response, "OriginateResponse arrives");
        assertEquals("Success", response.getResponse());
        assertTrue(response.getChannel().matches("Local/300@ami-test-[0-9a-f]{8};1"), response.getChannel());
        assertEquals("to-queue", response.getActionId());

        ResponseEvents channels = connection.sendEventGeneratingAction(new CoreShowChannelsAction(), 5000);
        long shown = channels.getEvents().stream().filter(CoreShowChannelEvent.class::isInstance).count();
        assertTrue(shown >= 2, "the call's channels: " + channels.getEvents());

        ResponseEvents queues = connection.sendEventGeneratingAction(new QueueStatusAction(), 5000);
        List<String> kinds = new ArrayList<>();
        for (ManagerEvent e : queues.getEvents()) {
            kinds.add(e.getClass().getSimpleName());
        }
        assertTrue(queues.getEvents().stream().anyMatch(QueueParamsEvent.class::isInstance), kinds.toString());
        assertEquals(2, queues.getEvents().stream().filter(QueueMemberEvent.class::isInstance).count(), kinds.toString());

        try (var run = server.run(dev.amiable.testkit.Scenario.callCentre().callsPerSecond(200).agents(5)
                .totalCalls(40).talkTime(Duration.ofMillis(100), Duration.ofMillis(500)).maxWait(Duration.ofDays(1)))) {
            assertTrue(run.awaitCompleted(40, Duration.ofSeconds(30)), "the scenario's calls end");
        }
        connection.sendAction(new PingAction(), 5000); // every event before it has been read
        synchronized (byClass) {
            System.out.println("asterisk-java events by class: " + byClass);
            for (String expected : List.of("NewChannelEvent", "HangupEvent", "VarSetEvent", "CelEvent",
                    "NewExtenEvent", "CdrEvent", "DeviceStateChangeEvent", "OriginateResponseEvent", "BridgeEnterEvent",
                    "DialBeginEvent", "QueueCallerJoinEvent", "AgentConnectEvent")) {
                assertTrue(byClass.containsKey(expected), expected + " in " + byClass);
            }
        }
        assertNoParseWarning();
    }

    /**
     * No warning about an event or field asterisk-java cannot parse, except for fields that a real
     * Asterisk 22 sends too (asterisk-java 3.41.0 has no setter for, e.g., QueueMemberAdded's
     * LastPause, LoginTime and Wrapuptime). Other warnings (its own "slow processing" timing
     * notes, the Live API's "Ignored ... for unknown agent" about queue members that are not
     * AgentPool agents) are printed, not judged.
     */
    private void assertNoParseWarning() {
        List<String> all = log.warnings();
        System.out.println("asterisk-java warnings: " + all.size());
        all.stream().distinct().limit(20).forEach(w -> System.out.println("  " + w));
        assertEquals(List.of(), new RealFields().unexplained(all), "parse warnings the simulator caused");
    }

    @Test
    void theLiveApiStartsWithChannelsQueuesAndAgents() throws Exception {
        connection.login();
        DefaultAsteriskServer live = new DefaultAsteriskServer(connection);
        try {
            live.initialize();
            java.util.concurrent.CountDownLatch newChannel = new java.util.concurrent.CountDownLatch(1);
            live.addAsteriskServerListener(new org.asteriskjava.live.AsteriskServerListener() {
                @Override
                public void onNewAsteriskChannel(AsteriskChannel channel) {
                    newChannel.countDown();
                }

                @Override
                public void onNewQueueEntry(org.asteriskjava.live.AsteriskQueueEntry entry) {
                }

                @Override
                public void onNewAgent(AsteriskAgent agent) {
                }

                @Override
                public void onNewMeetMeUser(org.asteriskjava.live.MeetMeUser user) {
                }
            });
            OriginateAction call = new OriginateAction();
            call.setChannel("Local/300@ami-test");
            call.setApplication("Wait");
            call.setData("600");
            call.setAsync(true);
            connection.sendAction(call, 5000);
            assertTrue(newChannel.await(10, TimeUnit.SECONDS), "the Live API sees the originated call");
            List<String> names = new ArrayList<>();
            for (AsteriskChannel c : live.getChannels()) {
                names.add(c.getName());
            }
            assertTrue(names.stream().anyMatch(n -> n.startsWith("Local/300@ami-test-")), names.toString());
            List<String> queues = new ArrayList<>();
            for (AsteriskQueue q : live.getQueues()) {
                queues.add(q.getName() + ":" + q.getMembers().size());
            }
            assertTrue(queues.contains("support:2"), queues.toString());
            List<String> agents = new ArrayList<>();
            for (AsteriskAgent a : live.getAgents()) {
                agents.add(a.getName());
            }
            assertEquals(List.of(), agents, "the simulated PBX has no AgentPool agents");
            List<String> asked = new ArrayList<>();
            for (RecordedAction a = server.takeAction(Duration.ofMillis(200)); a != null;
                    a = server.takeAction(Duration.ofMillis(200))) {
                asked.add(a.name());
            }
            assertTrue(asked.contains("Agents"), "the Live API asks for Agents: " + asked);
        } finally {
            live.shutdown();
            connection = null; // shut down with the live server
        }
        assertNoParseWarning();
    }

    private List<String> loginActions() throws InterruptedException {
        return List.of(server.takeAction(Duration.ofSeconds(5)).name(), server.takeAction(Duration.ofSeconds(5)).name());
    }
}
