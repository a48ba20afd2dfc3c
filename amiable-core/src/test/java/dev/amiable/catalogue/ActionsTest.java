package dev.amiable.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.Header;
import dev.amiable.InvalidActionException;
import dev.amiable.action.ActionCatalog;
import dev.amiable.action.AmiAction;
import dev.amiable.action.ChallengeAction;
import dev.amiable.action.CommandAction;
import dev.amiable.action.CoreShowChannelsAction;
import dev.amiable.action.EventsAction;
import dev.amiable.action.FilterAction;
import dev.amiable.action.HangupAction;
import dev.amiable.action.IAXpeersAction;
import dev.amiable.action.IAXregistryAction;
import dev.amiable.action.ListAction;
import dev.amiable.action.LoginAction;
import dev.amiable.action.LogoffAction;
import dev.amiable.action.OriginateAction;
import dev.amiable.action.PJSIPShowEndpointsAction;
import dev.amiable.action.PJSIPShowRegistrationsOutboundAction;
import dev.amiable.action.ParkedCallsAction;
import dev.amiable.action.PingAction;
import dev.amiable.action.QueueStatusAction;
import dev.amiable.action.QueueSummaryAction;
import dev.amiable.action.StatusAction;
import dev.amiable.action.VoicemailUsersListAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.CoreShowChannelEvent;
import dev.amiable.event.EndpointListEvent;
import dev.amiable.event.ParkedCallEvent;
import dev.amiable.event.PeerEntryEvent;
import dev.amiable.event.QueueSummaryEvent;
import dev.amiable.event.RegistryEntryEvent;
import dev.amiable.event.StatusEvent;
import dev.amiable.event.VoicemailUserEntryEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated action builders and list metadata. */
class ActionsTest {

    @Test
    void originateBuilder() {
        OriginateAction o = OriginateAction.builder().channel("Local/100@demo").context("demo").exten("200")
                .priority(1).variable("CUSTOMER", "42").variable("B", "x=y").async(true).actionId("o-1").build();
        assertEquals("Originate", o.name());
        assertEquals("o-1", o.actionId());
        assertEquals(List.of(new Header("Channel", "Local/100@demo"), new Header("Context", "demo"),
                new Header("Exten", "200"), new Header("Priority", "1"), new Header("Variable", "CUSTOMER=42"),
                new Header("Variable", "B=x=y"), new Header("Async", "true")), o.headers());
        assertThrows(InvalidActionException.class, () -> OriginateAction.builder().context("demo").build());
    }

    @Test
    void plainActions() {
        assertEquals("core show version", CommandAction.builder().command("core show version").build().get("Command"));
        HangupAction h = HangupAction.builder().channel("x").cause(16).build();
        assertEquals("16", h.get("Cause"));
        LoginAction l = LoginAction.builder().username("admin").secret("s3cret").events("off").build();
        assertTrue(l.toString().contains("******"));
        LoginAction md5 = LoginAction.builder().username("admin").authType("MD5").key("abc").build();
        assertEquals("MD5", md5.get("AuthType"));
        assertEquals("MD5", ChallengeAction.builder().authType("MD5").build().get("AuthType"));
        assertEquals(0, new LogoffAction().headerCount());
        assertEquals("Ping", new PingAction().name());
        assertEquals("off", EventsAction.builder().eventMask("off").build().get("EventMask"));
        assertEquals("Event: Newchannel", FilterAction.builder().operation("Add").filter("Event: Newchannel")
                .build().get("Filter"));
    }

    @Test
    void listActionsHaveTypedItems() {
        ListAction<CoreShowChannelEvent> c = new CoreShowChannelsAction();
        assertSame(CoreShowChannelEvent.class, c.itemType());
        assertEquals("CoreShowChannelsComplete", c.completeEvent());
        assertSame(ParkedCallEvent.class, new ParkedCallsAction().itemType());
        assertEquals("ParkedCallsComplete", new ParkedCallsAction().completeEvent());
        assertSame(AmiEvent.class, new QueueStatusAction().itemType());
        assertEquals("QueueStatusComplete", new QueueStatusAction().completeEvent());
        assertSame(QueueSummaryEvent.class, new QueueSummaryAction().itemType());
        assertSame(EndpointListEvent.class, new PJSIPShowEndpointsAction().itemType());
        assertEquals("EndpointListComplete", new PJSIPShowEndpointsAction().completeEvent());
        assertSame(AmiEvent.class, new PJSIPShowRegistrationsOutboundAction().itemType());
        assertEquals("OutboundRegistrationDetailComplete", new PJSIPShowRegistrationsOutboundAction().completeEvent());
        assertSame(PeerEntryEvent.class, new IAXpeersAction().itemType());
        assertEquals("PeerlistComplete", new IAXpeersAction().completeEvent());
        assertSame(RegistryEntryEvent.class, new IAXregistryAction().itemType());
        assertEquals("RegistrationsComplete", new IAXregistryAction().completeEvent());
        assertSame(StatusEvent.class, new StatusAction().itemType());
        assertEquals("StatusComplete", new StatusAction().completeEvent());
        assertSame(VoicemailUserEntryEvent.class, new VoicemailUsersListAction().itemType());
        assertEquals("VoicemailUserEntryComplete", new VoicemailUsersListAction().completeEvent());
    }

    @Test
    void catalogueKnowsListActionsByName() {
        assertTrue(ActionCatalog.isList("queuestatus"));
        assertTrue(!ActionCatalog.isList("Ping"));
        assertNull(ActionCatalog.info("NoSuchAction"));
        assertEquals(List.of("QueueParams", "QueueMember", "QueueEntry"), QueueStatusAction.INFO.listItems());
        assertEquals(List.of("Channel"), OriginateAction.INFO.required());
        AmiAction a = new CoreShowChannelsAction();
        assertTrue(a instanceof ListAction<?>);
    }
}
