package dev.amiable.cli;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts what a decoded stream held: messages, responses, events by name (with whether each is
 * typed and which headers no accessor reads) and decode errors; prints them as a table or JSON.
 */
final class DecodeStats {
    /** Per event name. */
    private static final class Entry {
        final String name;
        long count;
        final boolean typed;
        final Set<String> unknown = new LinkedHashSet<>();

        Entry(String name, boolean typed) {
            this.name = name;
            this.typed = typed;
        }
    }

    private final Map<String, Entry> events = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    long messages;
    long responses;
    long others;
    long banners;

    void event(AmiEvent e) {
        messages++;
        Entry en = events.computeIfAbsent(e.name(), n -> new Entry(n, EventRegistry.global().isTyped(n)));
        en.count++;
        en.unknown.addAll(EventRegistry.global().unknownHeaders(e));
    }

    void response() {
        messages++;
        responses++;
    }

    void other() {
        messages++;
        others++;
    }

    void banner() {
        banners++;
    }

    void error(String message) {
        errors.add(message);
    }

    int errorCount() {
        return errors.size();
    }

    private List<Entry> sorted() {
        List<Entry> list = new ArrayList<>(events.values());
        list.sort(Comparator.comparingLong((Entry e) -> -e.count).thenComparing(e -> e.name));
        return list;
    }

    private long eventTotal() {
        return events.values().stream().mapToLong(e -> e.count).sum();
    }

    void printTable(PrintWriter out) {
        Table t = new Table(List.of("Event", "Count", "Typed", "Unknown headers")).right(1);
        for (Entry e : sorted()) {
            String unknown = e.unknown.isEmpty() ? "0" : e.unknown.size() + " " + abbreviate(String.join(",", e.unknown));
            t.row(e.name, e.count, e.typed ? "yes" : "no", unknown);
        }
        t.print(out);
        long typed = events.values().stream().filter(e -> e.typed).count();
        out.printf("%nmessages %d, responses %d, events %d (%d types, %d typed), other %d, banners %d, decode errors %d%n",
                messages, responses, eventTotal(), events.size(), typed, others, banners, errors.size());
        for (String err : errors) {
            out.println("decode error: " + err);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? "(" + s + ")" : "(" + s.substring(0, 57) + "...)";
    }

    /** The JSON form; {@code events} is a list of {@code {name, count, typed, unknownHeaders, unknown}}. */
    void printJson(PrintWriter out) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"messages\":").append(messages)
          .append(",\"responses\":").append(responses)
          .append(",\"eventCount\":").append(eventTotal())
          .append(",\"eventTypes\":").append(events.size())
          .append(",\"other\":").append(others)
          .append(",\"banners\":").append(banners)
          .append(",\"decodeErrors\":").append(errors.size())
          .append(",\"events\":[");
        boolean first = true;
        for (Entry e : sorted()) {
            sb.append(first ? "\n  " : ",\n  ");
            first = false;
            sb.append("{\"name\":");
            Json.string(sb, e.name).append(",\"count\":").append(e.count)
                .append(",\"typed\":").append(e.typed)
                .append(",\"unknownHeaders\":").append(e.unknown.size())
                .append(",\"unknown\":[");
            int i = 0;
            for (String u : e.unknown) {
                if (i++ > 0) {
                    sb.append(',');
                }
                Json.string(sb, u);
            }
            sb.append("]}");
        }
        sb.append(first ? "]" : "\n]").append(",\"errors\":[");
        for (int i = 0; i < errors.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Json.string(sb, errors.get(i));
        }
        sb.append("]}");
        out.println(sb);
    }
}
