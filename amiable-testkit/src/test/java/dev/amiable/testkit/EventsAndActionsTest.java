package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventsAndActionsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private FakeAsterisk server;

    @BeforeEach
    void setUp() {
        server = FakeAsterisk.builder().failedLoginDelay(Duration.ZERO)
                .user("admin", "amp111")
                .user("caller", "c", "call", "all")
                .build().start();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void emitRespectsEventMasksAndReadPermissions() throws Exception {
        try (RawClient all = new RawClient(server).login("on");
             RawClient system = new RawClient(server).login("system");
             RawClient off = new RawClient(server).login("off")) {
            all.readMessage(); // FullyBooted
            system.readMessage();
            server.emit("Hangup", "Privilege", "call,all", "Channel", "PJSIP/100-1", "Cause", "16");
            server.emit("Reload", "Privilege", "system,all", "Module", "manager");
            assertEquals(List.of("Event: Hangup", "Privilege: call,all", "Channel: PJSIP/100-1", "Cause: 16"),
                    all.readMessage());
            assertEquals("Event: Reload", all.readMessage().get(0));
            assertEquals("Event: Reload", system.readMessage().get(0));
            off.send("Action", "Ping", "ActionID", "after");
            assertEquals("Response: Success", off.readMessage().get(0));
        }
    }

    @Test
    void readPermissionsFilterEventsAndFullyBooted() throws Exception {
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            c.send("Action", "Login", "Username", "caller", "Secret", "c");
            c.readMessage();
            server.emit("Reload", "Privilege", "system,all");
            server.emit("Newstate", "Privilege", "call,all", "Channel", "X");
            assertEquals("Event: Newstate", c.readMessage().get(0)); // no FullyBooted, no Reload
        }
    }

    @Test
    void eventsActionChangesTheMask() throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Events", "ActionID", "e1", "EventMask", "on");
            assertEquals("Response: Success\r\nActionID: e1\r\nEvents: On\r\n\r\n", c.readMessageText());
            server.emit("Hangup", "Privilege", "call,all");
            assertEquals("Event: Hangup", c.readMessage().get(0));
            c.send("Action", "Events", "ActionID", "e2", "EventMask", "off");
            assertEquals("Response: Success\r\nActionID: e2\r\nEvents: Off\r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void sequenceNumbersAndTimestampsAreAddedWhenAsked() throws Exception {
        server.close();
        server = FakeAsterisk.builder().sequenceNumbers(true).timestampEvents(true).build().start();
        try (RawClient c = new RawClient(server).login("call")) {
            server.emit("Hangup", "Privilege", "call,all", "Channel", "A");
            server.emit("Hangup", "Privilege", "call,all", "Channel", "B");
            List<String> first = c.readMessage();
            assertTrue(first.get(2).startsWith("Timestamp: "), first.toString());
            assertEquals("SequenceNumber: 1", first.get(3));
            assertEquals("SequenceNumber: 2", c.readMessage().get(3));
        }
    }

    @Test
    void takeActionSeesEveryActionInOrder() throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            RecordedAction login = server.takeAction(WAIT);
            assertEquals("Login", login.name());
            c.send("Action", "Originate", "ActionID", "o-1", "Channel", "Local/100@default",
                    "Variable", "A=1", "variable", "B=2");
            RecordedAction a = server.takeAction(WAIT);
            assertEquals("Originate", a.name());
            assertEquals("o-1", a.actionId());
            assertEquals("Local/100@default", a.get("channel"));
            assertEquals(List.of("A=1", "B=2"), a.getAll("VARIABLE"));
            assertArrayEquals(("Action: Originate\r\nActionID: o-1\r\nChannel: Local/100@default\r\n"
                    + "Variable: A=1\r\nvariable: B=2\r\n").getBytes(StandardCharsets.UTF_8), a.raw());
            assertEquals(login.sessionId(), a.sessionId());
            assertEquals(2, server.actionCount());
            assertNull(server.takeAction(Duration.ofMillis(10)));
        }
    }

    @Test
    void scriptedResponsesAndListReplies() throws Exception {
        server.respond("MailboxCount", Message.response("Success", "Message", "Mailbox Message Count",
                "Mailbox", "1000@default", "NewMessages", "6"));
        server.respond("QueueSummary", ListReply.of("Queue summary", "QueueSummaryComplete",
                Message.event("QueueSummary", "Queue", "support", "LoggedIn", "2")));
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "MailboxCount", "ActionID", "m", "Mailbox", "1000@default");
            assertEquals("Response: Success\r\nActionID: m\r\nMessage: Mailbox Message Count\r\n"
                    + "Mailbox: 1000@default\r\nNewMessages: 6\r\n\r\n", c.readMessageText());
            c.send("Action", "QueueSummary", "ActionID", "q");
            assertEquals("Response: Success\r\nActionID: q\r\nEventList: start\r\nMessage: Queue summary will follow\r\n\r\n",
                    c.readMessageText());
            assertEquals("Event: QueueSummary\r\nActionID: q\r\nQueue: support\r\nLoggedIn: 2\r\n\r\n",
                    c.readMessageText());
            assertEquals("Event: QueueSummaryComplete\r\nActionID: q\r\nEventList: Complete\r\nListItems: 1\r\n\r\n",
                    c.readMessageText());
        }
    }

    @Test
    void dispatcherAndHandlersSeeTheSession() throws Exception {
        server.dispatcher((action, session) -> action.is("Echo")
                ? Reply.success("Said", action.get("Say"), "User", session.username()) : null);
        server.onAction("Broadcast", (action, session) -> Reply.builder()
                .response(Message.response("Success"))
                .broadcast(Message.event("UserEvent", "Privilege", "user,all", "UserEvent", "Hi"))
                .build());
        try (RawClient c = new RawClient(server).login("user")) {
            c.send("Action", "Echo", "Say", "hello");
            assertEquals("Response: Success\r\nSaid: hello\r\nUser: admin\r\n\r\n", c.readMessageText());
            c.send("Action", "Broadcast", "ActionID", "b");
            assertEquals("Response: Success\r\nActionID: b\r\n\r\n", c.readMessageText());
            assertEquals("Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: Hi\r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void aThrowingHandlerAnswersWithAnError() throws Exception {
        server.onAction("Boom", (a, s) -> {
            throw new IllegalStateException("kaboom");
        });
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Boom");
            assertEquals("Response: Error\r\nMessage: kaboom\r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void emitRawReachesEverySession() throws Exception {
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            server.emitRaw("garbage\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("garbage", c.readLine());
        }
    }
}
