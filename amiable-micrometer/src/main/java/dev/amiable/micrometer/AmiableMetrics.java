package dev.amiable.micrometer;

import dev.amiable.AmiClient;
import dev.amiable.live.LivePbx;
import dev.amiable.micrometer.internal.ClientMeters;
import dev.amiable.micrometer.internal.LiveMeters;
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
 *       {@code amiable.event.queue.overflows} (episodes of drops), {@code amiable.event.queue.blocked}
 *       (seconds the reader waited for room) (counters) and {@code amiable.event.queue.depth},
 *       {@code amiable.event.queue.age} (gauges),
 *       read from {@link AmiClient#stats()} when the registry is scraped;</li>
 *   <li>with a {@link LivePbx} given to {@link #live(LivePbx)} (module {@code amiable-live}, an
 *       optional dependency): gauges {@code amiable.live.calls}, {@code amiable.live.channels},
 *       {@code amiable.live.queue.callers} (tag {@code queue}) and {@code amiable.live.queue.members}
 *       (tags {@code queue} and {@code status}: {@code available}, {@code in_call}, {@code busy},
 *       {@code paused}, {@code unavailable}), read from its latest snapshot.</li>
 * </ul>
 *
 * <p>Event and action meters count from the moment of binding. Binding to several registries is
 * allowed; {@link #close()} stops feeding them all (the meters stay in the registries).
 * Thread-safe.
 */
public final class AmiableMetrics implements MeterBinder, AutoCloseable {
    private final AmiClient client;
    private final Tags tags;
    private final List<AutoCloseable> bound = new CopyOnWriteArrayList<>();
    /** A LivePbx, held as Object so that this class loads without amiable-live. */
    private volatile Object live;

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

    /**
     * Adds the live gauges of {@code livePbx} (which should follow this client) to the registries
     * bound from now on. Returns this.
     */
    public AmiableMetrics live(LivePbx livePbx) {
        this.live = Objects.requireNonNull(livePbx, "livePbx");
        return this;
    }

    /** Registers the meters in {@code registry} and starts counting events and actions. */
    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        bound.add(new ClientMeters(client, registry, tags));
        Object l = live;
        if (l != null) {
            bound.add(new LiveMeters(l, registry, tags));
        }
    }

    /** Stops counting events and actions in every registry bound to. Idempotent. */
    @Override
    public void close() {
        for (AutoCloseable c : bound) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop a meter binding", e);
            }
        }
        bound.clear();
    }
}
