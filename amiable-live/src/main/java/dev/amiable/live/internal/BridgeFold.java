package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.LiveBridge;
import dev.amiable.live.LiveChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Folds bridge events: a channel is in at most one bridge, and its {@code bridgeId} and the
 * bridge's {@code channelIds} always agree.
 */
final class BridgeFold {
    private final Model m;
    private final ChannelFold channels;

    BridgeFold(Model m, ChannelFold channels) {
        this.m = m;
        this.channels = channels;
    }

    void create(Headers h) {
        String id = h.get("BridgeUniqueid");
        if (id != null && m.bridges.get(id) == null) {
            m.setBridge(id, null, fromHeaders(h, "", id, Set.of()));
        }
    }

    void enter(Headers h) {
        String bid = h.get("BridgeUniqueid");
        String uid = h.get("Uniqueid");
        if (bid == null || uid == null) {
            return;
        }
        LiveChannel c = m.channels.get(uid);
        if (c == null) {
            channels.snapshot(h);
            c = m.channels.get(uid);
            if (c == null) {
                return;
            }
        }
        touch(uid);
        if (c.bridgeId() != null && !c.bridgeId().equals(bid)) {
            leave(c.bridgeId(), uid);
            c = m.channels.get(uid);
        }
        LiveBridge b = m.bridges.get(bid);
        if (b == null) {
            b = fromHeaders(h, "", bid, Set.of());
            m.setBridge(bid, null, b);
        }
        if (!b.channelIds().contains(uid)) {
            m.setBridge(bid, b, with(b, c.uniqueid()));
        }
        if (!bid.equals(c.bridgeId())) {
            m.setChannel(c, ChannelFold.withBridge(c, b.id()));
        }
    }

    void leave(Headers h) {
        String bid = h.get("BridgeUniqueid");
        String uid = h.get("Uniqueid");
        if (bid != null && uid != null) {
            touch(uid);
            LiveChannel c = m.channels.get(uid);
            if (c != null && c.bridgeId() != null && !c.bridgeId().equals(bid)) {
                leave(c.bridgeId(), uid); // it moved unseen (a gap): it was in bid, and now is in none
            }
            leave(bid, uid);
        }
    }

    void destroy(Headers h) {
        String bid = h.get("BridgeUniqueid");
        LiveBridge b = bid == null ? null : m.bridges.get(bid);
        if (b == null) {
            if (bid != null && m.touched != null) {
                m.touched.add(Touched.BRIDGE, bid);
            }
            return;
        }
        for (String uid : b.channelIds()) {
            touch(uid);
            clearChannel(uid, bid);
        }
        m.setBridge(bid, b, null);
    }

    /** {@code BridgeMerge}: every channel of the "from" bridge moves to the "to" bridge. */
    void merge(Headers h) {
        String to = h.get("ToBridgeUniqueid");
        String from = h.get("FromBridgeUniqueid");
        if (to == null || from == null) {
            return;
        }
        LiveBridge src = m.bridges.get(from);
        LiveBridge dst = m.bridges.get(to);
        if (dst == null) {
            dst = fromHeaders(h, "To", to, Set.of());
            m.setBridge(to, null, dst);
        }
        if (src == null) {
            return;
        }
        LiveBridge moved = dst;
        for (String uid : src.channelIds()) {
            moved = with(moved, uid);
        }
        m.setBridge(from, src, null);
        m.setBridge(to, dst, moved);
        for (String uid : src.channelIds()) {
            touch(uid);
            LiveChannel c = m.channels.get(uid);
            if (c != null) {
                m.setChannel(c, ChannelFold.withBridge(c, to));
            }
        }
    }

    private void leave(String bid, String uid) {
        LiveBridge b = m.bridges.get(bid);
        if (b != null && b.channelIds().contains(uid)) {
            m.setBridge(bid, b, without(b, uid));
        }
        clearChannel(uid, bid);
    }

    private void clearChannel(String uid, String bid) {
        LiveChannel c = m.channels.get(uid);
        if (c != null && bid.equals(c.bridgeId())) {
            m.setChannel(c, ChannelFold.withBridge(c, null));
        }
    }

    private void touch(String uid) {
        if (m.touched != null) {
            m.touched.add(Touched.MEMBERSHIP, uid);
        }
    }

    /** A bridge from the bound event's headers {@code prefix} + BridgeType, BridgeTechnology, ... */
    static LiveBridge fromHeaders(Headers h, String prefix, String id, Set<String> members) {
        return new LiveBridge(id, Fields.shared(h.get(Fields.key(prefix, "BridgeType"))),
                Fields.shared(h.get(Fields.key(prefix, "BridgeTechnology"))),
                Fields.shared(h.text(Fields.key(prefix, "BridgeCreator"))), h.text(Fields.key(prefix, "BridgeName")),
                members);
    }

    static LiveBridge with(LiveBridge b, String uid) {
        String[] ids = b.channelIds().toArray(new String[b.channelIds().size() + 1]);
        ids[ids.length - 1] = uid;
        return new LiveBridge(b.id(), b.type(), b.technology(), b.creator(), b.name(), Set.of(ids));
    }

    static LiveBridge without(LiveBridge b, String uid) {
        List<String> ids = new ArrayList<>(b.channelIds());
        ids.remove(uid);
        return new LiveBridge(b.id(), b.type(), b.technology(), b.creator(), b.name(), Set.copyOf(ids));
    }
}
