package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;

/**
 * Folds one event into the {@link Model}, by the event's name (Asterisk 12+ names; events of
 * earlier versions are not understood). Events the model does not need cost one switch. An event
 * carrying an {@code ActionID} whose name is also a list item's ({@code ParkedCall},
 * {@code DeviceStateChange}, {@code ExtensionStatus}, {@code PresenceStateChange}) is another
 * client's list item, not a change, and is skipped.
 */
public final class Folder {
    private final Model m;
    final ChannelFold channels;
    final BridgeFold bridges;
    final QueueFold queues;
    final ParkConfFold parkConf;
    final StateFold states;

    public Folder(Model m) {
        this.m = m;
        this.channels = new ChannelFold(m);
        this.bridges = new BridgeFold(m, channels);
        this.queues = new QueueFold(m);
        this.parkConf = new ParkConfFold(m);
        this.states = new StateFold(m);
    }

    /** Folds {@code e}; returns true when the model may have changed (then publish). */
    public boolean fold(AmiEvent e) {
        m.eventCount++;
        Headers h = m.headers.of(e);
        if (m.touched != null) {
            m.touched.add(Touched.NAMED_CHANNEL, h.get("Uniqueid"));
            m.touched.add(Touched.NAMED_BRIDGE, h.get("BridgeUniqueid"));
        }
        switch (e.name()) {
            case "Newchannel" -> channels.newchannel(h);
            case "Newstate", "NewCallerid", "NewConnectedLine", "NewAccountCode" -> channels.snapshot(h);
            case "Newexten", "NewExten" -> {
                channels.refreshState(h);
                channels.newexten(h);
            }
            case "VarSet" -> {
                channels.refreshState(h);
                channels.varSet(h);
            }
            case "Hold", "Unhold" -> {
                channels.refreshState(h);
                channels.hold(h, e.name().equals("Hold"));
            }
            case "Rename" -> channels.rename(h);
            case "LocalBridge" -> channels.localBridge(h);
            case "Hangup" -> channels.hangup(h);
            case "BridgeCreate" -> bridges.create(h);
            case "BridgeEnter" -> {
                channels.refreshState(h);
                bridges.enter(h);
            }
            case "BridgeLeave" -> {
                channels.refreshState(h);
                bridges.leave(h);
            }
            case "BridgeDestroy" -> bridges.destroy(h);
            case "BridgeMerge" -> bridges.merge(h);
            case "QueueMemberAdded", "QueueMemberStatus", "QueueMemberPause", "QueueMemberPaused",
                    "QueueMemberPenalty", "QueueMemberRinginuse" -> queues.member(e);
            case "QueueMemberRemoved" -> queues.memberRemoved(e);
            case "QueueCallerJoin" -> queues.callerJoin(e);
            case "QueueCallerLeave" -> queues.callerLeave(e);
            case "QueueCallerAbandon" -> queues.abandon(e);
            case "AgentConnect" -> queues.agentConnect(e);
            case "AgentComplete" -> queues.agentComplete(e);
            case "AgentLogin" -> queues.agentLogin(e);
            case "AgentLogoff" -> queues.agentLogoff(e);
            case "ParkedCall" -> {
                if (live(e)) {
                    parkConf.parked(e);
                }
            }
            case "UnParkedCall", "ParkedCallTimeOut", "ParkedCallGiveUp" -> parkConf.unparked(e);
            case "ParkedCallSwap" -> parkConf.swapped(e);
            case "ConfbridgeStart" -> parkConf.confStart(e);
            case "ConfbridgeEnd" -> parkConf.confEnd(e);
            case "ConfbridgeJoin" -> parkConf.confUser(e, null, null);
            case "ConfbridgeLeave" -> parkConf.confLeave(e);
            case "ConfbridgeMute" -> parkConf.confUser(e, Boolean.TRUE, null);
            case "ConfbridgeUnmute" -> parkConf.confUser(e, Boolean.FALSE, null);
            case "ConfbridgeTalking" -> parkConf.confUser(e, null, Fields.yes(e, "TalkingStatus"));
            case "DeviceStateChange" -> {
                if (h.get("ActionID") == null) {
                    states.device(h);
                }
            }
            case "ExtensionStatus" -> {
                if (live(e)) {
                    states.extension(e);
                }
            }
            case "PresenceStateChange" -> {
                if (live(e)) {
                    states.presence(e);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean live(AmiEvent e) {
        return e.get("ActionID") == null;
    }
}
