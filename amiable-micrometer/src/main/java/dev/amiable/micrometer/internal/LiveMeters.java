package dev.amiable.micrometer.internal;

import dev.amiable.Registration;
import dev.amiable.event.QueueMemberStatus;
import dev.amiable.live.LiveChange;
import dev.amiable.live.LivePbx;
import dev.amiable.live.LiveQueue;
import dev.amiable.live.LiveQueueMember;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live gauges of one {@link LivePbx} in one registry, read from its latest snapshot when the
 * registry asks. A queue's gauges are registered when the queue is first seen (at binding or on a
 * change) and read 0 once it is gone. Loaded only when a {@code LivePbx} is given, so
 * {@code amiable-live} stays optional.
 */
public final class LiveMeters implements AutoCloseable {
    /** Values of the {@code status} tag of {@code amiable.live.queue.members}. */
    enum MemberStatus {
        AVAILABLE, IN_CALL, BUSY, PAUSED, UNAVAILABLE;

        final String tag = name().toLowerCase(Locale.ROOT);

        static MemberStatus of(LiveQueueMember m) {
            if (m.paused()) {
                return PAUSED;
            }
            if (m.inCall()) {
                return IN_CALL;
            }
            QueueMemberStatus s = m.status();
            if (s == QueueMemberStatus.NOT_INUSE) {
                return AVAILABLE;
            }
            return s == QueueMemberStatus.UNAVAILABLE || s == QueueMemberStatus.INVALID
                    || s == QueueMemberStatus.UNKNOWN || s == null ? UNAVAILABLE : BUSY;
        }
    }

    private final LivePbx live;
    private final MeterRegistry registry;
    private final Tags tags;
    private final Set<String> queues = ConcurrentHashMap.newKeySet();
    private final Registration registration;

    /** @param livePbx a {@code LivePbx} (typed as Object so callers need not load the class) */
    public LiveMeters(Object livePbx, MeterRegistry registry, Tags tags) {
        this.live = (LivePbx) livePbx;
        this.registry = registry;
        this.tags = tags;
        Gauge.builder("amiable.live.calls", live, l -> l.snapshot().calls().size())
                .description("calls in progress (channels grouped by Linkedid)").tags(tags).strongReference(true)
                .register(registry);
        Gauge.builder("amiable.live.channels", live, l -> l.snapshot().channels().size())
                .description("channels that exist on the PBX").tags(tags).strongReference(true).register(registry);
        live.snapshot().queues().forEach(q -> queue(q.name()));
        this.registration = live.addChangeListener(c -> {
            if (c instanceof LiveChange.QueueChange q && q.after() != null) {
                queue(q.after().name());
            }
        });
    }

    private void queue(String name) {
        if (!queues.add(name)) {
            return;
        }
        Tags q = tags.and("queue", name);
        Gauge.builder("amiable.live.queue.callers", live, l -> {
                    LiveQueue lq = l.snapshot().queue(name);
                    return lq == null ? 0 : lq.callers().size();
                })
                .description("callers waiting in the queue").tags(q).strongReference(true).register(registry);
        for (MemberStatus s : MemberStatus.values()) {
            Gauge.builder("amiable.live.queue.members", live, l -> members(l, name, s))
                    .description("members of the queue, by status: available, in_call, busy, paused, unavailable")
                    .tags(q).tag("status", s.tag).strongReference(true).register(registry);
        }
    }

    private static int members(LivePbx live, String queue, MemberStatus status) {
        LiveQueue q = live.snapshot().queue(queue);
        if (q == null) {
            return 0;
        }
        int n = 0;
        for (LiveQueueMember m : q.members()) {
            if (MemberStatus.of(m) == status) {
                n++;
            }
        }
        return n;
    }

    /** Stops registering gauges for new queues (the gauges stay). */
    @Override
    public void close() {
        registration.close();
    }
}
