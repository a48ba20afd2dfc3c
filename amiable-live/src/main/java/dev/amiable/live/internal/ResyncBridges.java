package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.LiveBridge;
import dev.amiable.live.LiveChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bridge half of a resync. Bridges are applied before channels, each holding the members
 * its {@code BridgeInfo} listed, so that the channels can be written once with their bridge
 * already there and the calls are built once with their links. Afterwards {@link #settle} makes
 * membership exact (a bridge holds exactly the channels naming it), writing only what differs:
 * events during the resync, a bridge whose {@code BridgeInfo} failed or a listed member that is
 * not a channel leave a few objects to mend, a clean resync none.
 */
final class ResyncBridges {
    private final Model m;
    /** BridgeInfo's members by bridge, each channel in the first bridge listing it. */
    private final Map<String, Set<String>> listedMembers = new HashMap<>();
    /** Bridges written with BridgeInfo's members, and how many members those have. */
    private int fromInfo;
    private int memberCount;

    ResyncBridges(Model m) {
        this.m = m;
    }

    /**
     * Reads BridgeInfo's members: each listed channel's bridge by Uniqueid (a channel listed in
     * two bridges keeps the first), and each bridge's members (the channels it keeps).
     */
    Map<String, String> bridgeOf(ListResults r) {
        Map<String, String> of = new HashMap<>(r.channels.size() * 2);
        for (Map.Entry<String, List<AmiEvent>> b : r.bridgeMembers.entrySet()) {
            List<AmiEvent> info = b.getValue();
            String[] ids = new String[info.size()];
            int n = 0;
            for (AmiEvent c : info) {
                String uid = m.headers.of(c).get("Uniqueid");
                if (uid != null && of.putIfAbsent(uid, b.getKey()) == null) {
                    ids[n++] = uid;
                }
            }
            listedMembers.put(b.getKey(), Set.of(n == ids.length ? ids : java.util.Arrays.copyOf(ids, n)));
        }
        return of;
    }

    /**
     * Makes the bridges those listed: a bridge events touched keeps what they made of it, a
     * listed one gets the members BridgeInfo gave (its old ones when BridgeInfo failed), one
     * neither listed nor named by an event goes.
     */
    void apply(ListResults r, Touched t) {
        Set<String> listed = new HashSet<>(r.bridges.size() * 2);
        for (AmiEvent e : r.bridges) {
            Headers h = m.headers.of(e);
            String id = h.get("BridgeUniqueid");
            if (id == null || !listed.add(id) || t.has(Touched.BRIDGE, id)) {
                continue;
            }
            LiveBridge old = m.bridges.get(id);
            Set<String> members = listedMembers.get(id);
            if (members == null) {
                members = old == null ? Set.of() : old.channelIds();
            } else {
                fromInfo++;
                memberCount += members.size();
            }
            LiveBridge b = BridgeFold.fromHeaders(h, "", id, members);
            if (!b.equals(old)) {
                m.setBridge(id, old, b);
            }
        }
        List<String> gone = new ArrayList<>();
        m.bridges.forEach((id, b) -> {
            if (!listed.contains(id) && !t.has(Touched.NAMED_BRIDGE, id)) {
                gone.add(id);
            }
        });
        for (String id : gone) {
            m.setBridge(id, m.bridges.get(id), null);
        }
    }

    /**
     * Whether membership is exact already: every bridge has BridgeInfo's members, every channel
     * was written with BridgeInfo's bridge ({@code planned} of them, {@code inBridges} of those in
     * one), and as many channels are in bridges as BridgeInfo listed members: then every member
     * is a channel naming its bridge, and every channel naming a bridge is its member.
     */
    boolean exact(int planned, int inBridges) {
        return fromInfo == m.bridges.size() && planned == m.channels.size() && inBridges == memberCount;
    }

    /**
     * Makes every bridge hold exactly the channels naming it, checked without building sets: a
     * bridge is mended when a member does not name it or a channel naming it is not a member;
     * a channel naming a bridge that does not exist is taken out of it.
     */
    void settle() {
        Set<String> mend = new HashSet<>();
        List<LiveChannel> orphans = new ArrayList<>();
        m.channels.forEach((id, c) -> {
            String bid = c.bridgeId();
            if (bid != null) {
                LiveBridge b = m.bridges.get(bid);
                if (b == null) {
                    orphans.add(c);
                } else if (!b.channelIds().contains(id)) {
                    mend.add(bid);
                }
            }
        });
        for (LiveChannel c : orphans) {
            m.setChannel(c, ChannelFold.withBridge(c, null));
        }
        m.bridges.forEach((id, b) -> {
            for (String uid : b.channelIds()) {
                LiveChannel c = m.channels.get(uid);
                if (c == null || !id.equals(c.bridgeId())) {
                    mend.add(id);
                    return;
                }
            }
        });
        if (mend.isEmpty()) {
            return;
        }
        Map<String, List<String>> members = new HashMap<>();
        m.channels.forEach((id, c) -> {
            if (c.bridgeId() != null && mend.contains(c.bridgeId())) {
                members.computeIfAbsent(c.bridgeId(), k -> new ArrayList<>()).add(id);
            }
        });
        for (String id : mend) {
            LiveBridge b = m.bridges.get(id);
            Set<String> want = Set.copyOf(members.getOrDefault(id, List.of()));
            if (!want.equals(b.channelIds())) {
                m.setBridge(id, b, new LiveBridge(b.id(), b.type(), b.technology(), b.creator(), b.name(), want));
            }
        }
    }
}
