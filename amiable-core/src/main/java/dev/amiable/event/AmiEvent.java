package dev.amiable.event;

import dev.amiable.AmiMessage;
import dev.amiable.internal.codec.Frame;
import java.time.Instant;

/**
 * An event from the server. Every event arrives as an {@code AmiEvent}; events the catalogue
 * knows arrive as a subclass named {@code <Name>Event} (e.g. {@link HangupEvent}) with typed
 * accessors. An event without a class still carries every header, reachable by name.
 *
 * <p>A typed event is a thin view over the received bytes: accessors decode on each call and
 * follow the rules of {@link AmiMessage}.
 */
public class AmiEvent extends AmiMessage {
    private final String name;

    /** For generated classes and Amiable's decoder. */
    protected AmiEvent(Frame frame, String name) {
        super(frame);
        this.name = name;
    }

    /**
     * For user-defined event classes registered with {@link EventRegistry#register}: wraps the
     * same headers as {@code source}, without copying.
     */
    protected AmiEvent(AmiEvent source) {
        super(source.frame());
        this.name = source.name;
    }

    /** A generic event from alternating keys and values; the first pair must be {@code Event}. */
    public static AmiEvent of(String... keysAndValues) {
        return EventRegistry.global().decode(Frame.of(keysAndValues));
    }

    /** The event's name as the server spelled it (value of {@code Event:}). */
    public final String name() {
        return name;
    }

    /** The {@code ActionID} of a list item or late response event, or null. */
    public final String actionId() {
        return get("ActionID");
    }

    /** The {@code Privilege} header (e.g. {@code call,all}), or null for list items. */
    public final String privilege() {
        return get("Privilege");
    }

    /** The {@code Timestamp} header when {@code timestampevents=yes}; null otherwise. */
    public final Instant timestamp() {
        return getInstant("Timestamp");
    }

    /** What the catalogue knows about this event's type, or null for an event without a class. */
    public EventInfo info() {
        return EventRegistry.global().info(name);
    }
}
