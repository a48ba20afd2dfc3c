package dev.amiable.testkit;

import java.util.List;
import java.util.Set;

/**
 * What the simulated PBX of a {@link FakeAsterisk} holds at one moment: its channels, bridges,
 * queues, parked calls and conferences, as the server itself knows them (not as any client saw
 * them). Tests compare a client-side model with it. Immutable and consistent: taken in one step
 * under the PBX's lock by {@link FakeAsterisk#truth()}. Lists keep the PBX's order (creation
 * order; queue callers by position).
 *
 * @param channels    live channels
 * @param bridges     bridges that exist, empty ones included
 * @param queues      every configured queue, with its members and waiting callers
 * @param parkedCalls calls waiting in a parking lot
 * @param conferences ConfBridge conferences with at least one user
 */
public record PbxTruth(List<Channel> channels, List<Bridge> bridges, List<Queue> queues,
                       List<ParkedCall> parkedCalls, List<Conference> conferences) {

    public PbxTruth {
        channels = List.copyOf(channels);
        bridges = List.copyOf(bridges);
        queues = List.copyOf(queues);
        parkedCalls = List.copyOf(parkedCalls);
        conferences = List.copyOf(conferences);
    }

    /** The channel with this Uniqueid, or null. */
    public Channel channel(String uniqueid) {
        return channels.stream().filter(c -> c.uniqueid().equals(uniqueid)).findFirst().orElse(null);
    }

    /**
     * True when the PBX holds no channel, waiting caller, parked call or conference, and every
     * bridge is empty (a parking lot keeps its bridge).
     */
    public boolean idle() {
        return channels.isEmpty() && parkedCalls.isEmpty() && conferences.isEmpty()
                && bridges.stream().allMatch(b -> b.channelIds().isEmpty())
                && queues.stream().allMatch(q -> q.callers().isEmpty());
    }

    /**
     * One channel.
     *
     * @param state    Asterisk's channel state number (0 down … 6 up, 5 ringing, 4 ring)
     * @param bridgeId the bridge it is in, or null
     * @param onHold   whether the last of Hold/Unhold said on hold
     */
    public record Channel(String uniqueid, String name, String linkedid, int state, String bridgeId,
                          boolean onHold) {
    }

    /**
     * One bridge.
     *
     * @param type       {@code basic}, {@code parking}, {@code base} (ConfBridge) …
     * @param channelIds the Uniqueids of the channels in it
     */
    public record Bridge(String id, String type, String technology, Set<String> channelIds) {
        public Bridge {
            channelIds = Set.copyOf(channelIds);
        }
    }

    /** A queue with its members (in configuration order) and callers (by position). */
    public record Queue(String name, List<Member> members, List<Caller> callers) {
        public Queue {
            members = List.copyOf(members);
            callers = List.copyOf(callers);
        }
    }

    /**
     * A queue member.
     *
     * @param status the device state number QueueMember reports (1 not in use, 2 in use, 6 ringing)
     */
    public record Member(String interfaceName, String name, boolean paused, boolean inCall, int status) {
    }

    /** A waiting caller: the Uniqueid of the channel in the queue and its position from 1. */
    public record Caller(String uniqueid, int position) {
    }

    /** A parked call: the parkee's Uniqueid, its space (e.g. {@code 701}) and lot. */
    public record ParkedCall(String uniqueid, String space, String lot) {
    }

    /** A conference and the Uniqueids of its users. */
    public record Conference(String name, Set<String> channelIds) {
        public Conference {
            channelIds = Set.copyOf(channelIds);
        }
    }
}
