package dev.amiable.action;

import dev.amiable.event.AmiEvent;

/**
 * An action whose answer is a list: a response with {@code EventList: start}, item events that
 * carry the action's ActionID, and a completion event with {@code EventList: Complete}. Send it
 * with {@code AmiClient.sendForList} to get the items gathered into an {@code EventList}.
 *
 * @param <E> the class of the items ({@link AmiEvent} when an answer mixes types, as QueueStatus does)
 */
public abstract class ListAction<E extends AmiEvent> extends AmiAction {
    private final Class<E> itemType;
    private final String completeEvent;

    protected ListAction(Builder<?, ?> builder, Class<E> itemType, String completeEvent) {
        super(builder);
        this.itemType = itemType;
        this.completeEvent = completeEvent;
    }

    /** The class every item is expected to have. */
    public final Class<E> itemType() {
        return itemType;
    }

    /** The name of the event that ends the list (e.g. {@code CoreShowChannelsComplete}), or null if unknown. */
    public final String completeEvent() {
        return completeEvent;
    }
}
