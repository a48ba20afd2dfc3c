package dev.amiable.catalogue;

import static org.junit.jupiter.api.Assertions.fail;

import dev.amiable.codegen.Catalogue;
import dev.amiable.codegen.Generate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed typed events and actions are exactly what the catalogue generates: the generator
 * runs in memory and every file is compared byte for byte, and no stale generated file remains.
 */
class GeneratedCodeDriftTest {
    private static final Path SOURCES = Paths.get("src/main/java");

    @Test
    void committedSourcesMatchTheCatalogue() throws IOException {
        Map<String, String> expected = Generate.generate(Catalogue.load());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path p = SOURCES.resolve(e.getKey());
            if (!Files.exists(p)) {
                problems.add("missing " + e.getKey());
            } else if (!new String(Files.readAllBytes(p), StandardCharsets.UTF_8).equals(e.getValue())) {
                problems.add("differs " + e.getKey());
            }
        }
        for (String pkg : List.of("dev/amiable/event", "dev/amiable/action")) {
            try (Stream<Path> s = Files.list(SOURCES.resolve(pkg))) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String rel = SOURCES.relativize(p).toString().replace('\\', '/');
                    if (!expected.containsKey(rel) && Generate.isGenerated(p)) {
                        problems.add("stale " + rel);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("Generated sources are out of date with amiable-codegen/src/main/resources/ami-catalogue.json ("
                    + problems.size() + " files, e.g. " + problems.subList(0, Math.min(5, problems.size()))
                    + "). Do not edit them by hand; regenerate from the project root with: " + Generate.COMMAND);
        }
    }
}
