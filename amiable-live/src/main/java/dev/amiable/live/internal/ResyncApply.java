package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.LiveChannel;
import dev.amiable.live.LivePart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the model equal to a finished resync's lists, object by object, through the model's
 * ordinary writes (so every difference is reported as a change). The rule: an object an event
 * touched since the resync began keeps what the events made of it; every other object is as
 * listed, and one not listed is gone unless an event named it (changing it as a side effect of
 * an event about something else does not keep it). Channels' {@code bridgeId}s decide bridge membership, so a
 * channel is never in two bridges and no bridge holds a channel that is not there.
 */
final class ResyncApply {
    private final Model m;
    private final ChannelFold channels;
    /** Channels of the list written with the list's bridge, and how many of them are in one (per apply). */
    private int planned;
    private int inBridges;

    ResyncApply(Model m, ChannelFold channels) {
        this.m = m;
        this.channels = channels;
    }

    void apply(ListResults r, Touched t, Instant now) {
        m.touched = null;
        for (LivePart p : LivePart.values()) {
            m.setUnavailable(p, r.refused.contains(p));
        }
        boolean bridgesListed = r.usable(LivePart.BRIDGES);
        boolean lists = bridgesListed || r.usable(LivePart.CHANNELS);
        ResyncBridges bridges = new ResyncBridges(m);
        Map<String, String> listedBridgeOf = bridgesListed ? bridges.bridgeOf(r) : new HashMap<>();
        if (bridgesListed) {
            bridges.apply(r, t);
        }
        planned = 0;
        inBridges = 0;
        if (r.usable(LivePart.CHANNELS)) {
            applyChannels(r.channels, t, now, listedBridgeOf, !bridgesListed);
        }
        if (planned < m.channels.size()) {
            applyMembership(t, listedBridgeOf, lists);
        }
        if (!bridgesListed || !bridges.exact(planned, inBridges)) {
            bridges.settle();
        }
        new ResyncParts(m).apply(r, t, now);
    }

    /**
     * Writes the listed channels, each with its bridge as listed (BridgeInfo's word, or the
     * channel's own {@code BridgeId} when {@code fromItems}), counting in {@link #planned} the
     * channels written so and in {@link #inBridges} those of them in a bridge.
     */
    private void applyChannels(List<AmiEvent> items, Touched t, Instant now, Map<String, String> bridgeOf,
                              boolean fromItems) {
        Set<String> seen = new HashSet<>(items.size() * 2);
        boolean empty = m.channels.size() == 0;
        for (AmiEvent e : items) {
            Headers h = m.headers.of(e);
            String uid = h.get("Uniqueid");
            if (uid == null || !seen.add(uid)) {
                continue;
            }
            if (fromItems) {
                String bid = h.text("BridgeId");
                if (bid != null) {
                    bridgeOf.put(uid, bid);
                }
            }
            LiveChannel old = empty ? null : m.channels.get(uid);
            if (t.has(Touched.CHANNEL, uid)) {
                fillIn(old, e);
                continue;
            }
            Duration up = duration(h.get("Duration"));
            Instant created = old != null ? old.created() : up == null ? now : now.minus(up);
            LiveChannel c = ChannelFold.fromSnapshot(h, uid, old, created);
            String app = Fields.keep(c.application(), h.text("Application"));
            String data = Fields.keep(c.applicationData(), h.text("ApplicationData"));
            String bid = c.bridgeId();
            if (!t.has(Touched.MEMBERSHIP, uid)) {
                bid = bridgeOf.get(uid);
                if (bid != null && m.bridges.get(bid) == null) {
                    bid = null;
                }
                planned++;
                inBridges += bid == null ? 0 : 1;
            }
            if (app != c.application() || data != c.applicationData() || !java.util.Objects.equals(bid, c.bridgeId())) {
                c = new LiveChannel(c.uniqueid(), c.name(), c.linkedid(), c.state(), c.callerIdNum(), c.callerIdName(),
                        c.connectedLineNum(), c.connectedLineName(), c.context(), c.exten(), c.priority(), app, data,
                        c.accountCode(), bid, c.onHold(), c.created(), c.answered(), c.variables(), c.localPeer());
            }
            if (!c.equals(old)) {
                m.setChannel(old, c);
            }
        }
        if (!empty) {
            List<LiveChannel> gone = new ArrayList<>();
            m.channels.forEach((id, c) -> {
                if (!seen.contains(id) && !t.has(Touched.NAMED_CHANNEL, id)) {
                    gone.add(c);
                }
            });
            for (LiveChannel c : gone) {
                channels.remove(m.channels.get(c.uniqueid()));
            }
        }
        pairLocals();
    }

