package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.ChannelState;
import dev.amiable.event.DeviceState;
import dev.amiable.event.QueueMemberStatus;
import dev.amiable.live.LiveAgent;
import dev.amiable.live.LiveBridge;
import dev.amiable.live.LiveCall;
import dev.amiable.live.LiveChannel;
import dev.amiable.live.LiveConference;
import dev.amiable.live.LiveExtensionState;
import dev.amiable.live.LiveParkedCall;
import dev.amiable.live.LivePart;
import dev.amiable.live.LivePresenceState;
import dev.amiable.live.LiveQueue;
import dev.amiable.live.LiveQueueCaller;
import dev.amiable.live.LiveQueueMember;
import dev.amiable.live.PbxSnapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveBoardTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void theBoardShowsCallsQueuesParkedCallsAndConferences() {
        LiveChannel alice = channel("1.1", "PJSIP/alice-00000001", "1.1", ChannelState.UP, false);
        LiveChannel bob = channel("1.2", "PJSIP/bob-00000002", "1.1", ChannelState.UP, true);
        LiveChannel ringing = channel("2.1", "PJSIP/carol-00000003", "2.1", ChannelState.RINGING, false);
        LiveChannel parked = channel("3.1", "Local/600@x-00000004;2", "3.1", ChannelState.UP, false);
        LiveCall talk = new LiveCall("1.1", List.of(alice, bob), NOW.minusSeconds(75), NOW.minusSeconds(70), List.of());
        LiveCall ring = new LiveCall("2.1", List.of(ringing), NOW.minusSeconds(3), null, List.of());
        LiveQueue support = new LiveQueue("support", "ringall", 0, 0, 0, 0, 0, 30, 0, List.of(
                member("Local/401@a/n", QueueMemberStatus.NOT_INUSE, false, false),
                member("Local/402@a/n", QueueMemberStatus.INUSE, false, true),
                member("Local/403@a/n", QueueMemberStatus.RINGING, false, false),
                member("Local/404@a/n", QueueMemberStatus.NOT_INUSE, true, false)),
                List.of(new LiveQueueCaller("support", "2.1", ringing.name(), 1, null, null, NOW.minusSeconds(42))));
        LiveParkedCall park = new LiveParkedCall("3.1", parked.name(), "default", "701", "Local/600@x", 40,
                NOW.minusSeconds(5));
        LiveConference conf = new LiveConference("ceo-conf", false, Set.of("1.1"), List.of());
        PbxSnapshot s = new Stub(List.of(alice, bob, ringing, parked), List.of(talk, ring), List.of(support),
                List.of(park), List.of(conf));

        StringWriter text = new StringWriter();
        LiveBoard.print(s, NOW, 30, new PrintWriter(text, true));
        assertEquals(String.join(System.lineSeparator(),
                "Calls: 2",
                "Call  State    Duration  Parties",
                "1.1   up           1:15  PJSIP/alice-00000001, PJSIP/bob-00000002 (hold)",
                "2.1   ringing      0:03  PJSIP/carol-00000003",
                "",
                "Queues: 1",
                "Queue    Waiting  Longest  Free  Busy  Paused  Members",
                "support        1     0:42     1     2       1        4",
                "",
                "Parked: 1",
                "Space  Lot      Channel                 Parked",
                "701    default  Local/600@x-00000004;2    0:05",
                "",
                "Conferences: 1",
                "Conference  Users  Channels",
                "ceo-conf        1  PJSIP/alice-00000001",
                ""), text.toString());
    }

    @Test
    void theLiveScreenRedrawsInPlaceAndCapsTheCalls() {
        List<LiveChannel> channels = new java.util.ArrayList<>();
        List<LiveCall> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LiveChannel c = channel("9." + i, "PJSIP/p" + i, "9." + i, ChannelState.UP, false);
            channels.add(c);
            calls.add(new LiveCall(c.uniqueid(), List.of(c), NOW.minusSeconds(i), NOW, List.of()));
        }
        StringWriter text = new StringWriter();
        TopCommand.draw(new PrintWriter(text, true), "Asterisk Call Manager/11.0.0",
                new Stub(channels, calls, List.of(), List.of(), List.of()), NOW, 3);
        List<String> lines = text.toString().lines().toList();
        assertEquals("\u001b[H\u001b[2Jamiable top - Asterisk Call Manager/11.0.0 - 0 events - Ctrl-C to stop", lines.get(0));
        assertEquals("Calls: 5", lines.get(2));
        assertTrue(lines.get(4).matches("9\\.4 +up +0:04  PJSIP/p4"), lines.get(4));
        assertEquals("... 2 more", lines.get(7));
    }

    @Test
    void durationsPastAnHourShowHours() {
        assertEquals("1:01:05", LiveBoard.duration(NOW.minusSeconds(3665), NOW));
        assertEquals("-", LiveBoard.duration(null, NOW));
    }

    private static LiveChannel channel(String id, String name, String linkedid, ChannelState state, boolean hold) {
        return new LiveChannel(id, name, linkedid, state, null, null, null, null, "default", "s", 1, null, null, null,
                null, hold, NOW, null, Map.of(), null);
    }

    private static LiveQueueMember member(String iface, QueueMemberStatus status, boolean paused, boolean inCall) {
        return new LiveQueueMember("support", iface, iface, iface, "dynamic", 0, 0, status, paused, "", inCall);
    }

    /** A hand-made snapshot. */
    private record Stub(List<LiveChannel> channels, List<LiveCall> calls, List<LiveQueue> queues,
                        List<LiveParkedCall> parkedCalls, List<LiveConference> conferences) implements PbxSnapshot {
        @Override
        public LiveChannel channel(String uniqueid) {
            return channels.stream().filter(c -> c.uniqueid().equals(uniqueid)).findFirst().orElse(null);
        }

        @Override
        public LiveCall call(String linkedid) {
            return null;
        }

        @Override
        public Collection<LiveBridge> bridges() {
            return List.of();
        }

        @Override
        public LiveBridge bridge(String id) {
            return null;
        }

        @Override
        public LiveQueue queue(String name) {
            return null;
        }

        @Override
        public Collection<LiveAgent> agents() {
            return List.of();
        }

        @Override
        public LiveConference conference(String name) {
            return null;
        }

        @Override
        public Map<String, DeviceState> deviceStates() {
            return Map.of();
        }

        @Override
        public Map<String, LiveExtensionState> extensionStates() {
            return Map.of();
        }

        @Override
        public Map<String, LivePresenceState> presenceStates() {
            return Map.of();
        }

        @Override
        public Set<LivePart> unavailable() {
            return Set.of();
        }

        @Override
        public boolean synced() {
            return true;
        }

        @Override
        public boolean stale() {
            return false;
        }

        @Override
        public long eventCount() {
            return 0;
        }
    }
}
