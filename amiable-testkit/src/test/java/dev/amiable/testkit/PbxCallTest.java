package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PbxCallTest {
    @RegisterExtension
    final FakeAsteriskExtension ami = new FakeAsteriskExtension(b -> b.timeScale(0.001));

    private static List<String> names(List<List<String>> msgs) {
        List<String> out = new ArrayList<>();
        for (List<String> m : msgs) {
            out.add(m.get(0));
        }
        return out;
    }

    private static String field(List<String> m, String key) {
        for (String l : m) {
            if (l.startsWith(key + ": ")) {
                return l.substring(key.length() + 2);
            }
        }
        return null;
    }

    @Test
    void asyncOriginatePlaysOutACallWithOriginateResponse(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("call,dialplan,cdr")) {
            c.send("Action", "Originate", "ActionID", "o1", "Channel", "Local/100@ami-test", "Application", "Wait",
                    "Data", "1", "Variable", "CEO_ORIG=yes", "Async", "true");
            assertEquals("Response: Success\r\nActionID: o1\r\nMessage: Originate successfully queued\r\n\r\n",
                    c.readMessageText());
            List<List<String>> msgs = c.readUntil("Channel: Local/100@ami-test-00000000;1");
            List<List<String>> rest = new ArrayList<>(msgs);
            while (!(rest.get(rest.size() - 1).get(0).equals("Event: Hangup")
                    && "Local/100@ami-test-00000000;1".equals(field(rest.get(rest.size() - 1), "Channel")))) {
                rest.add(c.readMessage());
            }
            List<String> n = names(rest);
            assertEquals(List.of("Event: Newchannel", "Event: Newchannel", "Event: VarSet", "Event: Newexten",
                    "Event: LocalBridge", "Event: Newexten", "Event: Newstate", "Event: Newstate",
                    "Event: OriginateResponse", "Event: Newexten", "Event: HangupRequest", "Event: Cdr",
                    "Event: Hangup", "Event: Hangup"), n);
            List<String> first = rest.get(0);
            assertEquals(List.of("Event: Newchannel", "Privilege: call,all", "Channel: Local/100@ami-test-00000000;1",
                    "ChannelState: 0", "ChannelStateDesc: Down", "CallerIDNum: <unknown>", "CallerIDName: <unknown>",
                    "ConnectedLineNum: <unknown>", "ConnectedLineName: <unknown>", "Language: en", "AccountCode: ",
                    "Context: ami-test", "Exten: 100", "Priority: 1"), first.subList(0, 14));
            assertTrue(field(first, "Uniqueid").matches("[0-9]+\\.[0-9]+"));
            assertEquals(field(first, "Uniqueid"), field(rest.get(1), "Linkedid"));
            List<String> resp = rest.get(8);
            assertEquals("ActionID: o1", resp.get(2));
            assertEquals("Response: Success", resp.get(3));
            assertEquals("Reason: 4", resp.get(7));
            assertEquals("Cause-txt: Normal Clearing", rest.get(13).get(rest.get(13).size() - 1));
            assertEquals("Disposition: ANSWERED", rest.get(11).stream().filter(l -> l.startsWith("Disposition"))
                    .findFirst().orElseThrow());
        }
    }

    @Test
    void channelVariablesAppearInSnapshotsAndOriginateResponse() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.builder().timeScale(0.001).channelVariables("CEO_SCENARIO", "CEO_ORIG")
                .build().start(); RawClient c = new RawClient(server).login("call")) {
            c.send("Action", "Originate", "Channel", "Local/100@ami-test", "Application", "Wait", "Data", "1",
                    "Variable", "CEO_ORIG=yes", "Async", "true");
            c.readMessage();
            List<String> first = c.readMessage();
            assertEquals(List.of("Linkedid: " + field(first, "Uniqueid"), "ChanVariable: CEO_SCENARIO=",
                    "ChanVariable: CEO_ORIG="), first.subList(15, 18)); // set after the channel exists
            List<List<String>> msgs = c.readUntil("Event: OriginateResponse");
            List<String> resp = msgs.get(msgs.size() - 1);
            assertEquals(List.of("ChanVariable(Local/100@ami-test-00000000;1): CEO_SCENARIO=",
                    "ChanVariable(Local/100@ami-test-00000000;1): CEO_ORIG=yes"), resp.subList(resp.size() - 2, resp.size()));
        }
    }

    @Test
    void syncOriginateAnswersAfterTheCallIsUpAndFailsOnAFailingExtension(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("off")) {
            c.send("Action", "Originate", "ActionID", "s1", "Channel", "Local/110@ami-test", "Application", "Wait",
                    "Data", "1");
            assertEquals("Response: Success\r\nActionID: s1\r\nMessage: Originate successfully queued\r\n\r\n",
                    c.readMessageText());
            c.send("Action", "Originate", "ActionID", "s2", "Channel", "Local/999@ami-test", "Application", "Wait",
                    "Data", "1");
            assertEquals("Response: Error\r\nActionID: s2\r\nMessage: Originate failed\r\n\r\n", c.readMessageText());
        }
    }

    @Test
    void queueCallReachesAnAgentAndCompletes(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("agent")) {
            c.send("Action", "Originate", "Channel", "Local/300@ami-test", "Application", "Wait", "Data", "1",
                    "Async", "true");
            c.readMessage();
            List<List<String>> msgs = c.readUntil("Event: AgentComplete");
            List<String> n = names(msgs);
            assertEquals(List.of("Event: QueueCallerJoin", "Event: QueueMemberStatus", "Event: AgentCalled",
                    "Event: QueueCallerLeave", "Event: QueueMemberStatus", "Event: AgentConnect",
                    "Event: AgentComplete"), n);
            assertEquals("Event: QueueMemberStatus", c.readMessage().get(0)); // the member is free again
            assertEquals("Queue: support", msgs.get(0).get(16));
            assertEquals("MemberName: Agent 401", msgs.get(2).get(msgs.get(2).size() - 1));
        }
    }
}