    /** {@code [[H:]M:]S} as CoreShowChannel gives a channel's age; null when absent or not that. */
    static Duration duration(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        long secs = 0;
        long part = 0;
        int parts = 1;
        int digits = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ':' && digits > 0 && parts < 3) {
                secs = secs * 60 + part;
                part = 0;
                digits = 0;
                parts++;
            } else if (c >= '0' && c <= '9' && digits < 9) {
                part = part * 10 + (c - '0');
                digits++;
            } else {
                return null;
            }
        }
        return digits == 0 ? null : Duration.ofSeconds(secs * 60 + part);
    }

    /**
     * A channel events touched keeps what they said; what only the list knows (the application
     * running) is added when the events left it unknown. A channel gone stays gone.
     */
    private void fillIn(LiveChannel o, AmiEvent e) {
        if (o == null || o.application() != null) {
            return;
        }
        String app = Fields.text(e, "Application");
        if (app != null) {
            m.setChannel(o, new LiveChannel(o.uniqueid(), o.name(), o.linkedid(), o.state(), o.callerIdNum(),
                    o.callerIdName(), o.connectedLineNum(), o.connectedLineName(), o.context(), o.exten(), o.priority(),
                    app, Fields.text(e, "ApplicationData"), o.accountCode(), o.bridgeId(), o.onHold(), o.created(),
                    o.answered(), o.variables(), o.localPeer()));
        }
    }

    /** Ties Local halves by name (the list does not say which halves belong together). */
    private void pairLocals() {
        Map<String, List<LiveChannel>> byBase = new HashMap<>();
        m.channels.forEach((id, c) -> {
            if (c.isLocal() && c.localPeer() == null) {
                int semi = c.name().lastIndexOf(';');
                byBase.computeIfAbsent(semi < 0 ? c.name() : c.name().substring(0, semi), k -> new ArrayList<>()).add(c);
            }
        });
        for (List<LiveChannel> pair : byBase.values()) {
            if (pair.size() == 2) {
                m.setChannel(pair.get(0), ChannelFold.withPeer(pair.get(0), pair.get(1).uniqueid()));
                m.setChannel(pair.get(1), ChannelFold.withPeer(pair.get(1), pair.get(0).uniqueid()));
            }
        }
    }

    /**
     * Sets each channel's bridge (events' word for channels they moved, else the lists'), drops
     * references to missing bridges; {@link ResyncBridges#settle()} then matches the bridges.
     * Only needed when some channel was not written from the list with its bridge.
     */
    private void applyMembership(Touched t, Map<String, String> listedBridgeOf, boolean lists) {
        List<LiveChannel> all = new ArrayList<>(m.channels.size());
        m.channels.forEach((id, c) -> all.add(c));
        for (LiveChannel c : all) {
            String bid = c.bridgeId();
            if (lists && !t.has(Touched.MEMBERSHIP, c.uniqueid())) {
                bid = listedBridgeOf.get(c.uniqueid());
            }
            if (bid != null && m.bridges.get(bid) == null) {
                bid = null;
            }
            if (!java.util.Objects.equals(bid, c.bridgeId())) {
                m.setChannel(c, ChannelFold.withBridge(c, bid));
            }
        }
    }
}
