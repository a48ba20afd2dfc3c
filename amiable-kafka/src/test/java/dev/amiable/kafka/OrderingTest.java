package dev.amiable.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Two PBXs, 100 interleaved calls each (2,000 with {@code -Pkafka-long}), into a topic of 3 partitions: every call's records sit in
 * one partition, in the order its PBX sent them, and each server's {@code seq} has no hole.
 */
class OrderingTest {
    private static final String[] STEPS = {"Newchannel", "Newstate", "DialBegin", "DialEnd", "Hangup"};
    /** 100 by default; -Pkafka-long sets 2,000. */
    private static final int CALLS = Integer.getInteger("amiable.kafka.calls", 100);

    @Test
    void everyCallInOnePartitionInPbxOrderWithGapFreeSeq() throws Exception {
        String topic = "ordering";
        Broker.createTopic(topic, 3);
        try (Pbx pbx1 = Pbx.start(); Pbx pbx2 = Pbx.start();
                KafkaBridge bridge = KafkaBridge.builder().bootstrapServers(Broker.bootstrap()).topic(topic).build()) {
            bridge.add("pbx1", pbx1.client);
            bridge.add("pbx2", pbx2.client);
            pbx1.eventsOn();
            pbx2.eventsOn();
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> interleave(pbx1, "a"));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> interleave(pbx2, "b"));
            a.get();
            b.get();
            int perPbx = CALLS * STEPS.length;
            Await.until("every event acknowledged", Broker.WAIT, () -> bridge.stats().servers().stream()
                    .allMatch(s -> s.received() == perPbx && s.published() == perPbx), bridge::stats);

            List<ConsumerRecord<byte[], byte[]>> records = Topic.read(topic, 2 * perPbx);
            assertEquals(2 * perPbx, records.size());
            Map<String, Integer> partitionOfCall = new HashMap<>();
            Map<String, List<Integer>> stepsOfCall = new HashMap<>();
            Map<String, TreeSet<Long>> seqs = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                String server = Topic.header(r, "ami-server");
                String linkedid = Topic.text(r.key());
                Integer before = partitionOfCall.putIfAbsent(linkedid, r.partition());
                assertTrue(before == null || before == r.partition(), "call " + linkedid + " in two partitions");
                String json = Topic.text(r.value());
                int step = Integer.parseInt(json.replaceAll(".*\"Step\":\"(\\d+)\".*", "$1"));
                stepsOfCall.computeIfAbsent(linkedid, k -> new ArrayList<>()).add(step);
                assertEquals("1", Topic.header(r, "ami-epoch"));
                assertTrue(seqs.computeIfAbsent(server, k -> new TreeSet<>())
                        .add(Long.parseLong(Topic.header(r, "ami-seq"))), "seq twice");
            }
            assertEquals(2 * CALLS, stepsOfCall.size());
            assertTrue(partitionOfCall.values().stream().distinct().count() > 1, "calls spread over partitions");
            stepsOfCall.forEach((call, steps) -> assertEquals(List.of(0, 1, 2, 3, 4), steps, call));
            for (TreeSet<Long> s : seqs.values()) {
                assertEquals(perPbx, s.size());
                assertEquals(1L, s.first());
                assertEquals(perPbx, s.last());
            }
        }
    }

    /** Each call's steps in order, calls interleaved: step k of every call, then step k+1. */
    private static void interleave(Pbx pbx, String prefix) {
        for (int step = 0; step < STEPS.length; step++) {
            for (int call = 0; call < CALLS; call++) {
                String linked = prefix + "-" + call;
                pbx.emitCallEvent(STEPS[step], linked + "." + step, linked, step);
            }
        }
    }
}
