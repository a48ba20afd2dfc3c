package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.LiveConference;
import dev.amiable.live.LiveConferenceUser;
import dev.amiable.live.LiveParkedCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Folds res_parking and app_confbridge events. */
final class ParkConfFold {
    private final Model m;

    ParkConfFold(Model m) {
        this.m = m;
    }

    /** {@code ParkedCall} (a live event, or a {@code ParkedCalls} item). */
    void parked(AmiEvent e) {
        LiveParkedCall p = parkedCall(e, Fields.time(e));
        if (p == null) {
            return;
        }
        touch(Touched.PARKED, p.uniqueid());
        LiveParkedCall o = m.parked.get(p.uniqueid());
        if (o != null) {
            p = new LiveParkedCall(p.uniqueid(), p.channel(), p.lot(), p.space(), p.parkerDialString(), p.timeout(),
                    o.parkedAt());
        }
        if (!p.equals(o)) {
            m.setParked(p.uniqueid(), o, p);
        }
    }

    /**
     * {@code ParkedCallSwap}: another channel takes the place of the call parked in the same lot
     * and space, so that call is no longer parked and the new parkee is.
     */
    void swapped(AmiEvent e) {
        String id = e.get("ParkeeUniqueid");
        String lot = e.get("Parkinglot");
        String space = e.get("ParkingSpace");
        if (id == null) {
            return;
        }
        List<LiveParkedCall> replaced = new ArrayList<>(1);
        m.parked.forEach((k, p) -> {
            if (!k.equals(id) && java.util.Objects.equals(p.lot(), lot) && java.util.Objects.equals(p.space(), space)) {
                replaced.add(p);
            }
        });
        for (LiveParkedCall p : replaced) {
            touch(Touched.PARKED, p.uniqueid());
            m.setParked(p.uniqueid(), p, null);
        }
        parked(e);
    }

    /** UnParkedCall, ParkedCallTimeOut, ParkedCallGiveUp. */
    void unparked(AmiEvent e) {
        String id = e.get("ParkeeUniqueid");
        if (id == null) {
            return;
        }
        touch(Touched.PARKED, id);
        LiveParkedCall o = m.parked.get(id);
        if (o != null) {
            m.setParked(id, o, null);
        }
    }

    static LiveParkedCall parkedCall(AmiEvent e, Instant now) {
        String id = e.get("ParkeeUniqueid");
        if (id == null) {
            return null;
        }
        int duration = Fields.intOr(e, "ParkingDuration", 0);
        return new LiveParkedCall(id, e.get("ParkeeChannel"), e.get("Parkinglot"), e.get("ParkingSpace"),
                Fields.text(e, "ParkerDialString"), Fields.intOr(e, "ParkingTimeout", -1),
                now.minusSeconds(Math.max(0, duration)));
    }

    void confStart(AmiEvent e) {
        String name = e.get("Conference");
        if (name != null && m.conferences.get(name) == null) {
            touch(Touched.CONFERENCE, name);
            m.setConference(name, null, new LiveConference(name, false, Set.of(), List.of()));
        }
    }

    void confEnd(AmiEvent e) {
        String name = e.get("Conference");
        LiveConference o = name == null ? null : m.conferences.get(name);
        if (name != null) {
            touch(Touched.CONFERENCE, name);
        }
        if (o != null) {
            m.setConference(name, o, null);
        }
    }

    /** ConfbridgeJoin, ConfbridgeMute/Unmute, ConfbridgeTalking: the user as the event shows it. */
    void confUser(AmiEvent e, Boolean muted, Boolean talking) {
        String name = e.get("Conference");
        String uid = e.get("Uniqueid");
        if (name == null || uid == null) {
            return;
        }
        touch(Touched.MEMBER, name + '\0' + uid);
        LiveConference o = m.conferences.get(name);
        LiveConferenceUser old = o == null ? null : user(o, uid);
        LiveConferenceUser u = new LiveConferenceUser(uid, e.get("Channel"), Fields.yes(e, "Admin"),
                e.get("Marked") != null ? Fields.yes(e, "Marked") : old != null && old.marked(),
                muted != null ? muted : e.get("Muted") != null ? Fields.yes(e, "Muted") : old != null && old.muted(),
                talking != null ? talking : old != null && old.talking());
        if (!u.equals(old)) {
            LiveConference base = o != null ? o : new LiveConference(name, false, Set.of(), List.of());
            m.setConference(name, o, withUser(base, uid, u));
        }
    }

    void confLeave(AmiEvent e) {
        String name = e.get("Conference");
        String uid = e.get("Uniqueid");
        if (name == null || uid == null) {
            return;
        }
        touch(Touched.MEMBER, name + '\0' + uid);
        LiveConference o = m.conferences.get(name);
        if (o != null && user(o, uid) != null) {
            m.setConference(name, o, withUser(o, uid, null));
        }
    }

    static LiveConferenceUser user(LiveConference c, String uid) {
        for (LiveConferenceUser u : c.users()) {
            if (u.uniqueid().equals(uid)) {
                return u;
            }
        }
        return null;
    }

    static LiveConference withUser(LiveConference o, String uid, LiveConferenceUser now) {
        List<LiveConferenceUser> users = new ArrayList<>(o.users().size() + 1);
        boolean placed = false;
        for (LiveConferenceUser u : o.users()) {
            if (u.uniqueid().equals(uid)) {
                placed = true;
                if (now != null) {
                    users.add(now);
                }
            } else {
                users.add(u);
            }
        }
        if (!placed && now != null) {
            users.add(now);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (LiveConferenceUser u : users) {
            ids.add(u.uniqueid());
        }
        return new LiveConference(o.name(), o.locked(), Set.copyOf(ids), List.copyOf(users));
    }

    private void touch(int kind, String key) {
        if (m.touched != null) {
            m.touched.add(kind, key);
        }
    }
}
