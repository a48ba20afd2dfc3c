package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The call-centre scenario's event-type mix against the real busy period
 * (02-busy-period.txt, counts in {@code captures/02-busy-period-event-counts.txt}): the share of
 * each of the capture's top 20 event types (ties included) is within a factor of 2.
 */
class EventMixTest {
    static final int CALLS = 150;

    static Map<String, Integer> captured() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EventMixTest.class.getResourceAsStream("/captures/02-busy-period-event-counts.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (!line.startsWith("#")) {
                    String[] p = line.split(" ");
                    counts.put(p[0], Integer.parseInt(p[1]));
                }
            }
        }
        return counts;
    }

    /** Event counts by type of one session while the scenario plays {@code calls} calls to their end. */
    static Map<String, Integer> simulated(int calls) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        try (FakeAsterisk server = FakeAsterisk.builder().queue("support", "300").timeScale(0.001).build().start();
             RawClient c = new RawClient(server).login("on")) {
            // nobody abandons (a day's patience), so the mix does not depend on the machine's speed
            Scenario s = Scenario.callCentre().callsPerSecond(500).agents(20).seed(42).totalCalls(calls)
                    .talkTime(Duration.ofSeconds(2), Duration.ofSeconds(20)).maxWait(Duration.ofDays(1));
            try (ScenarioRun run = server.run(s)) {
                // read on another thread while the calls play, so the server never waits on a full
                // socket; once they have all ended, a Ping's answer marks the end of the stream
                FutureTask<Void> reader = new FutureTask<>(() -> {
                    for (List<String> m = c.readMessage(); !m.contains("ActionID: end-of-mix"); m = c.readMessage()) {
                        count(m, counts);
                    }
                    return null;
                });
                new Thread(reader, "event-mix-reader").start();
                assertTrue(run.awaitCompleted(calls, Duration.ofSeconds(60)), "calls completed: " + run.callsCompleted());
                c.send("Action", "Ping", "ActionID", "end-of-mix");
                reader.get(30, TimeUnit.SECONDS);
            }
        }
        return counts;
    }

    private static void count(List<String> m, Map<String, Integer> counts) {
        if (m.get(0).startsWith("Event: ") && !m.get(0).equals("Event: FullyBooted")) {
            counts.merge(m.get(0).substring(7), 1, Integer::sum);
        }
    }

    /** The capture's top types: the first 20 and any tied with the 20th. */
    static List<String> top(Map<String, Integer> captured) {
        List<String> names = new ArrayList<>(captured.keySet());
        int twentieth = captured.get(names.get(19));
        List<String> top = new ArrayList<>();
        for (String n : names) {
            if (captured.get(n) >= twentieth) {
                top.add(n);
            }
        }
        return top;
    }

    @Test
    void topTwentyEventTypesWithinAFactorOfTwoOfTheBusyPeriod() throws Exception {
        Map<String, Integer> real = captured();
        Map<String, Integer> sim = simulated(CALLS);
        double realTotal = real.values().stream().mapToInt(Integer::intValue).sum();
        double simTotal = sim.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder table = new StringBuilder(String.format("%-20s %8s %8s %6s%n", "event", "real %", "sim %", "ratio"));
        List<String> outside = new ArrayList<>();
        for (String type : top(real)) {
            double r = real.get(type) / realTotal;
            double s = sim.getOrDefault(type, 0) / simTotal;
            double ratio = s / r;
            table.append(String.format("%-20s %8.2f %8.2f %6.2f%n", type, 100 * r, 100 * s, ratio));
            if (ratio < 0.5 || ratio > 2.0) {
                outside.add(type);
            }
        }
        System.out.println("Event mix, " + CALLS + " calls, " + (int) simTotal + " events:\n" + table
                + "other types: " + sim.keySet().stream().filter(t -> !top(real).contains(t)).toList());
        assertTrue(outside.isEmpty(), "outside a factor of 2: " + outside + "\n" + table);
    }
}
