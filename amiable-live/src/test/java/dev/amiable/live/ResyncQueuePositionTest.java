package dev.amiable.live;

import static dev.amiable.live.Scripts.channelEvent;
import static dev.amiable.live.Scripts.channelItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.AmiClient;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Found by {@link LiveTruthPropertyTest} (resync variant, seed 11): QueueStatus lists callers A, B,
 * C at positions 1, 2, 3; before the resync ends B leaves the queue (QueueCallerLeave, position 2).
 * Asterisk moves C up to 2. The model keeps the listed position 3 for C, which no event touched,
 * leaving a hole at 2.
 */
class ResyncQueuePositionTest {

    @Test
    void aCallerLeavingDuringTheResyncMovesTheListedOnesUp() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            Scripts.emptyLists(server);
            server.onAction("CoreShowChannels", (a, s) -> ListReply.of("CoreShowChannels", "CoreShowChannelsComplete",
                    List.of(channelItem("1.1", "1.1", "PJSIP/a-1", 6, null), channelItem("1.2", "1.2", "PJSIP/b-2", 6, null),
                            channelItem("1.3", "1.3", "PJSIP/c-3", 6, null))));
            server.onAction("QueueStatus", (a, s) -> ListReply.of("QueueStatus", "QueueStatusComplete", List.of(
                    Message.event("QueueParams", "Queue", "sales", "Max", "0", "Strategy", "ringall", "Calls", "3"),
                    entry("1.1", "PJSIP/a-1", 1), entry("1.2", "PJSIP/b-2", 2), entry("1.3", "PJSIP/c-3", 3))));
            server.onAction("PresenceStateList", (a, s) -> {
                server.emit(channelEvent("QueueCallerLeave", "1.2", "1.2", "PJSIP/b-2", 6, "Queue", "sales",
                        "Position", "2", "Count", "2"));
                return ListReply.of("PresenceStateList", "PresenceStateListComplete");
            });
            try (AmiClient ami = Servers.connect(server); LivePbx live = LivePbx.attach(ami)) {
                PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);
                List<String> callers = s.queue("sales").callers().stream()
                        .map(c -> c.position() + " " + c.uniqueid()).toList();
                assertEquals(List.of("1 1.1", "2 1.3"), callers);
            }
        }
    }

    private static Message entry(String uid, String channel, int position) {
        return Message.event("QueueEntry", "Queue", "sales", "Position", Integer.toString(position), "Channel", channel,
                "Uniqueid", uid, "CallerIDNum", "100", "CallerIDName", "x", "ConnectedLineNum", "unknown",
                "ConnectedLineName", "unknown", "Wait", "3", "Priority", "0");
    }
}
