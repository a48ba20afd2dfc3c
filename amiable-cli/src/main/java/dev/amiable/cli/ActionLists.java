package dev.amiable.cli;

import dev.amiable.action.ActionCatalog;
import java.util.List;

/**
 * Which actions answer with a list of events, so {@code send} gathers their items: the ones the
 * generated {@link ActionCatalog} marks as lists. {@code Hangup} lists only when its
 * {@code Channel} is a {@code /regex/}; given one channel it answers with a plain response.
 */
final class ActionLists {
    private ActionLists() {
    }

    /** Whether {@code action} (any case) with these {@code Key=Value} arguments answers with a list. */
    static boolean isList(String action, List<String> headers) {
        if (action.equalsIgnoreCase("Hangup")) {
            return headers.stream().anyMatch(h -> h.regionMatches(true, 0, "Channel=/", 0, 9));
        }
        return ActionCatalog.isList(action);
    }
}
