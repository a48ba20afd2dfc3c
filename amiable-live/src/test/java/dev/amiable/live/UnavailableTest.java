package dev.amiable.live;

import static dev.amiable.live.Scripts.channelItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.amiable.AmiClient;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Reply;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A list the server refuses marks its part unavailable; the other parts still sync. */
class UnavailableTest {

    @Test
    void refusedListsMarkTheirPartsOnly() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            Scripts.emptyLists(server);
            server.onAction("CoreShowChannels", (a, s) -> ListReply.of("CoreShowChannels", "CoreShowChannelsComplete",
                    channelItem("1.1", "1.1", "PJSIP/100-00000001", 6, null)));
            server.onAction("Agents", (a, s) -> Reply.error("Permission denied"));
            server.onAction("ConfbridgeListRooms", (a, s) -> Reply.error(
                    "Invalid/unknown command: ConfbridgeListRooms. Use Action: ListCommands to show available commands."));
            try (AmiClient ami = Servers.connect(server); LivePbx live = LivePbx.attach(ami)) {
                PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);
                assertEquals(Set.of(LivePart.AGENTS, LivePart.CONFERENCES), s.unavailable());
                assertEquals(1, s.channels().size());
                assertFalse(s.stale());
            }
        }
    }

    @Test
    void idleConfBridgeIsEmptyNotUnavailable() throws Exception {
        try (FakeAsterisk server = FakeAsterisk.create().start()) {
            Scripts.emptyLists(server);
            server.onAction("ConfbridgeListRooms", (a, s) -> Reply.error("No active conferences."));
            try (AmiClient ami = Servers.connect(server); LivePbx live = LivePbx.attach(ami)) {
                PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);
                assertEquals(Set.of(), s.unavailable());
            }
        }
    }
}
