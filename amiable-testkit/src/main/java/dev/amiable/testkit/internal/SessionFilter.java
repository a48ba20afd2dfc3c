package dev.amiable.testkit.internal;

import dev.amiable.testkit.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A session's event filters, added with the Filter action as in manager.conf's
 * {@code eventfilter}: a regular expression searched in the event's text lets matching events
 * through (once any such filter exists, only those); a leading {@code !} keeps matching events
 * out. Thread-safe: added on the session's thread, read by whichever thread emits.
 */
final class SessionFilter {
    private final List<Pattern> include = new CopyOnWriteArrayList<>();
    private final List<Pattern> exclude = new CopyOnWriteArrayList<>();

    /** Adds a filter; false when the expression does not compile. */
    boolean add(String filter) {
        boolean not = filter.startsWith("!");
        try {
            Pattern p = Pattern.compile(not ? filter.substring(1) : filter);
            (not ? exclude : include).add(p);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    boolean accepts(Message event) {
        if (include.isEmpty() && exclude.isEmpty()) {
            return true;
        }
        String text = new String(event.toBytes(), StandardCharsets.UTF_8);
        for (Pattern p : exclude) {
            if (p.matcher(text).find()) {
                return false;
            }
        }
        if (include.isEmpty()) {
            return true;
        }
        for (Pattern p : include) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
