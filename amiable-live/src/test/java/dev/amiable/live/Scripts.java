package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.ReconnectPolicy;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Scripted list replies and hand-made Asterisk 22 events for the resync tests. */
final class Scripts {
    private Scripts() {
    }

    /** The resync's list actions and their completion events. */
    static final Map<String, String> LISTS = Map.of(
            "CoreShowChannels", "CoreShowChannelsComplete",
            "BridgeList", "BridgeListComplete",
            "QueueStatus", "QueueStatusComplete",
            "Agents", "AgentsComplete",
            "ParkedCalls", "ParkedCallsComplete",
            "ConfbridgeListRooms", "ConfbridgeListRoomsComplete",
            "DeviceStateList", "DeviceStateListComplete",
            "ExtensionStateList", "ExtensionStateListComplete",
            "PresenceStateList", "PresenceStateListComplete");

    /**
     * Answers every list of a resync with an empty list, and counts each action per session
     * ({@code counts} keys: {@code sessionId + ":" + action}).
     */
    static Map<String, AtomicInteger> emptyLists(FakeAsterisk server) {
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        for (Map.Entry<String, String> l : LISTS.entrySet()) {
            server.onAction(l.getKey(), (a, s) -> {
                counts.computeIfAbsent(s.id() + ":" + l.getKey(), k -> new AtomicInteger()).incrementAndGet();
                return ListReply.of(l.getKey(), l.getValue());
            });
        }
        return counts;
    }

    static Message channelItem(String uid, String linkedid, String name, int state, String bridgeId) {
        return Message.event("CoreShowChannel", "Channel", name, "ChannelState", Integer.toString(state),
                "ChannelStateDesc", state == 6 ? "Up" : "Ring", "CallerIDNum", "100", "CallerIDName", "Alice",
                "ConnectedLineNum", "<unknown>", "ConnectedLineName", "<unknown>", "Language", "en", "AccountCode", "",
                "Context", "ami-test", "Exten", "100", "Priority", "1", "Uniqueid", uid, "Linkedid", linkedid,
                "Application", "Dial", "ApplicationData", "PJSIP/200", "Duration", "00:00:05", "BridgeId",
                bridgeId == null ? "" : bridgeId);
    }

    static Message channelEvent(String event, String uid, String linkedid, String name, int state, String... more) {
        Message m = Message.event(event, "Privilege", "call,all", "Channel", name, "ChannelState",
                Integer.toString(state), "ChannelStateDesc", state == 6 ? "Up" : "Ring", "CallerIDNum", "100",
                "CallerIDName", "Alice", "ConnectedLineNum", "<unknown>", "ConnectedLineName", "<unknown>",
                "Language", "en", "AccountCode", "", "Context", "ami-test", "Exten", "100", "Priority", "1",
                "Uniqueid", uid, "Linkedid", linkedid);
        return more.length == 0 ? m : m.with(more);
    }

    static Message hangup(String uid, String linkedid, String name) {
        return channelEvent("Hangup", uid, linkedid, name, 6, "Cause", "16", "Cause-txt", "Normal Clearing");
    }

    /** A list reply with items, and live events broadcast at given places among them. */
    static Reply list(String action, List<Object> itemsAndEvents, boolean completeBeforeResponse) {
        Reply.Builder b = Reply.builder();
        if (!completeBeforeResponse) {
            b.response(ListReply.start(action));
        }
        int n = 0;
        for (Object o : itemsAndEvents) {
            if (o instanceof Broadcast e) {
                b.broadcast(e.message());
            } else {
                b.item((Message) o);
                n++;
            }
        }
        b.item(ListReply.complete(LISTS.get(action), n));
        if (completeBeforeResponse) {
            b.response(ListReply.start(action));
        }
        return b.build();
    }

    /**
     * Answers PresenceStateList (the resync's last list) and, on the second resync only, emits
     * {@code events} first, so they arrive while that resync is under way. Returns the count of
     * resyncs seen.
     */
    static AtomicInteger duringSecondResync(FakeAsterisk server, Message... events) {
        return duringSecondResync(server, new AtomicInteger(), events);
    }

    /** As {@link #duringSecondResync(FakeAsterisk, Message...)}, counting in {@code resyncs}. */
    static AtomicInteger duringSecondResync(FakeAsterisk server, AtomicInteger resyncs, Message... events) {
        server.onAction("PresenceStateList", (a, s) -> {
            if (resyncs.incrementAndGet() == 2) {
                for (Message e : events) {
                    server.emit(e);
                }
            }
            return ListReply.of("PresenceStateList", "PresenceStateListComplete");
        });
        return resyncs;
    }

    /** A client of {@code server} that reconnects within tens of milliseconds. */
    static AmiClient fastReconnectingClient(FakeAsterisk server) {
        return AmiClient.connect(Servers.options(server)
                .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(10), Duration.ofMillis(50))).build());
    }

    /**
     * Drops the server's first session and waits for the resync after the reconnect; returns the
     * changes reported from the drop on (the resync's {@link LiveChange.Resynced} among them).
     */
    static List<LiveChange> changesAcrossReconnect(FakeAsterisk server, LivePbx live) throws InterruptedException {
        List<LiveChange> changes = new CopyOnWriteArrayList<>();
        CountDownLatch resynced = new CountDownLatch(1);
        live.addChangeListener(c -> {
            changes.add(c);
            if (c instanceof LiveChange.Resynced) {
                resynced.countDown();
            }
        });
        server.sessions().get(0).close();
        assertTrue(resynced.await(10, TimeUnit.SECONDS), "a resync after the reconnect");
        return changes;
    }

    /** A live event among list items. */
    record Broadcast(Message message) {
    }
}
