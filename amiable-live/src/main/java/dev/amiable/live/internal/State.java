package dev.amiable.live.internal;

import dev.amiable.event.DeviceState;
import dev.amiable.live.LiveAgent;
import dev.amiable.live.LiveBridge;
import dev.amiable.live.LiveCall;
import dev.amiable.live.LiveChannel;
import dev.amiable.live.LiveConference;
import dev.amiable.live.LiveExtensionState;
import dev.amiable.live.LiveParkedCall;
import dev.amiable.live.LivePart;
import dev.amiable.live.LivePresenceState;
import dev.amiable.live.LiveQueue;
import dev.amiable.live.PbxSnapshot;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** One immutable state of the model: persistent maps per part. Taking it is one allocation. */
record State(PMap<String, LiveChannel> channelMap, PMap<String, LiveCall> callMap,
             PMap<String, LiveBridge> bridgeMap, PMap<String, LiveQueue> queueMap,
             PMap<String, LiveAgent> agentMap, PMap<String, LiveParkedCall> parkedMap,
             PMap<String, LiveConference> conferenceMap, PMap<String, DeviceState> deviceMap,
             PMap<String, LiveExtensionState> extensionMap, PMap<String, LivePresenceState> presenceMap,
             Set<LivePart> unavailable, boolean synced, boolean stale, long eventCount)
        implements PbxSnapshot {

    @Override
    public Collection<LiveChannel> channels() {
        return Views.values(channelMap);
    }

    @Override
    public LiveChannel channel(String uniqueid) {
        return uniqueid == null ? null : channelMap.get(uniqueid);
    }

    @Override
    public Collection<LiveCall> calls() {
        return Views.values(callMap);
    }

    @Override
    public LiveCall call(String linkedid) {
        return linkedid == null ? null : callMap.get(linkedid);
    }

    @Override
    public Collection<LiveBridge> bridges() {
        return Views.values(bridgeMap);
    }

    @Override
    public LiveBridge bridge(String id) {
        return id == null ? null : bridgeMap.get(id);
    }

    @Override
    public Collection<LiveQueue> queues() {
        return Views.values(queueMap);
    }

    @Override
    public LiveQueue queue(String name) {
        return name == null ? null : queueMap.get(name);
    }

    @Override
    public Collection<LiveAgent> agents() {
        return Views.values(agentMap);
    }

    @Override
    public Collection<LiveParkedCall> parkedCalls() {
        return Views.values(parkedMap);
    }

    @Override
    public Collection<LiveConference> conferences() {
        return Views.values(conferenceMap);
    }

    @Override
    public LiveConference conference(String name) {
        return name == null ? null : conferenceMap.get(name);
    }

    @Override
    public Map<String, DeviceState> deviceStates() {
        return Views.map(deviceMap);
    }

    @Override
    public Map<String, LiveExtensionState> extensionStates() {
        return Views.map(extensionMap);
    }

    @Override
    public Map<String, LivePresenceState> presenceStates() {
        return Views.map(presenceMap);
    }

    @Override
    public String toString() {
        return "PbxSnapshot{channels=" + channelMap.size() + ", calls=" + callMap.size() + ", bridges="
                + bridgeMap.size() + ", queues=" + queueMap.size() + ", parked=" + parkedMap.size()
                + ", conferences=" + conferenceMap.size() + ", synced=" + synced + ", stale=" + stale + "}";
    }
}
