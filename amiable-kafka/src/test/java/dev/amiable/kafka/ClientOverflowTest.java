package dev.amiable.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiStats;
import dev.amiable.OverflowPolicy;
import dev.amiable.event.AmiEvent;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Events the client drops (its event queue overflowed while its dispatcher was held) are reported
 * apart from the bridge's drops: counted as the client's, in episodes, and leaving no hole in
 * {@code seq}, because the bridge never saw them.
 */
class ClientOverflowTest {
    @Test
    void theClientsDropsAreCountedApartAndLeaveNoHole() throws Exception {
        String topic = "client-overflow";
        Broker.createTopic(topic, 1);
        int burst = 200;
        long published;
        try (Pbx pbx = Pbx.start(b -> b.eventQueueCapacity(16).overflowPolicy(OverflowPolicy.DROP_NEWEST));
             KafkaBridge bridge = KafkaBridge.builder().bootstrapServers(Broker.bootstrap()).topic(topic).build()) {
            bridge.add("pbx1", pbx.client);
            // a second listener on the same dispatcher holds it, as a bridge waiting for room would
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            pbx.client.addListener((AmiEvent e) -> {
                if ("hold".equals(e.get("Uniqueid"))) {
                    held.countDown();
                    try {
                        release.await(Broker.WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException x) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            pbx.eventsOn();
            long before = pbx.client.stats().eventsReceived();
            pbx.emitCallEvent("Newstate", "hold", "call-0", 0);
            assertTrue(held.await(Broker.WAIT.toMillis(), TimeUnit.MILLISECONDS));
            for (int i = 1; i <= burst; i++) {
                pbx.emitCallEvent("Newstate", "u." + i, "call-" + i / 5, i);
            }
            Await.until("the burst read by the client", Broker.WAIT,
                    () -> pbx.client.stats().eventsReceived() >= before + 1 + burst, pbx.client::stats);
            release.countDown();
            Await.settled(bridge, pbx.client, before + 1 + burst);
            AmiStats client = pbx.client.stats();
            BridgeStats stats = bridge.stats();
            BridgeStats.Server s = stats.servers().get(0);
            assertTrue(s.clientDropped() > 0, "a queue of 16 cannot hold a burst of 200: " + stats);
            assertEquals(client.eventsDropped(), s.clientDropped());
            assertEquals(client.overflowEpisodes(), s.clientOverflows());
            assertTrue(s.clientOverflows() >= 1);
            assertEquals(0, s.dropped(), "the bridge itself dropped nothing");
            assertEquals(s.clientDropped(), stats.totalClientDropped());
            assertEquals(0, stats.totalBridgeDropped());
            assertEquals(client.eventsReceived(), s.received() + s.clientDropped(), "every event is accounted for");
            published = s.published();
        }
        List<ConsumerRecord<byte[], byte[]>> records = Topic.read(topic, (int) published);
        assertEquals(published, records.size());
        TreeSet<Long> seqs = new TreeSet<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            seqs.add(Long.parseLong(Topic.header(r, "ami-seq")));
        }
        assertEquals(published, seqs.size());
        assertEquals(published, seqs.last(), "seq 1.." + published + " without a hole");
    }
}
