package dev.amiable.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.LiveChange;
import dev.amiable.live.LiveChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Variables set within one batch are written in place only while nobody has seen the channel:
 * a published snapshot and a listener's change never see a later write.
 */
class VarsInPlaceTest {
    private static AmiEvent newchannel(String id) {
        return AmiEvent.of("Event", "Newchannel", "Channel", "PJSIP/a-" + id, "ChannelState", "0",
                "Uniqueid", id, "Linkedid", id, "Context", "c", "Exten", "100", "Priority", "1");
    }

    private static AmiEvent varSet(String id, String name, String value) {
        return AmiEvent.of("Event", "VarSet", "Channel", "PJSIP/a-" + id, "ChannelState", "0",
                "Uniqueid", id, "Variable", name, "Value", value);
    }

    @Test
    void aBatchsVarSetsOnAnUnseenChannelMakeOneChannelAndEveryPublishedOneStays() {
        Model m = new Model(c -> { });
        Folder f = new Folder(m);
        f.fold(newchannel("1.1"));
        f.fold(varSet("1.1", "A", "1"));
        LiveChannel first = m.channels.get("1.1");
        f.fold(varSet("1.1", "B", "2"));
        f.fold(varSet("1.1", "A", "3"));
        assertSame(first, m.channels.get("1.1"), "written in place: no new channel per variable");
        LiveChannel published = m.publish().channel("1.1");
        assertEquals(Map.of("A", "3", "B", "2"), published.variables());

        f.fold(varSet("1.1", "A", "4"));
        f.fold(varSet("1.1", "C", "5"));
        assertEquals(Map.of("A", "3", "B", "2"), published.variables(), "a published channel never changes");
        LiveChannel next = m.publish().channel("1.1");
        assertNotSame(published, next);
        assertEquals(Map.of("A", "4", "B", "2", "C", "5"), next.variables());
        f.fold(varSet("1.1", "C", ""));
        assertEquals("5", next.variables().get("C"));
        assertEquals("", m.publish().channel("1.1").variables().get("C"));
    }

    @Test
    void whileChangesAreReportedEveryVarSetMakesANewChannel() {
        List<LiveChange> changes = new ArrayList<>();
        Model m = new Model(changes::add);
        m.reportChanges(true);
        Folder f = new Folder(m);
        f.fold(newchannel("2.1"));
        f.fold(varSet("2.1", "A", "1"));
        f.fold(varSet("2.1", "A", "2"));
        f.fold(varSet("2.1", "A", "2")); // unchanged: no change
        List<LiveChannel> after = changes.stream().filter(c -> c instanceof LiveChange.ChannelChange)
                .map(c -> ((LiveChange.ChannelChange) c).after()).toList();
        assertEquals(3, after.size());
        assertEquals(Map.of(), after.get(0).variables());
        assertEquals(Map.of("A", "1"), after.get(1).variables(), "what a listener was handed stays");
        assertEquals(Map.of("A", "2"), after.get(2).variables());
    }

    @Test
    void listeningSwitchedOnAndOffWithinOneBatchLeavesWhatTheListenerWasHandedAlone() {
        List<LiveChange> changes = new ArrayList<>();
        Model m = new Model(changes::add);
        Folder f = new Folder(m);
        f.fold(newchannel("3.1"));
        f.fold(varSet("3.1", "A", "1")); // unseen: written in place from now on
        m.reportChanges(true);
        f.fold(varSet("3.1", "B", "2")); // reported: the listener holds before and after
        m.reportChanges(false);
        m.reportChanges(false); // no change of mode: nothing renewed, nothing broken
        f.fold(varSet("3.1", "C", "3")); // same batch, nobody listening again
        LiveChange.ChannelChange seen = (LiveChange.ChannelChange) changes.get(0);
        assertEquals(Map.of("A", "1"), seen.before().variables(), "a change's before never changes");
        assertEquals(Map.of("A", "1", "B", "2"), seen.after().variables(), "a change's after never changes");
        assertEquals(Map.of("A", "1", "B", "2", "C", "3"), m.publish().channel("3.1").variables());
    }
}
