package dev.amiable.bench.livecmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.amiable.bench.BigPbx;
import dev.amiable.bench.LiveEvents;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import org.asteriskjava.live.ChannelState;
import org.asteriskjava.manager.event.ManagerEvent;
import org.junit.jupiter.api.Test;

/**
 * The asterisk-java side of the live benchmarks does work: the events fed reach its model and
 * its resync lists the big PBX, so the benchmarks cannot be timing an idle asterisk-java.
 */
class AjLiveHarnessTest {
    @Test
    void fedCallsBecomeChannelsOfItsModel() throws Exception {
        int calls = 3;
        try (FakeAsterisk server = BigPbx.answerGetvar(FakeAsterisk.create().start());
                AjLive aj = AjLive.start(server.port())) {
            assertEquals(0, aj.channels());
            for (long n = 0; n < calls; n++) {
                feed(aj, n, false);
            }
            assertEquals(3 * calls, aj.channels());
            assertNotNull(aj.server().getChannelById("1700000000.2"));
            assertEquals(ChannelState.UP, aj.server().getChannelById("1700000000.2").getState());
        }
    }

    @Test
    void resyncListsTheBigPbx() throws Exception {
        try (FakeAsterisk server = BigPbx.start(); AjLive aj = AjLive.start(server.port())) {
            assertEquals(BigPbx.CHANNELS, aj.channels());
            assertEquals(BigPbx.QUEUES * BigPbx.MEMBERS_PER_QUEUE, aj.queueMembers());
            aj.resync();
            assertEquals(BigPbx.CHANNELS, aj.channels());
            assertEquals(BigPbx.QUEUES * BigPbx.MEMBERS_PER_QUEUE, aj.queueMembers());
        }
    }

    // What the comparison in docs/LIVE.md says of asterisk-java 3.41.0, observed here.

    @Test
    void hungUpChannelsStayInItsMemory() throws Exception {
        try (FakeAsterisk server = BigPbx.answerGetvar(FakeAsterisk.create().start());
                AjLive aj = AjLive.start(server.port())) {
            feed(aj, 0, true);
            assertEquals(0, aj.channels());
            assertEquals(3, aj.heldChannels());
        }
    }

    @Test
    void bridgeEnterLinksNoChannel() throws Exception {
        try (FakeAsterisk server = BigPbx.answerGetvar(FakeAsterisk.create().start());
                AjLive aj = AjLive.start(server.port())) {
            feed(aj, 0, false);
            assertNull(aj.server().getChannelById("1700000000.1").getLinkedChannel());
            assertNull(aj.server().getChannelById("1700000000.2").getLinkedChannel());
        }
    }

    @Test
    void callUpBeforeTheResyncIsNotLinked() throws Exception {
        Message[] bridged = new Message[2];
        for (int side = 0; side < 2; side++) {
            bridged[side] = Message.event("Status", "Channel", "PJSIP/10" + side + "-0000000" + side,
                    "ChannelState", "6", "ChannelStateDesc", "Up", "CallerIDNum", "10" + side, "CallerIDName", "",
                    "AccountCode", "", "Context", "ami-test", "Exten", "200", "Priority", "1",
                    "Uniqueid", "1700000000." + side, "Linkedid", "1700000000.0", "BridgeID", "bridge-0",
                    "Seconds", "65");
        }
        try (FakeAsterisk server = BigPbx.answerGetvar(FakeAsterisk.create().start())
                .respond("Status", ListReply.of("Status", "StatusComplete", bridged));
                AjLive aj = AjLive.start(server.port())) {
            assertEquals(2, aj.channels());
            assertNull(aj.server().getChannelById("1700000000.0").getLinkedChannel());
            assertNull(aj.server().getChannelById("1700000000.1").getLinkedChannel());
        }
    }

    private static void feed(AjLive aj, long call, boolean end) {
        for (ManagerEvent e : AjLive.toAj(LiveEvents.call(call, end))) {
            aj.fold(e);
        }
    }
}
