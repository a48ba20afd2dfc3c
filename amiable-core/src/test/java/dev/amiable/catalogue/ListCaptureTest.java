package dev.amiable.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.CoreShowChannelEvent;
import dev.amiable.event.EventInfo;
import dev.amiable.event.QueueEntryEvent;
import dev.amiable.event.QueueMemberEvent;
import dev.amiable.event.QueueMemberStatus;
import dev.amiable.event.QueueParamsEvent;
import dev.amiable.event.QueueSummaryEvent;
import dev.amiable.event.StatusEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers of real list actions (capture 03) decode into the item and completion classes. */
class ListCaptureTest {
    private static final String LISTS = "03-list-actions.txt";

    @Test
    void listEventsAreMarkedAsItemsOrCompletions() {
        List<String> wrong = new ArrayList<>();
        for (AmiEvent e : Captures.events(LISTS)) {
            if (e.actionId() == null) {
                continue;
            }
            EventInfo info = e.info();
            boolean complete = "Complete".equalsIgnoreCase(e.get("EventList"));
            if (complete ? !info.listComplete() : !info.listItem() && info.name().endsWith("Complete")) {
                wrong.add(e.name());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void pystrixAggregatesHaveTypedItems() {
        List<AmiEvent> events = Captures.events(LISTS);
        CoreShowChannelEvent c = first(events, CoreShowChannelEvent.class);
        assertTrue(c.duration() != null && c.channel() != null);
        StatusEvent s = first(events, StatusEvent.class);
        assertTrue(s.seconds() != null || s.get("Seconds") == null);
        assertTrue(s.channelState().code() >= 0);
        QueueParamsEvent qp = first(events, QueueParamsEvent.class);
        assertTrue(qp.max() >= 0);
        QueueMemberEvent qm = first(events, QueueMemberEvent.class);
        assertEquals(QueueMemberStatus.of(Integer.parseInt(qm.get("Status"))), qm.status());
        assertTrue(qm.name() != null && qm.location() != null);
        first(events, QueueEntryEvent.class);
        QueueSummaryEvent qs = first(events, QueueSummaryEvent.class);
        assertTrue(qs.loggedIn() >= 0);
    }

    private static <T> T first(List<AmiEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + LISTS));
    }
}
