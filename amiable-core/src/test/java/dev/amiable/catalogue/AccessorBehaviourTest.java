package dev.amiable.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.CdrEvent;
import dev.amiable.event.ChannelSnapshot;
import dev.amiable.event.ChannelState;
import dev.amiable.event.DestChannelSnapshot;
import dev.amiable.event.DialBeginEvent;
import dev.amiable.event.FullyBootedEvent;
import dev.amiable.event.HangupCause;
import dev.amiable.event.HangupEvent;
import dev.amiable.event.NewchannelEvent;
import dev.amiable.event.NewextenEvent;
import dev.amiable.event.OriginateResponseEvent;
import dev.amiable.event.QueueMemberFields;
import dev.amiable.event.QueueMemberStatus;
import dev.amiable.event.QueueParamsEvent;
import dev.amiable.event.SuccessfulAuthEvent;
import dev.amiable.event.VarSetEvent;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Typed accessors on events taken from real captures. */
class AccessorBehaviourTest {
    private static final String BUSY = "02-busy-period.txt";

    @Test
    void hangupCauseIsAnEnumAndTheRawTextStaysReachable() {
        HangupEvent h = (HangupEvent) Captures.events(BUSY).stream()
                .filter(e -> e instanceof HangupEvent x && "16".equals(x.get("Cause"))).findFirst().orElseThrow();
        assertEquals(HangupCause.NORMAL_CLEARING, h.cause());
        assertEquals(16, h.cause().code());
        assertEquals("Normal Clearing", h.causeTxt());
        assertEquals("16", h.get("Cause"));
        assertNotNull(h.uniqueid());
        assertEquals(h.get("Linkedid"), h.linkedid());
    }

    @Test
    void newchannelHasItsStateAsAnEnum() {
        NewchannelEvent n = (NewchannelEvent) Captures.first(BUSY, "Newchannel");
        ChannelState s = n.channelState();
        assertEquals(Integer.parseInt(n.get("ChannelState")), s.code());
        assertEquals(n.channelStateDesc(), s.wire());
        assertTrue(n.channel().startsWith("Local/"));
        assertInstanceOf(ChannelSnapshot.class, n);
        assertTrue(n.priority() >= 1);
    }

    @Test
    void cdrHasDurationsAndTimes() {
        CdrEvent c = (CdrEvent) Captures.events(BUSY).stream()
                .filter(e -> e instanceof CdrEvent x && !x.get("AnswerTime").isEmpty()).findFirst().orElseThrow();
        assertEquals(Duration.ofSeconds(Long.parseLong(c.get("Duration"))), c.duration());
        assertEquals(Duration.ofSeconds(Long.parseLong(c.get("BillableSeconds"))), c.billableSeconds());
        LocalDateTime start = c.startTime();
        assertNotNull(start);
        assertEquals(c.get("StartTime"), start.toString().replace('T', ' ').substring(0, 19));
        assertFalse(c.endTime().isBefore(start));
        CdrEvent unanswered = (CdrEvent) Captures.events(BUSY).stream()
                .filter(e -> e instanceof CdrEvent x && x.get("AnswerTime").isEmpty()).findFirst().orElseThrow();
        assertNull(unanswered.answerTime());
    }

    @Test
    void chanVariableHeadersBecomeAMap() {
        for (AmiEvent e : Captures.events(BUSY)) {
            if (e instanceof NewextenEvent n && !n.chanVariables().isEmpty()) {
                assertEquals(n.getVariables("ChanVariable"), n.chanVariables());
                assertTrue(n.chanVariables().keySet().stream().allMatch(k -> !k.contains("=")));
                return;
            }
        }
        throw new AssertionError("no Newexten with ChanVariable");
    }

    @Test
    void originateResponseReadsTheChannelQualifiedVariableForm() {
        OriginateResponseEvent o = (OriginateResponseEvent) Captures.events(BUSY).stream()
                .filter(e -> e instanceof OriginateResponseEvent x && x.headers().stream()
                        .anyMatch(h -> h.name().startsWith("ChanVariable(")))
                .findFirst().orElseThrow();
        assertFalse(o.chanVariables().isEmpty());
        assertNotNull(o.response());
        assertTrue(o.reason() >= 0);
    }

    @Test
    void dialBeginCarriesBothSnapshots() {
        DialBeginEvent d = (DialBeginEvent) Captures.first(BUSY, "DialBegin");
        DestChannelSnapshot dest = d;
        assertNotNull(dest.destChannel());
        assertNotNull(dest.destUniqueid());
        assertEquals(d.get("DestChannelState"), Integer.toString(dest.destChannelState().code()));
    }

    @Test
    void queueAndMemberEvents() {
        QueueParamsEvent q = (QueueParamsEvent) Captures.first("03-list-actions.txt", "QueueParams");
        assertNotNull(q.queue());
        assertTrue(q.serviceLevel() >= 0);
        assertFalse(Double.isNaN(q.servicelevelPerf()));
        QueueMemberFields m = (QueueMemberFields) Captures.events(BUSY).stream()
                .filter(e -> e instanceof QueueMemberFields).findFirst().orElseThrow();
        assertEquals(QueueMemberStatus.of(m.get("Status")), m.status());
        assertFalse(m.status() == QueueMemberStatus.UNKNOWN && !"0".equals(m.get("Status")));
    }

    @Test
    void fullyBootedAndSecurityEvents() {
        FullyBootedEvent f = (FullyBootedEvent) Captures.first(BUSY, "FullyBooted");
        assertNotNull(f.uptime());
        SuccessfulAuthEvent s = (SuccessfulAuthEvent) Captures.first("07-security-events.txt", "SuccessfulAuth");
        assertEquals("127.0.0.1", s.remoteAddress().host());
        assertNotNull(s.eventTv());
    }

    @Test
    void varSetValueUsesTheSuffixedAccessor() {
        VarSetEvent v = (VarSetEvent) Captures.first(BUSY, "VarSet");
        assertEquals(v.get("Value"), v.valueHeader());
        assertEquals(v.get("Variable"), v.variable());
    }

    @Test
    void enumsFallBackToUnknown() {
        assertEquals(ChannelState.UNKNOWN, ChannelState.of("garbage"));
        assertEquals(ChannelState.UNKNOWN, ChannelState.of((String) null));
        assertEquals(ChannelState.UP, ChannelState.of("6"));
        assertEquals(ChannelState.UP, ChannelState.of("Up"));
        assertEquals(HangupCause.UNKNOWN, HangupCause.of(4242));
        assertEquals(HangupCause.USER_BUSY, HangupCause.of(17));
    }
}
