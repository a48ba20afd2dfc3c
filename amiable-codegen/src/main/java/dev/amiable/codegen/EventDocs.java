package dev.amiable.codegen;

import dev.amiable.codegen.Catalogue.Event;
import dev.amiable.codegen.Catalogue.Field;
import dev.amiable.codegen.Catalogue.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The class Javadoc of an event: what it reports and the catalogue facts about it. */
final class EventDocs {
    private EventDocs() {
    }

    static List<String> classDoc(Event e, Map<String, Group> groups) {
        List<String> p = new ArrayList<>();
        p.add(summary(e));
        if (e.legacyNote() != null) {
            p.add("No longer sent by current Asterisk: " + e.legacyNote() + ". Kept so that old servers and old"
                    + " recordings still decode" + (e.successor() == null ? "."
                            : "; new code should listen to " + link(e.successor()) + "."));
        }
        if (e.note() != null) {
            p.add(e.note());
        }
        StringBuilder ul = new StringBuilder("<ul>");
        ul.append("<li>AMI name: ").append(Javadoc.code(e.name())).append("</li>");
        ul.append("<li>Since: ").append(e.since() == null || e.since().isEmpty() ? "not documented"
                : Javadoc.codes(e.since())).append("</li>");
        ul.append("<li>Privilege class: ").append(e.privilege() == null || e.privilege().isEmpty()
                ? "none (sent only to the session that asked)" : Javadoc.code(e.privilege())).append("</li>");
        if (e.module() != null && !e.module().isEmpty()) {
            ul.append("<li>Module: ").append(Javadoc.code(e.module())).append("</li>");
        }
        if (!e.listItemOf().isEmpty()) {
            ul.append("<li>List item of: ").append(actions(e.listItemOf())).append("</li>");
        }
        if (!e.listCompleteOf().isEmpty()) {
            ul.append("<li>Ends the list of: ").append(actions(e.listCompleteOf())).append("</li>");
        }
        if (!e.responseTo().isEmpty()) {
            ul.append("<li>Sent in reply to: ").append(actions(e.responseTo())).append("</li>");
        }
        if (e.deprecatedSince() != null) {
            ul.append("<li>Not sent since Asterisk ").append(Javadoc.code(e.deprecatedSince())).append("</li>");
        }
        if (e.successor() != null) {
            ul.append("<li>Successor: ").append(link(e.successor())).append("</li>");
        }
        if (!e.documented() && e.deprecatedSince() == null) {
            ul.append("<li>Not in Asterisk's XML documentation; its headers come from the source and real traffic</li>");
        }
        ul.append("</ul>");
        p.add(ul.toString());
        if (e.fields().stream().anyMatch(f -> Types.typed(f.type())) || !e.groups().isEmpty()) {
            p.add("Accessors convert on each call and never throw; the text exactly as sent stays available"
                    + " through {@link #get(String) get(\"Header\")}.");
        }
        if (e.deprecatedSince() != null) {
            p.add("@deprecated not sent by Asterisk since " + e.deprecatedSince() + (e.successor() == null
                    ? ", which sends no event in its place." : "; use " + link(e.successor()) + "."));
        }
        return p;
    }

    private static String summary(Event e) {
        if (e.summary() != null && !e.summary().isBlank()) {
            return e.summary();
        }
        if (!e.listItemOf().isEmpty()) {
            return "One item of the answer to " + actions(e.listItemOf()) + ".";
        }
        if (!e.listCompleteOf().isEmpty()) {
            return "Ends the answer to " + actions(e.listCompleteOf()) + ", after the last item.";
        }
        if (!e.responseTo().isEmpty()) {
            return "Sent in reply to " + actions(e.responseTo()) + ".";
        }
        return "The " + Javadoc.code(e.name()) + " event (" + words(e.name()) + ")" + about(e) + ".";
    }

    private static String about(Event e) {
        List<String> parts = new ArrayList<>();
        for (String g : e.groups()) {
            parts.add("{@link " + g + "}");
        }
        if (parts.isEmpty()) {
            int n = 0;
            StringBuilder sb = new StringBuilder();
            for (Field f : e.fields()) {
                if (n++ == 4) {
                    break;
                }
                sb.append(n > 1 ? ", " : "").append(Javadoc.code(f.header()));
            }
            return sb.length() == 0 ? "" : ", with " + sb;
        }
        return ", carrying " + String.join(", ", parts);
    }

    static String words(String name) {
        List<String> w = new ArrayList<>();
        for (String s : Names.lowerCamel(name).split("(?=[A-Z])")) {
            w.add(s.toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", w);
    }

    private static String link(String eventName) {
        return eventName == null ? "its successor" : "{@link " + Names.eventClass(eventName) + "}";
    }

    static String actions(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add("{@link dev.amiable.action." + Names.actionClass(n) + "}");
        }
        return String.join(", ", out);
    }
}
