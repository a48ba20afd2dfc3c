package dev.amiable.kafka.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Frame;

/** Reaches the bytes an event was decoded from (a view over the same frame, nothing copied). */
public final class RawEvent extends AmiEvent {
    private RawEvent(AmiEvent source) {
        super(source);
    }

    /** The frame {@code event} was read from. */
    public static Frame frameOf(AmiEvent event) {
        return new RawEvent(event).frame();
    }
}
