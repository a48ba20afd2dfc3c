package dev.amiable.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventInfo;
import dev.amiable.event.EventRegistry;
import dev.amiable.event.NewstateEvent;
import dev.amiable.event.QueueJoin;
import dev.amiable.event.QueueLeave;
import dev.amiable.internal.codec.Frame;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The legacy events of Asterisk 1.4 to 11: each has a class marked as legacy with the event that
 * replaced it; old and new queue events share an interface; channel variables of different
 * channels are never merged; numbered RTCP report headers count as typed.
 */
class LegacyDialectTest {
    private static final List<String> LEGACY = List.of("Link", "Unlink", "Bridge", "Transfer", "Masquerade", "Join",
            "Leave", "Dial", "MusicOnHold", "RTPSenderStat", "RTPReceiverStat", "RTCPReceiverStat", "JabberEvent",
            "Agentcallbacklogin", "Agentcallbacklogoff", "MeetmeStopTalking", "ChannelReload", "ZapShowChannels");

    private static AmiEvent decode(String... keysAndValues) {
        return EventRegistry.global().decode(Frame.of(keysAndValues));
    }

    @Test
    void everyLegacyEventHasADeprecatedClassNamingWhenItStopped() {
        for (String name : LEGACY) {
            EventInfo info = EventRegistry.global().info(name);
            assertNotNull(info, name + " has no class");
            assertNotNull(info.deprecatedSince(), name + " is not marked legacy");
            assertTrue(info.type().isAnnotationPresent(Deprecated.class), name + " is not @Deprecated");
            assertInstanceOf(info.type(), decode("Event", name, "Channel", "SIP/x-1"));
        }
    }

    @Test
    void oldAndNewQueueEventsShareAnInterface() {
        for (String name : List.of("Join", "QueueCallerJoin")) {
            QueueJoin j = assertInstanceOf(QueueJoin.class,
                    decode("Event", name, "Channel", "SIP/c-1", "Queue", "q1", "Position", "3", "Count", "4"));
            assertEquals("q1", j.queue());
            assertEquals(3, j.position());
            assertEquals(4, j.count());
        }
        for (String name : List.of("Leave", "QueueCallerLeave")) {
            QueueLeave l = assertInstanceOf(QueueLeave.class, decode("Event", name, "Queue", "q1", "Count", "0"));
            assertEquals(0, l.count());
        }
    }

    @Test
    void asterisk14SpellingsAreReadWhenTheNewOnesAreAbsent() {
        NewstateEvent old = (NewstateEvent) decode("Event", "Newstate", "State", "Ring", "CallerID", "100");
        assertEquals("RING", old.channelState().name());
        assertEquals("100", old.callerIdNum());
        NewstateEvent both = (NewstateEvent) decode("Event", "Newstate", "ChannelState", "6", "State", "Ring",
                "CallerIDNum", "200", "CallerID", "100");
        assertEquals("UP", both.channelState().name(), "the current header wins");
        assertEquals("200", both.callerIdNum());
        assertEquals("UNKNOWN", ((NewstateEvent) decode("Event", "Newstate")).channelState().name());
    }

    @Test
    void channelVariablesOfTwoChannelsAreNeverMerged() {
        AmiEvent e = decode("Event", "Dial", "ChanVariable(SIP/a-1)", "X=1", "ChanVariable(SIP/b-2)", "X=2",
                "ChanVariable(SIP/a-1)", "Y=3", "ChanVariable(SIP/b-2)", "noequals");
        assertEquals(Map.of("SIP/a-1", Map.of("X", "1", "Y", "3"), "SIP/b-2", Map.of("X", "2", "noequals", "")),
                e.getChannelVariables("ChanVariable"));
        assertEquals(List.of("SIP/a-1", "SIP/b-2"), List.copyOf(e.getChannelVariables("ChanVariable").keySet()));
        assertEquals(Map.of("X", "1", "Y", "3"), e.getVariables("ChanVariable"), "the first channel only");
        AmiEvent plain = decode("Event", "Newexten", "ChanVariable", "A=1", "ChanVariable(SIP/a-1)", "A=9");
        assertEquals(Map.of("A", "1"), plain.getVariables("ChanVariable"), "the form without a channel wins");
        assertEquals(Map.of("SIP/a-1", Map.of("A", "9")), plain.getChannelVariables("ChanVariable"));
        assertEquals(Map.of(), decode("Event", "Newexten").getChannelVariables("ChanVariable"));
        assertNull(decode("Event", "Newexten").get("ChanVariable"));
    }

    @Test
    void numberedReportHeadersAreTyped() {
        AmiEvent e = decode("Event", "RTCPSent", "SSRC", "0x01", "ReportCount", "1", "Report0SourceSSRC", "0x02",
                "Report0DLSR", "0.5000", "Report12LSR", "7", "ReportXYZ", "odd");
        assertEquals(List.of("ReportXYZ"), EventRegistry.global().unknownHeaders(e));
    }
}
