package dev.amiable.testkit;

import static dev.amiable.testkit.CapturedAnswers.forActionId;
import static dev.amiable.testkit.CapturedAnswers.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The actions added to match a real Asterisk 22: each answer has the captured answer's headers in
 * the same order (03-list-actions.txt, by ActionID), and the state lists agree with the PBX.
 */
class DirectoryActionsTest {
    @RegisterExtension
    final FakeAsteriskExtension ami = new FakeAsteriskExtension(b -> b
            .timeScale(0.01)
            .channelVariables("CEO_SCENARIO", "CEO_TAG"));

    /** Sends the action with the capture's ActionID and reads its whole answer (list or single). */
    private static List<List<String>> ask(RawClient c, String... kv) throws Exception {
        c.send(kv);
        List<List<String>> all = new ArrayList<>();
        List<String> first = c.readMessage();
        all.add(first);
        if (first.contains("EventList: start")) {
            while (true) {
                List<String> m = c.readMessage();
                all.add(m);
                if (m.contains("EventList: Complete")) {
                    break;
                }
            }
        }
        return all;
    }

    /** Same header names, in order, for the response, the first item of each kind and the completion. */
    private static void assertSameShape(String id, List<List<String>> ours) {
        List<List<String>> real = forActionId("03-list-actions.txt", id);
        assertEquals(names(real.get(0)), names(ours.get(0)), id + " response");
        assertEquals(names(real.get(real.size() - 1)), names(ours.get(ours.size() - 1)), id + " completion");
        if (real.size() > 2 && ours.size() > 2) {
            assertEquals(names(real.get(1)), names(ours.get(1)), id + " first item");
        }
    }

