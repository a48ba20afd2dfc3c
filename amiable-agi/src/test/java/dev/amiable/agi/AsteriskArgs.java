package dev.amiable.agi;

import java.util.ArrayList;
import java.util.List;

/**
 * How Asterisk's res_agi splits a command line into arguments (written from its documented
 * behaviour): blanks separate arguments outside double quotes, a double quote toggles quoting,
 * and a backslash makes the next character literal.
 */
final class AsteriskArgs {
    private AsteriskArgs() {
    }

    static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = null;
        boolean quoted = false;
        boolean escaped = false;
        for (char c : line.toCharArray()) {
            if (escaped) {
                cur = cur == null ? new StringBuilder() : cur;
                cur.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
                cur = cur == null ? new StringBuilder() : cur;
            } else if (c == '"') {
                quoted = !quoted;
                cur = cur == null ? new StringBuilder() : cur;
            } else if ((c == ' ' || c == '\t') && !quoted) {
                if (cur != null) {
                    args.add(cur.toString());
                    cur = null;
                }
            } else {
                cur = cur == null ? new StringBuilder() : cur;
                cur.append(c);
            }
        }
        if (cur != null) {
            args.add(cur.toString());
        }
        return args;
    }
}
