package dev.amiable.internal.conn;

import dev.amiable.AmiActionException;
import dev.amiable.AmiResponse;
import dev.amiable.EventList;
import dev.amiable.event.AmiEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One action waiting for its answer. A plain action completes with its response; a list action
 * completes when both its response and its completion event have arrived, in either order.
 * Touched only by the reader thread once registered, except {@link #fail}. Its future may be
 * completed on any thread: dependent stages always run on the stage executor.
 */
final class Pending {
    final String id;
    final String action;
    final long deadlineNanos;
    final CompletableFuture<AmiResponse> response;
    final CompletableFuture<EventList<? extends AmiEvent>> list;
    final Class<? extends AmiEvent> itemType;
    /** Whether the correlator holds this action (written under its lock, read by the reader without it). */
    volatile boolean registered;
    private AmiResponse listResponse;
    private AmiEvent completion;
    private final List<AmiEvent> items;

    private Pending(String id, String action, long deadlineNanos, Class<? extends AmiEvent> itemType, Executor stages) {
        this.id = id;
        this.action = action;
        this.deadlineNanos = deadlineNanos;
        this.itemType = itemType;
        this.response = itemType == null ? new AmiFuture<>(stages) : null;
        this.list = itemType == null ? null : new AmiFuture<>(stages);
        this.items = itemType == null ? null : new ArrayList<>();
    }

    /** An action answered by one response; dependent stages of its future run on {@code stages}. */
    static Pending plain(String id, String action, long deadlineNanos, Executor stages) {
        return new Pending(id, action, deadlineNanos, null, stages);
    }

    /** A list action; dependent stages of its future run on {@code stages}. */
    static Pending list(String id, String action, long deadlineNanos, Class<? extends AmiEvent> itemType,
            Executor stages) {
        return new Pending(id, action, deadlineNanos, itemType, stages);
    }

    boolean isList() {
        return list != null;
    }

    /** Reader: the list's response arrived. Returns true when the list is finished. */
    boolean listResponse(AmiResponse r) {
        listResponse = r;
        return completion != null;
    }

    /** Whether {@code e} is of this list's item class, when that is narrower than any event. */
    boolean isTypedItem(AmiEvent e) {
        return itemType != AmiEvent.class && itemType.isInstance(e);
    }

    /** Reader: one item. */
    void item(AmiEvent e) {
        items.add(e);
    }

    /** Reader: the completion event arrived. Returns true when the list is finished. */
    boolean listCompletion(AmiEvent e) {
        completion = e;
        return listResponse != null;
    }

    AmiResponse responseOfList() {
        return listResponse;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    EventList<? extends AmiEvent> buildList() {
        return new EventList(action, listResponse, items, itemType, completion);
    }

    int itemsSoFar() {
        return items == null ? 0 : items.size();
    }

    /** The future the user holds. */
    CompletableFuture<?> future() {
        return response != null ? response : list;
    }

    void fail(Throwable t) {
        future().completeExceptionally(t);
    }

    AmiActionException listError(AmiResponse r) {
        return new AmiActionException(action, r);
    }
}
