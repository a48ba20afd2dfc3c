package dev.amiable.codegen;

import dev.amiable.codegen.Catalogue.Action;
import dev.amiable.codegen.Catalogue.EnumDef;
import dev.amiable.codegen.Catalogue.Event;
import dev.amiable.codegen.Catalogue.Group;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates amiable-core's typed events and actions from {@code ami-catalogue.json}.
 *
 * <p>{@link #generate(Catalogue)} returns every file as text, keyed by its path under the source
 * root; amiable-core's drift test compares that with the committed files. {@link #main} writes the
 * files and deletes generated files the catalogue no longer produces:
 * <pre>mvn -q -pl amiable-codegen compile exec:java</pre>
 */
public final class Generate {
    static final String EVENT_PKG = "dev.amiable.event";
    static final String ACTION_PKG = "dev.amiable.action";

    /** The first line of every generated file. */
    public static final String MARKER = SourceFile.MARKER;

    /** How to regenerate, for error messages. */
    public static final String COMMAND = "mvn -q -pl amiable-codegen compile exec:java";

    private Generate() {
    }

    /** Writes the generated sources under {@code args[0]} (default {@code amiable-core/src/main/java}). */
    public static void main(String[] args) throws IOException {
        Path root = Paths.get(args.length > 0 ? args[0] : "amiable-core/src/main/java");
        Map<String, String> files = generate(Catalogue.load());
        for (String pkg : List.of(EVENT_PKG, ACTION_PKG)) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : (Iterable<Path>) s::iterator) {
                        String rel = root.relativize(p).toString().replace('\\', '/');
                        if (!files.containsKey(rel) && isGenerated(p)) {
                            Files.delete(p);
                        }
                    }
                }
            }
        }
        int written = 0;
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(p) || !java.util.Arrays.equals(Files.readAllBytes(p), bytes)) {
                Files.write(p, bytes);
                written++;
            }
        }
        System.out.println("amiable-codegen: " + files.size() + " files under " + root + ", " + written + " changed");
    }

    /** Whether a file starts with the generated-code marker. */
    public static boolean isGenerated(Path p) throws IOException {
        if (!p.toString().endsWith(".java")) {
            return false;
        }
        try (var r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return MARKER.equals(first);
        }
    }

    /** Every generated file, by path relative to the source root ({@code dev/amiable/event/HangupEvent.java}). */
    public static Map<String, String> generate(Catalogue c) {
        Map<String, String> out = new TreeMap<>();
        Map<String, Group> groups = new HashMap<>();
        for (Group g : c.groups()) {
            groups.put(g.name(), g);
            put(out, EVENT_PKG, g.name(), GroupWriter.write(g));
        }
        put(out, EVENT_PKG, "HeaderAccess", GroupWriter.headerAccess());
        for (EnumDef e : c.enums()) {
            put(out, EVENT_PKG, e.name(), EnumWriter.write(e));
        }
        Map<String, String> eventClasses = new HashMap<>();
        for (Event e : c.events()) {
            String cls = EventWriter.className(e);
            if (eventClasses.containsValue(cls)) {
                throw new IllegalStateException("two events map to class " + cls);
            }
            eventClasses.put(e.name(), cls);
            put(out, EVENT_PKG, cls, EventWriter.write(e, groups));
        }
        for (Action a : c.actions()) {
            put(out, ACTION_PKG, ActionWriter.className(a), ActionWriter.write(a, eventClasses));
        }
        put(out, EVENT_PKG, "CatalogEvents", CatalogWriter.catalogEvents(c.events()));
        put(out, EVENT_PKG, "EventValues", CatalogWriter.eventValues());
        put(out, ACTION_PKG, "ActionCatalog", CatalogWriter.actionCatalog(c.actions()));
        return out;
    }

    private static void put(Map<String, String> out, String pkg, String cls, String text) {
        String path = pkg.replace('.', '/') + "/" + cls + ".java";
        if (out.put(path, text) != null) {
            throw new IllegalStateException("generated twice: " + path);
        }
    }
}
