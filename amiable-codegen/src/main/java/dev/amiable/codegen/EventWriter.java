package dev.amiable.codegen;

import dev.amiable.codegen.Catalogue.Event;
import dev.amiable.codegen.Catalogue.Field;
import dev.amiable.codegen.Catalogue.Group;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes one {@code <Name>Event} class: its {@code INFO}, constructor and typed accessors. */
final class EventWriter {
    private EventWriter() {
    }

    static String className(Event e) {
        return e.className() != null ? e.className() : Names.eventClass(e.name());
    }

    /** Every header the class reads, lower case, groups included, in catalogue order. */
    static Set<String> headers(Event e, Map<String, Group> groups) {
        Set<String> out = new LinkedHashSet<>();
        for (String g : e.groups()) {
            for (Field f : groups.get(g).fields()) {
                out.add(f.header().toLowerCase(Locale.ROOT));
            }
        }
        for (Field f : e.fields()) {
            out.add(f.header().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static String write(Event e, Map<String, Group> groups) {
        String cls = className(e);
        SourceFile f = new SourceFile(Generate.EVENT_PKG);
        f.imports("dev.amiable.internal.codec.Frame").imports("java.util.List").imports("java.util.Set");
        StringBuilder out = f.body;
        checkNames(e, groups);
        Javadoc.write(out, "", EventDocs.classDoc(e, groups));
        if (e.deprecatedSince() != null) {
            out.append("@Deprecated\n");
        }
        out.append("public final class ").append(cls).append(" extends AmiEvent");
        if (!e.groups().isEmpty()) {
            out.append(" implements ").append(String.join(", ", e.groups()));
        }
        out.append(" {\n\n");
        Javadoc.write(out, "    ", "Catalogue facts about " + Javadoc.code(e.name()) + " events.");
        out.append("    public static final EventInfo INFO = new EventInfo(").append(Types.literal(e.name())).append(", ")
                .append(cls).append(".class,\n            ").append(list(e.since())).append(", ")
                .append(Types.literal(e.privilege() == null ? "" : e.privilege())).append(", ")
                .append(!e.listItemOf().isEmpty()).append(", ").append(!e.listCompleteOf().isEmpty()).append(", ")
                .append(e.deprecatedSince() == null ? "null" : Types.literal(e.deprecatedSince())).append(",\n")
                .append("            Set.of(");
        int col = 20;
        boolean first = true;
        for (String h : headers(e, groups)) {
            String lit = Types.literal(h);
            if (!first) {
                out.append(',');
                col++;
                if (col + lit.length() + 1 > 110) {
                    out.append("\n                   ");
                    col = 19;
                } else {
                    out.append(' ');
                    col++;
                }
            }
            out.append(lit);
            col += lit.length();
            first = false;
        }
        out.append("));\n\n");
        out.append("    ").append(cls).append("(Frame frame, String name) {\n        super(frame, name);\n    }\n");
        for (Field field : e.fields()) {
            AccessorWriter.write(f, field, false);
        }
        if (e.name().equals("UserEvent")) {
            writeUserFields(f);
        }
        out.append("}\n");
        return f.toString();
    }

    /** UserEvent carries headers chosen by whoever raised it; they are all reachable as one map. */
    private static void writeUserFields(SourceFile f) {
        f.imports("java.util.Collections").imports("java.util.LinkedHashMap").imports("java.util.Locale")
                .imports("java.util.Map");
        StringBuilder out = f.body;
        out.append('\n');
        Javadoc.write(out, "    ", "The free-form headers of this user event: every header that is neither a"
                + " typed one of this class nor one Asterisk adds to any event, in order (the first value of a"
                + " repeated header wins). Empty when there is none.");
        out.append("    public Map<String, String> userFields() {\n");
        out.append("        Map<String, String> out = new LinkedHashMap<>();\n");
        out.append("        for (int i = 0; i < size(); i++) {\n");
        out.append("            String k = key(i);\n");
        out.append("            String lower = k.toLowerCase(Locale.ROOT);\n");
        out.append("            int paren = lower.indexOf('(');\n");
        out.append("            String base = paren > 0 ? lower.substring(0, paren) : lower;\n");
        out.append("            if (!lower.equals(\"event\") && !EventRegistry.COMMON.contains(lower)\n");
        out.append("                    && !INFO.headers().contains(base)) {\n");
        out.append("                out.putIfAbsent(k, value(i));\n");
        out.append("            }\n        }\n");
        out.append("        return Collections.unmodifiableMap(out);\n    }\n");
    }

    private static void checkNames(Event e, Map<String, Group> groups) {
        Set<String> seen = new HashSet<>();
        List<Field> all = new ArrayList<>();
        for (String g : e.groups()) {
            Group group = groups.get(g);
            if (group == null) {
                throw new IllegalStateException(e.name() + ": unknown group " + g);
            }
            all.addAll(group.fields());
        }
        all.addAll(e.fields());
        for (Field f : all) {
            if (!seen.add(AccessorWriter.name(f))) {
                throw new IllegalStateException(e.name() + ": two accessors named " + AccessorWriter.name(f)
                        + "; give one an \"accessor\" in the catalogue");
            }
        }
    }

    static String list(List<String> values) {
        if (values == null || values.isEmpty()) {
            return "List.of()";
        }
        StringBuilder sb = new StringBuilder("List.of(");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(Types.literal(values.get(i)));
        }
        return sb.append(')').toString();
    }
}
