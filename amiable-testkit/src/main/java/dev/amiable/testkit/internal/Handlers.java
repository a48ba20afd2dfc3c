package dev.amiable.testkit.internal;

import dev.amiable.testkit.ActionHandler;
import dev.amiable.testkit.AmiSession;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * User-registered answers: per action name (latest registration wins) and dispatchers for
 * every action (tried in registration order after the per-name ones). Thread-safe.
 */
public final class Handlers {
    private final Map<String, ActionHandler> byName = new ConcurrentHashMap<>();
    private final List<ActionHandler> dispatchers = new CopyOnWriteArrayList<>();

    public void on(String action, ActionHandler handler) {
        byName.put(action.toLowerCase(Locale.ROOT), handler);
    }

    public void remove(String action) {
        byName.remove(action.toLowerCase(Locale.ROOT));
    }

    public void dispatcher(ActionHandler handler) {
        dispatchers.add(handler);
    }

    /** The first non-null reply of a matching handler, or null when none answers. */
    public Reply find(RecordedAction action, AmiSession session) throws Exception {
        ActionHandler h = byName.get(action.name().toLowerCase(Locale.ROOT));
        if (h != null) {
            Reply r = h.handle(action, session);
            if (r != null) {
                return r;
            }
        }
        for (ActionHandler d : dispatchers) {
            Reply r = d.handle(action, session);
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
