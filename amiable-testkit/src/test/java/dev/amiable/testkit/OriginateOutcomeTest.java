package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Originate's answers and OriginateResponse as Asterisk 22 sends them (02-busy-period.txt:
 * busy-6 succeeded, busy-32 failed), and the rules and script that decide the outcome.
 */
class OriginateOutcomeTest {
    @RegisterExtension
    final FakeAsteriskExtension ami = new FakeAsteriskExtension(b -> b
            .timeScale(0.001)
            .channelVariables("CEO_SCENARIO", "CEO_TAG")
            .originateOutcomes(a -> a.get("Channel").contains("/555") ? OriginateOutcome.BUSY
                    : a.get("Channel").contains("/556") ? OriginateOutcome.NO_ANSWER : null));

    /**
     * Sends an async Originate and reads up to its OriginateResponse; returns the messages about
     * its channels (those naming {@code prefix}) with the OriginateResponse last.
     */
    private static List<List<String>> originate(RawClient c, String id, String... extra) throws Exception {
        List<String> kv = new ArrayList<>(List.of("Action", "Originate", "ActionID", id, "Async", "true"));
        kv.addAll(List.of(extra));
        c.send(kv.toArray(new String[0]));
        String prefix = "Channel: " + extra[1];
        List<List<String>> mine = new ArrayList<>();
        boolean answered = false;
        while (true) {
            List<String> m = c.readMessage();
            if (m.contains("Message: Originate successfully queued") && m.contains("ActionID: " + id)) {
                answered = true;
            } else if (m.contains("Event: OriginateResponse") && m.contains("ActionID: " + id)) {
                assertTrue(answered, "the response comes first");
                mine.add(m);
                return mine;
            } else if (m.stream().anyMatch(l -> l.startsWith(prefix))) {
                mine.add(m);
            }
        }
    }

    /** Reads until {@code n} Hangups of channels starting with {@code prefix}; returns those channels' messages. */
    private static List<List<String>> rest(RawClient c, String prefix, int n) throws Exception {
        List<List<String>> mine = new ArrayList<>();
        int hangups = 0;
        while (hangups < n) {
            List<String> m = c.readMessage();
            if (m.stream().anyMatch(l -> l.startsWith("Channel: " + prefix))) {
                mine.add(m);
                hangups += m.get(0).equals("Event: Hangup") ? 1 : 0;
            }
        }
        return mine;
    }

    private static List<String> withoutTimestamp(List<String> m) {
        List<String> out = new ArrayList<>(m);
        out.removeIf(l -> l.startsWith("Timestamp: "));
        return out;
    }

    private static List<String> names(List<List<String>> messages) {
        List<String> out = new ArrayList<>();
        for (List<String> m : messages) {
            out.add(m.get(0));
        }
        return out;
    }

