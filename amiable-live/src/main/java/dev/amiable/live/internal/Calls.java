package dev.amiable.live.internal;

import dev.amiable.live.LiveBridge;
import dev.amiable.live.LiveCall;
import dev.amiable.live.LiveChange;
import dev.amiable.live.LiveChannel;
import dev.amiable.live.LiveLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps calls (channels grouped by Linkedid, with their talking links) in step with channels and
 * bridges: every channel or bridge write marks the calls it affects, and {@link #flush()} rebuilds
 * those once at the end of the event.
 */
final class Calls {
    private final Model model;
    final PMap.Edit<String, LiveCall> map = PMap.<String, LiveCall>empty().edit();
    /** Local channel halves waiting for their other half, by name without {@code ;1}/{@code ;2}. */
    final Map<String, String> localHalves = new HashMap<>();
    private final List<String> dirty = new ArrayList<>(4);
    private final List<LiveChannel> added = new ArrayList<>(4);
    /** Calls replaced in place since the last flush, as they were before (only when changes are wanted). */
    private final List<LiveCall> replaced = new ArrayList<>(4);
    /** While flushing a resync's apply: a call equal to the one it replaces is not a change. */
    private boolean quietIfEqual;
    /** A bridge was written since the last flush: the calls' links must be worked out again. */
    private boolean bridgesChanged;
    /** The channels of the call being rebuilt (reused: one writer at a time). */
    private final List<LiveChannel> scratch = new ArrayList<>(8);

    Calls(Model model) {
        this.model = model;
    }

    /** {@code c} holding the Linkedid string its call already holds (one copy per call, not per channel). */
    LiveChannel canonical(LiveChannel c) {
        LiveCall call = map.get(c.linkedid());
        if (call == null || call.linkedid() == c.linkedid()) {
            return c;
        }
        return new LiveChannel(c.uniqueid(), c.name(), call.linkedid(), c.state(), c.callerIdNum(), c.callerIdName(),
                c.connectedLineNum(), c.connectedLineName(), c.context(), c.exten(), c.priority(), c.application(),
                c.applicationData(), c.accountCode(), c.bridgeId(), c.onHold(), c.created(), c.answered(), c.variables(),
                c.localPeer());
    }

    int pendingSize() {
        return dirty.size() + added.size();
    }

    void channelChanged(LiveChannel before, LiveChannel after) {
        // while nobody listens, calls are rebuilt at the publish: marking costs no new call per event
        if (model.listening() && replaceInPlace(before, after)) {
            return;
        }
        if (before != null) {
            mark(before.linkedid());
        }
        if (after != null) {
            mark(after.linkedid());
            if (before == null || !before.linkedid().equals(after.linkedid())) {
                added.add(after);
            }
        }
    }

    /**
     * The common change (state, variables, dialplan position) of a channel that stays in its call
     * and its bridge while no bridge changed: the call is the same with that one channel replaced,
     * and its links hold, so it is written at once without working anything out again. The call
     * as it was before the event is kept to be reported at {@link #flush()}. False when the change
     * needs the full rebuild.
     */
    private boolean replaceInPlace(LiveChannel before, LiveChannel after) {
        if (before == null || after == null || bridgesChanged || !before.linkedid().equals(after.linkedid())
                || !java.util.Objects.equals(before.bridgeId(), after.bridgeId()) || isMarked(before.linkedid())) {
            return false;
        }
        LiveCall old = map.get(before.linkedid());
        List<LiveChannel> was = old == null ? List.of() : old.channels();
        int at = -1;
        for (int i = 0; i < was.size() && at < 0; i++) {
            at = was.get(i) == before ? i : -1;
        }
        if (at < 0) {
            return false;
        }
        LiveCall now = new LiveCall(old.linkedid(), Frozen.replacing(was, at, after), old.started(),
                old.answered() != null ? old.answered() : after.answered(), old.links());
        map.set(old.linkedid(), now);
        if (model.listening() && replacedFrom(old.linkedid()) == null) {
            replaced.add(old);
        }
        return true;
    }

    private boolean isMarked(String linkedid) {
        return dirtySet.isEmpty() ? dirty.contains(linkedid) : dirtySet.contains(linkedid);
    }

    /** The call {@code linkedid} as it was before the event, when it was replaced in place since; else null. */
    private LiveCall replacedFrom(String linkedid) {
        for (int i = 0; i < replaced.size(); i++) {
            if (replaced.get(i).linkedid().equals(linkedid)) {
                return replaced.get(i);
            }
        }
        return null;
    }

    void bridgeChanged(LiveBridge before, LiveBridge after) {
        bridgesChanged = true;
        if (before != null) {
            markMembers(before);
        }
        if (after != null && after != before) {
            markMembers(after);
        }
    }

    private void markMembers(LiveBridge b) {
        for (String id : b.channelIds()) {
            LiveChannel c = model.channels.get(id);
            if (c != null) {
                mark(c.linkedid());
            }
        }
    }

    /** Past a few marks (a resync), a set keeps marking O(1). */
    private final java.util.Set<String> dirtySet = new java.util.HashSet<>();

    private void mark(String linkedid) {
        if (dirty.size() < 8) {
            if (!dirty.contains(linkedid)) {
                dirty.add(linkedid);
            }
            return;
        }
        if (dirtySet.isEmpty()) {
            dirtySet.addAll(dirty);
        }
        if (dirtySet.add(linkedid)) {
            dirty.add(linkedid);
        }
    }

    /** Rebuilds every call marked since the last flush, and reports each change. */
    void flush() {
        if (added.size() <= 8) {
            for (int i = 0; i < dirty.size(); i++) {
                rebuild(dirty.get(i), 0, added.size());
            }
        } else {
            // many new channels (a batch, a resync): grouped by call in place, stable so each
            // call's channels stay oldest first, and each call reads its own range
            added.sort(BY_LINKEDID);
            for (int i = 0; i < dirty.size(); i++) {
                String id = dirty.get(i);
                int from = firstAdded(id);
                int to = from;
                while (to < added.size() && added.get(to).linkedid().equals(id)) {
                    to++;
                }
                rebuild(id, from, to);
            }
        }
        for (int i = 0; i < replaced.size(); i++) {
            LiveCall was = replaced.get(i);
            model.emit(new LiveChange.CallChange(was, map.get(was.linkedid())));
        }
        replaced.clear();
        dirty.clear();
        dirtySet.clear();
        added.clear();
        bridgesChanged = false;
    }

    /**
     * Rebuilds the calls a resync's apply changed, and only those: the apply writes every channel
     * and bridge through the model, and each write marked the calls it affects (a channel's old and
     * new call, every call with a member in a bridge written), so an unmarked call still holds. A
     * rebuilt call equal to the one it replaces is not reported; a call left without channels goes.
     */
    void flushResync() {
        quietIfEqual = true;
        try {
            flush();
        } finally {
            quietIfEqual = false;
        }
    }

    private static final java.util.Comparator<LiveChannel> BY_LINKEDID =
            (a, b) -> a.linkedid().compareTo(b.linkedid());

    /** In {@link #added} sorted by Linkedid: the first channel of call {@code linkedid}, or where it would be. */
    private int firstAdded(String linkedid) {
        int lo = 0;
        int hi = added.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (added.get(mid).linkedid().compareTo(linkedid) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Rebuilds call {@code linkedid}; its new channels are among {@code added[from, to)}. */
    private void rebuild(String linkedid, int from, int to) {
        LiveCall old = map.get(linkedid);
        LiveCall reported = replaced.isEmpty() ? old : replacedFrom(linkedid);
        if (reported != old && reported != null) {
            replaced.remove(reported); // reported from here, as it was before the event
        } else {
            reported = old;
        }
        List<LiveChannel> list = scratch;
        list.clear();
        // the old call's links still hold when it keeps the same channels in the same bridges and
        // no bridge changed: then a channel change (state, variables, dialplan...) costs no links
        boolean sameLinks = old != null && !bridgesChanged;
        if (old != null) {
            List<LiveChannel> was = old.channels();
            for (int i = 0; i < was.size(); i++) {
                LiveChannel c = was.get(i);
                LiveChannel cur = model.channels.get(c.uniqueid());
                if (cur != null && cur.linkedid().equals(linkedid)) {
                    list.add(cur);
                    sameLinks &= java.util.Objects.equals(cur.bridgeId(), c.bridgeId());
                } else {
                    sameLinks = false;
                }
            }
        }
        for (int k = from; k < to; k++) {
            LiveChannel a = added.get(k);
            if (a.linkedid().equals(linkedid)) {
                LiveChannel cur = model.channels.get(a.uniqueid());
                if (cur != null && cur.linkedid().equals(linkedid) && !contains(list, cur.uniqueid())) {
                    list.add(cur);
                    sameLinks = false;
                }
            }
        }
        LiveCall now = null;
        if (!list.isEmpty()) {
            Instant started = old != null ? old.started() : list.get(0).created();
            Instant answered = old != null ? old.answered() : null;
            if (answered == null) {
                // the earliest: several channels may have gone Up since the call was last built
                for (int i = 0; i < list.size(); i++) {
                    Instant a = list.get(i).answered();
                    if (a != null && (answered == null || a.isBefore(answered))) {
                        answered = a;
                    }
                }
            }
            now = new LiveCall(linkedid, Frozen.copyOf(list), started, answered, sameLinks ? old.links() : links(list));
            list.clear();
            map.set(linkedid, now); // even when equal: the call holds the channels as now written
            if (quietIfEqual && now.equals(old)) {
                return;
            }
        } else if (old != null) {
            map.delete(linkedid);
        }
        if ((reported != null || now != null) && model.listening()) {
            model.emit(new LiveChange.CallChange(reported, now));
        }
    }

    private List<LiveLink> links(List<LiveChannel> list) {
        List<LiveLink> links = null;
        for (LiveChannel c : list) {
            String bid = c.bridgeId();
            LiveBridge b = bid == null ? null : model.bridges.get(bid);
            if (b == null || !b.isTalking()) {
                continue;
            }
            for (String other : b.channelIds()) {
                if (other.equals(c.uniqueid()) || (contains(list, other) && other.compareTo(c.uniqueid()) < 0)) {
                    continue;
                }
                if (links == null) {
                    links = new ArrayList<>(2);
                }
                links.add(new LiveLink(bid, c.uniqueid(), other));
            }
        }
        return links == null ? List.of() : Frozen.copyOf(links);
    }

    private static boolean contains(List<LiveChannel> list, String uniqueid) {
        for (LiveChannel c : list) {
            if (c.uniqueid().equals(uniqueid)) {
                return true;
            }
        }
        return false;
    }
}
