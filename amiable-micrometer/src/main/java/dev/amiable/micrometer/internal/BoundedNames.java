package dev.amiable.micrometer.internal;

import dev.amiable.action.ActionCatalog;
import dev.amiable.action.ActionInfo;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventInfo;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tag values that cannot grow without bound: an event or action name becomes the catalogue's
 * spelling of it, and any name the catalogue lacks becomes {@link #OTHER}. A server (or a caller)
 * inventing names therefore adds at most one tag value.
 */
public final class BoundedNames {
    /** The tag value of every name outside the catalogue. */
    public static final String OTHER = "other";

    private static final Map<String, String> ACTIONS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (ActionInfo a : ActionCatalog.all()) {
            ACTIONS.put(a.name(), a.name());
        }
    }

    private BoundedNames() {
    }

    /**
     * The catalogue's name of this event's type (also of a type registered with
     * {@code EventRegistry.register}), or {@link #OTHER} for an event without a class.
     */
    public static String event(AmiEvent event) {
        EventInfo info = event.info();
        return info == null ? OTHER : info.name();
    }

    /** The catalogue's spelling of an action name (any case), or {@link #OTHER}. */
    public static String action(String name) {
        String known = name == null ? null : ACTIONS.get(name);
        return known == null ? OTHER : known;
    }
}
