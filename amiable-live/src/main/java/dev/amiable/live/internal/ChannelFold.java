package dev.amiable.live.internal;

import dev.amiable.event.ChannelState;
import dev.amiable.live.LiveBridge;
import dev.amiable.live.LiveChannel;
import java.time.Instant;
import java.util.Map;

/**
 * Folds the events about one channel into {@link LiveChannel}s: creation, state, caller ID,
 * dialplan position, variables, hold, Local pairs, rename, hang-up.
 */
final class ChannelFold {
    private final Model m;
    /** The last state text read and its state: the reader hands back the same string for the same text. */
    private String stateText;
    private ChannelState stateOfText;

    ChannelFold(Model m) {
        this.m = m;
    }

    void newchannel(Headers h) {
        String id = h.get("Uniqueid");
        if (id == null) {
            return;
        }
        LiveChannel old = m.channels.get(id);
        LiveChannel c = fromSnapshot(h, id, old, Fields.time(h.event()));
        if (old == null) {
            c = m.calls.canonical(c);
            Vars vars = Vars.chanVariables(h.event());
            if (vars != null) {
                c = withVariables(c, vars);
            }
            c = pairLocal(c);
        }
        m.setChannel(old, c);
    }

    /** Any event carrying the channel's whole snapshot (Newstate, NewCallerid, ...). */
    void snapshot(Headers h) {
        String id = h.get("Uniqueid");
        LiveChannel old = current(id);
        if (old == null && !mayCreate(id)) {
            return;
        }
        LiveChannel c = fromSnapshot(h, id, old, null);
        if (!c.equals(old)) {
            m.setChannel(old, c);
        }
    }

    /**
     * An event about something else that carries the channel's fields (Newexten, VarSet, Hold,
     * BridgeEnter/Leave) and a state other than the model's: the state changed unseen (during a
     * gap, before a resync), so the event's fields are taken. Costs one header lookup otherwise.
     */
    void refreshState(Headers h) {
        String st = h.get("ChannelState");
        LiveChannel o = st == null ? null : current(h.get("Uniqueid"));
        if (o != null && state(st) != o.state()) {
            m.setChannel(o, fromSnapshot(h, o.uniqueid(), o, null));
        }
    }

    private ChannelState state(String st) {
        if (st != stateText) {
            stateOfText = ChannelState.of(st);
            stateText = st;
        }
        return stateOfText;
    }

    /** {@code Newexten}: the dialplan position and the application. */
    void newexten(Headers h) {
        String id = h.get("Uniqueid");
        LiveChannel o = current(id);
        if (o == null) {
            snapshot(h);
            return;
        }
        String ctx = Fields.keepShared(o.context(), h.get("Context"));
        String ext = Fields.keepShared(o.exten(), h.get("Exten"));
        int prio = h.intOr("Priority", o.priority());
        String app = Fields.keepShared(o.application(), h.get("Application"));
        String data = Fields.keep(o.applicationData(), h.get("AppData"));
        if (ctx == o.context() && ext == o.exten() && prio == o.priority() && app == o.application()
                && data == o.applicationData()) {
            return;
        }
        m.setChannel(o, new LiveChannel(o.uniqueid(), o.name(), o.linkedid(), o.state(), o.callerIdNum(),
                o.callerIdName(), o.connectedLineNum(), o.connectedLineName(), ctx, ext, prio, app, data,
                o.accountCode(), o.bridgeId(), o.onHold(), o.created(), o.answered(), o.variables(), o.localPeer()));
    }

    /** {@code VarSet}: one variable. */
    void varSet(Headers h) {
        LiveChannel o = current(h.get("Uniqueid"));
        String name = h.get("Variable");
        if (o == null || name == null) {
            return;
        }
        String now = o.variables().get(name);
        if (now != null && (h.valueIs("Value", now) || now.isEmpty() && h.get("Value") == null)) {
            return; // the same value (an absent one is empty): compared as bytes, nothing decoded
        }
        String value = h.get("Value");
        value = value == null ? "" : value;
        Vars before = Vars.of(o.variables());
        Object batch = m.unseenToken();
        if (before.ownedBy(batch)) {
            before.with(name, value, batch); // o itself was made in this batch, unseen: it changes in place
            m.setChannel(o, o);
        } else {
            m.setChannel(o, withVariables(o, before.with(name, value, batch)));
        }
    }

