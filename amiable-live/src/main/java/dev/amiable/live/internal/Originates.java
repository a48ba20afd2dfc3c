package dev.amiable.live.internal;

import dev.amiable.AmiConnectionException;
import dev.amiable.AmiTimeoutException;
import dev.amiable.action.AmiAction;
import dev.amiable.action.GenericAction;
import dev.amiable.action.OriginateAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.ChannelState;
import dev.amiable.live.LiveChannel;
import dev.amiable.live.OriginateOutcome;
import dev.amiable.live.OriginateResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows originated calls: by ActionID until the {@code OriginateResponse}, then, when it says
 * answered, by the channel's Uniqueid until the model holds that channel {@code Up} (or saw it hang
 * up). So the outcome is the same whether the response comes before or after the channel's
 * events. Every method runs under the engine's lock.
 */
final class Originates {
    private static final AtomicLong IDS = new AtomicLong();

    /** One originate in flight. */
    static final class Pending {
        final String actionId;
        final CompletableFuture<OriginateOutcome> future = new CompletableFuture<>();
        String uniqueid;
        int reason = -1;

        Pending(String actionId) {
            this.actionId = actionId;
        }
    }

    private final Map<String, Pending> byActionId = new HashMap<>();
    /** Answered originates whose channel the model holds, completed once that state is published. */
    private final List<Pending> ready = new ArrayList<>(2);
    private final List<OriginateOutcome> readyOutcomes = new ArrayList<>(2);
    private final Map<String, Pending> byUniqueid = new HashMap<>();
    private final Model model;

    Originates(Model model) {
        this.model = model;
    }

    boolean idle() {
        return byActionId.isEmpty() && byUniqueid.isEmpty() && ready.isEmpty();
    }

    /** The action to send (Async forced on, an ActionID chosen) and its pending entry. */
    Pending prepare(OriginateAction action, AmiAction[] out) {
        String id = action.actionId() != null ? action.actionId() : "live-originate-" + IDS.incrementAndGet();
        GenericAction.Builder b = GenericAction.builder("Originate").actionId(id);
        for (int i = 0; i < action.headerCount(); i++) {
            String k = action.headerKey(i);
            if (!k.equalsIgnoreCase("Async") && !k.equalsIgnoreCase("ActionID")) {
                b.header(k, action.headerValue(i));
            }
        }
        b.header("Async", "true");
        out[0] = b.build();
        Pending p = new Pending(id);
        byActionId.put(id, p);
        return p;
    }

    /** The server answered the action itself: an error ends the originate now. */
    void actionAnswered(Pending p, boolean success) {
        if (!success && byActionId.remove(p.actionId) != null) {
            p.future.complete(new OriginateOutcome(OriginateResult.FAILED, null, -1));
        }
    }

    void forget(Pending p, Throwable error) {
        byActionId.remove(p.actionId);
        if (p.uniqueid != null) {
            byUniqueid.remove(p.uniqueid);
        }
        p.future.completeExceptionally(error);
    }

    /** An {@code OriginateResponse}: ours when its ActionID is. */
    void response(AmiEvent e) {
        String id = e.get("ActionID");
        Pending p = id == null ? null : byActionId.remove(id);
        if (p == null) {
            return;
        }
        p.reason = Fields.intOr(e, "Reason", -1);
        OriginateResult result = OriginateResult.of("Success".equalsIgnoreCase(e.get("Response")), p.reason);
        String uid = Fields.text(e, "Uniqueid");
        if (result != OriginateResult.ANSWERED || uid == null) {
            p.future.complete(new OriginateOutcome(result, null, p.reason));
            return;
        }
        LiveChannel c = model.channels.get(uid);
        if (c != null && c.state() == ChannelState.UP) {
            whenPublished(p, new OriginateOutcome(result, c, p.reason));
        } else {
            p.uniqueid = uid;
            byUniqueid.put(uid, p);
        }
    }

    /** A channel changed: completes an answered originate waiting for it. */
    void channelChanged(LiveChannel before, LiveChannel after) {
        if (byUniqueid.isEmpty()) {
            return;
        }
        String uid = after != null ? after.uniqueid() : before.uniqueid();
        Pending p = byUniqueid.get(uid);
        if (p != null && (after == null || after.state() == ChannelState.UP)) {
            byUniqueid.remove(uid);
            whenPublished(p, new OriginateOutcome(OriginateResult.ANSWERED, after != null ? after : before, p.reason));
        }
    }

    private void whenPublished(Pending p, OriginateOutcome o) {
        ready.add(p);
        readyOutcomes.add(o);
    }

    /** Called after each publish: completes the originates whose channel that state holds. */
    void completeReady() {
        if (ready.isEmpty()) {
            return;
        }
        for (int i = 0; i < ready.size(); i++) {
            ready.get(i).future.complete(readyOutcomes.get(i));
        }
        ready.clear();
        readyOutcomes.clear();
    }

    /** The connection went: every originate in flight fails. */
    void failAll(String why) {
        List<Pending> all = new ArrayList<>(byActionId.values());
        all.addAll(byUniqueid.values());
        byActionId.clear();
        byUniqueid.clear();
        for (Pending p : all) {
            p.future.completeExceptionally(new AmiConnectionException(why));
        }
    }

    static AmiTimeoutException timeout(Pending p) {
        return new AmiTimeoutException("no OriginateResponse for " + p.actionId + " in time");
    }
}
