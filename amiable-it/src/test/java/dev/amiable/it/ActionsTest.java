package dev.amiable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiActionException;
import dev.amiable.AmiClient;
import dev.amiable.AmiResponse;
import dev.amiable.AmiTimeoutException;
import dev.amiable.CommandOutput;
import dev.amiable.EventList;
import dev.amiable.InvalidActionException;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Fault;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActionsTest {
    private FakeAsterisk server;
    private AmiClient ami;

    @BeforeEach
    void start() throws Exception {
        server = Servers.start();
        ami = AmiClient.connect(Servers.options(server).build());
        assertEquals("Login", server.takeAction(Servers.WAIT).name());
    }

    @AfterEach
    void stop() {
        ami.close();
        server.close();
    }

    private static Throwable cause(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void aBurstFromOneThreadLeavesInOrderThroughTheWriterAndEachAnswerFindsItsAction() throws Exception {
        int n = 1_000;
        List<CompletableFuture<AmiResponse>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fs.add(ami.send(GenericAction.builder("Ping").actionId("burst-" + i).header("Seq", "" + i).build()));
        }
        for (int i = 0; i < n; i++) {
            RecordedAction a = server.takeAction(Servers.WAIT);
            assertEquals("burst-" + i, a.actionId(), "the server receives the burst in the order sent");
            assertEquals("" + i, a.get("Seq"));
        }
        for (int i = 0; i < n; i++) {
            AmiResponse r = fs.get(i).get(5, TimeUnit.SECONDS);
            assertTrue(r.isSuccess());
            assertEquals("burst-" + i, r.actionId());
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("amiable-writer-")),
                "back-to-back actions with others unanswered are handed to the writer thread");
    }

    @Test
    void everyActionGetsAUniqueActionIdAndTheUsersOneIsHonoured() throws Exception {
        List<CompletableFuture<AmiResponse>> fs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            fs.add(ami.send(GenericAction.of("Ping")));
        }
        AmiResponse mine = ami.send(GenericAction.builder("Ping").actionId("my-own-id").build()).get(5, TimeUnit.SECONDS);
        assertEquals("my-own-id", mine.actionId());
        Set<String> ids = new HashSet<>();
        for (CompletableFuture<AmiResponse> f : fs) {
            AmiResponse r = f.get(5, TimeUnit.SECONDS);
            assertTrue(r.isSuccess());
            ids.add(r.actionId());
        }
        assertEquals(200, ids.size());
        for (int i = 0; i < 200; i++) {
            assertTrue(ids.contains(server.takeAction(Servers.WAIT).actionId()));
        }
        assertEquals("my-own-id", server.takeAction(Servers.WAIT).actionId());
    }

    @Test
    void aPendingActionIdCannotBeReused() throws Exception {
        server.fault(Fault.noResponse("UserEvent"));
        ami.send(GenericAction.builder("UserEvent").actionId("dup").header("UserEvent", "x").build());
        assertThrows(InvalidActionException.class,
                () -> ami.send(GenericAction.builder("Ping").actionId("dup").build()));
    }

    @Test
    void aResponseWithoutActionIdAnswersTheOldestPendingAction() throws Exception {
        server.onAction("Weird", (a, s) -> {
            s.send(Message.response("Success", "Message", "no id echoed"));
            return Reply.none();
        });
        AmiResponse r = ami.send(GenericAction.of("Weird")).get(5, TimeUnit.SECONDS);
        assertEquals("no id echoed", r.message());
        assertNull(r.actionId());
        assertTrue(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess());
    }

    @Test
    void errorResponsesCompleteNormallyWithTheirMessage() throws Exception {
        AmiResponse r = ami.send(GenericAction.of("NoSuchActionAnywhere")).get(5, TimeUnit.SECONDS);
        assertFalse(r.isSuccess());
        assertEquals(AmiResponse.Type.ERROR, r.type());
        assertTrue(r.message().contains("Invalid/unknown command"), r.message());
    }

    @Test
    void lateOriginateResponseArrivesAsAnEventWithTheActionId() throws Exception {
        server.onAction("Originate", (a, s) -> Reply.builder()
                .response(Message.response("Success", "ActionID", a.actionId(), "Message", "Originate successfully queued"))
                .broadcast(Message.event("OriginateResponse", "Privilege", "call,all", "ActionID", a.actionId(),
                        "Response", "Success", "Channel", "Local/100@demo-00000001;1", "Reason", "4"))
                .build());
        LinkedBlockingQueue<AmiEvent> seen = new LinkedBlockingQueue<>();
        ami.addListener(e -> {
            if (e.name().equals("OriginateResponse")) {
                seen.add(e);
            }
        });
        AmiResponse r = ami.send(GenericAction.builder("Originate").header("Channel", "Local/100@demo")
                .header("Async", "true").build()).get(5, TimeUnit.SECONDS);
        AmiEvent late = seen.poll(5, TimeUnit.SECONDS);
        assertEquals(r.actionId(), late.actionId());
        assertEquals("Success", late.get("Response"));
    }

    private static List<Message> items(String actionId, int n) {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Message.event("CoreShowChannel", "ActionID", actionId, "Channel", "PJSIP/" + i));
        }
        return out;
    }

    @Test
    void listItemsAreGatheredInOrderAndDeliveredToListListeners() throws Exception {
        server.onAction("CoreShowChannels", (a, s) ->
                ListReply.of("Channels", "CoreShowChannelsComplete", items(a.actionId(), 3)));
        LinkedBlockingQueue<EventList<?>> aggregates = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<AmiEvent> plain = new LinkedBlockingQueue<>();
        ami.addListListener(aggregates::add);
        // FullyBooted follows the login and may still be on its way to listeners added after
        // connect() returned: only the list's own events matter here
        ami.addListener(e -> {
            if (!e.name().equals("FullyBooted")) {
                plain.add(e);
            }
        });
        EventList<AmiEvent> list = ami.sendForList(GenericAction.builder("CoreShowChannels").buildList())
                .get(5, TimeUnit.SECONDS);
        assertEquals(List.of("PJSIP/0", "PJSIP/1", "PJSIP/2"), list.items().stream().map(e -> e.get("Channel")).toList());
        assertEquals(3, list.declaredCount());
        assertTrue(list.countMatches());
        assertEquals("CoreShowChannelsComplete", list.completion().name());
        assertEquals(list.completion(), aggregates.poll(5, TimeUnit.SECONDS).completion());
        ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS);
        assertTrue(plain.isEmpty(), "list items are not also delivered as live events: " + plain);
    }

    @Test
    void listCompletionBeforeTheResponseStillCompletes() throws Exception {
        server.onAction("Status", (a, s) -> {
            List<Message> ms = new ArrayList<>(items(a.actionId(), 2));
            ms.add(Message.event("StatusComplete", "ActionID", a.actionId(), "EventList", "Complete", "ListItems", "2"));
            ms.add(Message.response("Success", "ActionID", a.actionId(), "EventList", "start"));
            return Reply.of(ms.toArray(new Message[0]));
        });
        EventList<AmiEvent> list = ami.sendForList(GenericAction.builder("Status").buildList()).get(5, TimeUnit.SECONDS);
        assertEquals(2, list.size());
        assertTrue(list.countMatches());
    }

    @Test
    void aCountMismatchIsReportedNotHidden() throws Exception {
        server.onAction("Status", (a, s) -> {
            List<Message> ms = new ArrayList<>();
            ms.add(Message.response("Success", "ActionID", a.actionId(), "EventList", "start"));
            ms.addAll(items(a.actionId(), 2));
            ms.add(Message.event("StatusComplete", "ActionID", a.actionId(), "EventList", "complete", "Items", "5"));
            return Reply.of(ms.toArray(new Message[0]));
        });
        EventList<AmiEvent> list = ami.sendForList(GenericAction.builder("Status").buildList()).get(5, TimeUnit.SECONDS);
        assertEquals(5, list.declaredCount());
        assertFalse(list.countMatches());
    }

    @Test
    void cancelledAndErrorListsFailClearly() throws Exception {
        server.onAction("Status", (a, s) -> Reply.of(
                Message.response("Success", "ActionID", a.actionId(), "EventList", "start"),
                Message.event("StatusComplete", "ActionID", a.actionId(), "EventList", "Cancelled")));
        Throwable c = cause(ami.sendForList(GenericAction.builder("Status").buildList()));
        assertInstanceOf(AmiActionException.class, c);
        assertTrue(c.getMessage().contains("cancelled"), c.getMessage());
        server.onAction("QueueStatus", (a, s) -> Reply.error("No such queue"));
        Throwable e = cause(ami.sendForList(GenericAction.builder("QueueStatus").buildList()));
        assertInstanceOf(AmiActionException.class, e);
        assertEquals("No such queue", ((AmiActionException) e).response().message());
    }

    @Test
    void commandOutputInTheOutputHeaderFormat() throws Exception {
        server.command("core show uptime", "System uptime: 1 minute\nLast reload: 30 seconds");
        CommandOutput out = ami.command("core show uptime").get(5, TimeUnit.SECONDS);
        assertEquals(List.of("System uptime: 1 minute", "Last reload: 30 seconds"), out.lines());
        Throwable e = cause(ami.command("no such command"));
        assertInstanceOf(AmiActionException.class, e);
        assertTrue(e.getMessage().contains("No such command"), e.getMessage());
    }

    @Test
    void commandOutputInTheLegacyFollowsFormat() throws Exception {
        try (FakeAsterisk old = Servers.fast().amiVersion("1.1").build().start();
             AmiClient client = AmiClient.connect(Servers.options(old).build())) {
            old.command("sip show peers", "Name/username   Host\n\n100/100   10.0.0.1: 5060\n1 sip peers");
            CommandOutput out = client.command("sip show peers").get(5, TimeUnit.SECONDS);
            assertEquals(List.of("Name/username   Host", "", "100/100   10.0.0.1: 5060", "1 sip peers"), out.lines());
            assertEquals("1.1", client.amiVersion());
        }
    }

    @Test
    void anActionWithoutAnswerTimesOutAndTheConnectionKeepsWorking() throws Exception {
        server.fault(Fault.noResponse("UserEvent"));
        Throwable t = cause(ami.send(GenericAction.builder("UserEvent").header("UserEvent", "x").build(),
                Duration.ofMillis(200)));
        assertInstanceOf(AmiTimeoutException.class, t);
        assertTrue(ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS).isSuccess());
    }

    @Test
    void injectionIsRefusedBeforeAnythingIsWritten() throws Exception {
        String[] bad = {"x\r\nAction: Hangup\r\nChannel: all", "x\nAction: Logoff", "x\rb", "x\0y"};
        for (String v : bad) {
            assertThrows(InvalidActionException.class,
                    () -> ami.send(GenericAction.builder("Setvar").header("Value", v).build()));
            assertThrows(InvalidActionException.class,
                    () -> ami.send(GenericAction.builder("Setvar").actionId(v).build()));
            assertThrows(InvalidActionException.class, () -> ami.command(v));
            assertThrows(InvalidActionException.class, () -> ami.addFilter(v));
        }
        assertThrows(InvalidActionException.class,
                () -> ami.send(GenericAction.builder("UserEvent").header("Data", "x".repeat(2000)).build()));
        ami.send(GenericAction.of("Ping")).get(5, TimeUnit.SECONDS);
        RecordedAction next = server.takeAction(Servers.WAIT);
        assertEquals("Ping", next.name(), "nothing but the Ping reached the server");
    }
}