    void hold(Headers h, boolean on) {
        LiveChannel o = current(h.get("Uniqueid"));
        if (o == null || o.onHold() == on) {
            return;
        }
        m.setChannel(o, new LiveChannel(o.uniqueid(), o.name(), o.linkedid(), o.state(), o.callerIdNum(),
                o.callerIdName(), o.connectedLineNum(), o.connectedLineName(), o.context(), o.exten(), o.priority(),
                o.application(), o.applicationData(), o.accountCode(), o.bridgeId(), on, o.created(), o.answered(),
                o.variables(), o.localPeer()));
    }

    void rename(Headers h) {
        LiveChannel o = current(h.get("Uniqueid"));
        String name = h.get("Newname");
        if (o == null || name == null || name.equals(o.name())) {
            return;
        }
        m.setChannel(o, new LiveChannel(o.uniqueid(), name, o.linkedid(), o.state(), o.callerIdNum(),
                o.callerIdName(), o.connectedLineNum(), o.connectedLineName(), o.context(), o.exten(), o.priority(),
                o.application(), o.applicationData(), o.accountCode(), o.bridgeId(), o.onHold(), o.created(),
                o.answered(), o.variables(), o.localPeer()));
    }

    /** {@code LocalBridge}: ties the two halves of a Local channel. */
    void localBridge(Headers h) {
        String one = h.get("LocalOneUniqueid");
        String two = h.get("LocalTwoUniqueid");
        if (one == null || two == null) {
            return;
        }
        LiveChannel a = m.channels.get(one);
        LiveChannel b = m.channels.get(two);
        setPeer(one, b != null ? b.uniqueid() : two);
        setPeer(two, a != null ? a.uniqueid() : one);
    }

    void hangup(Headers h) {
        String id = h.get("Uniqueid");
        LiveChannel o = id == null ? null : m.channels.get(id);
        if (o == null) {
            if (id != null && m.touched != null) {
                m.touched.add(Touched.CHANNEL, id);
            }
            return;
        }
        remove(o);
    }

    /** Removes a channel and whatever still points at it (its bridge seat, its Local half's wait). */
    void remove(LiveChannel o) {
        if (o.bridgeId() != null) {
            LiveBridge b = m.bridges.get(o.bridgeId());
            if (b != null && b.channelIds().contains(o.uniqueid())) {
                m.setBridge(b.id(), b, BridgeFold.without(b, o.uniqueid()));
            }
        }
        if (o.isLocal()) {
            String base = localBase(o.name());
            if (o.uniqueid().equals(m.calls.localHalves.get(base))) {
                m.calls.localHalves.remove(base);
            }
        }
        m.setChannel(o, null);
    }

    private void setPeer(String id, String peer) {
        LiveChannel o = m.channels.get(id);
        if (o != null && !peer.equals(o.localPeer())) {
            m.setChannel(o, withPeer(o, peer));
        }
    }

    private LiveChannel pairLocal(LiveChannel c) {
        if (!c.isLocal()) {
            return c;
        }
        String base = localBase(c.name());
        String other = m.calls.localHalves.remove(base);
        LiveChannel o = other == null ? null : m.channels.get(other);
        if (o == null) {
            m.calls.localHalves.put(base, c.uniqueid());
            return c;
        }
        m.setChannel(o, withPeer(o, c.uniqueid()));
        return withPeer(c, o.uniqueid());
    }

    private static String localBase(String name) {
        int semi = name.lastIndexOf(';');
        return semi < 0 ? name : name.substring(0, semi);
    }

    private LiveChannel current(String id) {
        return id == null ? null : m.channels.get(id);
    }

    /** Unknown channels are created from a later event only while a resync runs, unless they hung up. */
    private boolean mayCreate(String id) {
        return id != null && m.touched != null && !m.touched.has(Touched.CHANNEL, id);
    }

