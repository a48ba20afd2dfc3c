package dev.amiable.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Event counts per name, with the rate of the last whole second and the average since start.
 * {@link #count} is called by the dispatcher, {@link #tick} once a second by a timer.
 */
final class EventRates {
    /** Counters of one event name. */
    private static final class Counter {
        final LongAdder total = new LongAdder();
        volatile long atLastTick;
        volatile long lastSecond;
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();

    void count(String name) {
        counters.computeIfAbsent(name, n -> new Counter()).total.increment();
    }

    /** Closes a one-second window. */
    void tick() {
        for (Counter c : counters.values()) {
            long now = c.total.sum();
            c.lastSecond = now - c.atLastTick;
            c.atLastTick = now;
        }
    }

    long total() {
        return counters.values().stream().mapToLong(c -> c.total.sum()).sum();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The busiest {@code limit} names: last second, average per second, total. */
    Table table(int limit) {
        double secs = Math.max(elapsedSeconds(), 1e-3);
        List<Map.Entry<String, Counter>> rows = new ArrayList<>(counters.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<String, Counter> e) -> -e.getValue().total.sum())
                .thenComparing(Map.Entry::getKey));
        Table t = new Table(List.of("Event", "Last/s", "Avg/s", "Total")).right(1).right(2).right(3);
        for (int i = 0; i < rows.size() && i < limit; i++) {
            Counter c = rows.get(i).getValue();
            long total = c.total.sum();
            t.row(rows.get(i).getKey(), c.lastSecond, String.format("%.1f", total / secs), total);
        }
        t.row("(all)", counters.values().stream().mapToLong(c -> c.lastSecond).sum(),
                String.format("%.1f", total() / secs), total());
        return t;
    }
}
