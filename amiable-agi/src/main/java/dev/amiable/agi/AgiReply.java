package dev.amiable.agi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reply to an AGI command, parsed. Every form Asterisk writes is accepted:
 * <ul>
 * <li>{@code 200 result=1} — {@link #code()} 200, {@link #result()} {@code "1"};</li>
 * <li>{@code 200 result=1 (timeout) endpos=1234} — {@link #data()} {@code "timeout"}, and
 *     {@link #attribute(String) attribute("endpos")} {@code "1234"} ({@link #endpos()} 1234);</li>
 * <li>{@code 200 result=1 (a value (with) parentheses)} — the data is everything between the first
 *     {@code (} after the result and the last {@code )} that is followed only by attributes;</li>
 * <li>{@code 200 result=1 (speech) endpos=0 results=1 score0=900 text0="two words" grammar0=g} —
 *     quoted attribute values lose their quotes;</li>
 * <li>{@code 510 Invalid or unknown command}, {@code 511 Command Not Permitted …} — the message is
 *     in {@link #message()};</li>
 * <li>{@code 520-Invalid command syntax.  Proper usage follows:}, usage lines, then
 *     {@code 520 End of proper usage.} — the usage lines are in {@link #usage()}; the single-line
 *     {@code 520 …} form is accepted too.</li>
 * </ul>
 * Parsing never throws: a line that fits none of these has {@link #code()} {@code -1} and its
 * text in {@link #message()}. Immutable.
 */
public final class AgiReply {
    private final int code;
    private final String result;
    private final String data;
    private final Map<String, String> attributes;
    private final String message;
    private final List<String> usage;
    private final String text;

    private AgiReply(int code, String result, String data, Map<String, String> attributes, String message,
            List<String> usage, String text) {
        this.code = code;
        this.result = result;
        this.data = data;
        this.attributes = attributes;
        this.message = message;
        this.usage = usage;
        this.text = text;
    }

    /**
     * Parses the lines of one reply (a single line, or a {@code 520-} block), without line ends.
     */
    public static AgiReply parse(List<String> lines) {
        String first = lines.isEmpty() ? "" : lines.get(0);
        String text = String.join("\n", lines);
        int code = code(first);
        if (code == -1) {
            return new AgiReply(-1, null, null, Map.of(), first, List.of(), text);
        }
        String rest = first.length() > 4 ? first.substring(4) : "";
        if (code == 520 && first.charAt(3) == '-') {
            List<String> usage = lines.size() > 2 ? List.copyOf(lines.subList(1, lines.size() - 1)) : List.of();
            return new AgiReply(520, null, null, Map.of(), rest, usage, text);
        }
        if (code != 200 || !rest.startsWith("result=")) {
            return new AgiReply(code, null, null, Map.of(), rest, List.of(), text);
        }
        int end = rest.indexOf(' ');
        String result = rest.substring(7, end < 0 ? rest.length() : end);
        String tail = end < 0 ? "" : rest.substring(end + 1);
        String data = null;
        if (tail.startsWith("(")) {
            int close = dataEnd(tail);
            if (close > 0) {
                data = tail.substring(1, close);
                tail = tail.substring(close + 1);
            }
        }
        return new AgiReply(200, result, data, attributes(tail), null, List.of(), text);
    }

    /** Parses one single-line reply. */
    public static AgiReply parse(String line) {
        return parse(List.of(line));
    }

    private static int code(String line) {
        if (line.length() < 3 || (line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-')) {
            return -1;
        }
        for (int i = 0; i < 3; i++) {
            if (line.charAt(i) < '0' || line.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(line.substring(0, 3));
    }

    /** The last ')' after which only attributes follow; -1 when none. */
    private static int dataEnd(String tail) {
        for (int i = tail.lastIndexOf(')'); i > 0; i = tail.lastIndexOf(')', i - 1)) {
            String after = tail.substring(i + 1);
            if (after.isEmpty() || (after.charAt(0) == ' ' && attributesOnly(after.substring(1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean attributesOnly(String s) {
        return s.isBlank() || s.matches("[A-Za-z_][A-Za-z0-9_]*=(\"[^\"]*\"|\\S*)( [A-Za-z_][A-Za-z0-9_]*=(\"[^\"]*\"|\\S*))*\\s*");
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> map = new LinkedHashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (i >= n || eq < 0) {
                break;
            }
            String key = s.substring(i, eq);
            int start = eq + 1;
            int stop;
            String value;
            if (start < n && s.charAt(start) == '"') {
                stop = s.indexOf('"', start + 1);
                stop = stop < 0 ? n : stop;
                value = s.substring(start + 1, stop);
                stop = Math.min(n, stop + 1);
            } else {
                stop = s.indexOf(' ', start);
                stop = stop < 0 ? n : stop;
                value = s.substring(start, stop);
            }
            map.put(key, value);
            i = stop;
        }
        return Collections.unmodifiableMap(map);
    }

    /** The status code: 200, 510, 511, 520, or -1 for a line that is not a reply. */
    public int code() {
        return code;
    }

    /** Whether the code is 200 (the command ran; its result may still say it failed). */
    public boolean isOk() {
        return code == 200;
    }

    /** The text after {@code result=}, or null when the code is not 200. */
    public String result() {
        return result;
    }

    /** The result as a number; -1 when absent or not a number (AGI's own failure value). */
    public long resultNumber() {
        if (result == null) {
            return -1;
        }
        try {
            return Long.parseLong(result);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The text between parentheses after the result, or null when there is none. */
    public String data() {
        return data;
    }

    /** An attribute written as {@code key=value} after the result, or null. */
    public String attribute(String key) {
        return attributes.get(key);
    }

    /** Every attribute, in order. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** The {@code endpos=} attribute (a sample offset), or -1 when absent or malformed. */
    public long endpos() {
        String v = attributes.get("endpos");
        try {
            return v == null ? -1 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The message of a non-200 reply (or the whole line when it was not a reply); null for 200. */
    public String message() {
        return message;
    }

    /** The usage lines of a multi-line {@code 520} reply; empty otherwise. */
    public List<String> usage() {
        return usage;
    }

    /** The reply as received, lines joined with {@code \n}. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
