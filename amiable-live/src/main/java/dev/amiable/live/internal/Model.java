package dev.amiable.live.internal;

import dev.amiable.event.DeviceState;
import dev.amiable.live.LiveAgent;
import dev.amiable.live.LiveBridge;
import dev.amiable.live.LiveCall;
import dev.amiable.live.LiveChange;
import dev.amiable.live.LiveChannel;
import dev.amiable.live.LiveConference;
import dev.amiable.live.LiveExtensionState;
import dev.amiable.live.LiveParkedCall;
import dev.amiable.live.LivePart;
import dev.amiable.live.LivePresenceState;
import dev.amiable.live.LiveQueue;
import dev.amiable.live.PbxSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The model being written: the current persistent maps, changed by one writer at a time (the
 * caller holds the {@link Engine}'s lock) in place ({@link PMap.Edit}), published as an
 * immutable {@link State} by {@link #publish()}: after each batch of events, or each event. Every write goes through the {@code set*} methods here, which report the change, mark
 * the key as touched while a resync runs, and keep calls in step with their channels.
 */
public final class Model {
    final PMap.Edit<String, LiveChannel> channels = PMap.<String, LiveChannel>empty().edit();
    final PMap.Edit<String, LiveBridge> bridges = PMap.<String, LiveBridge>empty().edit();
    final PMap.Edit<String, LiveQueue> queues = PMap.<String, LiveQueue>empty().edit();
    final PMap.Edit<String, LiveAgent> agents = PMap.<String, LiveAgent>empty().edit();
    final PMap.Edit<String, LiveParkedCall> parked = PMap.<String, LiveParkedCall>empty().edit();
    final PMap.Edit<String, LiveConference> conferences = PMap.<String, LiveConference>empty().edit();
    final PMap.Edit<String, DeviceState> devices = PMap.<String, DeviceState>empty().edit();
    final PMap.Edit<String, LiveExtensionState> extensions = PMap.<String, LiveExtensionState>empty().edit();
    final PMap.Edit<String, LivePresenceState> presences = PMap.<String, LivePresenceState>empty().edit();
    Set<LivePart> unavailable = Set.of();
    boolean synced;
    boolean stale;
    long eventCount;

    final Calls calls = new Calls(this);
    /** Reads the headers of the event or list item being folded (under the writer's lock). */
    final Headers headers = new Headers();
    /** Keys touched by events while a resync runs, or null when none runs. */
    Touched touched;
    /** Where changes go. */
    private final Consumer<LiveChange> sink;
    /** False when nobody wants changes: then no change object is made. */
    boolean active;
    /** Set by every write since the last publish: an event that changed nothing publishes nothing. */
    private boolean changed;
    private volatile State published;
    /**
     * Stands for the objects made since the last publish while nobody listened: nobody has seen
     * them, so they may still be written in place ({@link Vars}). Replaced at every publish and
     * whenever listening starts or stops.
     */
    private Object unseen = new Object();

    public Model(Consumer<LiveChange> sink) {
        this.sink = sink;
        this.published = state();
    }

    /**
     * Whether changes are made and handed to the sink (the engine turns this on while it has
     * listeners or originates to follow); off, the model makes no change objects.
     */
    public void reportChanges(boolean on) {
        if (active != on) {
            active = on; // objects made before may have been handed out, or may be now: none stays writable
            unseen = new Object();
        }
    }

    /**
     * The token of the objects nobody has seen yet (made since the last publish, while nobody
     * listens), which may be written in place; null while changes are reported (a listener holds
     * every object it was handed).
     */
    Object unseenToken() {
        return active ? null : unseen;
    }

    /** The last published state. */
    public PbxSnapshot snapshot() {
        return published;
    }

    /**
     * Finishes one event without publishing. Events of a batch end so; {@link #publish()} then
     * makes their state visible once. While changes are reported, the calls the event touched
     * are rebuilt now, so each event's call changes are reported after its channel changes; while
     * nobody listens, calls are rebuilt once per publish instead (each touched call once, however
     * many events of the batch touched it).
     */
    public void endEvent() {
        if (active) {
            calls.flush();
        }
    }

    /**
     * Finishes the event and publishes the new state (when anything changed since the last
     * publish): one snapshot per call, however many events were folded since.
     */
    public PbxSnapshot publish() {
        calls.flush();
        unseen = new Object();
        if (!changed && published.synced() == synced
                && published.stale() == stale && published.unavailable() == unavailable) {
            return published;
        }
        changed = false;
        State s = state();
        published = s;
        return s;
    }

    private State state() {
        return new State(channels.publish(), calls.map.publish(), bridges.publish(), queues.publish(),
                agents.publish(), parked.publish(), conferences.publish(), devices.publish(), extensions.publish(),
                presences.publish(), unavailable, synced, stale, eventCount);
    }

    void emit(LiveChange change) {
        if (active) {
            sink.accept(change);
        }
    }

    boolean listening() {
        return active;
    }

    void setUnavailable(LivePart part, boolean off) {
        EnumSet<LivePart> s = unavailable.isEmpty() ? EnumSet.noneOf(LivePart.class) : EnumSet.copyOf(unavailable);
        if (off ? s.add(part) : s.remove(part)) {
            unavailable = Set.copyOf(s);
        }
    }

    // ---- channels (calls follow) ----

    void setChannel(LiveChannel before, LiveChannel after) {
        changed = true;
        String id = before != null ? before.uniqueid() : after.uniqueid();
        channels.assign(id, after);
        if (touched != null) {
            touched.add(Touched.CHANNEL, id);
        }
        calls.channelChanged(before, after);
        if (active) {
            sink.accept(new LiveChange.ChannelChange(before, after));
        }
    }

    // ---- bridges ----

    void setBridge(String id, LiveBridge before, LiveBridge after) {
        changed = true;
        bridges.assign(id, after);
        if (touched != null) {
            touched.add(Touched.BRIDGE, id);
        }
        calls.bridgeChanged(before, after);
        if (active) {
            sink.accept(new LiveChange.BridgeChange(before, after));
        }
    }

    // ---- the other parts: one map each, keyed by a string ----

    void setQueue(String name, LiveQueue before, LiveQueue after) {
        changed = true;
        queues.assign(name, after);
        if (active) {
            sink.accept(new LiveChange.QueueChange(before, after));
        }
    }

    void setAgent(String id, LiveAgent before, LiveAgent after) {
        changed = true;
        agents.assign(id, after);
        if (touched != null) {
            touched.add(Touched.AGENT, id);
        }
        if (active) {
            sink.accept(new LiveChange.AgentChange(before, after));
        }
    }

    void setParked(String id, LiveParkedCall before, LiveParkedCall after) {
        changed = true;
        parked.assign(id, after);
        if (touched != null) {
            touched.add(Touched.PARKED, id);
        }
        if (active) {
            sink.accept(new LiveChange.ParkedCallChange(before, after));
        }
    }

    void setConference(String name, LiveConference before, LiveConference after) {
        changed = true;
        conferences.assign(name, after);
        if (active) {
            sink.accept(new LiveChange.ConferenceChange(before, after));
        }
    }

    void setDevice(String device, DeviceState before, DeviceState after) {
        changed = true;
        devices.assign(device, after);
        if (touched != null) {
            touched.add(Touched.DEVICE, device);
        }
        if (active) {
            sink.accept(new LiveChange.DeviceStateChange(device, before, after));
        }
    }

    void setExtension(String key, LiveExtensionState before, LiveExtensionState after) {
        changed = true;
        extensions.assign(key, after);
        if (touched != null) {
            touched.add(Touched.EXTENSION, key);
        }
        if (active) {
            sink.accept(new LiveChange.ExtensionStateChange(before, after));
        }
    }

    void setPresence(String key, LivePresenceState before, LivePresenceState after) {
        changed = true;
        presences.assign(key, after);
        if (touched != null) {
            touched.add(Touched.PRESENCE, key);
        }
        if (active) {
            sink.accept(new LiveChange.PresenceStateChange(before, after));
        }
    }

    /** Every map's size, for leak checks: channels, calls, bridges, parked, conferences, queue callers. */
    public List<Integer> sizes() {
        List<Integer> l = new ArrayList<>();
        l.add(channels.size());
        l.add(calls.map.size());
        l.add(bridges.size());
        l.add(parked.size());
        l.add(conferences.size());
        l.add(calls.localHalves.size());
        l.add(calls.pendingSize());
        return l;
    }
}
