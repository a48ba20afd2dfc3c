package dev.amiable.micrometer;

import dev.amiable.AmiClient;
import dev.amiable.micrometer.internal.ClientMeters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Binds the meters of one {@link AmiClient} to a Micrometer registry. Works without Spring:
 *
 * <pre>{@code
 * AmiableMetrics metrics = new AmiableMetrics(client, "pbx1");
 * metrics.bindTo(registry);
 * }</pre>
 *
 * <p>Meters, each tagged {@code server} with the name given here:
 * <ul>
 *   <li>{@code amiable.events} (counter, tag {@code event}): events delivered to listeners, by the
 *       catalogue's name of their type; a name outside the catalogue counts as {@code other}, so a
 *       server inventing names cannot grow the number of series;</li>
 *   <li>{@code amiable.actions} (timer, tags {@code action}, bounded the same way, and
 *       {@code outcome}: {@code success}, {@code error}, {@code timeout}, {@code disconnected}):
 *       from {@code send} to the answer, for actions sent with {@code send}, {@code sendForList}
 *       or {@code command};</li>
 *   <li>{@code amiable.connection.state} (gauge): 1 while logged in, else 0;</li>
 *   <li>{@code amiable.reconnects}, {@code amiable.events.dropped}, {@code amiable.protocol.errors}
 *       (counters) and {@code amiable.event.queue.depth}, {@code amiable.event.queue.age} (gauges),
 *       read from {@link AmiClient#stats()} when the registry is scraped.</li>
 * </ul>
 *
 * <p>Event and action meters count from the moment of binding. Binding to several registries is
 * allowed; {@link #close()} stops feeding them all (the meters stay in the registries).
 * Thread-safe.
 */
public final class AmiableMetrics implements MeterBinder, AutoCloseable {
    private final AmiClient client;
    private final Tags tags;
    private final List<ClientMeters> bound = new CopyOnWriteArrayList<>();

    /**
     * @param client the client to measure
     * @param server the value of the {@code server} tag, telling this PBX from others
     */
    public AmiableMetrics(AmiClient client, String server) {
        this(client, server, Tags.empty());
    }

    /** Like {@link #AmiableMetrics(AmiClient, String)}, with more tags on every meter. */
    public AmiableMetrics(AmiClient client, String server, Iterable<Tag> extraTags) {
        this.client = Objects.requireNonNull(client, "client");
        this.tags = Tags.of("server", Objects.requireNonNull(server, "server")).and(extraTags);
    }

    /** Registers the meters in {@code registry} and starts counting events and actions. */
    @Override
    public void bindTo(MeterRegistry registry) {
        bound.add(new ClientMeters(client, Objects.requireNonNull(registry, "registry"), tags));
    }

    /** Stops counting events and actions in every registry bound to. Idempotent. */
    @Override
    public void close() {
        bound.forEach(ClientMeters::close);
        bound.clear();
    }
}
