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
        if (m.touched != null) {
            m.touched.add(Touched.NAMED_CHANNEL, e.get("Uniqueid"));
            m.touched.add(Touched.NAMED_BRIDGE, e.get("BridgeUniqueid"));
        }
        switch (e.name()) {
            case "Newchannel" -> channels.newchannel(e);
            case "Newstate", "NewCallerid", "NewConnectedLine", "NewAccountCode" -> channels.snapshot(e);
            case "Newexten", "NewExten" -> {
                channels.refreshState(e);
                channels.newexten(e);
            }
            case "VarSet" -> {
                channels.refreshState(e);
                channels.varSet(e);
            }
            case "Hold", "Unhold" -> {
                channels.refreshState(e);
                channels.hold(e, e.name().equals("Hold"));
            }
            case "Rename" -> channels.rename(e);
            case "LocalBridge" -> channels.localBridge(e);
            case "Hangup" -> channels.hangup(e);
            case "BridgeCreate" -> bridges.create(e);
            case "BridgeEnter" -> {
                channels.refreshState(e);
                bridges.enter(e);
            }
            case "BridgeLeave" -> {
                channels.refreshState(e);
                bridges.leave(e);
            }
            case "BridgeDestroy" -> bridges.destroy(e);
            case "BridgeMerge" -> bridges.merge(e);
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
            case "ParkedCallSwap" -> parkConf.parked(e);
            case "ConfbridgeStart" -> parkConf.confStart(e);
            case "ConfbridgeEnd" -> parkConf.confEnd(e);
            case "ConfbridgeJoin" -> parkConf.confUser(e, null, null);
            case "ConfbridgeLeave" -> parkConf.confLeave(e);
            case "ConfbridgeMute" -> parkConf.confUser(e, Boolean.TRUE, null);
            case "ConfbridgeUnmute" -> parkConf.confUser(e, Boolean.FALSE, null);
            case "ConfbridgeTalking" -> parkConf.confUser(e, null, Fields.yes(e, "TalkingStatus"));
            case "DeviceStateChange" -> {
                if (live(e)) {
                    states.device(e);
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
