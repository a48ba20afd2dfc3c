package dev.amiable.kafka;

import dev.amiable.event.AmiEvent;

/**
 * One change of the PBX's live model found by the resync after a reconnect (written with
 * {@link KafkaBridge.Builder#live}): an object that appeared, changed or went while the bridge was
 * not connected (or while the resync's lists ran). Its name is {@code AmiableChange}.
 *
 * <p>{@link #before()} and {@link #after()} are the object as JSON (its fields as named in
 * {@code amiable-live}'s records, times in ISO-8601), null when it was added or removed.
 */
public final class BridgeChangeEvent extends BridgeRecordEvent {
    /** The event name of change records. */
    public static final String NAME = dev.amiable.kafka.internal.Gaps.CHANGE_NAME;

    BridgeChangeEvent(AmiEvent source) {
        super(source);
    }

    /**
     * What changed: {@code channel}, {@code call}, {@code bridge}, {@code queue}, {@code agent},
     * {@code parkedCall}, {@code conference}, {@code deviceState}, {@code extensionState} or
     * {@code presenceState}.
     */
    public String object() {
        return get("Object");
    }

    /** {@code added}, {@code changed} or {@code removed}. */
    public String change() {
        return get("Change");
    }

    /**
     * The object's identity: a call's Linkedid, a channel's Uniqueid, a bridge's id, a queue's,
     * conference's or agent's name, a device, {@code exten@context}, a presentity.
     */
    public String id() {
        return get("Id");
    }

    /** The object before the change as JSON, null when it was added. */
    public String before() {
        return get("Before");
    }

    /** The object after the change as JSON, null when it was removed. */
    public String after() {
        return get("After");
    }
}