    @Test
    void successNamesTheLocalChannelAndFailureTheRequestedOne(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("on")) {
            c.readMessage(); // FullyBooted
            List<List<String>> ok = originate(c, "busy-6", "Channel", "Local/100@ami-test", "Application", "Wait", "Data", "8");
            List<String> response = ok.get(ok.size() - 1);
            String channel = response.get(4).substring("Channel: ".length());
            assertTrue(channel.matches("Local/100@ami-test-[0-9a-f]{8};1"), channel);
            assertEquals(List.of("Event: OriginateResponse", "Privilege: call,all", "ActionID: busy-6", "Response: Success",
                    "Channel: " + channel, "Application: Wait", "Data: 8", "Reason: 4"), response.subList(0, 8));
            assertTrue(response.get(8).matches("Uniqueid: \\d+\\.\\d+"));
            assertEquals(List.of("CallerIDNum: <unknown>", "CallerIDName: <unknown>",
                    "ChanVariable(" + channel + "): CEO_SCENARIO=", "ChanVariable(" + channel + "): CEO_TAG="),
                    response.subList(9, 13));

            List<List<String>> failed = originate(c, "busy-32", "Channel", "Local/999@ami-test", "Application", "Wait", "Data", "1");
            assertEquals(List.of("Event: OriginateResponse", "Privilege: call,all", "ActionID: busy-32",
                    "Response: Failure", "Channel: Local/999@ami-test", "Application: Wait", "Data: 1", "Reason: 0",
                    "Uniqueid: <unknown>", "CallerIDNum: <unknown>", "CallerIDName: <unknown>"),
                    withoutTimestamp(failed.get(failed.size() - 1)));
            assertEquals(List.of("Event: Newchannel", "Event: Newchannel", "Event: Newexten", "Event: OriginateResponse"),
                    names(failed));
            List<List<String>> after = rest(c, "Local/999@", 2);
            assertEquals(List.of("Event: Cdr", "Event: Cdr", "Event: Hangup", "Event: Hangup"), names(after));
            assertTrue(after.get(0).contains("Disposition: FAILED"));
        }
    }

    @Test
    void contextAndExtenAreEchoedAsRequested(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("call")) {
            List<List<String>> ok = originate(c, "o1", "Channel", "Local/100@demo", "Context", "demo", "Exten", "200",
                    "Priority", "1");
            List<String> r = ok.get(ok.size() - 1);
            assertEquals(List.of("Context: demo", "Exten: 200", "Reason: 4"), r.subList(5, 8));
        }
    }

    @Test
    void unknownTechnologyAndContextFailLikeAsterisk(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("call")) {
            List<List<String>> noTech = originate(c, "t", "Channel", "Nope/100", "Application", "Wait", "Data", "1");
            assertEquals(1, noTech.size(), "no channel events: " + noTech);
            assertEquals(List.of("Response: Failure", "Channel: Nope/100"), noTech.get(0).subList(3, 5));
            c.send("Action", "Originate", "ActionID", "sync", "Channel", "Nope/100", "Application", "Wait", "Data", "1");
            assertEquals(List.of("Response: Error", "ActionID: sync", "Message: Originate failed"), c.readMessage());
            c.send("Action", "Originate", "ActionID", "bad", "Channel", "nothing");
            assertEquals(List.of("Response: Error", "ActionID: bad", "Message: Invalid channel"), c.readMessage());

            List<List<String>> noContext = originate(c, "x", "Channel", "Local/100@nowhere", "Application", "Wait", "Data", "1");
            List<String> r = noContext.get(noContext.size() - 1);
            assertEquals(List.of("Response: Failure", "Channel: Local/100@nowhere"), r.subList(3, 5));
            assertEquals("Event: Newchannel", noContext.get(0).get(0));
            c.send("Action", "Originate", "ActionID", "s2", "Channel", "Local/100@nowhere", "Application", "Wait", "Data", "1");
            List<List<String>> upTo = c.readUntil("ActionID: s2");
            assertEquals(List.of("Response: Error", "ActionID: s2", "Message: Originate failed"), upTo.get(upTo.size() - 1));
        }
    }

    @Test
    void scriptedOutcomesCarryTheirReasonCauseAndDisposition(FakeAsterisk server) throws Exception {
        try (RawClient c = new RawClient(server).login("call,cdr")) {
            List<List<String>> busy = originate(c, "b", "Channel", "Local/555@ami-test", "Application", "Wait", "Data", "1");
            List<String> r = busy.get(busy.size() - 1);
            assertEquals(List.of("Response: Failure", "Channel: Local/555@ami-test"), r.subList(3, 5));
            assertTrue(r.contains("Reason: 5"), r.toString());
            List<List<String>> after = rest(c, "Local/555@", 2);
            assertTrue(after.get(0).contains("Disposition: BUSY"), after.toString());
            assertTrue(after.get(2).contains("Cause: 17"), after.toString());

            List<List<String>> noAnswer = originate(c, "n", "Channel", "Local/556@ami-test", "Application", "Wait",
                    "Data", "1", "Timeout", "2000");
            assertTrue(noAnswer.get(noAnswer.size() - 1).contains("Reason: 3"));
        }
    }
}
