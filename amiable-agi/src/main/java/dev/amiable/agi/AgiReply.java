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
        String text = lines.size() <= 1 ? first : String.join("\n", lines);
        int code = code(first);
        if (code == -1) {
            return new AgiReply(-1, null, null, Map.of(), first, List.of(), text);
        }
        if (code == 520 && first.charAt(3) == '-') {
            List<String> usage = lines.size() > 2 ? List.copyOf(lines.subList(1, lines.size() - 1)) : List.of();
            return new AgiReply(520, null, null, Map.of(), rest(first), usage, text);
        }
        if (code != 200 || !first.startsWith("result=", 4)) {
            return new AgiReply(code, null, null, Map.of(), rest(first), List.of(), text);
        }
        int n = first.length();
        int end = first.indexOf(' ', 11);
        String result = first.substring(11, end < 0 ? n : end);
        int tail = end < 0 ? n : end + 1;
        String data = null;
        if (tail < n && first.charAt(tail) == '(') {
            int close = dataEnd(first, tail);
            if (close > 0) {
                data = first.substring(tail + 1, close);
                tail = close + 1;
            }
        }
        return new AgiReply(200, result, data, attributes(first, tail), null, List.of(), text);
    }

    /** Parses one single-line reply. */
    public static AgiReply parse(String line) {
        return parse(List.of(line));
    }

    private static String rest(String line) {
        return line.length() > 4 ? line.substring(4) : "";
    }

    private static int code(String line) {
        if (line.length() < 3 || (line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-')) {
            return -1;
        }
        int code = 0;
        for (int i = 0; i < 3; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            code = code * 10 + (c - '0');
        }
        return code;
    }

    /** In {@code s}, the last ')' after {@code open} followed only by attributes; -1 when none. */
    private static int dataEnd(String s, int open) {
        for (int i = s.lastIndexOf(')'); i > open; i = s.lastIndexOf(')', i - 1)) {
            if (i + 1 == s.length() || (s.charAt(i + 1) == ' ' && attributesOnly(s, i + 2))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code s} from {@code i} is blank or {@code key=value} pairs separated by single blanks. */
    private static boolean attributesOnly(String s, int i) {
        int n = s.length();
        if (blank(s, i)) {
            return true;
        }
        while (true) {
            if (i >= n || !keyStart(s.charAt(i))) {
                return false;
            }
            i++;
            while (i < n && keyPart(s.charAt(i))) {
                i++;
            }
            if (i >= n || s.charAt(i) != '=') {
                return false;
            }
            i++;
            int q = i < n && s.charAt(i) == '"' ? s.indexOf('"', i + 1) : -1;
            if (q > 0 && (q + 1 == n || space(s.charAt(q + 1)))) {
                i = q + 1;
            } else {
                while (i < n && !space(s.charAt(i))) {
                    i++;
                }
            }
            if (i + 1 < n && s.charAt(i) == ' ' && keyStart(s.charAt(i + 1))) {
                i++;
                continue;
            }
            return blank(s, i);
        }
    }

    private static boolean blank(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!space(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean keyStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean keyPart(char c) {
        return keyStart(c) || (c >= '0' && c <= '9');
    }

    private static Map<String, String> attributes(String s, int i) {
        int n = s.length();
        Map<String, String> map = null;
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
            if (map == null) {
                map = new LinkedHashMap<>();
            }
            map.put(key, value);
            i = stop;
        }
        return map == null ? Map.of() : Collections.unmodifiableMap(map);
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
