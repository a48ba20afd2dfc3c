package dev.amiable.micrometer.internal;

import dev.amiable.AmiClient;
import dev.amiable.AmiResponse;
import dev.amiable.AmiStats;
import dev.amiable.ConnectionState;
import dev.amiable.Registration;
import dev.amiable.event.AmiEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The meters of one client in one registry, and the listeners that feed them. Events are counted
 * on the client's dispatcher, actions on its response thread; the gauges and function counters
 * read {@link AmiClient#stats()} when the registry asks.
 */
public final class ClientMeters implements AutoCloseable {
    private final MeterRegistry registry;
    private final Tags tags;
    private final ConcurrentHashMap<String, Counter> events = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timer[]> actions = new ConcurrentHashMap<>();
    private final List<Registration> registrations;

    public ClientMeters(AmiClient client, MeterRegistry registry, Tags tags) {
        this.registry = registry;
        this.tags = tags;
        Gauge.builder("amiable.connection.state", client, c -> c.state() == ConnectionState.CONNECTED ? 1 : 0)
                .description("1 while logged in to the server, 0 otherwise")
                .tags(tags).strongReference(true).register(registry);
        stat(client, "amiable.reconnects", "successful reconnections since the client started", AmiStats::reconnects);
        stat(client, "amiable.events.dropped", "events dropped because the event queue was full",
                AmiStats::eventsDropped);
        stat(client, "amiable.protocol.errors", "messages from the server skipped because they broke the protocol",
                AmiStats::protocolErrors);
        stat(client, "amiable.event.queue.overflows", "episodes of dropped events (a full event queue)",
                AmiStats::overflowEpisodes);
        FunctionCounter.builder("amiable.event.queue.blocked", client, c -> c.stats().readerBlocked().toNanos() / 1e9)
                .description("time the socket reader waited for room in the event queue, slowing the server down")
                .baseUnit("seconds").tags(tags).register(registry);
        Gauge.builder("amiable.event.queue.depth", client, c -> c.stats().queueDepth())
                .description("events waiting for the listeners").tags(tags).strongReference(true).register(registry);
        TimeGauge.builder("amiable.event.queue.age", client, TimeUnit.NANOSECONDS,
                        c -> c.stats().oldestQueued().toNanos())
                .description("how long the oldest event waiting for the listeners has waited")
                .tags(tags).strongReference(true).register(registry);
        this.registrations = List.of(
                client.addListener(this::count),
                client.addActionListener(this::time));
    }

    private void stat(AmiClient client, String name, String description, ToDoubleFunction<AmiStats> f) {
        FunctionCounter.builder(name, client, c -> f.applyAsDouble(c.stats()))
                .description(description).tags(tags).register(registry);
    }

    private void count(AmiEvent event) {
        String name = BoundedNames.event(event);
        Counter c = events.get(name);
        if (c == null) {
            c = events.computeIfAbsent(name, n -> Counter.builder("amiable.events")
                    .description("events received, by type (names outside the catalogue count as 'other')")
                    .tags(tags).tag("event", n).register(registry));
        }
        c.increment();
    }

    private void time(String action, long nanos, AmiResponse response, Throwable failure) {
        String name = BoundedNames.action(action);
        Timer[] timers = actions.get(name);
        if (timers == null) {
            timers = actions.computeIfAbsent(name, this::timers);
        }
        timers[Outcome.of(response, failure).ordinal()].record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer[] timers(String action) {
        Outcome[] outcomes = Outcome.values();
        Timer[] t = new Timer[outcomes.length];
        for (Outcome o : outcomes) {
            t[o.ordinal()] = Timer.builder("amiable.actions")
                    .description("actions sent, by name and outcome, from send to answer")
                    .tags(tags).tag("action", action).tag("outcome", o.tag()).register(registry);
        }
        return t;
    }

    /** Stops feeding the meters (they stay in the registry with their last values). */
    @Override
    public void close() {
        registrations.forEach(Registration::close);
    }
}
