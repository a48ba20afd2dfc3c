package dev.amiable.bench.livecmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.amiable.bench.BigPbx;
import dev.amiable.bench.LiveEvents;
import dev.amiable.testkit.FakeAsterisk;
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
                for (ManagerEvent e : AjLive.toAj(LiveEvents.call(n, false))) {
                    aj.fold(e);
                }
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
}
