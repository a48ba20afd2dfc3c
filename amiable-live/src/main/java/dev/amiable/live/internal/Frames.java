package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.Frame;

/** Reaches the frame an event was decoded from (a view over the same bytes, nothing copied). */
final class Frames extends AmiEvent {
    private Frames(AmiEvent source) {
        super(source);
    }

    /** The frame {@code event} was read from. */
    static Frame of(AmiEvent event) {
        return new Frames(event).frame();
    }
}
