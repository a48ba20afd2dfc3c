package dev.amiable.live;

import static dev.amiable.live.Scripts.channelEvent;
import static dev.amiable.live.Scripts.channelItem;
import static dev.amiable.live.Scripts.hangup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiClient;
import dev.amiable.event.ChannelState;
import dev.amiable.testkit.FakeAsterisk;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Events that arrive while {@code CoreShowChannels} runs, between its items and its completion,
 * with the completion before or after the response: the list never undoes what a later event
 * said, and never loses what an event created.
 */
class ResyncRaceTest {

    private static Set<String> ids(PbxSnapshot s) {
        return s.channels().stream().map(LiveChannel::uniqueid).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void hangupBetweenItemAndCompletionDoesNotResurrect(boolean completeFirst) throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            Scripts.emptyLists(server);
            server.onAction("CoreShowChannels", (a, s) -> Scripts.list("CoreShowChannels", List.of(
                    channelItem("1.1", "1.1", "PJSIP/100-00000001", 6, null),
                    new Scripts.Broadcast(hangup("1.1", "1.1", "PJSIP/100-00000001")),
                    channelItem("1.2", "1.2", "PJSIP/101-00000002", 6, null)), completeFirst));
            try (AmiClient ami = Servers.connect(server); LivePbx live = LivePbx.attach(ami)) {
                PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);
                assertEquals(Set.of("1.2"), ids(s));
                assertNull(s.call("1.1"));
                assertEquals(1, s.call("1.2").channels().size());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void channelCreatedDuringTheListIsKept(boolean completeFirst) throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            Scripts.emptyLists(server);
            server.onAction("CoreShowChannels", (a, s) -> Scripts.list("CoreShowChannels", List.of(
                    channelItem("1.1", "1.1", "PJSIP/100-00000001", 4, null),
                    new Scripts.Broadcast(channelEvent("Newchannel", "1.3", "1.1", "PJSIP/200-00000003", 0)),
                    new Scripts.Broadcast(channelEvent("Newstate", "1.1", "1.1", "PJSIP/100-00000001", 6))),
                    completeFirst));
            try (AmiClient ami = Servers.connect(server); LivePbx live = LivePbx.attach(ami)) {
                PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);
                assertEquals(Set.of("1.1", "1.3"), ids(s));
                // the Newstate after the item wins over the item's Ring
                assertEquals(ChannelState.UP, s.channel("1.1").state());
                // what only the item knew is kept
                assertEquals("Dial", s.channel("1.1").application());
                assertEquals(2, s.call("1.1").channels().size());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eventsBeforeTheItemAreNotUndoneEither(boolean completeFirst) throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            Scripts.emptyLists(server);
            // Newchannel and Hangup of 1.5 both before the list reaches it; the (stale) item then lists it
            server.onAction("CoreShowChannels", (a, s) -> Scripts.list("CoreShowChannels", List.of(
                    new Scripts.Broadcast(channelEvent("Newchannel", "1.5", "1.5", "PJSIP/105-00000005", 0)),
                    new Scripts.Broadcast(hangup("1.5", "1.5", "PJSIP/105-00000005")),
                    channelItem("1.5", "1.5", "PJSIP/105-00000005", 6, null),
                    channelItem("1.6", "1.6", "PJSIP/106-00000006", 6, null)), completeFirst));
            try (AmiClient ami = Servers.connect(server); LivePbx live = LivePbx.attach(ami)) {
                PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);
                assertEquals(Set.of("1.6"), ids(s));
                assertNotNull(s.call("1.6"));
                assertTrue(s.unavailable().isEmpty());
            }
        }
    }
}
