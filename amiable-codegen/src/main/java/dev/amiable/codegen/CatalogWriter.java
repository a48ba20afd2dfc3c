package dev.amiable.codegen;

import dev.amiable.codegen.Catalogue.Action;
import dev.amiable.codegen.Catalogue.Event;
import java.util.List;

/** Writes the indexes: {@code CatalogEvents} (filled into EventRegistry), {@code ActionCatalog}, and helpers. */
final class CatalogWriter {
    private CatalogWriter() {
    }

    static String catalogEvents(List<Event> events) {
        SourceFile f = new SourceFile(Generate.EVENT_PKG);
        f.imports("dev.amiable.internal.codec.Frame").imports("java.util.function.Supplier");
        StringBuilder out = f.body;
        Javadoc.write(out, "", List.of("Every event name of the catalogue, for {@link EventRegistry} to load at first use.",
                "One factory class with a switch instead of a lambda per event keeps start-up short: no class is"
                        + " spun per event, and an event class loads only when such an event first arrives or its"
                        + " facts are asked for."));
        out.append("final class CatalogEvents {\n    private CatalogEvents() {\n    }\n\n");
        out.append("    @SuppressWarnings(\"deprecation\")\n");
        out.append("    static void load(EventRegistry.Loader loader) {\n");
        for (int i = 0; i < events.size(); i++) {
            String c = EventWriter.className(events.get(i));
            out.append("        add(loader, ").append(Types.literal(events.get(i).name())).append(", ").append(i).append(");\n");
        }
        out.append("    }\n\n");
        out.append("    private static void add(EventRegistry.Loader loader, String name, int index) {\n");
        out.append("        Create c = new Create(index);\n        loader.add(name, c, c);\n    }\n\n");
        out.append("    /** Creates event class number {@code index} of {@link #load}, and fetches its facts. */\n");
        out.append("    private static final class Create implements EventRegistry.Factory, Supplier<EventInfo> {\n");
        out.append("        private final int index;\n\n");
        out.append("        Create(int index) {\n            this.index = index;\n        }\n\n");
        out.append("        @Override\n        @SuppressWarnings(\"deprecation\")\n");
        out.append("        public AmiEvent create(Frame frame, String name) {\n");
        out.append("            switch (index) {\n");
        for (int i = 0; i < events.size(); i++) {
            String c = EventWriter.className(events.get(i));
            out.append("                case ").append(i).append(": return event(new ").append(c).append("(frame, name));\n");
        }
        out.append("                default: throw new IllegalStateException(\"no event class \" + index);\n");
        out.append("            }\n        }\n\n");
        out.append("        /** Typed as Object so the verifier does not load every event class to check this method. */\n");
        out.append("        private static AmiEvent event(Object e) {\n            return (AmiEvent) e;\n        }\n\n");
        out.append("        @Override\n        @SuppressWarnings(\"deprecation\")\n");
        out.append("        public EventInfo get() {\n            switch (index) {\n");
        for (int i = 0; i < events.size(); i++) {
            String c = EventWriter.className(events.get(i));
            out.append("                case ").append(i).append(": return ").append(c).append(".INFO;\n");
        }
        out.append("                default: throw new IllegalStateException(\"no event class \" + index);\n");
        out.append("            }\n        }\n    }\n}\n");
        return f.toString();
    }

    static String actionCatalog(List<Action> actions) {
        SourceFile f = new SourceFile(Generate.ACTION_PKG);
        f.imports("java.util.List");
        StringBuilder out = f.body;
        Javadoc.write(out, "", List.of("Facts about every action of the catalogue, e.g. for tools that must know"
                + " which actions answer with a list. Lookups by name ignore case."));
        out.append("public final class ActionCatalog {\n");
        out.append("    private static final List<ActionInfo> ALL = List.of(\n");
        for (int i = 0; i < actions.size(); i++) {
            out.append("            ").append(ActionWriter.className(actions.get(i))).append(".INFO")
                    .append(i + 1 < actions.size() ? ",\n" : ");\n\n");
        }
        out.append("    private ActionCatalog() {\n    }\n\n");
        out.append("    /** Every action, in catalogue order. */\n");
        out.append("    public static List<ActionInfo> all() {\n        return ALL;\n    }\n\n");
        out.append("    /** The action called {@code name} (any case), or null when the catalogue lacks it. */\n");
        out.append("    public static ActionInfo info(String name) {\n");
        out.append("        for (ActionInfo a : ALL) {\n            if (a.name().equalsIgnoreCase(name)) {\n")
                .append("                return a;\n            }\n        }\n        return null;\n    }\n\n");
        out.append("    /** Whether the action called {@code name} answers with a list of events. */\n");
        out.append("    public static boolean isList(String name) {\n");
        out.append("        ActionInfo a = info(name);\n        return a != null && a.listComplete() != null;\n    }\n}\n");
        return f.toString();
    }

    static String eventValues() {
        SourceFile f = new SourceFile(Generate.EVENT_PKG);
        f.imports("dev.amiable.internal.codec.Encoded").imports("java.time.LocalDateTime")
                .imports("java.time.format.DateTimeFormatter")
                .imports("java.time.format.DateTimeFormatterBuilder").imports("java.time.format.DateTimeParseException")
                .imports("java.time.temporal.ChronoField");
        StringBuilder out = f.body;
        Javadoc.write(out, "", "Conversions the generated accessors need beyond those of {@link dev.amiable.AmiMessage}.");
        out.append("final class EventValues {\n");
        out.append("    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()\n")
                .append("            .appendPattern(\"yyyy-MM-dd HH:mm:ss\")\n")
                .append("            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()\n")
                .append("            .toFormatter();\n\n");
        out.append("    private EventValues() {\n    }\n\n");
        out.append("    /** {@code 2026-11-22 12:16:09} (server local time) as a date-time; null when absent, empty or malformed. */\n");
        out.append("    static LocalDateTime localDateTime(String s) {\n");
        out.append("        if (s == null || s.isBlank()) {\n            return null;\n        }\n");
        out.append("        try {\n            return LocalDateTime.parse(s.trim(), LOCAL);\n")
                .append("        } catch (DateTimeParseException e) {\n            return null;\n        }\n    }\n\n");
        out.append("    /** {@code 0x1a2b} or {@code 6699} as a number; -1 when absent or malformed. */\n");
        out.append("    static long hex(String s) {\n        return Encoded.parseHex(s);\n    }\n\n");
        out.append("    /** Percent-decoded (UTF-8); a malformed escape is kept as sent; null stays null. */\n");
        out.append("    static String urlDecoded(String s) {\n        return Encoded.urlDecode(s);\n    }\n\n");
        out.append("    /** The first of {@code keys} present in {@code m}, else the first of them. */\n");
        out.append("    static String present(HeaderAccess m, String... keys) {\n");
        out.append("        for (String k : keys) {\n            if (m.get(k) != null) {\n                return k;\n")
                .append("            }\n        }\n        return keys[0];\n    }\n}\n");
        return f.toString();
    }
}
