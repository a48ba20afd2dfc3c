package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.QueueMemberStatus;
import dev.amiable.live.LiveAgent;
import dev.amiable.live.LiveQueue;
import dev.amiable.live.LiveQueueCaller;
import dev.amiable.live.LiveQueueMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Folds app_queue events (members, callers, counters) and app_agent_pool agent events. */
final class QueueFold {
    private final Model m;

    QueueFold(Model m) {
        this.m = m;
    }

    /** QueueMemberAdded, QueueMemberStatus, QueueMemberPause, QueueMemberPenalty, QueueMemberRinginuse. */
    void member(AmiEvent e) {
        String q = e.get("Queue");
        String iface = e.get("Interface");
        if (q == null || iface == null) {
            return;
        }
        touch(Touched.MEMBER, q + '\0' + iface);
        LiveQueue old = queue(q);
        LiveQueueMember before = old.member(iface);
        LiveQueueMember now = member(e, q, iface, before);
        if (!now.equals(before)) {
            m.setQueue(q, m.queues.get(q), withMember(old, iface, now));
        }
    }

    void memberRemoved(AmiEvent e) {
        String q = e.get("Queue");
        String iface = e.get("Interface");
        LiveQueue old = q == null ? null : m.queues.get(q);
        if (iface == null) {
            return;
        }
        touch(Touched.MEMBER, q + '\0' + iface);
        if (old != null && old.member(iface) != null) {
            m.setQueue(q, old, withMember(old, iface, null));
        }
    }

    void callerJoin(AmiEvent e) {
        String q = e.get("Queue");
        String uid = e.get("Uniqueid");
        if (q == null || uid == null) {
            return;
        }
        touch(Touched.CALLER, uid);
        LiveQueue old = queue(q);
        List<LiveQueueCaller> callers = new ArrayList<>(old.callers());
        callers.removeIf(c -> c.uniqueid().equals(uid));
        callers.add(new LiveQueueCaller(q, uid, e.get("Channel"), Fields.intOr(e, "Position", callers.size() + 1),
                Fields.text(e, "CallerIDNum"), Fields.text(e, "CallerIDName"), Fields.time(e)));
        callers.sort((a, b) -> Integer.compare(a.position(), b.position()));
        m.setQueue(q, m.queues.get(q), withCallers(old, callers));
    }

    void callerLeave(AmiEvent e) {
        String q = e.get("Queue");
        String uid = e.get("Uniqueid");
        LiveQueue old = q == null ? null : m.queues.get(q);
        if (uid == null) {
            return;
        }
        touch(Touched.CALLER, uid);
        if (old == null) {
            return;
        }
        List<LiveQueueCaller> callers = new ArrayList<>(old.callers().size());
        int gone = -1;
        for (LiveQueueCaller c : old.callers()) {
            if (c.uniqueid().equals(uid)) {
                gone = c.position();
            }
        }
        if (gone < 0) {
            return;
        }
        for (LiveQueueCaller c : old.callers()) {
            if (!c.uniqueid().equals(uid)) {
                callers.add(c.position() > gone ? new LiveQueueCaller(c.queue(), c.uniqueid(), c.channel(),
                        c.position() - 1, c.callerIdNum(), c.callerIdName(), c.waitStart()) : c);
            }
        }
        m.setQueue(q, old, withCallers(old, callers));
    }

    void abandon(AmiEvent e) {
        count(e.get("Queue"), 0, 1);
    }

    /** AgentComplete: the queue completed a call; an app_agent_pool agent is free again. */
    void agentComplete(AmiEvent e) {
        count(e.get("Queue"), 1, 0);
        agentStatus(e, "AGENT_IDLE", null);
    }

    void agentConnect(AmiEvent e) {
        agentStatus(e, "AGENT_ONCALL", e.get("Uniqueid"));
    }

    void agentLogin(AmiEvent e) {
        String id = e.get("Agent");
        if (id == null) {
            return;
        }
        touch(Touched.AGENT, id);
        LiveAgent o = m.agents.get(id);
        LiveAgent a = new LiveAgent(id, o == null ? null : o.name(), "AGENT_IDLE", e.get("Uniqueid"), null);
        if (!a.equals(o)) {
            m.setAgent(id, o, a);
        }
    }

