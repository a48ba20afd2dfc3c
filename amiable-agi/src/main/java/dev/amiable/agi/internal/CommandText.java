package dev.amiable.agi.internal;

import dev.amiable.agi.AgiArgumentException;

/**
 * Builds one AGI command line. Asterisk splits a line on blanks, except inside double quotes,
 * and takes the character after a backslash literally; so an argument that is empty or holds a
 * blank, quote or backslash is written in quotes with {@code "} and {@code \} escaped, and any
 * value arrives as exactly one argument. A line break cannot be escaped (Asterisk reads up to the
 * first one), so CR, LF and NUL are refused.
 */
public final class CommandText {
    private CommandText() {
    }

    /** {@code command} as written, then each argument, quoted when needed; no line end. */
    public static String build(String command, Object... args) {
        check(command, "command", null);
        StringBuilder sb = new StringBuilder(command.length() + 16 * args.length);
        sb.append(command);
        for (Object arg : args) {
            String s = String.valueOf(arg);
            check(s, "argument of ", command);
            sb.append(' ');
            if (needsQuotes(s)) {
                sb.append('"');
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '"' || c == '\\') {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                sb.append('"');
            } else {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    static boolean needsQuotes(String s) {
        if (s.isEmpty()) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Refuses CR, LF and NUL in {@code s}: {@code what} (then {@code of}, when not null) names it in the message. */
    static void check(String s, String what, String of) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == '\0') {
                throw new AgiArgumentException("an " + what + (of == null ? "" : of) + " holds a "
                        + (c == '\0' ? "NUL" : c == '\r' ? "CR" : "LF") + " at index " + i
                        + ": AGI cannot carry it; nothing was sent");
            }
        }
    }
}