    @Test
    void fixedListsAndSingleAnswersLookLikeAsterisk22(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            List<List<String>> tech = ask(c, "Action", "BridgeTechnologyList", "ActionID", "lists-38");
            assertEquals(forActionId("03-list-actions.txt", "lists-38"), tech);
            assertSameShape("lists-31", ask(c, "Action", "Parkinglots", "ActionID", "lists-31"));
            assertEquals(List.of("Event: Parkinglot", "ActionID: lists-31", "Name: default", "StartSpace: 701",
                    "StopSpace: 720", "Timeout: 45"), ask(c, "Action", "Parkinglots", "ActionID", "lists-31").get(1));
            assertEquals(forActionId("03-list-actions.txt", "lists-45"),
                    ask(c, "Action", "VoicemailUsersList", "ActionID", "lists-45"));
            assertEquals(forActionId("03-list-actions.txt", "lists-46"),
                    ask(c, "Action", "MailboxStatus", "ActionID", "lists-46", "Mailbox", "1000@default"));
            assertEquals(forActionId("03-list-actions.txt", "lists-47"),
                    ask(c, "Action", "MailboxCount", "ActionID", "lists-47", "Mailbox", "1000@default"));
            assertEquals(List.of(List.of("Response: Success", "ActionID: lists-57", "Message: Success")),
                    ask(c, "Action", "Filter", "ActionID", "lists-57", "Operation", "Add", "Filter", "Event: Newchannel"));
            assertSameShape("lists-35", ask(c, "Action", "Agents", "ActionID", "lists-35"));
            assertSameShape("lists-40", ask(c, "Action", "ExtensionStateList", "ActionID", "lists-40"));
            assertSameShape("lists-42", ask(c, "Action", "PresenceStateList", "ActionID", "lists-42"));
            assertSameShape("lists-44", ask(c, "Action", "ShowDialplan", "ActionID", "lists-44", "Context", "ami-agents"));

            c.send("Action", "QueueRule", "ActionID", "lists-22");
            assertEquals("Response: Success\r\nActionID: lists-22\r\n\r\n\r\n", c.readBytes(43));

            List<String> commands = ask(c, "Action", "ListCommands", "ActionID", "lists-53").get(0);
            List<String> real = forActionId("03-list-actions.txt", "lists-53").get(0);
            assertEquals(names(real), names(commands));
            for (int i = 2; i < real.size(); i++) {
                String priv = real.get(i).substring(real.get(i).indexOf("  (Priv: "));
                assertTrue(commands.get(i).endsWith(priv), commands.get(i) + " vs " + real.get(i));
            }
            assertTrue(commands.contains("QueueStatus: Queue status.  (Priv: <none>)"), commands.toString());
            assertEquals(List.of(List.of("Response: Error", "ActionID: x",
                    "Message: Invalid/unknown command: NoSuchAction. Use Action: ListCommands to show available commands.")),
                    ask(c, "Action", "NoSuchAction", "ActionID", "x"));
        }
    }

    @Test
    void bridgeAndDeviceListsFollowTheCallsThePbxHolds(FakeAsterisk server) throws Exception {
        try (RawClient events = new RawClient(server).login("on"); RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Originate", "Channel", "Local/300@ami-test", "Application", "Wait", "Data", "600", "Async", "true");
            assertEquals("Message: Originate successfully queued", c.readMessage().get(1));
            events.readUntil("Event: AgentConnect");

            List<List<String>> bridges = ask(c, "Action", "BridgeList", "ActionID", "lists-36");
            assertSameShape("lists-36", bridges);
            assertEquals(3, bridges.size());
            String id = bridges.get(1).get(2).substring("BridgeUniqueid: ".length());
            assertTrue(bridges.get(1).contains("BridgeType: basic"));

            List<List<String>> info = ask(c, "Action", "BridgeInfo", "ActionID", "lists-37", "BridgeUniqueid", id);
            assertSameShape("lists-37", info);
            assertEquals(4, info.size());
            assertTrue(info.get(3).contains("BridgeUniqueid: " + id));
            String agent = info.get(1).get(2).substring("Channel: ".length());
            String caller = info.get(2).get(2).substring("Channel: ".length());
            assertEquals("Error", ask(c, "Action", "BridgeInfo", "BridgeUniqueid", "nope").get(0).get(0)
                    .substring("Response: ".length()));

            List<List<String>> map = ask(c, "Action", "CoreShowChannelMap", "ActionID", "lists-6", "Channel", caller);
            assertEquals(List.of("Event: CoreShowChannelMap", "ActionID: lists-6", "Channel: " + caller,
                    "ConnectedChannel: " + agent), map.get(1));
            assertEquals(names(forActionId("03-list-actions.txt", "lists-6").get(1)), names(map.get(map.size() - 1)));

            List<List<String>> devices = ask(c, "Action", "DeviceStateList", "ActionID", "lists-39");
            assertSameShape("lists-39", devices);
            assertTrue(devices.contains(List.of("Event: DeviceStateChange", "ActionID: lists-39",
                    "Device: MWI:1000@default", "State: INUSE")), devices.toString());
            assertTrue(devices.contains(List.of("Event: DeviceStateChange", "ActionID: lists-39",
                    "Device: Queue:support_pause_Local/401@ami-agents/n", "State: NOT_INUSE")), devices.toString());

            c.send("Action", "QueuePause", "ActionID", "p", "Queue", "support", "Interface", "Local/402@ami-agents/n",
                    "Paused", "true");
            assertEquals(List.of("Response: Success", "ActionID: p", "Message: Interface paused successfully"),
                    c.readMessage());
            List<List<String>> announced = events.readUntil("Device: Queue:support_pause_Local/402@ami-agents/n");
            assertEquals("State: INUSE", announced.get(announced.size() - 1).get(3));
            assertTrue(ask(c, "Action", "DeviceStateList", "ActionID", "d2").contains(List.of("Event: DeviceStateChange",
                    "ActionID: d2", "Device: Queue:support_pause_Local/402@ami-agents/n", "State: INUSE")));
        }
    }

    @Test
    void filterKeepsOnlyMatchingEvents(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("on")) {
            c.send("Action", "Filter", "Operation", "Add", "Filter", "Event: UserEvent", "ActionID", "f1");
            c.readUntil("ActionID: f1");
            c.send("Action", "Filter", "Operation", "Add", "Filter", "!UserEvent: skip", "ActionID", "f2");
            c.readUntil("ActionID: f2");
            server.emit("Hangup", "Privilege", "call,all", "Channel", "PJSIP/1-1");
            server.emit("UserEvent", "Privilege", "user,all", "UserEvent", "skip");
            server.emit("UserEvent", "Privilege", "user,all", "UserEvent", "keep");
            assertEquals("UserEvent: keep", c.readMessage().get(2));
            c.send("Action", "Filter", "Operation", "Remove", "Filter", "x", "ActionID", "f");
            assertEquals(List.of("Response: Error", "ActionID: f", "Message: Unknown operation"), c.readMessage());
            server.awaitAuthenticated(1, Duration.ofSeconds(1));
        }
    }
}
