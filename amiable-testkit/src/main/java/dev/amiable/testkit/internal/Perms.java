package dev.amiable.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Asterisk's permission classes ({@code read=} / {@code write=} in manager.conf, the
 * {@code Privilege} header of events, the {@code Events:} header of Login) as bit masks.
 *
 * <p>Rules copied from Asterisk: an action may run when the user's write mask shares any bit with
 * the action's classes, or the action needs none; an event reaches a session when every class it
 * names (ignoring {@code all}) is in both the user's read mask and the session's event mask.
 */
public final class Perms {
    /** Class names in Asterisk's order. */
    public static final String[] NAMES = {
        "system", "call", "log", "verbose", "command", "agent", "user", "config", "dtmf",
        "reporting", "cdr", "dialplan", "originate", "agi", "cc", "aoc", "test", "security", "message"
    };
    public static final int ALL = (1 << NAMES.length) - 1;
    public static final int NONE = 0;

    private static final Map<String, Integer> ACTION_PRIVILEGES = loadActionPrivileges();

    private Perms() {
    }

    /** The bit of one class name, or 0 for an unknown name. {@code all} gives {@link #ALL}. */
    public static int bit(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("all")) {
            return ALL;
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(n)) {
                return 1 << i;
            }
        }
        return 0;
    }

    /** Parses a comma list of class names ({@code "call,system"}, {@code "all"}); unknown names are ignored. */
    public static int parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        int mask = 0;
        for (String part : list.split(",")) {
            mask |= bit(part);
        }
        return mask;
    }

    /** As {@link #parse} but refuses a name that is not one of Asterisk's classes (or {@code all}). */
    public static int parseStrict(String list) {
        if (list != null) {
            for (String part : list.split(",")) {
                if (!part.isBlank() && bit(part) == 0) {
                    throw new IllegalArgumentException("unknown permission class '" + part.trim() + "' (Asterisk's are "
                            + String.join(", ", NAMES) + ", all)");
                }
            }
        }
        return parse(list);
    }

    /**
     * Parses a Login {@code Events:} or {@code EventMask:} value: {@code on}/{@code yes}/{@code true}
     * (all), {@code off}/{@code no}/{@code false} (none), or a class list.
     */
    public static int parseEventMask(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "on": case "yes": case "true": case "1":
                return ALL;
            case "off": case "no": case "false": case "0": case "":
                return NONE;
            default:
                return parse(v);
        }
    }

    /** Classes named by an event's {@code Privilege} value, ignoring {@code all}; 0 when none. */
    public static int eventClasses(String privilege) {
        if (privilege == null) {
            return NONE;
        }
        int mask = 0;
        for (String part : privilege.split(",")) {
            String p = part.trim();
            if (!p.equalsIgnoreCase("all")) {
                mask |= bit(p);
            }
        }
        return mask;
    }

    /** Write classes the named action needs (any one suffices); 0 when it needs none or is unknown. */
    public static int actionClasses(String action) {
        return ACTION_PRIVILEGES.getOrDefault(action.toLowerCase(Locale.ROOT), NONE);
    }

    /** Whether a user with {@code writeMask} may run {@code action}. */
    public static boolean mayRun(int writeMask, String action) {
        int need = actionClasses(action);
        return need == NONE || (writeMask & need) != 0;
    }

    private static Map<String, Integer> loadActionPrivileges() {
        Properties p = new Properties();
        try (InputStream in = Perms.class.getResourceAsStream("action-privileges.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> m = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            m.put(name, parse(p.getProperty(name)));
        }
        return m;
    }
}