    void agentLogoff(AmiEvent e) {
        String id = e.get("Agent");
        if (id == null) {
            return;
        }
        touch(Touched.AGENT, id);
        LiveAgent o = m.agents.get(id);
        LiveAgent a = new LiveAgent(id, o == null ? null : o.name(), "AGENT_LOGGEDOFF", null, null);
        if (!a.equals(o)) {
            m.setAgent(id, o, a);
        }
    }

    private void agentStatus(AmiEvent e, String status, String talkingTo) {
        String iface = e.get("Interface");
        if (iface == null || !iface.startsWith("Agent/")) {
            return;
        }
        String id = iface.substring(6);
        LiveAgent o = m.agents.get(id);
        touch(Touched.AGENT, id);
        if (o != null) {
            LiveAgent a = new LiveAgent(id, o.name(), status, o.channelId(), talkingTo);
            if (!a.equals(o)) {
                m.setAgent(id, o, a);
            }
        }
    }

    private void count(String q, int completed, int abandoned) {
        LiveQueue o = q == null ? null : m.queues.get(q);
        if (o != null) {
            m.setQueue(q, o, new LiveQueue(o.name(), o.strategy(), o.max(), o.holdTime(), o.talkTime(),
                    o.completed() + completed, o.abandoned() + abandoned, o.serviceLevel(), o.weight(), o.members(),
                    o.callers()));
        }
    }

    private LiveQueue queue(String name) {
        LiveQueue q = m.queues.get(name);
        return q != null ? q : new LiveQueue(name, null, -1, -1, -1, 0, 0, -1, -1, List.of(), List.of());
    }

    private void touch(int kind, String key) {
        if (m.touched != null) {
            m.touched.add(kind, key);
        }
    }

    static LiveQueueMember member(AmiEvent e, String q, String iface, LiveQueueMember o) {
        String name = Fields.text(e, "MemberName");
        if (name == null) {
            name = o != null ? o.name() : Fields.text(e, "Name");
        }
        String st = e.get("Status");
        return new LiveQueueMember(q, iface, name, Fields.text(e, "StateInterface"), Fields.text(e, "Membership"),
                Fields.intOr(e, "Penalty", o == null ? -1 : o.penalty()),
                Fields.intOr(e, "CallsTaken", o == null ? -1 : o.callsTaken()),
                st == null && o != null ? o.status() : QueueMemberStatus.of(st),
                e.get("Paused") == null && o != null ? o.paused() : Fields.yes(e, "Paused"),
                Fields.text(e, "PausedReason"),
                e.get("InCall") == null && o != null ? o.inCall() : Fields.yes(e, "InCall"));
    }

    static LiveQueue withMember(LiveQueue o, String iface, LiveQueueMember now) {
        List<LiveQueueMember> members = new ArrayList<>(o.members().size() + 1);
        boolean placed = false;
        for (LiveQueueMember x : o.members()) {
            if (x.interfaceName().equals(iface)) {
                placed = true;
                if (now != null) {
                    members.add(now);
                }
            } else {
                members.add(x);
            }
        }
        if (!placed && now != null) {
            members.add(now);
        }
        return new LiveQueue(o.name(), o.strategy(), o.max(), o.holdTime(), o.talkTime(), o.completed(), o.abandoned(),
                o.serviceLevel(), o.weight(), List.copyOf(members), o.callers());
    }

    static LiveQueue withCallers(LiveQueue o, List<LiveQueueCaller> callers) {
        return new LiveQueue(o.name(), o.strategy(), o.max(), o.holdTime(), o.talkTime(), o.completed(), o.abandoned(),
                o.serviceLevel(), o.weight(), o.members(), List.copyOf(callers));
    }

    static Instant waitStart(AmiEvent e, Instant now) {
        int wait = Fields.intOr(e, "Wait", 0);
        return now.minusSeconds(Math.max(0, wait));
    }
}
