package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PbxStateTest {
    @RegisterExtension
    final FakeAsteriskExtension ami = new FakeAsteriskExtension(b -> b
            .user("admin", "amp111")
            .user("limited", "lim", "call", "originate"));

    @Test
    void coreShowChannelsStatusAndHangupFollowTheState(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Originate", "Channel", "Local/110@ami-test", "Application", "Wait", "Data", "600");
            assertEquals("Message: Originate successfully queued", c.readMessage().get(1));
            c.send("Action", "CoreShowChannels", "ActionID", "l5");
            assertEquals("Response: Success\r\nActionID: l5\r\nEventList: start\r\nMessage: Channels will follow\r\n\r\n",
                    c.readMessageText());
            List<String> item = c.readMessage();
            assertEquals(List.of("Event: CoreShowChannel", "ActionID: l5", "Channel: Local/110@ami-test-00000000;1"),
                    item.subList(0, 3));
            assertEquals(List.of("Application: Wait", "ApplicationData: 600"), item.subList(16, 18));
            assertTrue(item.get(18).matches("Duration: \\d\\d:\\d\\d:\\d\\d"));
            c.readMessage();
            assertEquals(List.of("Event: CoreShowChannelsComplete", "ActionID: l5", "EventList: Complete", "ListItems: 2"),
                    c.readMessage());

            c.send("Action", "Status", "ActionID", "st", "Channel", "Local/110@ami-test-00000000;2");
            c.readMessage();
            List<String> status = c.readMessage();
            assertEquals(List.of("Event: Status", "Privilege: Call"), status.subList(0, 2));
            assertEquals("ActionID: st", status.get(status.size() - 1));
            assertEquals(List.of("Event: StatusComplete", "ActionID: st", "EventList: Complete", "ListItems: 1", "Items: 1"),
                    c.readMessage());

            c.send("Action", "Hangup", "ActionID", "h", "Channel", "Local/110@ami-test-00000000;2");
            assertEquals("Response: Success\r\nActionID: h\r\nMessage: Channel Hungup\r\n\r\n", c.readMessageText());
            c.send("Action", "Hangup", "ActionID", "h2", "Channel", "Local/nosuch-00000000;1");
            assertEquals("Response: Error\r\nActionID: h2\r\nMessage: No such channel\r\n\r\n", c.readMessageText());
            c.send("Action", "CoreShowChannels", "ActionID", "l6");
            c.readMessage();
            assertEquals("ListItems: 0", c.readMessage().get(3));
            c.send("Action", "Command", "Command", "core show channels");
            List<String> out = c.readMessage();
            assertEquals("Output: 1 call processed", out.get(out.size() - 1));
        }
    }

    @Test
    void redirectAndRegexHangup(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Originate", "Channel", "Local/950@ami-test", "Application", "Wait", "Data", "600");
            c.readMessage();
            c.send("Action", "Redirect", "ActionID", "r", "Channel", "Local/950@ami-test-00000000;2",
                    "Context", "elsewhere", "Exten", "123", "Priority", "1");
            assertEquals("Response: Success\r\nActionID: r\r\nMessage: Redirect successful\r\n\r\n", c.readMessageText());
            c.send("Action", "Status", "Channel", "Local/950@ami-test-00000000;2");
            c.readMessage();
            List<String> st = c.readMessage();
            assertTrue(st.contains("Context: elsewhere") && st.contains("Exten: 123"), st.toString());
            c.readMessage();
            c.send("Action", "Hangup", "ActionID", "h", "Channel", "/^Local\\/950@ami-test-.*;1$/");
            assertEquals("Message: Channels hung up will follow", c.readMessage().get(3));
            assertEquals("Event: ChannelHungup\r\nChannel: Local/950@ami-test-00000000;1\r\nActionID: h\r\n\r\n",
                    c.readMessageText());
            assertEquals("ListItems: 1", c.readMessage().get(3));
            c.send("Action", "ConfbridgeListRooms", "ActionID", "x");
            assertEquals("Message: No active conferences.", c.readMessage().get(2));
        }
    }

    @Test
    void variablesAndDatabase(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Setvar", "ActionID", "1", "Variable", "CEO_GLOBAL2", "Value", "global value");
            assertEquals("Response: Success\r\nActionID: 1\r\nMessage: Variable Set\r\n\r\n", c.readMessageText());
            c.send("Action", "Getvar", "ActionID", "2", "Variable", "CEO_GLOBAL2");
            assertEquals("Response: Success\r\nActionID: 2\r\nVariable: CEO_GLOBAL2\r\nValue: global value\r\n\r\n",
                    c.readMessageText());
            c.send("Action", "Getvar", "ActionID", "3", "Variable", "CEO_UNSET_VARIABLE");
            assertEquals("Response: Success\r\nActionID: 3\r\nVariable: CEO_UNSET_VARIABLE\r\nValue: \r\n\r\n",
                    c.readMessageText());
            c.send("Action", "Getvar", "ActionID", "4", "Channel", "Local/nosuch-00000000;1", "Variable", "X");
            assertEquals("Response: Error\r\nActionID: 4\r\nMessage: No such channel\r\n\r\n", c.readMessageText());
            c.send("Action", "DBPut", "ActionID", "5", "Family", "ceo", "Key", "lists", "Val", "value with: colon");
            assertEquals("Response: Success\r\nActionID: 5\r\nMessage: Updated database successfully\r\n\r\n",
                    c.readMessageText());
            c.send("Action", "DBGet", "ActionID", "6", "Family", "ceo", "Key", "lists");
            assertEquals("Message: Result will follow", c.readMessage().get(3));
            assertEquals("Event: DBGetResponse\r\nFamily: ceo\r\nKey: lists\r\nVal: value with: colon\r\nActionID: 6\r\n\r\n",
                    c.readMessageText());
            assertEquals("Event: DBGetComplete\r\nActionID: 6\r\nEventList: Complete\r\nListItems: 1\r\n\r\n",
                    c.readMessageText());
            c.send("Action", "DBGet", "ActionID", "7", "Family", "ceo", "Key", "nope");
            assertEquals("Response: Error\r\nActionID: 7\r\nMessage: Database entry not found\r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void queueMembershipChangesWithEvents(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("agent")) {
            c.send("Action", "QueueAdd", "ActionID", "a", "Queue", "support", "Interface", "Local/407@ami-agents/n",
                    "MemberName", "Lists Agent 407");
            List<String> added = c.readMessage();
            assertEquals(List.of("Event: QueueMemberAdded", "Privilege: agent,all", "Queue: support",
                    "MemberName: Lists Agent 407", "Interface: Local/407@ami-agents/n"), added.subList(0, 5));
            assertEquals("Response: Success\r\nActionID: a\r\nMessage: Added interface to queue\r\n\r\n", c.readMessageText());
            c.send("Action", "QueueAdd", "ActionID", "b", "Queue", "support", "Interface", "Local/407@ami-agents/n");
            assertEquals("Response: Error\r\nActionID: b\r\nMessage: Unable to add interface: Already there\r\n\r\n",
                    c.readMessageText());
            c.send("Action", "QueuePause", "ActionID", "p", "Queue", "support", "Interface", "Local/407@ami-agents/n",
                    "Paused", "true", "Reason", "meeting");
            List<String> pause = c.readMessage();
            assertEquals("Event: QueueMemberPause", pause.get(0));
            assertTrue(pause.contains("PausedReason: meeting"));
            assertEquals("Message: Interface paused successfully", c.readMessage().get(2));
            c.send("Action", "QueueStatus", "ActionID", "s", "Queue", "support", "Member", "Local/407@ami-agents/n");
            assertEquals("Message: Queue status will follow", c.readMessage().get(3));
            assertEquals("Event: QueueParams", c.readMessage().get(0));
            List<String> member = c.readMessage();
            assertEquals(List.of("Event: QueueMember", "Queue: support", "Name: Lists Agent 407",
                    "Location: Local/407@ami-agents/n", "StateInterface: Local/407@ami-agents/n", "Membership: dynamic"),
                    member.subList(0, 6));
            assertTrue(member.contains("Paused: 1") && member.contains("Status: 1"), member.toString());
            assertEquals("ActionID: s", member.get(member.size() - 1));
            assertEquals(List.of("Event: QueueStatusComplete", "ActionID: s", "EventList: Complete", "ListItems: 2"),
                    c.readMessage());
            c.send("Action", "QueueRemove", "ActionID", "r", "Queue", "support", "Interface", "Local/407@ami-agents/n");
            assertEquals("Event: QueueMemberRemoved", c.readMessage().get(0));
            assertEquals("Message: Removed interface from queue", c.readMessage().get(2));
            c.send("Action", "QueueRemove", "ActionID", "r2", "Queue", "support", "Interface", "Local/407@ami-agents/n");
            assertEquals("Message: Unable to remove interface: Not there", c.readMessage().get(2));
            c.send("Action", "QueueSummary", "ActionID", "q", "Queue", "support");
            c.readMessage();
            assertEquals(List.of("Event: QueueSummary", "Queue: support", "LoggedIn: 2", "Available: 2", "Callers: 0",
                    "HoldTime: 0", "TalkTime: 0", "LongestHoldTime: 0", "ActionID: q"), c.readMessage());
        }
    }

    @Test
    void parkingAndConferenceLists(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Originate", "Channel", "Local/700@ami-test", "Application", "Wait", "Data", "600");
            c.readMessage();
            c.send("Action", "Originate", "Channel", "Local/500@ami-test", "Application", "Wait", "Data", "600");
            c.readMessage();
            c.send("Action", "ParkedCalls", "ActionID", "p");
            assertEquals("Message: Parked calls will follow", c.readMessage().get(3));
            List<String> parked = c.readMessage();
            assertEquals(List.of("Event: ParkedCall", "ParkeeChannel: Local/700@ami-test-00000000;2"), parked.subList(0, 2));
            assertTrue(parked.contains("ParkingSpace: 701") && parked.contains("Parkinglot: default"));
            assertEquals(List.of("Event: ParkedCallsComplete", "ActionID: p", "EventList: Complete", "ListItems: 1",
                    "Total: 1"), c.readMessage());
            c.send("Action", "ConfbridgeList", "ActionID", "c", "Conference", "ceo-conf");
            c.readMessage();
            List<String> conf = c.readMessage();
            assertEquals(List.of("Event: ConfbridgeList", "ActionID: c", "Conference: ceo-conf", "Admin: No"),
                    conf.subList(0, 4));
            assertEquals("ListItems: 1", c.readMessage().get(3));
            c.send("Action", "ConfbridgeList", "ActionID", "d", "Conference", "nope");
            assertEquals("Message: No Conference by that name found.", c.readMessage().get(2));
        }
    }

    @Test
    void limitedUserLikeCapture06(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server)) {
            c.readLine();
            c.send("Action", "Login", "Username", "limited", "Secret", "lim", "Events", "on");
            c.readMessage();
            c.send("Action", "Ping", "ActionID", "3");
            assertEquals("Ping: Pong", c.readMessage().get(2)); // and no FullyBooted before it
            for (String action : List.of("Command", "CoreShowChannels", "QueueAdd", "DBPut", "Getvar", "Setvar")) {
                c.send("Action", action, "ActionID", action);
                assertEquals("Response: Error\r\nActionID: " + action + "\r\nMessage: Permission denied\r\n\r\n",
                        c.readMessageText());
            }
            c.send("Action", "Originate", "ActionID", "10", "Channel", "Local/110@ami-test", "Application", "System",
                    "Data", "touch /tmp/x");
            assertEquals("Response: Error\r\nActionID: 10\r\nMessage: Originate Access Forbidden: app or data blacklisted"
                    + "\r\n\r\n", c.readMessageText());
            c.send("Action", "Originate", "ActionID", "11", "Channel", "Local/110@ami-test", "Application", "Wait",
                    "Data", "2", "Async", "true");
            assertEquals("Message: Originate successfully queued", c.readMessage().get(2));
            assertEquals("Event: Newchannel", c.readMessage().get(0)); // read=call lets call events through
        }
    }

    @Test
    void userEventReachesSessionsWithUserClass(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("user")) {
            c.send("Action", "UserEvent", "ActionID", "busy-34", "UserEvent", "CeoRound", "Round", "0", "Empty", "");
            assertEquals("Event: UserEvent\r\nPrivilege: user,all\r\nActionID: busy-34\r\nUserEvent: CeoRound\r\n"
                    + "Round: 0\r\nEmpty: \r\n\r\n", c.readMessageText());
            assertEquals("Response: Success\r\nActionID: busy-34\r\nMessage: Event Sent\r\n\r\n", c.readMessageText());
        }
    }
}