    /** A channel from the snapshot headers (Channel, Uniqueid, ...) of the bound event, keeping what is unchanged. */
    static LiveChannel fromSnapshot(Headers h, String id, LiveChannel o, Instant created) {
        String name = h.get("Channel");
        String linkedid = h.get("Linkedid");
        String st = h.get("ChannelState");
        ChannelState state = st == null && o != null ? o.state() : ChannelState.of(st);
        Instant answered = o != null ? o.answered() : null;
        if (answered == null && state == ChannelState.UP) {
            answered = Fields.time(h.event());
        }
        if (o == null) {
            return new LiveChannel(id, name, linkedid == null || linkedid.equals(id) ? id : linkedid, state,
                    h.text("CallerIDNum"), h.text("CallerIDName"), h.text("ConnectedLineNum"), h.text("ConnectedLineName"),
                    Fields.shared(h.get("Context")), Fields.shared(h.get("Exten")), h.intOr("Priority", -1),
                    null, null, h.text("AccountCode"), null, false,
                    created != null ? created : Fields.time(h.event()), answered, Map.of(), null);
        }
        String num = Fields.keep(o.callerIdNum(), h.text("CallerIDNum"));
        String cname = Fields.keep(o.callerIdName(), h.text("CallerIDName"));
        String cnum = Fields.keep(o.connectedLineNum(), h.text("ConnectedLineNum"));
        String cln = Fields.keep(o.connectedLineName(), h.text("ConnectedLineName"));
        String ctx = Fields.keepShared(o.context(), h.get("Context"));
        String ext = Fields.keepShared(o.exten(), h.get("Exten"));
        int prio = h.intOr("Priority", o.priority());
        String acct = Fields.keep(o.accountCode(), h.text("AccountCode"));
        name = Fields.keep(o.name(), name);
        linkedid = linkedid == null ? o.linkedid() : Fields.keep(o.linkedid(), linkedid);
        if (name == o.name() && linkedid == o.linkedid() && state == o.state() && num == o.callerIdNum()
                && cname == o.callerIdName() && cnum == o.connectedLineNum() && cln == o.connectedLineName()
                && ctx == o.context() && ext == o.exten() && prio == o.priority() && acct == o.accountCode()
                && answered == o.answered()) {
            return o; // nothing changed: no new object
        }
        return new LiveChannel(id, name, linkedid, state, num, cname, cnum, cln, ctx, ext, prio, o.application(),
                o.applicationData(), acct, o.bridgeId(), o.onHold(), o.created(), answered, o.variables(), o.localPeer());
    }

    static LiveChannel withVariables(LiveChannel o, Map<String, String> vars) {
        return new LiveChannel(o.uniqueid(), o.name(), o.linkedid(), o.state(), o.callerIdNum(), o.callerIdName(),
                o.connectedLineNum(), o.connectedLineName(), o.context(), o.exten(), o.priority(), o.application(),
                o.applicationData(), o.accountCode(), o.bridgeId(), o.onHold(), o.created(), o.answered(), vars,
                o.localPeer());
    }

    static LiveChannel withPeer(LiveChannel o, String peer) {
        return new LiveChannel(o.uniqueid(), o.name(), o.linkedid(), o.state(), o.callerIdNum(), o.callerIdName(),
                o.connectedLineNum(), o.connectedLineName(), o.context(), o.exten(), o.priority(), o.application(),
                o.applicationData(), o.accountCode(), o.bridgeId(), o.onHold(), o.created(), o.answered(),
                o.variables(), peer);
    }

    static LiveChannel withBridge(LiveChannel o, String bridgeId) {
        return new LiveChannel(o.uniqueid(), o.name(), o.linkedid(), o.state(), o.callerIdNum(), o.callerIdName(),
                o.connectedLineNum(), o.connectedLineName(), o.context(), o.exten(), o.priority(), o.application(),
                o.applicationData(), o.accountCode(), bridgeId, o.onHold(), o.created(), o.answered(),
                o.variables(), o.localPeer());
    }
}
