package dev.amiable.cli;

import dev.amiable.AmiMessage;
import dev.amiable.event.AmiEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the CLI writes, without a library. Messages become one object: every header
 * in order, a repeated key as an array of its values (at the key's first position), plus
 * {@code "_class"}.
 */
public final class Json {
    private Json() {
    }

    /** One message as a JSON object; {@code className} goes in {@code "_class"} when not null. */
    public static String message(AmiMessage m, String className) {
        List<String> keys = new ArrayList<>(m.size());
        List<String> values = new ArrayList<>(m.size());
        for (int i = 0; i < m.size(); i++) {
            keys.add(m.key(i));
            values.add(m.value(i));
        }
        return object(keys, values, className);
    }

    /** An event as a JSON object, {@code "_class"} the typed class's simple name or {@code AmiEvent}. */
    public static String event(AmiEvent e) {
        return message(e, e.getClass().getSimpleName());
    }

    /** An object from parallel key and value lists; repeated keys are gathered into arrays. */
    public static String object(List<String> keys, List<String> values, String className) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            grouped.computeIfAbsent(keys.get(i), k -> new ArrayList<>(1)).add(values.get(i));
        }
        StringBuilder sb = new StringBuilder(64 + 32 * keys.size()).append('{');
        boolean first = true;
        for (Map.Entry<String, List<String>> e : grouped.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, e.getKey()).append(':');
            List<String> vs = e.getValue();
            if (vs.size() == 1) {
                string(sb, vs.get(0));
            } else {
                sb.append('[');
                for (int j = 0; j < vs.size(); j++) {
                    if (j > 0) {
                        sb.append(',');
                    }
                    string(sb, vs.get(j));
                }
                sb.append(']');
            }
        }
        if (className != null) {
            if (!first) {
                sb.append(',');
            }
            string(sb, "_class").append(':');
            string(sb, className);
        }
        return sb.append('}').toString();
    }

    /** Appends {@code s} as a JSON string literal. */
    public static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"');
    }

    /** {@code s} as a JSON string literal. */
    public static String quote(String s) {
        return string(new StringBuilder(s.length() + 2), s).toString();
    }
}
