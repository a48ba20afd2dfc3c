package dev.amiable.kafka.internal;

import dev.amiable.live.LiveAgent;
import dev.amiable.live.LiveBridge;
import dev.amiable.live.LiveCall;
import dev.amiable.live.LiveChange;
import dev.amiable.live.LiveChannel;
import dev.amiable.live.LiveConference;
import dev.amiable.live.LiveExtensionState;
import dev.amiable.live.LiveParkedCall;
import dev.amiable.live.LivePresenceState;
import dev.amiable.live.LiveQueue;

/**
 * What a change record says about one {@link LiveChange}: the kind of object, whether it was
 * added, changed or removed, its identity, the call it belongs to (for the record key), and the
 * object before and after.
 *
 * @param object   {@code channel}, {@code call}, {@code bridge}, …
 * @param change   {@code added}, {@code changed} or {@code removed}
 * @param id       the object's identity within its kind
 * @param linkedid the call the object belongs to, or null when it belongs to none known
 * @param before   the object before, or null
 * @param after    the object after, or null
 */
public record LiveChanges(String object, String change, String id, String linkedid, Object before, Object after) {

    /** The description of {@code c}, or null for a signal ({@code Stale}, {@code Resynced}). */
    public static LiveChanges of(LiveChange c) {
        Object now = c.after() != null ? c.after() : c.before();
        String change = c.added() ? "added" : c.removed() ? "removed" : "changed";
        if (c instanceof LiveChange.ChannelChange) {
            LiveChannel ch = (LiveChannel) now;
            return new LiveChanges("channel", change, ch.uniqueid(), ch.linkedid(), c.before(), c.after());
        } else if (c instanceof LiveChange.CallChange) {
            String linkedid = ((LiveCall) now).linkedid();
            return new LiveChanges("call", change, linkedid, linkedid, c.before(), c.after());
        } else if (c instanceof LiveChange.BridgeChange) {
            return new LiveChanges("bridge", change, ((LiveBridge) now).id(), null, c.before(), c.after());
        } else if (c instanceof LiveChange.QueueChange) {
            return new LiveChanges("queue", change, ((LiveQueue) now).name(), null, c.before(), c.after());
        } else if (c instanceof LiveChange.AgentChange) {
            return new LiveChanges("agent", change, ((LiveAgent) now).agent(), null, c.before(), c.after());
        } else if (c instanceof LiveChange.ParkedCallChange) {
            return new LiveChanges("parkedCall", change, ((LiveParkedCall) now).uniqueid(), null, c.before(),
                    c.after());
        } else if (c instanceof LiveChange.ConferenceChange) {
            return new LiveChanges("conference", change, ((LiveConference) now).name(), null, c.before(),
                    c.after());
        } else if (c instanceof LiveChange.DeviceStateChange d) {
            return new LiveChanges("deviceState", change, d.device(), null, d.before(), d.after());
        } else if (c instanceof LiveChange.ExtensionStateChange) {
            LiveExtensionState e = (LiveExtensionState) now;
            return new LiveChanges("extensionState", change, e.exten() + "@" + e.context(), null, c.before(),
                    c.after());
        } else if (c instanceof LiveChange.PresenceStateChange) {
            return new LiveChanges("presenceState", change, ((LivePresenceState) now).presentity(), null,
                    c.before(), c.after());
        }
        return null;
    }
}
