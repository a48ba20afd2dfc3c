package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One call of {@link MixedTraffic}: the originated Local pair ({@code call.one}/{@code call.two},
 * the second being the caller that reaches queues, bridges, parking and conferences) and whatever
 * it reached. Every channel the call brought up is in {@link #channels} until it hangs up, every
 * basic bridge it created in {@link #bridges}. Guarded by the {@link Pbx} lock.
 */
final class SimCall {
    /** Where the call is. */
    enum Stage {
        /** Originated, not answered. */
        RINGING,
        /** Answered and running dialplan, in no bridge. */
        ANSWERED,
        /** Talking to {@link #partner} in {@link #bridge}. */
        BRIDGED,
        /** The partner left the caller (on hold) for a consultation with {@link #target}. */
        CONSULTING,
        /** Waiting in {@link #queue}; rung members in {@link #rung}. */
        QUEUED,
        /** Parked in {@link #space}. */
        PARKED,
        /** In a ConfBridge conference. */
        CONFERENCE
    }

    final Call call;
    Stage stage = Stage.RINGING;
    final List<PbxChannel> channels = new ArrayList<>();
    final List<PbxBridge> bridges = new ArrayList<>();
    /** The bridge the caller talks in, when BRIDGED or CONSULTING. */
    PbxBridge bridge;
    /** The channel opposite the caller in {@link #bridge}, and the channels that hang up with it. */
    PbxChannel partner;
    final List<PbxChannel> partnerSide = new ArrayList<>();
    /** A Local pair the partner's pair forwards to (partner;2 bridged with far;1), or null. */
    PbxChannel far;
    PbxBridge farBridge;
    /** The consultation: its bridge and the target's channels. */
    PbxBridge consultBridge;
    final List<PbxChannel> target = new ArrayList<>();
    PbxQueue queue;
    /** Rung members with their agent channel pair (;1, ;2). */
    final Map<PbxQueue.Member, PbxChannel[]> rung = new LinkedHashMap<>();
    /** The member who answered, while BRIDGED with an agent. */
    PbxQueue.Member member;
    int space;

    SimCall(Call call) {
        this.call = call;
    }

    /** Now BRIDGED with {@code partner}; {@code side} are the channels that hang up with it. */
    void bridgedWith(PbxChannel partner, List<PbxChannel> side) {
        this.partner = partner;
        partnerSide.clear();
        partnerSide.addAll(side);
        stage = Stage.BRIDGED;
    }

    /** The channel that is queued, bridged, parked or conferenced: ;2 of the originated pair. */
    PbxChannel caller() {
        return call.two;
    }
}
