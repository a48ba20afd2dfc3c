package dev.amiable;

import dev.amiable.event.AmiEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The gathered answer of a list action (pystrix's "aggregate"): the items in arrival order, the
 * event that ended the list, and the count the server declared.
 *
 * @param <E> the item class the action declares
 */
public final class EventList<E extends AmiEvent> {
    private final String action;
    private final AmiResponse response;
    private final List<AmiEvent> events;
    private final List<E> items;
    private final AmiEvent completion;

    public EventList(String action, AmiResponse response, List<AmiEvent> events, Class<E> itemType,
            AmiEvent completion) {
        this.action = action;
        this.response = response;
        this.events = Collections.unmodifiableList(new ArrayList<>(events));
        List<E> typed = new ArrayList<>(events.size());
        for (AmiEvent e : events) {
            if (itemType.isInstance(e)) {
                typed.add(itemType.cast(e));
            }
        }
        this.items = Collections.unmodifiableList(typed);
        this.completion = completion;
    }

    /** The action's name, e.g. {@code CoreShowChannels}. */
    public String action() {
        return action;
    }

    /** The response that opened the list ({@code EventList: start}). */
    public AmiResponse response() {
        return response;
    }

    /** The items that have the declared class, in order. */
    public List<E> items() {
        return items;
    }

    /** Every item event in order, whatever its class (QueueStatus mixes three). */
    public List<AmiEvent> events() {
        return events;
    }

    /** The items of a given class, in order. */
    public <T extends AmiEvent> List<T> itemsOf(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (AmiEvent e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    /** The event that ended the list ({@code EventList: Complete}). */
    public AmiEvent completion() {
        return completion;
    }

    /** The count the server declared in {@code ListItems} (or {@code Items}, {@code Total}); -1 if none. */
    public int declaredCount() {
        for (String key : new String[] {"ListItems", "Items", "Total"}) {
            int n = completion.getInt(key);
            if (n >= 0) {
                return n;
            }
        }
        return -1;
    }

    /** Whether the number of item events equals the declared count (true when none was declared). */
    public boolean countMatches() {
        int d = declaredCount();
        return d < 0 || d == events.size();
    }

    public int size() {
        return events.size();
    }

    @Override
    public String toString() {
        return action + ": " + events.size() + " item(s), declared " + declaredCount();
    }
}
