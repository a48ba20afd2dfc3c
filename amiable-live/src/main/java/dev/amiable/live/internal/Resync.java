package dev.amiable.live.internal;

import dev.amiable.AmiActionException;
import dev.amiable.AmiClient;
import dev.amiable.EventList;
import dev.amiable.action.AgentsAction;
import dev.amiable.action.BridgeInfoAction;
import dev.amiable.action.BridgeListAction;
import dev.amiable.action.ConfbridgeListAction;
import dev.amiable.action.ConfbridgeListRoomsAction;
import dev.amiable.action.CoreShowChannelsAction;
import dev.amiable.action.DeviceStateListAction;
import dev.amiable.action.ExtensionStateListAction;
import dev.amiable.action.ListAction;
import dev.amiable.action.ParkedCallsAction;
import dev.amiable.action.PresenceStateListAction;
import dev.amiable.action.QueueStatusAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.live.LivePart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One resync at a time: sends every list action once, collects what comes back in wire order
 * (finished lists reach the client's list listeners in order with the events), and when the last
 * one has finished hands the results to {@link ResyncApply}. Every method runs under the
 * engine's lock. A newer resync makes the answers of an older one be ignored.
 */
final class Resync {
    private final AmiClient ami;
    private final Object lock;
    private final Consumer<ListResults> done;
    private final String prefix = "live-" + Long.toHexString(System.nanoTime() & 0xffffff) + "-";
    private int generation;
    private int sequence;
    private int outstanding;
    private boolean running;
    private ListResults results;
    /** What to do with a finished list, by the ActionID we gave it. */
    private final Map<String, Consumer<EventList<? extends AmiEvent>>> handlers = new HashMap<>();

    Resync(AmiClient ami, Object lock, Consumer<ListResults> done) {
        this.ami = ami;
        this.lock = lock;
        this.done = done;
    }

    boolean running() {
        return running;
    }

    /** Starts a resync, abandoning any running one. */
    void start() {
        generation++;
        handlers.clear();
        outstanding = 1; // held until every list is sent, so an early failure cannot end the resync
        running = true;
        results = new ListResults();
        ListResults r = results;
        send(LivePart.CHANNELS, id -> CoreShowChannelsAction.builder().actionId(id).build(), l -> r.channels.addAll(l.events()));
        send(LivePart.BRIDGES, id -> BridgeListAction.builder().actionId(id).build(), l -> {
            r.bridges.addAll(l.events());
            for (AmiEvent b : l.events()) {
                String id = b.get("BridgeUniqueid");
                if (id != null) {
                    sendPer(a -> BridgeInfoAction.builder().bridgeUniqueid(id).actionId(a).build(),
                            i -> r.bridgeMembers.put(id, new ArrayList<>(i.events())));
                }
            }
        });
        send(LivePart.QUEUES, id -> QueueStatusAction.builder().actionId(id).build(), l -> r.queues.addAll(l.events()));
        send(LivePart.AGENTS, id -> AgentsAction.builder().actionId(id).build(), l -> r.agents.addAll(l.events()));
        send(LivePart.PARKING, id -> ParkedCallsAction.builder().actionId(id).build(), l -> r.parked.addAll(l.events()));
        send(LivePart.CONFERENCES, id -> ConfbridgeListRoomsAction.builder().actionId(id).build(), l -> {
            r.rooms.addAll(l.events());
            for (AmiEvent room : l.events()) {
                String name = room.get("Conference");
                if (name != null) {
                    r.conferenceUsers.put(name, new ArrayList<>());
                    sendPer(a -> ConfbridgeListAction.builder().conference(name).actionId(a).build(),
                            i -> r.conferenceUsers.get(name).addAll(i.events()));
                }
            }
        });
        send(LivePart.DEVICE_STATES, id -> DeviceStateListAction.builder().actionId(id).build(), l -> r.devices.addAll(l.events()));
        send(LivePart.EXTENSION_STATES, id -> ExtensionStateListAction.builder().actionId(id).build(), l -> r.extensions.addAll(l.events()));
        send(LivePart.PRESENCE_STATES, id -> PresenceStateListAction.builder().actionId(id).build(), l -> r.presences.addAll(l.events()));
        finished();
    }

    /** Stops waiting (connection lost): the lists' answers, if any come, are ignored. */
    void abandon() {
        generation++;
        handlers.clear();
        running = false;
    }

    /** A finished list from the client (dispatcher thread, in wire order). */
    void onList(EventList<? extends AmiEvent> list) {
        String id = list.response() == null ? null : list.response().actionId();
        Consumer<EventList<? extends AmiEvent>> h = id == null ? null : handlers.remove(id);
        if (h != null) {
            h.accept(list);
            finished();
        }
    }

    /** A part's main list: refused marks the part unavailable; other failures leave it untrusted. */
    private void send(LivePart part, Function<String, ListAction<? extends AmiEvent>> action,
                      Consumer<EventList<? extends AmiEvent>> onList) {
        String id = register(onList);
        int gen = generation;
        java.util.concurrent.CompletableFuture<? extends EventList<? extends AmiEvent>> f;
        try {
            f = ami.sendForList(action.apply(id));
        } catch (RuntimeException e) {
            f = java.util.concurrent.CompletableFuture.failedFuture(e);
        }
        f.whenComplete((l, err) -> {
            if (err != null) {
                synchronized (lock) {
                    if (gen == generation && handlers.remove(id) != null) {
                        Throwable c = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
                        if (part == null) {
                            // the object went while listing: nothing to add
                        } else if (c instanceof AmiActionException a && !emptyAnswer(a)) {
                            results.refused.add(part);
                        } else if (!(c instanceof AmiActionException)) {
                            results.failed.add(part);
                        }
                        finished();
                    }
                }
            }
        });
    }

    /** A per-object list (BridgeInfo, ConfbridgeList): an error means the object went meanwhile. */
    private void sendPer(Function<String, ListAction<? extends AmiEvent>> action,
                         Consumer<EventList<? extends AmiEvent>> onList) {
        send(null, action, onList);
    }

    private String register(Consumer<EventList<? extends AmiEvent>> onList) {
        String id = prefix + generation + "-" + (++sequence);
        handlers.put(id, onList);
        outstanding++;
        return id;
    }

    private void finished() {
        if (--outstanding == 0 && running) {
            running = false;
            done.accept(results);
        }
    }

    /** Errors that mean "nothing to list" rather than "not allowed" (ConfBridge says so when idle). */
    private static boolean emptyAnswer(AmiActionException a) {
        String msg = a.response() == null ? null : a.response().message();
        return msg != null && (msg.startsWith("No active conferences") || msg.startsWith("No Conference by that name")
                || msg.startsWith("Bridge not found") || msg.startsWith("No bridge"));
    }
}
