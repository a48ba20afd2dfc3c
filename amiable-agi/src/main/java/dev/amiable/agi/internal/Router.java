package dev.amiable.agi.internal;

import dev.amiable.agi.AgiScript;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Path patterns to scripts, first match wins, in the order added. A pattern is a path where
 * {@code *} matches any run of characters ({@code /} included) and {@code ?} one character;
 * {@code /ivr/*} matches {@code /ivr/menu} and {@code /ivr/a/b}, and {@code /ivr} too. Immutable
 * once built; safe to share.
 */
public final class Router {
    private final List<Pattern> patterns = new ArrayList<>();
    private final List<AgiScript> scripts = new ArrayList<>();

    /** Adds a route; fails on a pattern that does not start with {@code /} or {@code *}. */
    public void add(String pattern, AgiScript script) {
        if (pattern.isEmpty() || (pattern.charAt(0) != '/' && pattern.charAt(0) != '*')) {
            throw new IllegalArgumentException("a route pattern starts with / or *: " + pattern);
        }
        StringBuilder re = new StringBuilder();
        String p = pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 2) : pattern;
        for (char c : p.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        if (pattern.endsWith("/*")) {
            re.append("(/.*)?");
        }
        patterns.add(Pattern.compile(re.toString()));
        scripts.add(script);
    }

    /** The script for {@code path}, or null when no route matches. */
    public AgiScript find(String path) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(path).matches()) {
                return scripts.get(i);
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }
}
